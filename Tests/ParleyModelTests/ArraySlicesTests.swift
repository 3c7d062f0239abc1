import Testing

@testable import ParleyModel

/// Work is handed out in slices that cover the elements once, in order.
struct ArraySlicesTests {
    @Test func slicesCoverTheElementsInOrderTheLastShorter() {
        #expect(Array(1...7).slices(of: 3).map(Array.init) == [[1, 2, 3], [4, 5, 6], [7]])
        #expect(Array(1...6).slices(of: 3).map(Array.init) == [[1, 2, 3], [4, 5, 6]])
        #expect(Array(1...2).slices(of: 5).map(Array.init) == [[1, 2]])
        #expect([Int]().slices(of: 4).isEmpty)
        // A size below one is taken as one, never an endless stride.
        #expect(Array(1...3).slices(of: 0).map(Array.init) == [[1], [2], [3]])
    }
}
