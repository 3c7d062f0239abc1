import Foundation

/// Work started on a thread of its own at once, whose result is waited for only where it is needed:
/// the screen can be drawn meanwhile.
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let ready = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var result: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        let errand = Errand(work: work, owner: self)
        let worker = Thread { errand.run() }
        // Parsing and indexing recurse, and a secondary thread's default stack is small.
        worker.stackSize = 16 << 20
        worker.start()
    }

    private func finish(_ value: Value) {
        lock.withLock { result = value }
        ready.signal()
    }

    /// What the worker thread holds: the work and where its result goes, both let go of as soon as the
    /// work is done. Foundation lets go of a thread's closure only as the thread is taken down, when its
    /// dispatch state is already gone: were the last hold on the result (a corpus, whose store closes its
    /// database on dispatch queues) let go of there, the heap would be corrupted.
    private final class Errand: @unchecked Sendable {
        private var work: (@Sendable () -> Value)?
        private var owner: BackgroundWork?

        init(work: @escaping @Sendable () -> Value, owner: BackgroundWork) {
            self.work = work
            self.owner = owner
        }

        func run() {
            var work = self.work
            guard work != nil, let owner else { return }
            self.work = nil
            self.owner = nil
            let value = work!()
            // What the work captured (a store, say) is let go of before anyone waiting sees the result, so a
            // waiter done with it is not outlived by this thread's hold.
            work = nil
            owner.finish(value)
        }
    }

    /// The result, if it is ready within the time given.
    public func wait(milliseconds: Int) -> Value? {
        if let result = lock.withLock({ result }) { return result }
        guard ready.wait(timeout: .now() + .milliseconds(milliseconds)) == .success else { return nil }
        // The worker signals once: leave it signalled for the next waiter.
        ready.signal()
        return lock.withLock { result }
    }

    /// Whether the result is ready, without waiting.
    public var isDone: Bool { lock.withLock { result != nil } }

    /// The result, waiting for it as long as it takes.
    public var value: Value {
        while true {
            if let result = wait(milliseconds: 1000) { return result }
        }
    }
}
