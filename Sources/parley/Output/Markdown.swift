import Foundation
import ParleyModel
import ParleyUI

/// Plain text made safe for Markdown, with italic runs written as `*...*`.
enum Markdown {
    /// Controls take their visible form first (`^[`, `<U+202E>`), so the marks in it are escaped like
    /// any other text and the rendered page shows the same form as plain text does.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in VisibleText.sanitized(text) {
            if "\\`*_<>[]|#".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    static func paragraph(_ paragraph: Paragraph) -> String {
        let chars = Array(paragraph.text)
        var out = ""
        for run in paragraph.runs {
            let text = escape(String(chars[run.range]))
            out += run.kind == .italic ? "*\(text)*" : text
        }
        // A paragraph that starts like a list item or a numbered line must stay a paragraph.
        if let first = out.first, "-+".contains(first) || (first.isNumber && out.prefix(8).contains(".")) {
            out = "\\" + out
        }
        return out
    }
}
