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

    final class Captured: @unchecked Sendable {
        let lock = NSLock()
        var released = false
    }

    final class Tracked: @unchecked Sendable {
        let captured: Captured
        init(_ captured: Captured) { self.captured = captured }
        deinit {
            // Slow to let go of, so that a worker letting go after handing over its result is caught.
            Thread.sleep(forTimeInterval: 0.05)
            captured.lock.withLock { captured.released = true }
        }
    }

    /// What the work holds (a store, say) is let go of before its result is seen, so that a caller done
    /// with the result is not outlived by the worker's hold.
    @Test func whatTheWorkCapturedIsLetGoOfBeforeItsResultIsSeen() {
        for _ in 0..<5 {
            let captured = Captured()
            let work = BackgroundWork { [held = Tracked(captured)] in held.captured === captured ? 1 : 0 }
            #expect(work.value == 1)
            #expect(captured.lock.withLock { captured.released })
        }
    }

    @Test func theValueIsThereForEveryWaiter() {
        let work = BackgroundWork { 42 }
        #expect(work.value == 42)
        #expect(work.wait(milliseconds: 0) == 42)
        #expect(work.isDone)
    }
}
