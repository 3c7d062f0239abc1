/// A problem with what the user asked parley to read or find (exit status 1), as opposed to a
/// mistake in how the command was written (exit status 2).
struct InputProblem: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}
