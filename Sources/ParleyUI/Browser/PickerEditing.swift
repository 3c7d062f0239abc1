/// The keys every picker shares: typing and Backspace change the filter and start the selection over,
/// the arrows move it. Each picker decides what its other keys do and how the selection is bounded.
extension BrowserAction {
    /// The filter and selection after this action, or nil when it does not edit them.
    func editingPicker(filter: String, selection: Int) -> (filter: String, selection: Int)? {
        switch self {
        case .promptInput(let c): return (filter + String(c), 0)
        case .promptBackspace: return (String(filter.dropLast()), 0)
        case .pickerMove(let n): return (filter, selection + n)
        default: return nil
        }
    }
}
