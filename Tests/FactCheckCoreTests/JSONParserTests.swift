import FactCheckCore
import Testing

/// The strict parser: what it accepts, and where it says a document is wrong.
@Suite struct JSONParserTests {
    @Test func keepsMemberOrderAndNumberLiterals() throws {
        let value = try JSONParser.parse(#"{"b": 1.50, "a": [true, null, "é\n\u00e9\ud83d\ude00"], "c": -0}"#)
        guard case .object(let object) = value else { Issue.record("not an object"); return }
        #expect(object.members.map(\.key) == ["b", "a", "c"])
        #expect(object["b"] == .number("1.50"))
        #expect(object["a"] == .array([.bool(true), .null, .string("é\né😀")]))
        #expect(object["c"] == .number("-0"))
    }

    struct Bad: CustomTestStringConvertible, Sendable {
        let text: String
        let line: Int
        let column: Int
        let message: String
        var testDescription: String { message }
    }

    @Test(arguments: [
        Bad(text: "{\"claims\": [],\n \"claims\": [1]}", line: 2, column: 2, message: "duplicate key \"claims\""),
        Bad(text: "{\"a\": 1,}", line: 1, column: 9, message: "expected a string key, found '}'"),
        Bad(text: "[1, 2", line: 1, column: 6, message: "expected ',' or ']' in array, found end of input"),
        Bad(text: "{\"a\" 1}", line: 1, column: 6, message: "expected ':' after key \"a\", found '1'"),
        Bad(text: "\"abc", line: 1, column: 5, message: "unterminated string"),
        Bad(text: "\"\\ud800\"", line: 1, column: 8, message: "lone surrogate \\uD800"),
        Bad(text: "\"\\udc00 x\"", line: 1, column: 8, message: "lone surrogate \\uDC00"),
        Bad(text: "01", line: 1, column: 2, message: "leading zero in a number"),
        Bad(text: "{}\n{}", line: 2, column: 1, message: "unexpected '{' after the end of the document"),
        Bad(text: "{\n<<<<<<< ours\n", line: 2, column: 1, message: "unresolved git conflict marker"),
        Bad(text: "\"a\u{01}\"", line: 1, column: 3, message: "control character U+0001 in a string (escape it)"),
        Bad(text: "", line: 1, column: 1, message: "unexpected end of input, expected a value"),
        Bad(text: "tru", line: 1, column: 1, message: "unexpected 't', expected a value"),
    ])
    func rejectsWithPosition(_ bad: Bad) {
        #expect(throws: JSONParser.SyntaxError(line: bad.line, column: bad.column, message: bad.message)) {
            try JSONParser.parse(bad.text)
        }
    }

    @Test func rejectsInvalidUTF8() {
        #expect(throws: JSONParser.SyntaxError(line: 1, column: 3, message: "invalid UTF-8 byte sequence")) {
            try JSONParser.parse([0x22, 0x61, 0xFF, 0x22])
        }
    }

    @Test func boundsNesting() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(deep) }
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: Never.self) { try JSONParser.parse(fine) }
    }
}

/// The writer: stable, readable, round-trips through the parser.
@Suite struct JSONWriterTests {
    @Test func writesIndentedWithShortContainersInline() {
        let value = JSONValue.object(JSONObject([
            JSONMember("name", .string("é \"q\" \u{1B}")),
            JSONMember("pair", .array([.int(1), .int(2)])),
            JSONMember("empty", .array([])),
            JSONMember("nested", .array([.object(JSONObject([JSONMember("a", .null)]))])),
        ]))
        #expect(JSONWriter.write(value) == """
            {
              "name": "é \\"q\\" \\u001b",
              "pair": [1, 2],
              "empty": [],
              "nested": [
                { "a": null }
              ]
            }

            """)
    }

    @Test func roundTripsAndEscapesBidiControls() throws {
        let value = JSONValue.array([.string("a\u{202E}b\u{2028}"), .number("1e5"), .bool(false)])
        let text = JSONWriter.write(value)
        #expect(text.contains("\\u202e"))
        #expect(try JSONParser.parse(text) == value)
    }
}
