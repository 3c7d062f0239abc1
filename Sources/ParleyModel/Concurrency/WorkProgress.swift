import Foundation

/// How much of a long piece of work is done, in steps of the work's own choosing (meetings counted,
/// people weighed). The work's threads count; a screen showing progress reads it when it redraws.
public final class WorkProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private var total = 0

    public init() {}

    /// Adds `steps` to what there is to do.
    public func expect(_ steps: Int) { lock.withLock { total += steps } }

    /// Counts `steps` done.
    public func advance(_ steps: Int = 1) { lock.withLock { done += steps } }

    /// From 0 to 1; 0 until anything is expected.
    public var fraction: Double {
        lock.withLock { total > 0 ? min(1, Double(done) / Double(total)) : 0 }
    }
}
