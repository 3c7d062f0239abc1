import Foundation

/// A file operation's failure as the system words it (`Permission denied`, `Not a directory`) rather
/// than as Foundation wraps it, which on Linux can read `The operation could not be completed.
/// (NSCocoaErrorDomain error 512.)`: the words come from the POSIX error underneath.
enum SystemErrorWords {
    static func of(_ error: Error) -> String {
        var current = error as NSError
        // On Linux the underlying error may be kept as a Swift `POSIXError`, which `as? NSError` misses.
        while current.domain != NSPOSIXErrorDomain, let underlying = current.userInfo[NSUnderlyingErrorKey] as? any Error {
            current = underlying as NSError
        }
        if current.domain == NSPOSIXErrorDomain, current.code > 0 {
            return String(cString: strerror(Int32(current.code)))
        }
        return (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
