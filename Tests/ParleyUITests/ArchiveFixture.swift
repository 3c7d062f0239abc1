import ParleyModel

@testable import ParleyUI

/// A small archive of five meetings over two years, out of date order in its files, with accents in one
/// place name: enough to pick meetings, step through them by date and follow a speaker.
enum ArchiveFixture {
    static let sources: [(name: String, text: String)] = [
        (
            "a.txt",
            """
            Remarks at the Border Security Meeting
            Mexico City, Mexico
            March 3, 2017

            SECRETARY KELLY: Good morning. We met today to talk about the border.

            FOREIGN SECRETARY VIDEGARAY: Thank you, Secretary. Mexico welcomes the talks.

            SECRETARY KELLY: The border is long and the work is hard.
            """
        ),
        (
            "b.txt",
            """
            Press Availability on Trade
            Washington, DC
            May 18, 2017

            SECRETARY TILLERSON: Morning, all. Trade was our subject today.

            SECRETARY KELLY: And security, as always.
            """
        ),
        (
            "c.txt",
            """
            Briefing on Migration
            Monterrey, Mexico
            June 9, 2018

            FOREIGN SECRETARY VIDEGARAY: We spoke of migration and of the families it touches.

            SECRETARY TILLERSON: Migration is a shared responsibility.
            """
        ),
        (
            "d.txt",
            """
            Remarks on Energy Cooperation
            Houston, Texas
            October 18, 2017

            SECRETARY TILLERSON: Energy ties our economies together.

            SECRETARY TILLERSON: Pipelines and power lines cross the border every day.

            MODERATOR: Thank you all for coming.
            """
        ),
        (
            "e.txt",
            """
            Reunión de Seguridad
            Mérida, Mexico
            January 12, 2019

            SECRETARY OSORIO CHONG: Bienvenidos a Mérida.

            SECRETARY KELLY: Thank you for having us in Mérida.
            """
        ),
    ]

    static let context: BrowserContext = {
        let context = BrowserContext(corpus: CorpusLoader.build(sources: sources))
        context.waitUntilQuotesAreTraced()
        return context
    }()

    /// The meeting index of an id, for the panes.
    static func meeting(_ id: String) -> Int { context.corpus.meetings.firstIndex { $0.id == id }! }

    /// A state showing March 2017 on the left and May 2017 on the right.
    static func state(width: Int = 80, height: Int = 24) -> BrowserState {
        BrowserState(
            size: Size(width: width, height: height), meetings: [meeting("2017-03-03-mexico-city"), meeting("2017-05-18-washington")],
            themeName: "dark")
    }

    static func typing(_ keys: [Key], from start: BrowserState? = nil) -> BrowserState {
        var s = start ?? state()
        for key in keys {
            for a in Keymap.actions(for: .key(key), mode: s.mode) { s.apply(a, context: context) }
        }
        return s
    }

    static func frame(_ s: BrowserState) -> Grid { BrowserRenderer.render(s, context: context) }

    /// The ids of the meetings in the panes, left then right.
    static func panes(_ s: BrowserState) -> [String] { s.meetings.map { context.corpus.meetings[$0].id } }
}
