import Foundation

/// Writes to a corpus store that a load does not wait for. Filling a new cache takes longer than parsing
/// the files did, so the browser shows what it read while the store is written; the writes run in order
/// on a thread of their own, and the program waits for them before it ends, so the next run finds them.
final class StoreWriteQueue: Sendable {
    private let queue = DispatchQueue(label: "parley.corpus-store.writes")
    private let group = DispatchGroup()

    /// Runs `work` after every write added before it.
    func add(_ work: @escaping @Sendable () -> Void) {
        group.enter()
        queue.async { [group] in
            work()
            group.leave()
        }
    }

    /// Waits until every write added so far has run.
    func wait() { group.wait() }

    /// True while a write is waiting or running.
    var isBusy: Bool { group.wait(timeout: .now()) == .timedOut }
}
