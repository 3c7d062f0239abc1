import Foundation
import ParleyResources

/// Reads files into a corpus. A bad file is reported by name and left out; the rest still load.
public enum CorpusLoader {
    /// The five texts that ship with parley: the U.S.–Mexico meetings of February 23 and May 18, 2017.
    public static func builtIn(cache: CorpusCacheSetting = .off, progress: LoadProgress? = nil, storeWritesLater: Bool = false) -> Corpus {
        guard let dir = ResourceFolder.named(builtInFolderName)?.appendingPathComponent("Corpus") else {
            let message = ResourceFolder.missingMessage(builtInFolderName)
            return Corpus(documents: [], meetings: [], people: [], problems: [LoadProblem(file: "built-in corpus", message: message)])
        }
        return load(paths: [dir.path], cache: cache, progress: progress, storeWritesLater: storeWritesLater)
    }

    /// The built-in corpus's folder, or nil when the program's resources are missing.
    public static var builtInPaths: [String]? {
        ResourceFolder.named(builtInFolderName).map { [$0.appendingPathComponent("Corpus").path] }
    }

    /// The name a text read from standard input goes by (its document id is `stdin`).
    public static let stdinFileName = "stdin.txt"

    /// The resource folder the build and `make install` put beside the program.
    public static let builtInFolderName = "parley_ParleyModel.resources"

    /// Loads files and folders of `.txt` files and saved web pages (folders are read recursively, in name order), with
    /// a `speakers.toml` from any of those folders or beside any of those files.
    ///
    /// The path `-` is one text read from `standardInput` (nil when nothing was piped in). With a cache
    /// folder, files parsed before and unchanged since are read back from the corpus store instead of parsed.
    /// `progress`, when given, counts the files as they are read back or parsed. `storeWritesLater`: what
    /// was parsed is written to the store after the load returns (the corpus's `finishStoreWrites` waits
    /// for it), so a new archive is shown as soon as it is read rather than once it is also stored.
    public static func load(
        paths: [String], standardInput: () -> Data? = { nil }, cache: CorpusCacheSetting = .off, progress: LoadProgress? = nil,
        storeWritesLater: Bool = false
    ) -> Corpus {
        let inputs = CorpusInputs(paths: paths)
        // The store is opened, and what it holds listed, while the folders are walked.
        var opening: BackgroundWork<OpenedStore>? = nil
        if case .folder(let folder) = cache {
            opening = BackgroundWork { OpenedStore(folder: folder, inputs: inputs, writesLater: storeWritesLater) }
        }
        let listing = CorpusListing(paths: paths, inputs: inputs, standardInput: standardInput)
        var problems = listing.problems
        var entries: [SpeakersFile.Entry] = []
        for url in listing.speakerFiles {
            let (file, fileProblems) = SpeakersFile.read(contentsOf: url)
            entries += file.entries
            problems += fileProblems.map { LoadProblem(file: url.path, message: $0.message) }
        }
        progress?.begin(.parsing)
        let opened = opening?.value
        var notices = opened?.notices ?? []
        let store = opened?.store
        // The store's saved speakers are read while the files are synced; whether they are this corpus's is
        // known only after.
        let saved = store.map { store in BackgroundWork { store.savedSpeakers() } }
        let synced = store?.sync(
            listing.files, rows: opened?.rows, notices: &notices, progress: progress, speakers: SpeakersFile(entries: entries))
        if synced == nil {
            progress?.expect(files: listing.files.count, bytes: listing.files.reduce(0) { $0 + fileSize($1) })
        }
        let outcomes =
            synced?.outcomes
            ?? listing.files.parallelMap { url in
                defer { progress?.fileDone(bytes: fileSize(url)) }
                return readAndParse(url)
            }
        var parsed: [ParsedDocument] = []
        var parsedPaths: [String] = []
        var parsedHashes: [Int64] = []
        var parseProblems: [LoadProblem] = []
        var webPages: Set<String> = []
        for (index, (url, outcome)) in zip(listing.files, outcomes).enumerated() {
            switch outcome {
            case .parsed(let doc, let format):
                parsed.append(doc)
                parsedPaths.append(synced?.keys[index] ?? CorpusStore.key(url))
                parsedHashes.append(synced?.hashes[index] ?? 0)
                if format == .webPage { webPages.insert(url.lastPathComponent) }
            case .unreadable(let problem): problems.append(problem)
            case .rejected(let message): parseProblems.append(LoadProblem(file: url.path, message: message))
            }
        }
        if let piped = listing.piped {
            switch parse(text: piped.text, name: piped.name) {
            case .success(let doc): parsed.append(doc)
            case .failure(let problem): parseProblems.append(problem)
            }
        }
        // Speakers resolved before for exactly these files and speakers files are read back, not resolved again.
        var speakersCache: (store: CorpusStore, key: String)? = nil
        if let store, let synced, synced.isCurrent, listing.piped == nil {
            let files = zip(parsedPaths, parsedHashes).map { (path: $0, hash: $1) }
            speakersCache = (store, CorpusStore.speakersKey(files: files, speakerFiles: listing.speakerFiles))
        }
        var corpus = assemble(
            documents: parsed, speakers: SpeakersFile(entries: entries), problems: problems + parseProblems,
            speakersCache: speakersCache, saved: saved, progress: progress)
        // Only now are the new files written to the store, with the cores the speakers were resolved on.
        store?.laterWrites?.start()
        corpus.markWebPages(webPages)
        corpus.cacheNotices = notices
        corpus.parsedFileCount = (synced?.parsedCount ?? outcomes.count) + (listing.piped == nil ? 0 : 1)
        if let store, let synced, synced.isCurrent, listing.piped == nil {
            corpus.textIndex = CorpusTextIndex(
                store: store, documentByPath: Dictionary(zip(parsedPaths, parsedPaths.indices)) { a, _ in a }, status: synced.status)
            if let key = speakersCache?.key { corpus.memo = CorpusMemo(store: store, corpusKey: key) }
        }
        // The parsed documents are let go of here: they reach the store, which must close when the corpus does.
        LetGoLater.values(listing, parsedPaths, parsedHashes, synced?.keys as Any)
        return corpus
    }

    /// A corpus's store as opened, with what opening it had to say and the files it holds (nil when they
    /// could not be read: the sync reads them again, and says why).
    private struct OpenedStore: Sendable {
        var store: CorpusStore?
        var notices: [String] = []
        var rows: [String: CorpusStore.FileRow]?

        init(folder: URL, inputs: CorpusInputs, writesLater: Bool) {
            store = CorpusStore.open(folder: folder, inputs: inputs, notices: &notices, writesLater: writesLater)
            rows = try? store?.fileRows()
        }
    }

    /// What became of one file: parsed, refused by the reader, or read but not a transcript or dated document.
    enum FileOutcome: Sendable {
        case parsed(ParsedDocument, SourceFormat)
        case unreadable(LoadProblem)
        case rejected(String)
    }

    /// Reads and parses one file, without the store.
    static func readAndParse(_ url: URL) -> FileOutcome {
        switch readData(url) {
        case .success(let data): return parse(data, url: url)
        case .failure(let problem): return .unreadable(problem)
        }
    }

    /// Parses a file's bytes.
    static func parse(_ data: Data, url: URL) -> FileOutcome {
        switch source(from: data, url: url) {
        case .success(let source):
            switch parse(text: source.text, name: url.lastPathComponent) {
            case .success(let doc): return .parsed(doc, source.format)
            case .failure(let problem): return .rejected(problem.message)
            }
        case .failure(let problem): return .unreadable(LoadProblem(file: url.path, message: problem.message))
        }
    }

    /// Builds a corpus from texts already in memory (file name, contents).
    public static func build(
        sources: [(name: String, text: String)], speakers: SpeakersFile = SpeakersFile(entries: []), progress: LoadProgress? = nil
    ) -> Corpus {
        assemble(parse(sources: sources, progress: progress), speakers: speakers, progress: progress)
    }

    /// Parses each text on its own, on all cores: a parsed document, or why the text is left out, in the
    /// order of `sources`. Nothing here looks across files, so a file's result can be kept and reused
    /// while it is unchanged. `progress`, when given, counts the files as they are parsed.
    public static func parse(
        sources: [(name: String, text: String)], progress: LoadProgress? = nil
    ) -> [Result<ParsedDocument, LoadProblem>] {
        progress?.begin(.parsing)
        progress?.expect(files: sources.count, bytes: sources.reduce(0) { $0 + $1.text.utf8.count })
        return sources.parallelMap { source in
            defer { progress?.fileDone(bytes: source.text.utf8.count) }
            return parse(text: source.text, name: source.name)
        }
    }

    /// One text parsed, or why it is not a document parley can show.
    public static func parse(text: String, name: String) -> Result<ParsedDocument, LoadProblem> {
        do {
            let doc = try DocumentParser.parse(text: text, fileName: name)
            if doc.document.kind != .transcript && doc.document.date == nil {
                return .failure(
                    LoadProblem(
                        file: name,
                        message:
                            "no speaker turns (a line starting with an upper-case label and a colon, like 'SECRETARY KELLY:') and no date; not a transcript or a dated related document"
                    ))
            }
            return .success(doc)
        } catch {
            return .failure(LoadProblem(file: name, message: "\(error)"))
        }
    }

    /// The corpus from files already parsed: documents grouped into meetings and speaker labels resolved to people
    /// across all of them. The corpus's problems are those of the files left out, in the order of `parsed`.
    public static func assemble(
        _ parsed: [Result<ParsedDocument, LoadProblem>], speakers: SpeakersFile = SpeakersFile(entries: []), progress: LoadProgress? = nil
    ) -> Corpus {
        var documents: [ParsedDocument] = []
        var problems: [LoadProblem] = []
        for result in parsed {
            switch result {
            case .success(let doc): documents.append(doc)
            case .failure(let problem): problems.append(problem)
            }
        }
        return assemble(documents: documents, speakers: speakers, problems: problems, progress: progress)
    }

    /// Meetings and people from parsed documents; speakers resolved before for exactly these files are read
    /// back from the store instead of resolved again.
    static func assemble(
        documents parsed: [ParsedDocument], speakers: SpeakersFile, problems: [LoadProblem],
        speakersCache: (store: CorpusStore, key: String)? = nil, saved: BackgroundWork<SavedSpeakers?>? = nil,
        progress: LoadProgress? = nil
    ) -> Corpus {
        progress?.begin(.linking)
        // Read back while the meetings are grouped, unless `saved`, read before, is what these files make.
        let reading = speakersCache.map { cache in
            BackgroundWork { () -> ResolvedSpeakers? in
                if let saved = saved?.value, saved.key == cache.key { return saved.speakers }
                return cache.store.storedSpeakers(key: cache.key)
            }
        }
        let meetings = MeetingGrouper.group(parsed)
        let documents = parsed.map(\.document)
        if let stored = reading?.value,
            let resolvedDocuments = stored.apply(to: documents)
        {
            return Corpus(documents: resolvedDocuments, meetings: meetings, people: stored.people, problems: problems)
        }
        let resolved = SpeakerResolver(speakers: speakers, parsed: parsed).resolve(meetings: meetings)
        if let cache = speakersCache {
            cache.store.storeSpeakers(ResolvedSpeakers(people: resolved.people, documents: resolved.documents), key: cache.key)
        }
        return Corpus(documents: resolved.documents, meetings: meetings, people: resolved.people, problems: problems)
    }

    /// The size on disk, for progress only (0 when it cannot be found).
    static func fileSize(_ url: URL) -> Int {
        var status = stat()
        return stat(url.path, &status) == 0 ? Int(status.st_size) : 0
    }

    /// The largest file parley reads: a long transcript is well under a megabyte, and a file many times
    /// that size is a mistake (a log, a dump) that would take minutes and gigabytes to parse.
    public static let maximumFileSize = 16 << 20
    /// The longest line parley reads, in bytes: a paragraph of some 40,000 words.
    public static let maximumLineLength = 256 << 10

    /// The file as UTF-8 text, or why it cannot be.
    static func readText(_ url: URL) -> Result<String, LoadProblem> {
        readData(url).flatMap { decode($0, name: url.path) }
    }

    /// The file's bytes, or why they cannot be read. Kind and size are checked before anything is read.
    static func readData(_ url: URL) -> Result<Data, LoadProblem> {
        let name = url.path
        func problem(_ message: String) -> Result<Data, LoadProblem> { .failure(LoadProblem(file: name, message: message)) }
        // Non-blocking, so a FIFO cannot hold the load; it is refused below as not a regular file.
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return problem(openFailure(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return problem("cannot be read (\(String(cString: strerror(errno))))") }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return problem("is a folder, not a file")
        default: return problem("is not a regular file (a pipe, a device or a socket)")
        }
        guard Int(status.st_size) <= maximumFileSize else {
            return problem("is \(sizeText(Int(status.st_size))); parley reads files of up to \(sizeText(maximumFileSize))")
        }
        var data = Data(capacity: Int(status.st_size))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return problem("cannot be read (\(String(cString: strerror(errno))))")
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
            // The file grew while being read.
            if data.count > maximumFileSize {
                return problem("is over \(sizeText(maximumFileSize)); parley reads files of up to \(sizeText(maximumFileSize))")
            }
        }
        return .success(data)
    }

    /// Why a file that was found cannot be opened, in words that point at the fix.
    static func openFailure(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "was deleted or moved while parley was reading the folder"
        case EACCES, EPERM: return "cannot be read (permission denied)"
        case ENAMETOOLONG: return "its path is longer than the system allows (\(PATH_MAX) bytes)"
        case ELOOP: return "is a link that leads round in a loop"
        default: return "cannot be read (\(String(cString: strerror(code))))"
        }
    }

    private static func sizeText(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return String(format: "%.1f MB", Double(bytes) / Double(1 << 20)) }
        return bytes >= 1 << 10 ? "\(bytes >> 10) KB" : "\(bytes) bytes"
    }

    public static func decode(_ data: Data, name: String) -> Result<String, LoadProblem> {
        func problem(_ message: String) -> Result<String, LoadProblem> { .failure(LoadProblem(file: name, message: message)) }
        if data.isEmpty { return problem("the file is empty") }
        if let encoding = utf16Encoding(of: data) {
            return problem("is \(encoding) text; parley reads UTF-8 (convert it with: iconv -f \(encoding) -t UTF-8)")
        }
        let nulOffset = data.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, let found = memchr(base, 0, raw.count) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
        if let nul = nulOffset.map({ data.startIndex + $0 }) {
            return problem("looks binary (a NUL byte at offset \(nul - data.startIndex)); expected UTF-8 text")
        }
        if let long = firstOverlongLine(data) {
            return problem("line \(long.line) is \(sizeText(long.length)) long; parley reads lines of up to \(sizeText(maximumLineLength))")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidUTF8(bytes)
            return problem("is not UTF-8 text (invalid byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) at offset \(offset))")
        }
        if text.allSatisfy(\.isWhitespace) { return problem("holds only blank lines and spaces") }
        return .success(text)
    }

    /// "UTF-16LE" or "UTF-16BE" when the bytes start with that byte order mark, or when, without one,
    /// every other byte of the start is NUL (ASCII text in UTF-16).
    private static func utf16Encoding(of data: Data) -> String? {
        let start = [UInt8](data.prefix(64))
        if start.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if start.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        guard start.count >= 4 else { return nil }
        let even = stride(from: 0, to: start.count - 1, by: 2).map { start[$0] }
        let odd = stride(from: 1, to: start.count, by: 2).map { start[$0] }
        if odd.allSatisfy({ $0 == 0 }) && even.allSatisfy({ $0 != 0 }) { return "UTF-16LE" }
        if even.allSatisfy({ $0 == 0 }) && odd.allSatisfy({ $0 != 0 }) { return "UTF-16BE" }
        return nil
    }

    /// The first line (1-based) longer than `maximumLineLength` bytes, and its length; CR, LF and CR LF
    /// all end lines. Lines are found with `memchr`, so a file of many megabytes is scanned in milliseconds.
    private static func firstOverlongLine(_ data: Data) -> (line: Int, length: Int)? {
        guard data.count > maximumLineLength else { return nil }
        return data.withUnsafeBytes { raw -> (line: Int, length: Int)? in
            guard let base = raw.baseAddress else { return nil }
            /// Offset of the next `byte` in `start..<end`, or `end`.
            func next(_ byte: UInt8, from start: Int, to end: Int) -> Int {
                guard start < end, let found = memchr(base + start, Int32(byte), end - start) else { return end }
                return base.distance(to: UnsafeRawPointer(found))
            }
            var line = 1
            var start = 0
            while start <= raw.count {
                let end = next(0x0A, from: start, to: raw.count)
                if end - start > maximumLineLength {
                    // Only carriage returns may end lines here (an old Mac file).
                    var piece = start
                    while piece <= end {
                        let stop = next(0x0D, from: piece, to: end)
                        if stop - piece > maximumLineLength { return (line, stop - piece) }
                        if stop < end { line += 1 }
                        piece = stop + 1
                    }
                }
                line += 1
                start = end + 1
            }
            return nil
        }
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let len: Int
            if b < 0x80 {
                len = 1
            } else if b >> 5 == 0b110 {
                len = 2
            } else if b >> 4 == 0b1110 {
                len = 3
            } else if b >> 3 == 0b11110 {
                len = 4
            } else {
                return i
            }
            guard i + len <= bytes.count, String(validating: bytes[i..<(i + len)], as: UTF8.self) != nil else { return i }
            i += len
        }
        return max(0, bytes.count - 1)
    }
}
