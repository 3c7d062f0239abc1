import Foundation

/// Lets go of values on another thread. What a load builds on its way to a corpus (a URL, an outcome and
/// keys for each of thousands of files) took milliseconds to free, between the corpus being ready and
/// the first frame. Only for values the caller is done with: over there they are dropped, never read. Never
/// for values that may hold the last reference to a store: its database would close after the caller, done
/// with the corpus, expects it closed, and another connection opening it could find it locked.
enum LetGoLater {
    /// `queue`: where they are let go of.
    static func values(_ values: Any..., on queue: DispatchQueue = .global(qos: .utility)) {
        nonisolated(unsafe) let held = values
        queue.async { withExtendedLifetime(held) {} }
    }
}
