/// One terminal cell: a grapheme and the role it is drawn with.
/// A wide character occupies two cells; the second holds `""` and `isContinuation`.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var role: Role
    public var isContinuation: Bool

    public init(text: String = " ", role: Role = .text, isContinuation: Bool = false) {
        self.text = text
        self.role = role
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

public struct Size: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < x + width && py >= y && py < y + height }
}
