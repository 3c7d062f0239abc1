import Foundation

/// Writes to a corpus store that a load does not wait for. Filling a new cache takes longer than parsing
/// the files did, so the browser shows what it read while the store is written; the writes run in order
/// on a thread of their own, and the program waits for them before it ends, so the next run finds them.
///
/// The writes wait for `start`: the load starts them once the corpus is put together, so that resolving
/// its speakers, which the first screen waits for, has every core to itself.
final class StoreWriteQueue: @unchecked Sendable {
    private let queue = DispatchQueue(label: "parley.corpus-store.writes")
    private let group = DispatchGroup()
    private let lock = NSLock()
    /// Guarded by `lock`: true until the writes are let run.
    private var held = true

    init() { queue.suspend() }

    deinit { start() }

    /// Runs `work` after every write added before it, once the writes are started.
    func add(_ work: @escaping @Sendable () -> Void) {
        group.enter()
        queue.async { [group] in
            work()
            group.leave()
        }
    }

    /// Lets the writes run; again, nothing.
    func start() {
        lock.withLock {
            guard held else { return }
            held = false
            queue.resume()
        }
    }

    /// Starts the writes and waits until every one added so far has run.
    func wait() {
        start()
        group.wait()
    }

    /// True while a write is waiting or running.
    var isBusy: Bool { group.wait(timeout: .now()) == .timedOut }
}
