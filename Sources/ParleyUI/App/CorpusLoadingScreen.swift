import Foundation
import ParleyModel

/// Shows how far a corpus has loaded, so a large archive is never a blank screen; the user can quit meanwhile.
public enum CorpusLoadingScreen {
    /// How long a load may take before anything is shown: a small corpus opens with no loading screen at all.
    public static let quietMilliseconds = 150
    /// How often the progress is redrawn.
    static let redrawMilliseconds = 100

    /// The corpus once loaded, or nil when the user quit (`q`, Esc, Ctrl-C) or the terminal went away first.
    public static func show(_ load: BackgroundLoad, on backend: TerminalBackend, theme: Theme, source: String) -> Corpus? {
        var size = backend.size
        while true {
            if let corpus = load.wait(milliseconds: 0) { return corpus }
            backend.draw(LoadingView.render(load.progress.snapshot, source: source, size: size), theme: theme, cursor: nil)
            switch backend.nextEvent(waitingAtMost: redrawMilliseconds) {
            case .ended, .event(.key(.character("q"))), .event(.key(.escape)), .event(.key(.control("c"))):
                return nil
            case .event(.resize(let newSize)):
                size = newSize
            case .event, .nothingYet:
                break
            }
        }
    }
}
