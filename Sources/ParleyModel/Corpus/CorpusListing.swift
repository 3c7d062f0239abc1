import Foundation

/// What a corpus is made of before anything is parsed: the text files the paths name (folders walked),
/// the `speakers.toml` files that go with them, a text piped in, and the paths that could not be used.
struct CorpusListing {
    /// In the order given, each file once.
    private(set) var files: [URL] = []
    /// Standardized and sorted.
    private(set) var speakerFiles: [URL] = []
    private(set) var piped: (name: String, text: String)? = nil
    private(set) var problems: [LoadProblem] = []
    /// The paths as given, standardized and sorted: with `speakerFiles`, what names the corpus's store.
    private(set) var inputPaths: [String] = []

    init(paths: [String], standardInput: () -> Data?) {
        var found: [URL] = []
        var speakers: [URL] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" {
                guard piped == nil else { continue }
                guard let data = standardInput() else {
                    problems.append(
                        LoadProblem(
                            file: "-",
                            message:
                                "nothing to read on standard input (a terminal, or closed); pipe a text in, like: cat file.txt | parley --corpus - …"
                        ))
                    continue
                }
                switch CorpusLoader.decode(data, name: "standard input") {
                case .success(let text): piped = (CorpusLoader.stdinFileName, text)
                case .failure(let problem): problems.append(problem)
                }
                continue
            }
            let url = URL(fileURLWithPath: path)
            inputPaths.append(url.standardizedFileURL.path)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDir) else {
                problems.append(LoadProblem(file: path, message: "no such file or folder"))
                continue
            }
            if isDir.boolValue {
                let walk = FolderWalk(url)
                problems += walk.problems
                if walk.files.isEmpty && walk.problems.isEmpty {
                    problems.append(LoadProblem(file: path, message: "folder holds no .txt, .html or .htm files"))
                }
                found += walk.files
                let speakersFile = url.appendingPathComponent(SpeakersFile.fileName)
                if fm.fileExists(atPath: speakersFile.path) { speakers.append(speakersFile) }
            } else if url.lastPathComponent == SpeakersFile.fileName {
                speakers.append(url)
            } else {
                found.append(url)
                let speakersFile = url.deletingLastPathComponent().appendingPathComponent(SpeakersFile.fileName)
                if fm.fileExists(atPath: speakersFile.path) { speakers.append(speakersFile) }
            }
        }
        speakerFiles = Set(speakers.map(\.standardizedFileURL)).sorted { $0.path < $1.path }
        var seen: Set<String> = []
        files = found.filter { seen.insert($0.standardPath).inserted }
        inputPaths = Array(Set(inputPaths)).sorted()
    }
}
