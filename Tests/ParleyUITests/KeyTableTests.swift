import Testing

@testable import ParleyUI

@Test func everyActionHasAUniqueName() {
    let names = KeyTable.actionNames
    #expect(Set(names).count == names.count)
    #expect(names.contains("quit") && names.contains("copy") && names.contains("keep-theme"))
}

@Test func aRemappedActionTakesItsNewKeysAndLosesItsOld() {
    let table = KeyTable.standard.remapped(["quit": [.character("Q")]])
    #expect(table.action(for: .character("Q")) == .quit)
    #expect(table.action(for: .character("q")) == nil)
    #expect(table.firstKeyName(of: "quit") == "Q")
}

@Test func aKeyGivenToAnotherActionLeavesTheOneThatHadIt() {
    // j scrolled down; now it quits, and down keeps its arrow.
    let table = KeyTable.standard.remapped(["quit": [.character("j")]])
    #expect(table.action(for: .character("j")) == .quit)
    #expect(table.action(for: .down) == .scrollLines(1))
    let down = table.sections.flatMap(\.bindings).first { $0.name == "down" }
    #expect(down?.label == "↓ Ctrl-N")
}

@Test func theDigitsStillPickSpeakers() {
    let table = KeyTable.standard.remapped(["quit": [.character("Q")]])
    #expect(table.action(for: .character("3")) == .speakerSlot(3))
    #expect(table.action(for: .character("0")) == .speakerSlot(0))
}

@Test func helpShowsTheRemappedKeysAndTheActionNames() {
    var state = BrowserFixture.typing([])
    state.keys = KeyTable.standard.remapped(["quit": [.control("q")], "copy": [.function(5)]])
    state = BrowserFixture.typing([.character("?")], from: state)
    let text = BrowserFixture.frame(state).text
    #expect(text.contains("down one line · down"))
    // The hint under the panes names the new quit key too.
    #expect(text.contains("Ctrl-Q quit"))
    let all = HelpOverlay.lines(keys: state.keys)
    #expect(all.contains { $0.key == "Ctrl-Q" && $0.text == "quit · quit" })
    #expect(all.contains { $0.key == "F5" && $0.text.hasPrefix("copy the passage on top") })
}

@Test func theKeysInUseDriveTheBrowser() {
    var state = BrowserFixture.typing([])
    state.keys = KeyTable.standard.remapped(["quit": [.character("Q")]])
    state = BrowserFixture.typing([.character("q")], from: state)
    #expect(!state.quit)
    state = BrowserFixture.typing([.character("Q")], from: state)
    #expect(state.quit)
}
