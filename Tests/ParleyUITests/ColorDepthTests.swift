import Testing

@testable import ParleyUI

@Test func terminfoColourCountsGiveTheirDepth() {
    #expect(ColorDepth(colorCount: 0) == .none)
    #expect(ColorDepth(colorCount: 2) == .none)
    #expect(ColorDepth(colorCount: 8) == .palette(8))
    #expect(ColorDepth(colorCount: 16) == .palette(16))
    #expect(ColorDepth(colorCount: 256) == .palette(256))
    // xterm-direct and its kin report 2^24.
    #expect(ColorDepth(colorCount: 16_777_216) == .direct)
    #expect(ColorDepth(colorCount: 32_767) == .direct)
}

@Test func onAPaletteTheColourNumberIsThePaletteIndex() {
    let gold = TerminalColor.rgb(0xd7, 0xaf, 0x5f)
    #expect(gold.cursesColor(depth: .palette(256)) == 179)
    #expect(gold.cursesColor(depth: .palette(16)) == 3)
    #expect(gold.cursesColor(depth: .palette(8)) == 3)
    #expect(gold.cursesColor(depth: .none) == nil)
    #expect(TerminalColor.indexed(117).cursesColor(depth: .palette(256)) == 117)
}

@Test func inDirectColourTrueColoursAreSentAsRGB() {
    #expect(TerminalColor.rgb(0xd7, 0xaf, 0x5f).cursesColor(depth: .direct) == 0xd7af5f)
    #expect(TerminalColor.rgb(0xff, 0xff, 0xff).cursesColor(depth: .direct) == 0xffffff)
    // Numbers below 8 mean the basic colours, so a near-black blue may not become one of them.
    #expect(TerminalColor.rgb(0, 0, 5).cursesColor(depth: .direct) == 8)
    #expect(TerminalColor.rgb(0, 0, 0).cursesColor(depth: .direct) == 8)
}

@Test func inDirectColourIndexedColoursBecomeTheirRGBValues() {
    // The bug this guards against: 117 sent as is is read as #000075, a dark blue.
    #expect(TerminalColor.indexed(117).cursesColor(depth: .direct) == 0x87d7ff)
    #expect(TerminalColor.indexed(244).cursesColor(depth: .direct) == 0x808080)
    #expect(TerminalColor.indexed(9).cursesColor(depth: .direct) == 0xff0000)
    // The basic eight stay the terminal's own, as a theme that names them by number means.
    #expect(TerminalColor.indexed(1).cursesColor(depth: .direct) == 1)
    #expect(TerminalColor.default.cursesColor(depth: .direct) == nil)
}

@Test func aTrueColourTerminalWithA256ColourEntryGetsItsFamilysDirectEntry() {
    #expect(DirectColorTerminal.candidates(term: "xterm-256color", colorTerm: "truecolor") == ["xterm-direct"])
    #expect(DirectColorTerminal.candidates(term: "tmux-256color", colorTerm: "24bit") == ["tmux-direct"])
    #expect(DirectColorTerminal.candidates(term: "xterm-kitty", colorTerm: "truecolor") == ["xterm-direct"])
    #expect(DirectColorTerminal.candidates(term: "vte-256color", colorTerm: "TrueColor") == ["vte-direct"])
}

@Test func otherTerminalsKeepTheirEntry() {
    #expect(DirectColorTerminal.candidates(term: "xterm-256color", colorTerm: nil).isEmpty)
    #expect(DirectColorTerminal.candidates(term: "xterm-256color", colorTerm: "yes").isEmpty)
    #expect(DirectColorTerminal.candidates(term: "xterm-direct", colorTerm: "truecolor").isEmpty)
    #expect(DirectColorTerminal.candidates(term: "linux", colorTerm: "truecolor").isEmpty)
    #expect(DirectColorTerminal.candidates(term: nil, colorTerm: "truecolor").isEmpty)
}
