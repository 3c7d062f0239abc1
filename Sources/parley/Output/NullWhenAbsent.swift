/// An optional field that JSON writes as `null` instead of leaving out, so every documented key is
/// always present. Synthesised `Encodable` would skip a nil optional; this wrapper encodes itself.
@propertyWrapper
struct NullWhenAbsent<Value: Encodable>: Encodable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if let value = wrappedValue { try c.encode(value) } else { try c.encodeNil() }
    }
}
extension NullWhenAbsent: Sendable where Value: Sendable {}
