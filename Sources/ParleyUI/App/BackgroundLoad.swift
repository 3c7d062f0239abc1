import Foundation
import ParleyModel

/// A corpus being loaded on a thread of its own, so the terminal can show progress and take keys meanwhile.
public final class BackgroundLoad: @unchecked Sendable {
    public let progress = LoadProgress()
    private let ready = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var corpus: Corpus?

    /// Starts `load` at once.
    public init(_ load: @escaping @Sendable (LoadProgress) -> Corpus) {
        let progress = self.progress
        let worker = Thread { [self] in
            let loaded = load(progress)
            lock.withLock { corpus = loaded }
            ready.signal()
        }
        // Parsing recurses, and a secondary thread's default stack is small.
        worker.stackSize = 16 << 20
        worker.start()
    }

    public func waitUntilDone() -> Corpus {
        ready.wait()
        ready.signal()
        return lock.withLock { corpus! }
    }

    /// The corpus, if it is ready within the time given.
    public func wait(milliseconds: Int) -> Corpus? {
        if let corpus = lock.withLock({ corpus }) { return corpus }
        guard ready.wait(timeout: .now() + .milliseconds(milliseconds)) == .success else { return nil }
        // Signalled once by the loader: leave it signalled for the next waiter.
        ready.signal()
        return lock.withLock { corpus }
    }
}
