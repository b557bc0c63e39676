@testable import FactCheckCore
import Testing

/// `ScalarText` answers every scalar offset as an array of the text's scalars would.
@Suite struct ScalarTextTests {
    static let texts: [String] = [
        "",
        "a",
        "Plain ASCII, longer than one block of thirty-two scalars, so that the index has several blocks.",
        "é",
        "Le « cloud souverain » coûte 150\u{202F}millions d’euros… selon Bercy ; l’État a répondu.",
        String(repeating: "€a𝄞é", count: 40),
        String(repeating: "x", count: 31) + "é" + String(repeating: "😀", count: 33) + "z",
    ]

    @Test(arguments: texts)
    func everyOffsetMatchesTheScalarArray(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let scalarText = ScalarText(text)
        #expect(scalarText.count == scalars.count)
        #expect(Array(scalarText) == scalars)
        var byte = 0
        for (offset, scalar) in scalars.enumerated() {
            #expect(scalarText[offset] == scalar)
            #expect(scalarText.byteOffset(ofScalar: offset) == byte)
            byte += String(scalar).utf8.count
        }
        #expect(scalarText.byteOffset(ofScalar: scalars.count) == text.utf8.count)
        #expect(scalarText.string == text)
    }

    @Test func rangesGiveTheirText() {
        let text = ScalarText("Mise à jour : l’État dément.")
        #expect(text.string(TextRange(5, 11)) == "à jour")
        #expect(String(String.UnicodeScalarView(text[14..<20])) == "l’État")
        #expect(text.byteRange(TextRange(5, 6)) == 5..<7)
    }

    @Test func utf8IsKeptAsGiven() {
        let bytes = Array("Déjà vu".utf8)
        #expect(ScalarText(utf8: bytes).utf8 == bytes)
        #expect(ScalarText(utf8: bytes) == ScalarText("Déjà vu"))
    }
}
