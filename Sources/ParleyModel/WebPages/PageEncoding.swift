import Foundation

/// Which character encoding to read a page's bytes in, as browsers decide it: a byte order mark
/// first, then the page's own `<meta charset>` or `Content-Type` declaration (libxml2 reads those),
/// then UTF-8 if the bytes are valid UTF-8, else Windows-1252. Latin-1 and ASCII declarations are
/// read as Windows-1252, its superset, so curly quotes saved by old editors survive.
enum PageEncoding {
    /// The encoding a byte order mark names, if the page starts with one.
    static func byteOrderMark(_ data: Data) -> String? {
        let head = [UInt8](data.prefix(3))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if head.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if head.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        return nil
    }

    /// The encoding to read the page again in when libxml2's first reading (with the encoding it
    /// `declared`, or nil for none) differs from a browser's; nil when the first reading stands.
    static func rereading(declared: String?, data: Data) -> String? {
        if let declared {
            let name = declared.lowercased().filter { $0.isLetter || $0.isNumber }
            return ["iso88591", "latin1", "usascii", "ascii", "l1"].contains(name) ? "windows-1252" : nil
        }
        // No declaration: libxml2 assumes UTF-8 and falls back to Latin-1 at the first bad byte.
        return String(data: data, encoding: .utf8) == nil ? "windows-1252" : nil
    }

    /// The encoding of a page read as if it declared none: UTF-8 if the bytes are valid UTF-8, else
    /// Windows-1252, else (for the five bytes Windows-1252 leaves undefined) Latin-1.
    static func undeclared(_ data: Data) -> String {
        if String(data: data, encoding: .utf8) != nil { return "UTF-8" }
        return data.contains { [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains($0) } ? "ISO-8859-1" : "windows-1252"
    }
}
