import Foundation
import Testing

@testable import ParleyModel

/// Values handed over to be let go of are let go of, and on another thread than the one handing them over.
struct LetGoLaterTests {
    final class Tracked: @unchecked Sendable {
        let onRelease: () -> Void
        init(onRelease: @escaping () -> Void) { self.onRelease = onRelease }
        deinit { onRelease() }
    }

    final class ReleasingThread: @unchecked Sendable {
        private let lock = NSLock()
        private var thread: pthread_t?
        var value: pthread_t? { lock.withLock { thread } }
        func set(_ value: pthread_t) { lock.withLock { thread = value } }
    }

    @Test func valuesHandedOverAreLetGoOfOnAnotherThread() {
        let released = DispatchSemaphore(value: 0)
        let releasing = ReleasingThread()
        do {
            var tracked: [Tracked] = [
                Tracked {
                    releasing.set(pthread_self())
                    released.signal()
                }
            ]
            LetGoLater.values(tracked, "and a string")
            tracked.removeAll()
        }
        #expect(released.wait(timeout: .now() + 10) == .success)
        let thread = releasing.value
        #expect(thread.map { pthread_equal($0, pthread_self()) == 0 } == true, "let go of on the thread that handed them over")
    }
}
