import Foundation

/// Finds the folders of files that ship with parley (the built-in corpus, the themes).
///
/// The build puts each target's resources in a folder named `<package>_<target>.resources` beside the
/// executable, and an installation keeps that layout (`libexec/parley/`). SwiftPM's own accessor falls
/// back to the build folder and stops the process when neither is there; this one only looks beside the
/// program that is really running (following the link an installation puts in `bin/`) and returns nil,
/// so the caller can say what is missing.
public enum ResourceFolder {
    /// The resource folder `name` beside the running program, or nil if it is not there.
    public static func named(_ name: String) -> URL? {
        for folder in programFolders {
            let candidate = folder.appendingPathComponent(name, isDirectory: true)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return candidate
            }
        }
        return nil
    }

    /// Where the running program is, links followed, most reliable first; for messages and lookups.
    public static var programFolders: [URL] {
        var folders: [URL] = []
        // Linux: the kernel's own record of the executable, with every link resolved.
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: path).deletingLastPathComponent())
        }
        if let executable = Bundle.main.executableURL {
            folders.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        folders.append(Bundle.main.bundleURL)
        var unique: [URL] = []
        for folder in folders where !unique.contains(where: { $0.standardizedFileURL == folder.standardizedFileURL }) {
            unique.append(folder)
        }
        return unique
    }

    /// Says which folder is missing and where it was looked for.
    public static func missingMessage(_ name: String) -> String {
        let places = programFolders.map(\.path).joined(separator: ", ")
        return "missing from the installation: no \(name) folder beside the program (looked in \(places))"
    }
}
