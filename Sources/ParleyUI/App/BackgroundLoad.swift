import Foundation
import ParleyModel

/// A corpus being loaded on a thread of its own, so the terminal can show progress and take keys meanwhile.
public final class BackgroundLoad: Sendable {
    public let progress = LoadProgress()
    private let work: BackgroundWork<Corpus>

    /// Starts `load` at once.
    public init(_ load: @escaping @Sendable (LoadProgress) -> Corpus) {
        let progress = self.progress
        work = BackgroundWork { load(progress) }
    }

    public func waitUntilDone() -> Corpus { work.value }

    /// The corpus, if it is ready within the time given.
    public func wait(milliseconds: Int) -> Corpus? { work.wait(milliseconds: milliseconds) }
}
