import Foundation

/// A message for stderr as one line of JSON, for scripts that read `--json`: `{"error":"…"}`.
/// The `parley: ` prefix is dropped; a usage message keeps its lines inside the string.
enum JSONError {
    static func line(for message: String) -> String {
        var text = message
        if text.hasPrefix("parley: ") { text.removeFirst("parley: ".count) }
        while text.hasSuffix("\n") { text.removeLast() }
        let data = (try? JSONSerialization.data(withJSONObject: ["error": text], options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
