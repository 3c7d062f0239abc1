/// Where each part of the main screen goes at a given size.
public struct ScreenLayout: Hashable, Sendable {
    public static let minimumSize = Size(width: 40, height: 10)

    public let size: Size
    public let titleRow: Int
    public let panes: [Rect]
    public let speakerBarRow: Int
    public let statusRow: Int

    public init(size: Size) {
        self.size = size
        titleRow = 0
        let paneHeight = max(3, size.height - 3)
        let leftWidth = size.width / 2
        panes = [
            Rect(x: 0, y: 1, width: leftWidth, height: paneHeight),
            Rect(x: leftWidth, y: 1, width: size.width - leftWidth, height: paneHeight),
        ]
        speakerBarRow = size.height - 2
        statusRow = size.height - 1
    }

    public var isTooSmall: Bool { size.width < ScreenLayout.minimumSize.width || size.height < ScreenLayout.minimumSize.height }

    public func pane(_ side: PaneSide) -> Rect { panes[side.rawValue] }

    /// Columns for text inside a pane's border and padding, gutter included.
    public func textWidth(_ side: PaneSide) -> Int { max(1, pane(side).width - 4) }

    /// Rows of text inside a pane's border.
    public var viewHeight: Int { max(1, panes[0].height - 2) }

    public func side(atX x: Int, y: Int) -> PaneSide? {
        PaneSide.allCases.first { pane($0).contains(x: x, y: y) }
    }
}
