import ParleyModel

@testable import ParleyUI

/// The built-in corpus loaded once for all browser tests, and a fresh state at a size.
enum BrowserFixture {
    /// With its quotes traced, so every frame has its quote marks.
    static let context: BrowserContext = {
        let context = BrowserContext(corpus: CorpusLoader.builtIn())
        context.waitUntilQuotesAreTraced()
        return context
    }()

    static func state(width: Int = 80, height: Int = 24) -> BrowserState {
        BrowserState(size: Size(width: width, height: height), meetings: [0, 1], themeName: "dark")
    }

    /// The state after a sequence of actions.
    static func after(_ actions: [BrowserAction], width: Int = 80, height: Int = 24) -> BrowserState {
        var s = state(width: width, height: height)
        for a in actions { s.apply(a, context: context) }
        return s
    }

    /// The state after typing keys, as the keymap reads them.
    static func typing(_ keys: [Key], from start: BrowserState? = nil) -> BrowserState {
        var s = start ?? state()
        for key in keys {
            for a in Keymap.actions(for: .key(key), mode: s.mode, keys: s.keys) { s.apply(a, context: context) }
        }
        return s
    }

    static func keys(_ text: String) -> [Key] { text.map { $0 == "\n" ? .enter : .character($0) } }

    static func frame(_ s: BrowserState) -> Grid { BrowserRenderer.render(s, context: context) }
}
