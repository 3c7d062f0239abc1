import Foundation

/// What names a corpus's store: the paths given and the `speakers.toml` files that go with them. Found
/// without walking any folder, so the store can be opened while the folders are walked.
struct CorpusInputs: Sendable {
    /// The paths as given (standard input aside), standardized and sorted.
    private(set) var paths: [String] = []
    /// A `speakers.toml` in a folder given, beside a file given, or given itself; standardized and sorted.
    private(set) var speakerFiles: [URL] = []

    init(paths given: [String]) {
        let fm = FileManager.default
        var speakers: [URL] = []
        for path in given where path != "-" {
            let url = URL(fileURLWithPath: path)
            paths.append(url.standardizedFileURL.path)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDir) else { continue }
            let besideOrWithin: URL
            if isDir.boolValue {
                besideOrWithin = url.appendingPathComponent(SpeakersFile.fileName)
            } else if url.lastPathComponent == SpeakersFile.fileName {
                speakers.append(url)
                continue
            } else {
                besideOrWithin = url.deletingLastPathComponent().appendingPathComponent(SpeakersFile.fileName)
            }
            if fm.fileExists(atPath: besideOrWithin.path) { speakers.append(besideOrWithin) }
        }
        speakerFiles = Set(speakers.map(\.standardizedFileURL)).sorted { $0.path < $1.path }
        paths = Array(Set(paths)).sorted()
    }
}
