import Foundation
import ParleyUI

/// JSON as parley prints it: keys sorted, pretty printed, slashes left alone, one newline at the end,
/// so the same corpus always gives the same bytes. Characters a terminal would act on are escaped
/// (`\u001b`, `\u009b`, `\u202e`), so printing the JSON is as safe as printing the text.
enum JSONOutput {
    static func string<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return VisibleText.jsonEscaped(String(decoding: data, as: UTF8.self)) + "\n"
    }
}
