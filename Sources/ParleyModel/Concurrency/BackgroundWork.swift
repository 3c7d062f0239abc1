import Foundation

/// Work started on a thread of its own at once, whose result is waited for only where it is needed:
/// the screen can be drawn meanwhile.
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let ready = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var result: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        let worker = Thread { [self] in
            let value = work()
            lock.withLock { result = value }
            ready.signal()
        }
        // Parsing and indexing recurse, and a secondary thread's default stack is small.
        worker.stackSize = 16 << 20
        worker.start()
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
