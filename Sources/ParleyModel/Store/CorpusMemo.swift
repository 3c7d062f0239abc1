import Foundation
import GRDB

/// Results worked out over a whole corpus, kept in its store for the next run over exactly the same files
/// and `speakers.toml` files: the browser's quote marks need every related document traced against every
/// transcript, which takes longer than the first frame.
public final class CorpusMemo: Sendable {
    private let store: CorpusStore
    /// Made of every file's path and content hash, the speakers files' bytes and the parser version.
    private let corpusKey: String

    init(store: CorpusStore, corpusKey: String) {
        self.store = store
        self.corpusKey = corpusKey
    }

    /// Bump when the quote tracer finds other quotes in the same texts.
    static let quoteTracerVersion = 1

    /// For each spoken paragraph a related document quotes, the documents quoting it: read back when this
    /// corpus's were kept before, else worked out by `trace` and kept.
    public func quotedParagraphs(_ trace: () -> [PassageRef: [Int]]) -> [PassageRef: [Int]] {
        let name = "quoted"
        let key = "\(corpusKey) \(Self.quoteTracerVersion)"
        if let bytes = read(name, key: key), let stored = try? Self.decodeQuoted(bytes) { return stored }
        let traced = trace()
        write(name, key: key, bytes: Self.encodeQuoted(traced))
        return traced
    }

    /// Bump when the speakers table counts or weighs the same texts otherwise.
    static let speakerStatisticsVersion = 1

    /// The speakers table: read back when this corpus's was kept before, else worked out by `compute`
    /// and kept. It stems every word of the archive, which on a large one takes many seconds.
    public func speakerStatistics(_ compute: () -> [SpeakerStats]) -> [SpeakerStats] {
        keptAsJSON("speakers", version: Self.speakerStatisticsVersion, compute)
    }

    /// Every sentence and quote of the related documents traced: read back when this corpus's were kept
    /// before, else traced by `trace` and kept.
    public func quoteTraces(_ trace: () -> [QuoteTrace]) -> [QuoteTrace] {
        keptAsJSON("traces", version: Self.quoteTracerVersion, trace)
    }

    /// A value read back as the JSON it was kept as, else made and kept so. A figure JSON cannot hold
    /// only means making it again next time.
    private func keptAsJSON<Value: Codable>(_ name: String, version: Int, _ make: () -> Value) -> Value {
        let key = "\(corpusKey) \(version)"
        if let bytes = read(name, key: key), let stored = try? JSONDecoder().decode(Value.self, from: Data(bytes)) { return stored }
        let made = make()
        if let encoded = try? JSONEncoder().encode(made) { write(name, key: key, bytes: [UInt8](encoded)) }
        return made
    }

    private func read(_ name: String, key: String) -> [UInt8]? {
        let blob = try? store.pool.read { db in
            try Data.fetchOne(db, sql: "SELECT data FROM memo WHERE name = ? AND key = ?", arguments: [name, key])
        }
        return (blob ?? nil).map { [UInt8]($0) }
    }

    /// Keeps one value per name: the corpus as it last was. A failure only means working it out again.
    private func write(_ name: String, key: String, bytes: [UInt8]) {
        try? store.pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO memo(name, key, data) VALUES (?, ?, ?)", arguments: [name, key, Data(bytes)])
        }
        store.compactLog()
    }

    static func encodeQuoted(_ quoted: [PassageRef: [Int]]) -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(quoted.keys.sorted()) { writer, ref in
            writer.write(ref.document)
            writer.write(ref.turn != nil)
            writer.write(ref.turn ?? 0)
            writer.write(ref.paragraph)
            writer.write(quoted[ref]!) { $0.write($1) }
        }
        return writer.bytes
    }

    static func decodeQuoted(_ bytes: [UInt8]) throws -> [PassageRef: [Int]] {
        var reader = BinaryReader(bytes)
        let pairs = try reader.readArray { reader -> (PassageRef, [Int]) in
            let document = try reader.readInt()
            let hasTurn = try reader.readBool()
            let turn = try reader.readInt()
            let ref = PassageRef(document: document, turn: hasTurn ? turn : nil, paragraph: try reader.readInt())
            return (ref, try reader.readArray { try $0.readInt() })
        }
        guard reader.isAtEnd else { throw BinaryFormatError(description: "bytes left over after the quoted paragraphs") }
        return Dictionary(pairs) { first, _ in first }
    }
}
