import TOMLKit

/// A TOML file that cannot be read: the line (and column, when known) and what is wrong there.
public struct TOMLReadError: Error, Sendable {
    public var line: Int
    public var column: Int?
    public var message: String
}

/// TOMLKit's parser, behind a check for the inputs known to make it abort the program instead of
/// reporting an error: a table header whose name starts with a character no key can start with
/// (`[.x]`, `[=`, a lone `[`), and a `}` inside an array (`a = [}]`, `a = [1, }`). Its C++ parser
/// asserts there rather than failing, and a speakers.toml, config file or theme must never end parley.
public enum TOMLReader {
    public static func table(_ text: String) throws -> TOMLTable {
        if let bad = firstAbortingInput(text) {
            throw TOMLReadError(line: bad.line, column: bad.column, message: bad.message)
        }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw TOMLReadError(line: error.source.begin.line, column: error.source.begin.column, message: error.description)
        }
    }

    /// The first place where a table header (`[` or `[[` at the start of a line, outside strings and
    /// multi-line arrays) is followed by something other than a key, `]`, or a quote, or where a `}`
    /// stands inside an array: never valid TOML, and where the parser would abort.
    static func firstAbortingInput(_ text: String) -> (line: Int, column: Int, message: String)? {
        // The brackets and braces open at this point, outside strings and comments, innermost last.
        var open: [UInt8] = []
        var multiline: [UInt8]? = nil // the closing `"""` or `'''` while inside a multi-line string
        for (index, line) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let bytes = Array(line)
            var i = 0
            if multiline == nil && open.isEmpty {
                while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
                if i < bytes.count, bytes[i] == UInt8(ascii: "[") {
                    var j = i + 1
                    if j < bytes.count, bytes[j] == UInt8(ascii: "[") { j += 1 }
                    while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
                    if j >= bytes.count || !startsKey(bytes[j]) {
                        return (index + 1, j + 1, "a table name must start with a letter, a digit, '_', '-' or a quote")
                    }
                }
                i = 0
            }
            while i < bytes.count {
                let b = bytes[i]
                if let close = multiline {
                    if bytes[i...].starts(with: close) {
                        multiline = nil
                        i += 3
                    } else {
                        i += close[0] == UInt8(ascii: "\"") && b == UInt8(ascii: "\\") ? 2 : 1
                    }
                    continue
                }
                switch b {
                case UInt8(ascii: "#"):
                    i = bytes.count
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    let triple = [b, b, b]
                    if bytes[i...].starts(with: triple) {
                        multiline = triple
                        i += 3
                    } else {
                        i += 1
                        while i < bytes.count, bytes[i] != b {
                            i += b == UInt8(ascii: "\"") && bytes[i] == UInt8(ascii: "\\") ? 2 : 1
                        }
                        i += 1
                    }
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    open.append(b)
                    i += 1
                case UInt8(ascii: "}") where open.last == UInt8(ascii: "["):
                    return (index + 1, i + 1, "'}' inside an array, where a value or ']' belongs")
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    // A closer that does not match is the parser's to report; only the count matters here.
                    if !open.isEmpty { open.removeLast() }
                    i += 1
                default:
                    i += 1
                }
            }
        }
        return nil
    }

    /// What TOML lets a key begin with, and `]`, which the parser reports properly itself.
    private static func startsKey(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "]"):
            return true
        default:
            return false
        }
    }
}
