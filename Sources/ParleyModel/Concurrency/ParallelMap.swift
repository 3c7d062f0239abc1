import Dispatch

extension Array where Element: Sendable {
    /// `map` on all cores, in order. Each element is transformed once, on some thread; results come back
    /// in the order of the elements. Work is handed out in chunks of `chunk` elements.
    public func parallelMap<Result: Sendable>(chunk: Int = 1, _ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        // Each iteration writes only its own slots, so they need no lock.
        nonisolated(unsafe) let shared = slots
        let chunk = Swift.max(1, chunk)
        let total = count
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: (total + chunk - 1) / chunk) { c in
                for i in (c * chunk)..<Swift.min(total, (c + 1) * chunk) { shared[i] = transform(self[i]) }
            }
        }
        return slots.map { $0! }
    }
}

extension Array {
    /// The elements cut into slices of `size` (the last shorter), in order: parts of work to hand out.
    public func slices(of size: Int) -> [ArraySlice<Element>] {
        let size = Swift.max(1, size)
        return stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
