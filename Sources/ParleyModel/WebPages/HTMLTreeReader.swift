import CLibXML2
import Foundation

/// Parses HTML bytes with libxml2's HTML parser, which recovers from broken markup the way browsers
/// do, and copies the result into `PageElement`s.
enum HTMLTreeReader {
    /// libxml2 sets up its global state on first use, which two threads must not do at once: it asks a
    /// threaded program to call `xmlInitParser` before anything else, and pages are read on all cores.
    /// Swift runs a global's initialiser once, whichever thread asks first.
    private static let libraryReady: Void = xmlInitParser()

    /// The page's root element, or nil when libxml2 finds no document at all.
    static func read(_ data: Data) -> PageElement? {
        _ = libraryReady
        let bom = PageEncoding.byteOrderMark(data)
        return parse(data, encoding: bom) { doc, conversionFailed in
            guard bom == nil else { return nil }
            let declared = doc.pointee.encoding.map { String(cString: $0) }
            if let other = PageEncoding.rereading(declared: declared, data: data) { return other }
            // libxml2 stops at the first bytes its encoding has no character for, and the rest of
            // the page would be lost: a page that does not fit its declaration is read as if undeclared.
            return conversionFailed ? PageEncoding.undeclared(data) : nil
        }
    }

    /// Parses in `encoding` (nil: libxml2 decides), or again in the encoding `reread` asks for, told
    /// whether some bytes could not be converted; when those fail too, in Latin-1, which converts any byte.
    private static func parse(_ data: Data, encoding: String?, reread: (htmlDocPtr, Bool) -> String?) -> PageElement? {
        data.withUnsafeBytes { raw -> PageElement? in
            guard let base = raw.baseAddress, raw.count > 0 else { return nil }
            // XML_PARSE_HUGE lifts libxml2's nesting limit (256), past which it stops reading the page.
            let options = Int32(
                HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                    | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue)
            func htmlDoc(_ encoding: String?) -> (doc: htmlDocPtr?, conversionFailed: Bool) {
                var failed = false
                let doc = withUnsafeMutablePointer(to: &failed) { flag in
                    // libxml2 reports conversion failures straight to stderr, whatever the options say;
                    // on this thread they are noted here instead, and the next reading decided by them.
                    xmlSetStructuredErrorFunc(flag) { context, error in
                        guard let context, let domain = error?.pointee.domain else { return }
                        if domain == Int32(XML_FROM_I18N.rawValue) || domain == Int32(XML_FROM_IO.rawValue) {
                            context.assumingMemoryBound(to: Bool.self).pointee = true
                        }
                    }
                    defer { xmlSetStructuredErrorFunc(nil) { _, _ in } }
                    return encoding.withOptionalCString { name in
                        htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(clamping: raw.count), nil, name, options)
                    }
                }
                return (doc, failed)
            }
            let first = htmlDoc(encoding)
            guard var doc = first.doc else { return nil }
            if let other = reread(doc, first.conversionFailed) {
                var again = htmlDoc(other)
                if again.conversionFailed, let latin1 = htmlDoc("ISO-8859-1").doc {
                    if let failed = again.doc { xmlFreeDoc(failed) }
                    again.doc = latin1
                }
                if let better = again.doc {
                    xmlFreeDoc(doc)
                    doc = better
                }
            }
            defer { xmlFreeDoc(doc) }
            guard let root = xmlDocGetRootElement(doc) else { return nil }
            return copy(root, depth: 0)
        }
    }

    /// Elements nested deeper than this are not copied one by one (the copy and the readers after
    /// it recurse); the text under such an element is kept as one run of text instead.
    static let maxDepth = 200

    private static func copy(_ node: xmlNodePtr, depth: Int) -> PageElement {
        let element = PageElement(name: String(cString: node.pointee.name).lowercased(), attributes: attributes(of: node))
        if depth >= maxDepth {
            element.append(.text(flatText(under: node)))
            return element
        }
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                element.append(.element(copy(c, depth: depth + 1)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { element.append(.text(String(cString: content))) }
            default:
                break // comments, processing instructions
            }
            child = c.pointee.next
        }
        return element
    }

    /// The text of every text node under `node`, space-separated, walked without recursion.
    private static func flatText(under node: xmlNodePtr) -> String {
        var out = ""
        var current = node.pointee.children
        while let n = current {
            if n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE, let content = n.pointee.content {
                out += String(cString: content) + " "
            }
            if n.pointee.type == XML_ELEMENT_NODE, let first = n.pointee.children {
                current = first
                continue
            }
            // Next sibling, or the next sibling of the nearest ancestor below `node` that has one.
            var up: xmlNodePtr? = n
            current = nil
            while let u = up, u != node {
                if let next = u.pointee.next {
                    current = next
                    break
                }
                up = u.pointee.parent
            }
        }
        return out
    }

    private static func attributes(of node: xmlNodePtr) -> [String: String] {
        var out: [String: String] = [:]
        var attr = node.pointee.properties
        while let a = attr {
            let name = String(cString: a.pointee.name).lowercased()
            var value = ""
            var text = a.pointee.children
            while let t = text {
                if let content = t.pointee.content { value += String(cString: content) }
                text = t.pointee.next
            }
            if out[name] == nil { out[name] = value }
            attr = a.pointee.next
        }
        return out
    }
}

extension Optional where Wrapped == String {
    fileprivate func withOptionalCString<R>(_ body: (UnsafePointer<CChar>?) -> R) -> R {
        switch self {
        case .some(let s): return s.withCString { body($0) }
        case .none: return body(nil)
        }
    }
}
