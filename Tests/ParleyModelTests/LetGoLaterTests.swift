import Foundation
import Testing

@testable import ParleyModel

/// Values handed over to be let go of are held until the queue they were handed to runs, and let go of there.
struct LetGoLaterTests {
    final class Tracked: @unchecked Sendable {
        let onRelease: () -> Void
        init(onRelease: @escaping () -> Void) { self.onRelease = onRelease }
        deinit { onRelease() }
    }

    @Test func valuesHandedOverAreLetGoOfOnTheQueueTheyWereHandedTo() {
        let queue = DispatchQueue(label: "letting go")
        let key = DispatchSpecificKey<Bool>()
        queue.setSpecific(key: key, value: true)
        let released = DispatchSemaphore(value: 0)
        let releasedOnQueue = Flag()
        // Held back until the caller has let go of its own hold, so that the queue's is the last.
        queue.suspend()
        do {
            var tracked: [Tracked] = [
                Tracked {
                    releasedOnQueue.set(DispatchQueue.getSpecific(key: key) == true)
                    released.signal()
                }
            ]
            LetGoLater.values(tracked, "and a string", on: queue)
            tracked.removeAll()
        }
        #expect(released.wait(timeout: .now() + 0.2) == .timedOut, "let go of before the queue ran")
        queue.resume()
        #expect(released.wait(timeout: .now() + 10) == .success)
        #expect(releasedOnQueue.value, "let go of elsewhere than on the queue")
    }

    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var raised = false
        var value: Bool { lock.withLock { raised } }
        func set(_ value: Bool) { lock.withLock { raised = value } }
    }
}
