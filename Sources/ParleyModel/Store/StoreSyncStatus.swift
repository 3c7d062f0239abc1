import Foundation

/// Whether a store's write of the files just read has been made, so that its full-text index answers for them.
final class StoreSyncStatus: @unchecked Sendable {
    private let lock = NSLock()
    private var written: Bool
    private var failure: String? = nil

    init(written: Bool) { self.written = written }

    var isWritten: Bool { lock.withLock { written } }
    /// Why the write failed, as a notice; nil while it runs or once it is made.
    var problem: String? { lock.withLock { failure } }

    func finish(problem: String?) {
        lock.withLock {
            written = problem == nil
            failure = problem
        }
    }
}
