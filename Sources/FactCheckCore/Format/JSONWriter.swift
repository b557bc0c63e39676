/// Writes `JSONValue` as the annotation files want it: 2-space indent, members in their given order, UTF-8 left
/// unescaped (é stays é), LF line ends, a final newline, and short all-scalar objects and arrays on one line.
///
/// Output is a pure function of the value, so saving twice with no change yields identical bytes.
public enum JSONWriter {
    /// The widest a container may be to be written on one line.
    public static let inlineWidth = 100

    /// The document as text, with a final newline.
    public static func write(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        out.append("\n")
        return out
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .number(let literal): out.append(literal)
        case .string(let s): appendQuoted(s, into: &out)
        case .array(let items):
            if items.isEmpty { out.append("[]"); return }
            if let line = inline(value), line.count + indent <= inlineWidth { out.append(line); return }
            out.append("[\n")
            for (i, item) in items.enumerated() {
                out.append(String(repeating: " ", count: indent + 2))
                write(item, indent: indent + 2, into: &out)
                out.append(i == items.count - 1 ? "\n" : ",\n")
            }
            out.append(String(repeating: " ", count: indent))
            out.append("]")
        case .object(let object):
            if object.members.isEmpty { out.append("{}"); return }
            if let line = inline(value), line.count + indent <= inlineWidth { out.append(line); return }
            out.append("{\n")
            for (i, member) in object.members.enumerated() {
                out.append(String(repeating: " ", count: indent + 2))
                appendQuoted(member.key, into: &out)
                out.append(": ")
                write(member.value, indent: indent + 2, into: &out)
                out.append(i == object.members.count - 1 ? "\n" : ",\n")
            }
            out.append(String(repeating: " ", count: indent))
            out.append("}")
        }
    }

    /// The one-line form of a container holding only scalars, or nil when it holds a container.
    private static func inline(_ value: JSONValue) -> String? {
        var out = ""
        switch value {
        case .array(let items):
            out.append("[")
            for (i, item) in items.enumerated() {
                guard isScalar(item) else { return nil }
                if i > 0 { out.append(", ") }
                write(item, indent: 0, into: &out)
            }
            out.append("]")
        case .object(let object):
            out.append("{ ")
            for (i, member) in object.members.enumerated() {
                guard isScalar(member.value) || isEmptyContainer(member.value) else { return nil }
                if i > 0 { out.append(", ") }
                appendQuoted(member.key, into: &out)
                out.append(": ")
                write(member.value, indent: 0, into: &out)
            }
            out.append(" }")
        default: return nil
        }
        return out
    }

    private static func isScalar(_ value: JSONValue) -> Bool {
        switch value {
        case .array, .object: false
        default: true
        }
    }

    private static func isEmptyContainer(_ value: JSONValue) -> Bool {
        switch value {
        case .array(let items): items.isEmpty
        case .object(let object): object.members.isEmpty
        default: false
        }
    }

    /// Appends `s` as a JSON string: quotes, backslash and control characters escaped; the rest literal UTF-8.
    /// U+2028/U+2029 and bidi controls are escaped too, so a reviewer's diff cannot be visually reordered.
    public static func appendQuoted(_ s: String, into out: inout String) {
        out.append("\"")
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "\u{08}": out.append("\\b")
            case "\u{0C}": out.append("\\f")
            default:
                if TerminalText.needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }
}
