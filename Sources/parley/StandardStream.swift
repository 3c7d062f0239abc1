import Foundation
import Glibc

/// stdout or stderr written with `write(2)`, so a failed write is an error code to act on rather
/// than the trap `FileHandle.write` ends in.
struct StandardStream {
    let descriptor: Int32

    static let output = StandardStream(descriptor: STDOUT_FILENO)
    static let error = StandardStream(descriptor: STDERR_FILENO)

    /// A closed pipe must come back as EPIPE, not kill the process; call once at start-up.
    static func ignoreBrokenPipeSignal() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Writes all of `text`. On stdout, a failure ends the program (see `Console.standard`); on
    /// stderr there is nowhere left to report one, so it is dropped.
    func write(_ text: String) {
        guard let failure = writeAll(text) else { return }
        guard descriptor == STDOUT_FILENO else { return }
        if failure == EPIPE { exit(0) }
        _ = StandardStream.error.writeAll("parley: write error: \(String(cString: strerror(failure)))\n")
        exit(1)
    }

    /// Everything readable from `descriptor` until its end, or nil when it cannot be read (closed, a
    /// folder); with `read(2)`, as a failing `FileHandle` read would trap.
    static func readAll(_ descriptor: Int32) -> Data? {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    /// nil when everything was written, else the errno of the write that failed.
    private func writeAll(_ text: String) -> Int32? {
        var text = text
        return text.withUTF8 { bytes -> Int32? in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }
}
