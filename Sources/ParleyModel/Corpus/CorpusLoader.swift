import Foundation

/// Reads files into a corpus. A bad file is reported by name and left out; the rest still load.
public enum CorpusLoader {
    /// The five texts that ship with parley: the U.S.–Mexico meetings of February 23 and May 18, 2017.
    public static func builtIn() -> Corpus {
        guard let dir = Bundle.module.url(forResource: "Corpus", withExtension: nil) else {
            return Corpus(documents: [], meetings: [], people: [], problems: [LoadProblem(file: "built-in corpus", message: "missing from the installation")])
        }
        return load(paths: [dir.path])
    }

    /// Loads files and folders of `.txt` files (folders are read recursively, in name order), with
    /// a `speakers.toml` from any of those folders or beside any of those files.
    public static func load(paths: [String]) -> Corpus {
        var problems: [LoadProblem] = []
        var files: [URL] = []
        var speakerFiles: [URL] = []
        let fm = FileManager.default
        for path in paths {
            let url = URL(fileURLWithPath: path)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDir) else {
                problems.append(LoadProblem(file: path, message: "no such file or folder"))
                continue
            }
            if isDir.boolValue {
                let found = textFiles(in: url)
                if found.isEmpty { problems.append(LoadProblem(file: path, message: "folder holds no .txt files")) }
                files += found
                let speakers = url.appendingPathComponent(SpeakersFile.fileName)
                if fm.fileExists(atPath: speakers.path) { speakerFiles.append(speakers) }
            } else {
                files.append(url)
                let speakers = url.deletingLastPathComponent().appendingPathComponent(SpeakersFile.fileName)
                if fm.fileExists(atPath: speakers.path) { speakerFiles.append(speakers) }
            }
        }
        var entries: [SpeakersFile.Entry] = []
        for url in Set(speakerFiles.map(\.standardizedFileURL)).sorted(by: { $0.path < $1.path }) {
            do {
                entries += try SpeakersFile(contentsOf: url).entries
            } catch let problem as LoadProblem {
                problems.append(LoadProblem(file: url.path, message: problem.message))
            } catch {
                problems.append(LoadProblem(file: url.path, message: "\(error)"))
            }
        }
        var sources: [(name: String, text: String)] = []
        var seen: Set<String> = []
        for url in files where seen.insert(url.standardizedFileURL.path).inserted {
            switch readText(url) {
            case .success(let text): sources.append((url.lastPathComponent, text))
            case .failure(let problem): problems.append(LoadProblem(file: url.path, message: problem.message))
            }
        }
        var corpus = build(sources: sources, speakers: SpeakersFile(entries: entries))
        // Build reports problems by file name; name them by the path the user gave instead.
        let pathByName = Dictionary(files.map { ($0.lastPathComponent, $0.path) }, uniquingKeysWith: { a, _ in a })
        corpus.problems = problems + corpus.problems.map { LoadProblem(file: pathByName[$0.file] ?? $0.file, message: $0.message) }
        return corpus
    }

    /// Builds a corpus from texts already in memory (file name, contents).
    public static func build(sources: [(name: String, text: String)], speakers: SpeakersFile = SpeakersFile(entries: [])) -> Corpus {
        var parsed: [ParsedDocument] = []
        var problems: [LoadProblem] = []
        for source in sources {
            do {
                let doc = try DocumentParser.parse(text: source.text, fileName: source.name)
                if doc.document.kind != .transcript && doc.document.date == nil {
                    problems.append(
                        LoadProblem(
                            file: source.name,
                            message: "no speaker turns (a line starting with an upper-case label and a colon, like 'SECRETARY KELLY:') and no date; not a transcript or a dated related document"
                        ))
                    continue
                }
                parsed.append(doc)
            } catch {
                problems.append(LoadProblem(file: source.name, message: "\(error)"))
            }
        }
        let meetings = MeetingGrouper.group(parsed)
        let resolved = SpeakerResolver(speakers: speakers, documents: parsed.map(\.document)).resolve(meetings: meetings)
        return Corpus(documents: resolved.documents, meetings: meetings, people: resolved.people, problems: problems)
    }

    private static func textFiles(in dir: URL) -> [URL] {
        guard let e = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var out: [URL] = []
        for case let url as URL in e where url.pathExtension.lowercased() == "txt" {
            out.append(url)
        }
        return out.sorted { $0.path < $1.path }
    }

    /// The file as UTF-8 text, or why it cannot be.
    static func readText(_ url: URL) -> Result<String, LoadProblem> {
        let name = url.path
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(LoadProblem(file: name, message: "cannot be read (permission denied, or not a regular file)"))
        }
        return decode(data, name: name)
    }

    public static func decode(_ data: Data, name: String) -> Result<String, LoadProblem> {
        if data.isEmpty { return .failure(LoadProblem(file: name, message: "the file is empty")) }
        if let nul = data.firstIndex(of: 0) {
            return .failure(LoadProblem(file: name, message: "looks binary (a NUL byte at offset \(nul - data.startIndex)); expected UTF-8 text"))
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidUTF8(bytes)
            return .failure(LoadProblem(file: name, message: "is not UTF-8 text (invalid byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) at offset \(offset))"))
        }
        return .success(text)
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let len: Int
            if b < 0x80 { len = 1 } else if b >> 5 == 0b110 { len = 2 } else if b >> 4 == 0b1110 { len = 3 } else if b >> 3 == 0b11110 { len = 4 } else { return i }
            guard i + len <= bytes.count, String(validating: bytes[i..<(i + len)], as: UTF8.self) != nil else { return i }
            i += len
        }
        return max(0, bytes.count - 1)
    }
}
