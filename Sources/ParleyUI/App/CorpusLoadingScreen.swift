import Foundation
import ParleyModel

/// Shows how far a corpus has loaded, so a large archive is never a blank screen; the user can quit meanwhile,
/// and keys typed meanwhile are kept for the browser.
public enum CorpusLoadingScreen {
    /// How long a load may take before anything is shown: a small corpus opens with no loading screen at all.
    public static let quietMilliseconds = 150
    /// How often the progress is redrawn.
    static let redrawMilliseconds = 100
    /// How often the load is looked at between redraws: the browser's first frame waits at most this long
    /// after the corpus is read.
    static let checkMilliseconds = 5

    /// A loaded corpus and the keys typed while it loaded, in order.
    public struct Loaded: Sendable {
        public var corpus: Corpus
        public var typedAhead: [InputEvent]

        public init(corpus: Corpus, typedAhead: [InputEvent]) {
            self.corpus = corpus
            self.typedAhead = typedAhead
        }
    }

    /// The corpus once loaded, with the keys typed meanwhile; nil when the user quit or the terminal went
    /// away first. Ctrl-C always quits; `q` and Esc quit when nothing has been typed yet, and are kept like
    /// any other key after something has (they may end a search typed ahead, or be part of it).
    public static func show(_ load: BackgroundLoad, on backend: TerminalBackend, theme: Theme, source: String) -> Loaded? {
        var size = backend.size
        var typed: [InputEvent] = []
        var drawn: (at: UInt64, size: Size, typed: Int)? = nil
        while true {
            if let corpus = load.wait(milliseconds: 0) { return Loaded(corpus: corpus, typedAhead: typed) }
            let now = DispatchTime.now().uptimeNanoseconds
            if drawn == nil || drawn!.size != size || drawn!.typed != typed.count
                || now - drawn!.at >= UInt64(redrawMilliseconds) * 1_000_000
            {
                let screen = LoadingView.render(load.progress.snapshot, source: source, size: size, typedAhead: typed)
                backend.draw(screen, theme: theme, cursor: nil)
                drawn = (now, size, typed.count)
            }
            switch backend.nextEvent(waitingAtMost: checkMilliseconds) {
            case .ended, .event(.key(.control("c"))):
                return nil
            case .event(.key(.character("q"))) where typed.isEmpty, .event(.key(.escape)) where typed.isEmpty:
                return nil
            case .event(.resize(let newSize)):
                size = newSize
            case .event(.key(let key)):
                typed.append(.key(key))
            case .event(.mouse), .nothingYet:
                // A click aims at a screen not drawn yet: it is not kept.
                break
            }
        }
    }
}
