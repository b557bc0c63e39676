import FactCheckCore
import Testing

/// The parser's fast paths — strings taken straight from the bytes, duplicate keys found without a set in small
/// objects, UTF-8 validated a word at a time — must accept and refuse exactly what the plain reading does.
@Suite struct JSONParserFastPathTests {
    @Test func findsDuplicateKeysInLargeObjects() {
        // Twenty distinct keys, then the third again: past the point where a set replaces the linear search.
        let members = (0..<20).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        let text = "{\(members), \"k2\": 0}"
        let column = text.utf8.count - 7
        #expect(throws: JSONParser.SyntaxError(line: 1, column: column, message: "duplicate key \"k2\"")) {
            try JSONParser.parse(text)
        }
        let distinct = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        #expect(throws: Never.self) { try JSONParser.parse("{\(distinct)}") }
    }

    @Test func decodesEscapesAfterLongPlainRuns() throws {
        let plain = String(repeating: "é-abcdefgh", count: 5)
        let value = try JSONParser.parse(#"["\#(plain)\u00e9\n\ud83d\ude00\u0041\u20ac\/end", "\#(plain)"]"#)
        #expect(value == .array([.string(plain + "é\n😀A€/end"), .string(plain)]))
    }

    @Test func readsCollectionsThatAreNotContiguous() throws {
        let bytes = Array(#"{"a": [1, "é"]}"#.utf8)
        let lazy = bytes.indices.lazy.map { bytes[$0] }
        #expect(try JSONParser.parse(lazy) == .object(JSONObject([JSONMember("a", .array([.number("1"), .string("é")]))])))
    }

    struct BadBytes: CustomTestStringConvertible, Sendable {
        let bytes: [UInt8]
        let column: Int
        var testDescription: String { bytes.map { String($0, radix: 16) }.joined(separator: " ") }
    }

    /// Each ill-formed sequence is placed after more than eight ASCII bytes (past the word-at-a-time skip) and
    /// reported at its first byte, the column counting the characters before it.
    @Test(arguments: [
        BadBytes(bytes: Array("\"abcdefghij".utf8) + [0xC0, 0x80, 0x22], column: 12),  // overlong
        BadBytes(bytes: Array("\"abcdefghij".utf8) + [0xED, 0xA0, 0x80, 0x22], column: 12),  // surrogate
        BadBytes(bytes: Array("\"abcdefghij".utf8) + [0xF5, 0x80, 0x80, 0x80, 0x22], column: 12),  // past U+10FFFF
        BadBytes(bytes: Array("\"abcdefghij".utf8) + [0xF4, 0x90, 0x80, 0x80, 0x22], column: 12),  // past U+10FFFF
        BadBytes(bytes: Array("\"abcdefghij".utf8) + [0xE0, 0x9F, 0x80, 0x22], column: 12),  // overlong
        BadBytes(bytes: Array("\"abcdefghij".utf8) + [0x80, 0x22], column: 12),  // lone continuation
        BadBytes(bytes: Array("\"abcdéfghij".utf8) + [0xE2, 0x82], column: 12),  // cut at the end
        BadBytes(bytes: Array("\"é€😀abcdefgh".utf8) + [0xF0, 0x9F, 0x98, 0x22], column: 13),  // cut before a quote
    ])
    func reportsInvalidUTF8AtItsFirstByte(_ bad: BadBytes) {
        #expect(throws: JSONParser.SyntaxError(line: 1, column: bad.column, message: "invalid UTF-8 byte sequence")) {
            try JSONParser.parse(bad.bytes)
        }
    }

    @Test func acceptsEveryWellFormedLength() throws {
        let text = "\"abcdefgh\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}\u{E000}abcdefgh\""
        #expect(try JSONParser.parse(Array(text.utf8)) == .string(String(text.dropFirst().dropLast())))
    }

    @Test func refusesControlCharactersAfterAPlainRunAndAfterAnEscape() {
        #expect(throws: JSONParser.SyntaxError(line: 1, column: 5, message: "control character U+0009 in a string (escape it)")) {
            try JSONParser.parse("\"abc\t\"")
        }
        #expect(throws: JSONParser.SyntaxError(line: 1, column: 7, message: "control character U+000A in a string (escape it)")) {
            try JSONParser.parse("\"a\\nbc\n\"")
        }
    }

    @Test func readsLiteralsAndRefusesTheirPrefixes() throws {
        #expect(try JSONParser.parse("[true, false, null]") == .array([.bool(true), .bool(false), .null]))
        #expect(throws: JSONParser.SyntaxError(line: 1, column: 2, message: "unexpected 'n', expected a value")) {
            try JSONParser.parse("[nul]")
        }
        #expect(throws: JSONParser.SyntaxError(line: 1, column: 1, message: "unexpected 'f', expected a value")) {
            try JSONParser.parse("fals")
        }
    }
}
