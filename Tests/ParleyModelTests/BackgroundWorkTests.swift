import Dispatch
import Foundation
import Testing

@testable import ParleyModel

struct BackgroundWorkTests {
    @Test func aCorpusLoadedInTheBackgroundAndLetGoAtOnceClosesItsStoreSafely() throws {
        // The program's browser launcher does this without a terminal: load, take the corpus, let go of
        // both at once. The worker may hold the last reference to the corpus as its thread ends; the
        // corpus's store closes its database on dispatch queues, which a thread being taken down has lost.
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("parley-background-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let paths = try #require(CorpusLoader.builtInPaths)
        for _ in 0..<40 {
            let work = BackgroundWork { CorpusLoader.load(paths: paths, cache: .folder(cache)) }
            #expect(!work.value.documents.isEmpty)
        }
        Thread.sleep(forTimeInterval: 0.5)
    }

    @Test func theValueIsThereForEveryWaiter() {
        let work = BackgroundWork { 42 }
        #expect(work.value == 42)
        #expect(work.wait(milliseconds: 0) == 42)
        #expect(work.isDone)
    }
}
