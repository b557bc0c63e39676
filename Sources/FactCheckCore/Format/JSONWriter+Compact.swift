extension JSONWriter {
    /// `value` on one line, no spaces: for journal records.
    static func writeCompact(_ value: JSONValue, into out: inout String) {
        switch value {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .number(let literal): out.append(literal)
        case .string(let s): JSONWriter.appendQuoted(s, into: &out)
        case .array(let items):
            out.append("[")
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(",") }
                writeCompact(item, into: &out)
            }
            out.append("]")
        case .object(let object):
            out.append("{")
            for (i, member) in object.members.enumerated() {
                if i > 0 { out.append(",") }
                JSONWriter.appendQuoted(member.key, into: &out)
                out.append(":")
                writeCompact(member.value, into: &out)
            }
            out.append("}")
        }
    }
}
