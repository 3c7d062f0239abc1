import Foundation

/// Gives back a document's source text when it is not held in memory: the corpus store reads it from its
/// own table, or failing that from the file, and hands it over only when its hash is the one recorded.
protocol SourceTextFetcher: Sendable {
    func fetchSourceText(expectedHash: Int64) -> Result<String, LoadProblem>
    /// Names the place the text is fetched from (a store and a file): the same place and the same hash
    /// give the same text, so two such texts are equal without reading either.
    var origin: String { get }
}

/// A document's source text: held from the start for a file parsed now, or fetched the first time it is
/// asked for one read back from the store, and then kept. Most commands never look at it, and on a large
/// archive the texts are as large as the archive.
///
/// Two texts are the same when their UTF-8 bytes are: the source is compared as written, not as
/// Unicode-equivalent strings, so that equal texts always have equal hashes.
final class SourceTextStorage: @unchecked Sendable, Hashable {
    private let lock = NSLock()
    private let fetcher: (any SourceTextFetcher)?
    /// Guarded by `lock`: the text once known, its hash once known, and why it could not be had.
    private var text: String?
    private var hash: Int64?
    private var problem: LoadProblem?

    init(_ text: String) {
        self.text = text
        fetcher = nil
    }

    init(fetcher: any SourceTextFetcher, hash: Int64) {
        self.fetcher = fetcher
        self.hash = hash
    }

    /// The text, fetching it the first time; a fetch that failed is not tried again.
    func read() -> Result<String, LoadProblem> {
        lock.lock()
        defer { lock.unlock() }
        if let text { return .success(text) }
        if let problem { return .failure(problem) }
        guard let fetcher, let hash else { preconditionFailure("a source text is either held or fetched") }
        switch fetcher.fetchSourceText(expectedHash: hash) {
        case .success(let fetched):
            text = fetched
            return .success(fetched)
        case .failure(let failure):
            problem = failure
            return .failure(failure)
        }
    }

    /// The text, fetched but not kept when it is not already held: for a walk through every text that
    /// needs each only once.
    func readWithoutKeeping() -> Result<String, LoadProblem> {
        lock.lock()
        if let text {
            lock.unlock()
            return .success(text)
        }
        if let problem {
            lock.unlock()
            return .failure(problem)
        }
        let expected = hash
        lock.unlock()
        guard let fetcher, let expected else { preconditionFailure("a source text is either held or fetched") }
        return fetcher.fetchSourceText(expectedHash: expected)
    }

    /// True once the text is in memory (for tests and measurements).
    var isLoaded: Bool {
        lock.lock()
        defer { lock.unlock() }
        return text != nil
    }

    /// 64-bit FNV-1a of the text's UTF-8 bytes: known without the text for one read back from the store.
    var contentHash: Int64 {
        lock.lock()
        defer { lock.unlock() }
        if let hash { return hash }
        guard let text else { preconditionFailure("a source text is either held or fetched") }
        let computed = Self.hash(text)
        hash = computed
        return computed
    }

    /// Records `hash` as the text's when `bytes`, whose hash it is, are the text's own UTF-8 (a plain text file
    /// as read); works the hash out otherwise. Either way it is known before it is asked for: the file's
    /// reader knows it on the core that parsed the file, while the corpus's identity asks on one core for all.
    func learnHash(_ hash: Int64, ifTextIs bytes: Data) {
        lock.lock()
        defer { lock.unlock() }
        guard self.hash == nil, var text else { return }
        let same = text.withUTF8 { utf8 in
            bytes.withUnsafeBytes { raw in
                utf8.count == raw.count && (raw.isEmpty || memcmp(utf8.baseAddress!, raw.baseAddress!, raw.count) == 0)
            }
        }
        self.hash = same ? hash : Self.hash(text)
    }

    static func hash(_ text: String) -> Int64 {
        var text = text
        return text.withUTF8 { FileSignature.contentHash(UnsafeRawBufferPointer($0)) }
    }

    static func == (a: SourceTextStorage, b: SourceTextStorage) -> Bool {
        if a === b { return true }
        guard a.contentHash == b.contentHash else { return false }
        if let x = a.fetcher, let y = b.fetcher, x.origin == y.origin { return true }
        switch (a.read(), b.read()) {
        case (.success(var x), .success(var y)):
            return x.withUTF8 { x in
                y.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
            }
        // A text that cannot be had is judged by the hash it was recorded with.
        default: return true
        }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(contentHash)
    }
}
