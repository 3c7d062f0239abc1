/// Values worked out once per key and then looked up: a corpus repeats a few dozen labels and names in
/// thousands of turns.
struct Memo<Key: Hashable, Value> {
    private var known: [Key: Value] = [:]
    private let make: (Key) -> Value

    init(_ make: @escaping (Key) -> Value) { self.make = make }

    mutating func callAsFunction(_ key: Key) -> Value {
        if let value = known[key] { return value }
        let value = make(key)
        known[key] = value
        return value
    }
}
