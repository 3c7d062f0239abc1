/// A node of a saved web page: an element or a run of text, as the HTML parser left them.
enum PageNode {
    case element(PageElement)
    case text(String)
}

/// An element of a saved web page, copied out of the HTML parser so that everything after parsing
/// is plain Swift. Names and attribute names are lower case; entities are already decoded.
final class PageElement {
    let name: String
    let attributes: [String: String]
    private(set) var children: [PageNode] = []
    private(set) weak var parent: PageElement?

    init(name: String, attributes: [String: String] = [:]) {
        self.name = name
        self.attributes = attributes
    }

    func append(_ node: PageNode) {
        if case .element(let child) = node { child.parent = self }
        children.append(node)
    }

    /// Takes a child out of the tree (page furniture).
    func remove(_ child: PageElement) {
        children.removeAll { node in
            if case .element(let e) = node { return e === child }
            return false
        }
        child.parent = nil
    }

    func attribute(_ name: String) -> String? { attributes[name] }

    var childElements: [PageElement] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    /// This element and every element inside it, in document order.
    var subtree: [PageElement] {
        var out: [PageElement] = []
        var stack: [PageElement] = [self]
        while let e = stack.popLast() {
            out.append(e)
            stack += e.childElements.reversed()
        }
        return out
    }

    /// Every element inside this one with the given name, in document order.
    func elements(named name: String) -> [PageElement] {
        subtree.filter { $0 !== self && $0.name == name }
    }

    /// All the text inside, as the page has it (whitespace not yet collapsed).
    var rawText: String {
        var out = ""
        for child in children {
            switch child {
            case .text(let t): out += t
            case .element(let e): out += e.rawText
            }
        }
        return out
    }

    /// How much text is inside, without building it: UTF-8 bytes other than ASCII white space.
    var textLength: Int {
        var count = 0
        for child in children {
            switch child {
            case .text(let t):
                for byte in t.utf8 where byte != 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D && byte != 0x0C {
                    count += 1
                }
            case .element(let e): count += e.textLength
            }
        }
        return count
    }

    /// The text inside with runs of whitespace made one space, trimmed.
    var collapsedText: String {
        rawText.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// This element and those it stands in, innermost first.
    var ancestry: [PageElement] {
        var out: [PageElement] = []
        var current: PageElement? = self
        while let e = current {
            out.append(e)
            current = e.parent
        }
        return out
    }

    func isInside(_ other: PageElement) -> Bool { ancestry.contains { $0 === other } }

    /// The innermost element holding both.
    func commonAncestor(with other: PageElement) -> PageElement? {
        let mine = ancestry
        return other.ancestry.first { e in mine.contains { $0 === e } }
    }
}
