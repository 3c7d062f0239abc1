import Foundation

/// An exclusive `flock` on a lock file, held while `body` runs, so that parleys in other processes take
/// their turn. Closing the file releases the lock, also when the process dies.
enum FileLock {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `body` holding the lock on `path` (created when missing); throws when the lock cannot be had.
    static func withExclusiveLock<T>(_ path: String, _ body: () throws -> T) throws -> T {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure(description: "cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw Failure(description: "cannot lock \(path): \(String(cString: strerror(errno)))") }
        }
        return try body()
    }
}
