import Foundation

/// The `.txt`, `.html` and `.htm` files under a folder, in path order, and every entry left out that a user would expect
/// to be read, with the reason.
///
/// Hidden files and folders (`.git`, `.work`, editor backups) are skipped without a word; so are files
/// of other kinds. A subfolder that cannot be opened, a path longer than the system allows, a link to a
/// folder (not followed, so a loop cannot be walked forever) and a `.txt` entry that is not a file
/// are each reported.
struct FolderWalk {
    private(set) var files: [URL] = []
    private(set) var problems: [LoadProblem] = []
    /// Paths, not URLs, while walking: an archive holds thousands of files, and a URL works out its path
    /// again each time it is asked.
    private var paths: [String] = []

    init(_ folder: URL) {
        walk(folder.path)
        files = paths.sorted().map { URL(fileURLWithPath: $0, isDirectory: false) }
    }

    private mutating func walk(_ path: String) {
        guard let directory = opendir(path) else {
            problems.append(LoadProblem(file: path, message: Self.folderFailure(errno)))
            return
        }
        defer { closedir(directory) }
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            entries.append((name, entry.pointee.d_type))
        }
        for (name, type) in entries.sorted(by: { $0.name < $1.name }) {
            let child = path.hasSuffix("/") ? path + name : path + "/" + name
            let isText = name.lowercased().hasSuffix(".txt") || CorpusLoader.isWebPageName(name)
            if child.utf8.count >= Int(PATH_MAX) {
                if isText || type == DT_DIR {
                    problems.append(
                        LoadProblem(
                            file: child, message: "its path is longer than the system allows (\(PATH_MAX) bytes); move the folder higher up"
                        ))
                }
                continue
            }
            var status = stat()
            let kind: UInt8
            if type == DT_UNKNOWN || type == DT_LNK {
                guard lstat(child, &status) == 0 else {
                    if isText { problems.append(LoadProblem(file: child, message: CorpusLoader.openFailure(errno))) }
                    continue
                }
                kind = Self.kind(status.st_mode)
            } else {
                kind = type
            }
            switch kind {
            case UInt8(DT_DIR):
                walk(child)
            case UInt8(DT_LNK):
                // A link is read when it leads to a file; a link to a folder is not followed.
                if stat(child, &status) != 0 {
                    if isText { problems.append(LoadProblem(file: child, message: "is a link to something that does not exist")) }
                } else if Self.kind(status.st_mode) == DT_DIR {
                    problems.append(
                        LoadProblem(
                            file: child,
                            message: "is a link to a folder, which parley does not follow; give the folder itself with --corpus"))
                } else if isText {
                    paths.append(child)
                }
            case UInt8(DT_REG):
                if isText { paths.append(child) }
            default:
                if isText { problems.append(LoadProblem(file: child, message: "is not a regular file (a pipe, a device or a socket)")) }
            }
        }
    }

    private static func kind(_ mode: mode_t) -> UInt8 {
        switch mode & S_IFMT {
        case S_IFDIR: return UInt8(DT_DIR)
        case S_IFLNK: return UInt8(DT_LNK)
        case S_IFREG: return UInt8(DT_REG)
        default: return UInt8(DT_UNKNOWN)
        }
    }

    private static func folderFailure(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "folder cannot be read (permission denied); the files in it are left out"
        case ENOENT: return "folder was deleted or moved while parley was reading it"
        default: return "folder cannot be read (\(String(cString: strerror(code)))); the files in it are left out"
        }
    }
}
