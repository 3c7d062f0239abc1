/// Values kept until the process exits, never freed: a large archive's corpus is millions of objects,
/// and freeing them one by one when a command ends (or when `q` closes the browser) takes seconds the
/// user waits through for nothing, since the process ends next and the system takes the memory back at once.
///
/// Only the program itself turns this on: commands run inside a longer-lived process (the tests) free
/// their corpus, and with it the corpus store's open database, as usual.
enum ProcessLifetime {
    nonisolated(unsafe) static var keepsUntilExit = false
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ value: Any) {
        if keepsUntilExit { kept.append(value) }
    }
}
