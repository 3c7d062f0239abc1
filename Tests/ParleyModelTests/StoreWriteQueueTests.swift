import Foundation
import Testing

@testable import ParleyModel

/// Writes made later wait until they are started, then run in order; waiting for them starts them.
struct StoreWriteQueueTests {
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [Int] = []
        func add(_ n: Int) { lock.withLock { entries.append(n) } }
        var all: [Int] { lock.withLock { entries } }
    }

    @Test func writesWaitUntilStartedThenRunInOrder() {
        let queue = StoreWriteQueue()
        let log = Log()
        for n in 0..<20 { queue.add { log.add(n) } }
        Thread.sleep(forTimeInterval: 0.05)
        #expect(log.all.isEmpty)
        #expect(queue.isBusy)
        queue.start()
        queue.start()
        queue.wait()
        #expect(log.all == Array(0..<20))
        #expect(!queue.isBusy)
    }

    @Test func waitingStartsTheWrites() {
        let queue = StoreWriteQueue()
        let log = Log()
        queue.add { log.add(1) }
        queue.wait()
        #expect(log.all == [1])
    }

    @Test func aQueueNeverStartedCanBeLetGo() {
        let log = Log()
        do {
            let queue = StoreWriteQueue()
            queue.add { log.add(1) }
        }
        // Let go while held, the queue lets its writes run rather than leave them (or crash on a held queue).
        for _ in 0..<100 where log.all.isEmpty { Thread.sleep(forTimeInterval: 0.01) }
        #expect(log.all == [1])
    }

    @Test func aNewArchiveIsWrittenOnlyOnceItsCorpusIsPutTogether() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("held-writes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let texts = folder.appendingPathComponent("texts")
        try FileManager.default.createDirectory(at: texts, withIntermediateDirectories: true)
        for seed in CorpusLoader.builtIn().documents.prefix(2) {
            try seed.sourceText.write(to: texts.appendingPathComponent(seed.fileName), atomically: true, encoding: .utf8)
        }
        let cache = CorpusCacheSetting.folder(folder.appendingPathComponent("cache"))
        let corpus = CorpusLoader.load(paths: [texts.path], cache: cache, storeWritesLater: true)
        #expect(corpus.documents.count == 2)
        // Started by the load: they finish without anyone waiting for them.
        for _ in 0..<500 where corpus.isStoreBeingWritten { Thread.sleep(forTimeInterval: 0.01) }
        #expect(!corpus.isStoreBeingWritten)
        let again = CorpusLoader.load(paths: [texts.path], cache: cache)
        #expect(again.parsedFileCount == 0)
    }
}
