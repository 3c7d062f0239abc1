/// The main screen's key bindings in use: the standard table, with the keys a config file gives to
/// actions by name. Help and the keymap both read it, so help shows the keys that really work.
public struct KeyTable: Hashable, Sendable {
    public private(set) var sections: [KeyBindings.Section]

    public static let standard = KeyTable(sections: KeyBindings.sections)

    /// Every action name a config file may use, in help's order.
    public static var actionNames: [String] { KeyBindings.sections.flatMap(\.bindings).map(\.name) }

    /// The digits pick speakers by their place in the bar; that cannot move to other keys.
    static let fixedNames: Set<String> = ["speaker"]

    /// Each action named in `keys` gets exactly those keys; a key it takes leaves the action that had it.
    public func remapped(_ keys: [String: [Key]]) -> KeyTable {
        var table = self
        let taken = Set(keys.values.joined())
        for s in table.sections.indices {
            for b in table.sections[s].bindings.indices {
                var binding = table.sections[s].bindings[b]
                if let newKeys = keys[binding.name], !Self.fixedNames.contains(binding.name) {
                    binding.keys = newKeys
                    binding.label = newKeys.map(KeyName.name(of:)).joined(separator: " ")
                } else if binding.keys.contains(where: taken.contains) {
                    binding.keys.removeAll(where: taken.contains)
                    binding.label = binding.keys.isEmpty ? "—" : Self.label(for: binding)
                }
                table.sections[s].bindings[b] = binding
            }
        }
        return table
    }

    /// A binding's label after some of its keys went elsewhere: the first few it still has.
    private static func label(for binding: KeyBinding) -> String {
        if fixedNames.contains(binding.name) { return binding.label }
        return binding.keys.prefix(2).map(KeyName.name(of:)).joined(separator: " ")
    }

    /// How help writes the first key of the action `name`, or nil when it has none.
    public func firstKeyName(of name: String) -> String? {
        sections.lazy.flatMap(\.bindings).first { $0.name == name }?.keys.first.map(KeyName.name(of:))
    }

    /// What a key does on the main screen, or nil.
    public func action(for key: Key) -> BrowserAction? {
        for binding in sections.lazy.flatMap(\.bindings) where binding.keys.contains(key) {
            // One binding stands for the nine digits of the speaker bar.
            if case .speakerSlot = binding.action, case .character(let c) = key, let n = c.wholeNumberValue {
                return .speakerSlot(n)
            }
            return binding.action
        }
        return nil
    }
}
