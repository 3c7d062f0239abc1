import Foundation

extension URL {
    /// The standardized path (no `.` or `..` components, no doubled slashes), worked out by Foundation only
    /// when the path may have them: for the thousands of files of an archive, that work is most of listing them.
    var standardPath: String {
        let path = self.path
        return path.contains("/.") || path.contains("//") ? standardizedFileURL.path : path
    }
}
