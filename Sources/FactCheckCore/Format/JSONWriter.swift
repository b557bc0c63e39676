/// Writes `JSONValue` as the annotation files want it: 2-space indent, members in their given order, UTF-8 left
/// unescaped (é stays é), LF line ends, a final newline, and short all-scalar objects and arrays on one line.
///
/// Output is a pure function of the value, so saving twice with no change yields identical bytes.
public enum JSONWriter {
    /// The widest a container may be to be written on one line.
    public static let inlineWidth = 100

    /// The document as text, with a final newline.
    public static func write(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    /// The document as UTF-8 bytes, with a final newline: what `write` returns, without making a `String`.
    ///
    /// - Complexity: O(*n*) in the output; each container is written once, inline first when it may fit.
    public static func bytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(value, indent: 0, into: &out)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let literal): out.append(contentsOf: literal.utf8)
        case .string(let s): appendQuoted(s, into: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            if writeInline(value, indent: indent, into: &out) { return }
            out.append(contentsOf: "[\n".utf8)
            for (i, item) in items.enumerated() {
                appendSpaces(indent + 2, into: &out)
                write(item, indent: indent + 2, into: &out)
                out.append(contentsOf: (i == items.count - 1 ? "\n" : ",\n").utf8)
            }
            appendSpaces(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            if object.members.isEmpty { out.append(contentsOf: "{}".utf8); return }
            if writeInline(value, indent: indent, into: &out) { return }
            out.append(contentsOf: "{\n".utf8)
            for (i, member) in object.members.enumerated() {
                appendSpaces(indent + 2, into: &out)
                appendQuoted(member.key, into: &out)
                out.append(contentsOf: ": ".utf8)
                write(member.value, indent: indent + 2, into: &out)
                out.append(contentsOf: (i == object.members.count - 1 ? "\n" : ",\n").utf8)
            }
            appendSpaces(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func appendSpaces(_ count: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    /// Writes the one-line form of a container holding only scalars when it fits in `inlineWidth` characters
    /// after `indent`; otherwise writes nothing and returns false.
    private static func writeInline(_ value: JSONValue, indent: Int, into out: inout [UInt8]) -> Bool {
        let start = out.count
        switch value {
        case .array(let items):
            guard items.allSatisfy(isScalar) else { return false }
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(contentsOf: ", ".utf8) }
                write(item, indent: 0, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            guard object.members.allSatisfy({ isScalar($0.value) || isEmptyContainer($0.value) }) else { return false }
            out.append(contentsOf: "{ ".utf8)
            for (i, member) in object.members.enumerated() {
                if i > 0 { out.append(contentsOf: ", ".utf8) }
                appendQuoted(member.key, into: &out)
                out.append(contentsOf: ": ".utf8)
                write(member.value, indent: 0, into: &out)
            }
            out.append(contentsOf: " }".utf8)
        default: return false
        }
        // The width counts characters: never more than the bytes, so counting them is needed only past the limit.
        let limit = inlineWidth - indent
        if out.count - start <= limit { return true }
        if String(decoding: out[start...], as: UTF8.self).count <= limit { return true }
        out.removeSubrange(start...)
        return false
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
        var bytes: [UInt8] = []
        appendQuoted(s, into: &bytes)
        out.append(String(decoding: bytes, as: UTF8.self))
    }

    /// `appendQuoted` into UTF-8 bytes: runs that need no escape are copied as they are.
    public static func appendQuoted(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var run = 0
            var i = 0
            while i < utf8.count {
                let byte = utf8[i]
                var escape: String?
                var width = 1
                if byte >= 0x80 {
                    // Only scalars from U+0080 to U+206F can need an escape: their lead bytes are C2, D8 and E2.
                    if byte == 0xC2 || byte == 0xD8 || byte == 0xE2 {
                        var iterator = utf8[i...].makeIterator()
                        var decoder = UTF8()
                        if case .scalarValue(let scalar) = decoder.decode(&iterator) {
                            width = UTF8.width(scalar)
                            if TerminalText.needsEscape(scalar) { escape = unicodeEscape(scalar.value) }
                        }
                    }
                } else {
                    switch byte {
                    case UInt8(ascii: "\""): escape = "\\\""
                    case UInt8(ascii: "\\"): escape = "\\\\"
                    case 0x0A: escape = "\\n"
                    case 0x0D: escape = "\\r"
                    case 0x09: escape = "\\t"
                    case 0x08: escape = "\\b"
                    case 0x0C: escape = "\\f"
                    case 0x00..<0x20, 0x7F: escape = unicodeEscape(UInt32(byte))
                    default: break
                    }
                }
                if let escape {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                    out.append(contentsOf: escape.utf8)
                    run = i + width
                }
                i += width
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<utf8.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
