/// A strict JSON parser (RFC 8259) that reports line and column, rejects duplicate keys and bounds nesting.
///
/// Strictness is the point: a duplicate `claims` key silently accepted would let the next save wipe verdicts.
public struct JSONParser: JSONByteScanning {
    /// Why a document could not be parsed, with the 1-based position of the problem.
    public struct SyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
        /// 1-based line of the problem.
        public var line: Int
        /// 1-based column (in characters) of the problem.
        public var column: Int
        /// What was wrong, e.g. "duplicate key \"claims\"".
        public var message: String

        /// Creates an error at a position.
        public init(line: Int, column: Int, message: String) {
            self.line = line
            self.column = column
            self.message = message
        }

        public var description: String { "\(line):\(column): \(message)" }
    }

    /// The deepest nesting accepted; deeper documents are rejected instead of exhausting the stack.
    public static let maximumDepth = 256

    /// The document's bytes, borrowed for the length of one `parse` call (never stored beyond it).
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    /// Whether the last string read was ASCII written without escapes (its bytes are its UTF-8 as they stand).
    private var lastStringIsPlainASCII = false

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Parses one JSON document from UTF-8 bytes.
    /// - Throws: `SyntaxError` for invalid UTF-8, bad syntax, duplicate keys, lone surrogates or excessive depth.
    /// - Complexity: O(n) in the length of the document; one pass to validate UTF-8, one to parse, reading the bytes
    ///   in place when `input` is contiguous (an array) and copying them once otherwise.
    public static func parse<Bytes: Collection>(_ input: Bytes) throws(SyntaxError) -> JSONValue where Bytes.Element == UInt8 {
        let contiguous = input.withContiguousStorageIfAvailable { buffer in
            Result { () throws(SyntaxError) in try parse(buffer: buffer) }
        }
        if let contiguous { return try contiguous.get() }
        return try Array(input).withUnsafeBufferPointer { buffer in
            Result { () throws(SyntaxError) in try parse(buffer: buffer) }
        }.get()
    }

    /// Parses one JSON document from a string.
    public static func parse(_ text: String) throws(SyntaxError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    private static func parse(buffer: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: buffer)
        try parser.checkEncoding()
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { parser.position = 3 }
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        if parser.position < parser.bytes.count {
            throw parser.error("unexpected \(parser.describeCurrent()) after the end of the document")
        }
        return value
    }

    private func checkEncoding() throws(SyntaxError) {
        // Almost every byte of an annotation file is ASCII: words of eight bytes are skipped while none has its
        // top bit set, and only the rest is decoded. The loop finds where a bad sequence starts.
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            var at = JSONParser(bytes: bytes)
            at.position = offset
            throw at.error("invalid UTF-8 byte sequence")
        }
    }

    private mutating func parseValue(depth: Int) throws(SyntaxError) -> JSONValue {
        guard depth < Self.maximumDepth else { throw error("nesting deeper than \(Self.maximumDepth) levels") }
        guard position < bytes.count else { throw error("unexpected end of input, expected a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        case UInt8(ascii: "<"), UInt8(ascii: "="), UInt8(ascii: ">"):
            if isConflictMarker() { throw error("unresolved git conflict marker") }
            throw error("unexpected \(describeCurrent()), expected a value")
        default: throw error("unexpected \(describeCurrent()), expected a value")
        }
    }

    private mutating func parseObject(depth: Int) throws(SyntaxError) -> JSONValue {
        position += 1
        var members: [JSONMember] = []
        // Objects of the format have at most a few dozen members: comparing a new key with the earlier ones costs
        // less than hashing every key; a set takes over for larger objects.
        var seen: Set<String>?
        // While every key is ASCII, two keys are equal only if they have as many bytes: keys of another length are
        // passed over without `String`'s `==` (which also equates canonically equivalent texts of other lengths).
        var keysAreASCII = true
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return .object(JSONObject(members)) }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                if isConflictMarker() { throw error("unresolved git conflict marker") }
                throw error("expected a string key, found \(describeCurrent())")
            }
            let keyStart = position
            let key = try parseString()
            let keyIsASCII = lastStringIsPlainASCII
            if isDuplicate(key, ascii: keyIsASCII && keysAreASCII, among: members, seen: &seen) {
                position = keyStart
                throw error("duplicate key \(UntrustedText(key).quoted)")
            }
            skipWhitespace()
            guard consume(UInt8(ascii: ":")) else { throw error("expected ':' after key \(UntrustedText(key).quoted), found \(describeCurrent())") }
            skipWhitespace()
            let value = try parseValue(depth: depth + 1)
            members.append(JSONMember(key, value))
            keysAreASCII = keysAreASCII && keyIsASCII
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "}")) { return .object(JSONObject(members)) }
            if isConflictMarker() { throw error("unresolved git conflict marker") }
            throw error("expected ',' or '}' in object, found \(describeCurrent())")
        }
    }

    /// The largest object whose keys are compared one by one to find a duplicate.
    private static let linearKeyLimit = 16

    /// Whether `key` is already a key of `members` (whose keys are distinct), keeping `seen` once objects grow;
    /// `ascii`: `key` and every key of `members` are ASCII, so only keys of its length can equal it.
    private func isDuplicate(_ key: String, ascii: Bool, among members: [JSONMember], seen: inout Set<String>?) -> Bool {
        if members.count < Self.linearKeyLimit {
            guard ascii else { return members.contains { $0.key == key } }
            let length = key.utf8.count
            return members.contains { $0.key.utf8.count == length && $0.key == key }
        }
        if seen == nil { seen = Set(members.map(\.key)) }
        return seen?.insert(key).inserted == false
    }

    private mutating func parseArray(depth: Int) throws(SyntaxError) -> JSONValue {
        position += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return .array(items) }
        while true {
            skipWhitespace()
            items.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "]")) { return .array(items) }
            if isConflictMarker() { throw error("unresolved git conflict marker") }
            throw error("expected ',' or ']' in array, found \(describeCurrent())")
        }
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        switch readString() {
        case .success(let string):
            lastStringIsPlainASCII = string.isPlainASCII
            return string.text
        case .failure(.controlCharacter(let byte)): throw error("control character U+\(hex4(UInt32(byte))) in a string (escape it)")
        case .failure(.unterminated): throw error("unterminated string")
        case .failure(.escape(.unterminated)): throw error("unterminated escape")
        case .failure(.escape(.truncatedUnicode)): throw error("truncated \\u escape")
        case .failure(.escape(.invalidHexDigit)): throw error("invalid hex digit in \\u escape")
        case .failure(.escape(.loneSurrogate(let value))): throw error("lone surrogate \\u\(hex4(value))")
        case .failure(.escape(.outOfRange)): throw error("invalid escape")
        case .failure(.escape(.invalid)): throw error("invalid escape '\\\(describeCurrent())'")
        }
    }

    private mutating func parseNumber() throws(SyntaxError) -> String {
        let start = position
        _ = consume(UInt8(ascii: "-"))
        guard position < bytes.count, Self.isDigit(bytes[position]) else { throw error("invalid number") }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, Self.isDigit(bytes[position]) { throw error("leading zero in a number") }
        } else {
            while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
        }
        if consume(UInt8(ascii: ".")) {
            guard position < bytes.count, Self.isDigit(bytes[position]) else { throw error("expected digits after '.'") }
            while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard position < bytes.count, Self.isDigit(bytes[position]) else { throw error("expected digits in exponent") }
            while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    private mutating func expectWord(_ word: StaticString) throws(SyntaxError) {
        guard consumeWord(word) else { throw error("unexpected \(describeCurrent()), expected a value") }
    }

    private func isConflictMarker() -> Bool {
        guard position == 0 || bytes[position - 1] == UInt8(ascii: "\n") || isLineStartAfterSpaces() else { return false }
        let markers: [[UInt8]] = [Array("<<<<<<<".utf8), Array("=======".utf8), Array(">>>>>>>".utf8), Array("|||||||".utf8)]
        return markers.contains { bytes[position...].starts(with: $0) }
    }

    private func isLineStartAfterSpaces() -> Bool {
        var index = position - 1
        while index >= 0, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index -= 1 }
        return index < 0 || bytes[index] == UInt8(ascii: "\n")
    }

    private func describeCurrent() -> String {
        guard position < bytes.count else { return "end of input" }
        let byte = bytes[position]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    private func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private func error(_ message: String) -> SyntaxError {
        var line = 1
        var column = 1
        for byte in bytes[..<min(position, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SyntaxError(line: line, column: column, message: message)
    }
}
