import Foundation

/// What a corpus is made of before anything is parsed: the text files the paths name (folders walked),
/// the `speakers.toml` files that go with them, a text piped in, and the paths that could not be used.
struct CorpusListing {
    /// In the order given, each file once.
    private(set) var files: [URL] = []
    private(set) var piped: (name: String, text: String)? = nil
    private(set) var problems: [LoadProblem] = []
    /// The paths and speakers files: what names the corpus's store.
    let inputs: CorpusInputs
    /// Standardized and sorted.
    var speakerFiles: [URL] { inputs.speakerFiles }
    /// The paths as given, standardized and sorted.
    var inputPaths: [String] { inputs.paths }

    /// `inputs`, when given, are those of `paths`, found before.
    init(paths: [String], inputs: CorpusInputs? = nil, standardInput: () -> Data?) {
        self.inputs = inputs ?? CorpusInputs(paths: paths)
        var found: [URL] = []
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
            } else if url.lastPathComponent != SpeakersFile.fileName {
                found.append(url)
            }
        }
        var seen: Set<String> = []
        files = found.filter { seen.insert($0.standardPath).inserted }
    }
}
