import Testing

@testable import ParleyUI

// Expected values are worked out by hand from the xterm palette: cube levels 0, 95, 135, 175, 215, 255
// (index 16 + 36r + 6g + b), grey ramp 8, 18, … 238 (index 232 + n), and xterm's values for 0–15.

@Test func defaultColourHasNoIndexAtAnyDepth() {
    for count in [2, 8, 16, 88, 256, 65536] {
        #expect(TerminalColor.default.paletteIndex(colorCount: count) == nil)
    }
}

@Test func fewerThanEightColoursGiveNoIndex() {
    #expect(TerminalColor.indexed(1).paletteIndex(colorCount: 2) == nil)
    #expect(TerminalColor.rgb(255, 0, 0).paletteIndex(colorCount: 0) == nil)
}

@Test func pureRedMapsToCubeRedThenBrightRedThenRed() {
    let red = TerminalColor.rgb(0xff, 0, 0)
    #expect(red.paletteIndex(colorCount: 256) == 196)
    #expect(red.paletteIndex(colorCount: 16) == 9)
    #expect(red.paletteIndex(colorCount: 8) == 1)
}

@Test func blackAndWhiteMapToCubeCornersAndStandardColours() {
    #expect(TerminalColor.rgb(0, 0, 0).paletteIndex(colorCount: 256) == 16)
    #expect(TerminalColor.rgb(255, 255, 255).paletteIndex(colorCount: 256) == 231)
    #expect(TerminalColor.rgb(0, 0, 0).paletteIndex(colorCount: 16) == 0)
    #expect(TerminalColor.rgb(255, 255, 255).paletteIndex(colorCount: 16) == 15)
    // (229,229,229) is nearer white than (0,0,0).
    #expect(TerminalColor.rgb(255, 255, 255).paletteIndex(colorCount: 8) == 7)
}

@Test func greysPreferTheGreyRampWhenItIsNearer() {
    // 128 = 8 + 10·12 → 244 exactly; the nearest cube grey (135,135,135) is 147 away.
    #expect(TerminalColor.rgb(0x80, 0x80, 0x80).paletteIndex(colorCount: 256) == 244)
    // 118 = 8 + 10·11 → 243.
    #expect(TerminalColor.rgb(0x76, 0x76, 0x76).paletteIndex(colorCount: 256) == 243)
    #expect(TerminalColor.rgb(0x08, 0x08, 0x08).paletteIndex(colorCount: 256) == 232)
    #expect(TerminalColor.rgb(0xee, 0xee, 0xee).paletteIndex(colorCount: 256) == 255)
    // (127,127,127) is colour 8 at 16 colours.
    #expect(TerminalColor.rgb(0x80, 0x80, 0x80).paletteIndex(colorCount: 16) == 8)
}

@Test func greysStayGreyWhenColoursAreFew() {
    // By distance alone (128,128,128) is nearest yellow (205,205,0): 28,297 against white's 31,212.
    // Greys keep to black and white: white is 31,212 away, black 49,152.
    #expect(TerminalColor.rgb(0x80, 0x80, 0x80).paletteIndex(colorCount: 8) == 7)
    // (48,48,48): black 6,912, bright black (127,127,127) 18,723.
    #expect(TerminalColor.rgb(0x30, 0x30, 0x30).paletteIndex(colorCount: 16) == 0)
    // (88,88,88): bright black 4,563 away, black 23,232.
    #expect(TerminalColor.rgb(0x58, 0x58, 0x58).paletteIndex(colorCount: 16) == 8)
    // A dull yellow is no grey and keeps its hue: yellow (205,205,0) is 7,650 away, bright black 8,627.
    #expect(TerminalColor.rgb(150, 150, 40).paletteIndex(colorCount: 16) == 3)
    // Colour 8 itself at 8 colours is a grey: white, not yellow.
    #expect(TerminalColor.indexed(8).paletteIndex(colorCount: 8) == 7)
}

@Test func trueColourTakesTheNearestLevelInEachChannel() {
    // 0x5f = 95 (level 1), 0xaf = 175 (level 3), 0xff (level 5): 16 + 36 + 18 + 5.
    #expect(TerminalColor.rgb(0x5f, 0xaf, 0xff).paletteIndex(colorCount: 256) == 75)
    // 0xd7 = 215 (level 4), 0, 0x5f (level 1): 16 + 144 + 0 + 1.
    #expect(TerminalColor.rgb(0xd7, 0x00, 0x5f).paletteIndex(colorCount: 256) == 161)
    // 100 is nearer 95 than 135; 30 nearer 0 than 95; 200 nearer 215 than 175: 16 + 36 + 0 + 4 = 56.
    #expect(TerminalColor.rgb(100, 30, 200).paletteIndex(colorCount: 256) == 56)
}

@Test func trueColourAtSixteenColoursTakesTheNearestStandardColour() {
    // (95,95,255) is 18 away from colour 12 (92,92,255).
    #expect(TerminalColor.rgb(0x5f, 0x5f, 0xff).paletteIndex(colorCount: 16) == 12)
    // Solarized yellow (181,137,0): nearest is colour 3 (205,205,0).
    #expect(TerminalColor.rgb(0xb5, 0x89, 0x00).paletteIndex(colorCount: 16) == 3)
}

@Test func indexedColoursPassThroughWhenTheTerminalHasThem() {
    #expect(TerminalColor.indexed(42).paletteIndex(colorCount: 256) == 42)
    #expect(TerminalColor.indexed(255).paletteIndex(colorCount: 256) == 255)
    #expect(TerminalColor.indexed(13).paletteIndex(colorCount: 16) == 13)
    #expect(TerminalColor.indexed(5).paletteIndex(colorCount: 8) == 5)
}

@Test func indexedColoursBeyondTheTerminalComeDownToTheNearest() {
    // 196 is (255,0,0): colour 9 exactly at 16, red (1) at 8.
    #expect(TerminalColor.indexed(196).paletteIndex(colorCount: 16) == 9)
    #expect(TerminalColor.indexed(196).paletteIndex(colorCount: 8) == 1)
    // Bright blue (92,92,255) is nearest blue (0,0,238).
    #expect(TerminalColor.indexed(12).paletteIndex(colorCount: 8) == 4)
    // 88 colours are used as 16.
    #expect(TerminalColor.indexed(196).paletteIndex(colorCount: 88) == 9)
}

@Test func indexesOutsideThePaletteGiveNoIndex() {
    #expect(TerminalColor.indexed(256).paletteIndex(colorCount: 256) == nil)
    #expect(TerminalColor.indexed(-1).paletteIndex(colorCount: 16) == nil)
}

@Test func everyXtermColourMapsToItselfFromItsRGBValue() {
    // The cube and the ramp are exact points, so a colour's own RGB value must come back to it.
    for index in 16...255 {
        let rgb = TerminalColor.rgb(ofIndex: index)
        let color = TerminalColor.rgb(UInt8(rgb.red), UInt8(rgb.green), UInt8(rgb.blue))
        #expect(color.paletteIndex(colorCount: 256) == index, "colour \(index)")
    }
}
