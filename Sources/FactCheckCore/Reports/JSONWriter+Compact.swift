extension JSONWriter {
    /// `value` on one line with no spaces, as JSON Lines and the report's per-article records want it; strings
    /// escaped as `appendQuoted` does.
    public static func compact(_ value: JSONValue) -> String {
        var out = ""
        appendCompact(value, into: &out)
        return out
    }

    /// Appends `value` on one line with no spaces.
    public static func appendCompact(_ value: JSONValue, into out: inout String) {
        switch value {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .number(let literal): out.append(literal)
        case .string(let s): appendQuoted(s, into: &out)
        case .array(let items):
            out.append("[")
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(",") }
                appendCompact(item, into: &out)
            }
            out.append("]")
        case .object(let object):
            out.append("{")
            for (i, member) in object.members.enumerated() {
                if i > 0 { out.append(",") }
                appendQuoted(member.key, into: &out)
                out.append(":")
                appendCompact(member.value, into: &out)
            }
            out.append("}")
        }
    }
}
