import Foundation

extension URL {
    /// The standardized path (no `.` or `..` components, no doubled slashes), worked out by Foundation only
    /// when the path may have them: for the thousands of files of an archive, that work is most of listing them.
    var standardPath: String {
        let path = self.path
        return Self.mayNeedStandardizing(path) ? standardizedFileURL.path : path
    }

    /// Whether the path holds `/.` or `//`, looked for on its bytes: Foundation's substring search, which
    /// `String.contains` becomes once Foundation is imported, took longer than the rest of the listing.
    static func mayNeedStandardizing(_ path: String) -> Bool {
        var afterSlash = false
        for byte in path.utf8 {
            if afterSlash && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")) { return true }
            afterSlash = byte == UInt8(ascii: "/")
        }
        return false
    }
}
