import FactCheckCore
import Testing

/// Small building blocks: hashing, timestamps, visible control characters.
@Suite struct PrimitivesTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("é", "4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c"),
    ])
    func sha256(_ input: String, _ expected: String) {
        #expect(SHA256.hexDigest(input) == expected)
    }

    @Test func sha256OfALongInputSpansBlocks() {
        #expect(SHA256.hexDigest(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test(arguments: [
        (0, "1970-01-01T00:00:00Z"),
        (951_782_400, "2000-02-29T00:00:00Z"),
        (1_764_410_400, "2025-11-29T10:00:00Z"),
        (4_102_444_799, "2099-12-31T23:59:59Z"),
        (-1, "1969-12-31T23:59:59Z"),
    ])
    func timestamps(_ seconds: Int, _ expected: String) {
        #expect(Timestamp.iso8601(secondsSince1970: seconds) == expected)
    }

    @Test(arguments: [
        ("plain é « » text", "plain é « » text"),
        ("\u{1B}[31mred\u{1B}[0m", "^[[31mred^[[0m"),
        ("\u{1B}]52;c;SGk=\u{07}", "^[]52;c;SGk=^G"),
        ("title\u{1B}]0;pwned\u{1B}\\", "title^[]0;pwned^[\\"),
        ("\u{9B}2J and \u{7F}", "<U+9B>2J and ^?"),
        ("a\u{202E}b\u{2066}c", "a<U+202E>b<U+2066>c"),
        ("line\nbreak\ttab", "line^Jbreak^Itab"),
    ])
    func controlsAreMadeVisible(_ input: String, _ expected: String) {
        #expect(TerminalText.visible(input) == expected)
    }

    @Test func newlinesCanBeKept() {
        #expect(TerminalText.visible("a\nb\u{1B}", keepingNewlines: true) == "a\nb^[")
    }
}
