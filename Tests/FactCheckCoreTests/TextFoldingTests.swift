import FactCheckCore
import Testing

/// The one folding (`FoldedText`) and the one width measure (`DisplayWidth`) every part of the tool uses.
@Suite struct TextFoldingTests {
    @Test(arguments: [
        ("Mise à jour du 3 mars", "mise a jour du 3 mars"),
        ("Œuvre, cœur", "oeuvre, coeur"),
        ("Peña NIÑO", "pena nino"),
        ("l’Etat l‘a dit", "l'etat l'a dit"),
        ("ÉCOLE Forêt Çà", "ecole foret ca"),
        ("ΑΘΗΝΑ", "αθηνα"),
        ("deux\u{00A0}mots", "deux mots"),
    ])
    func folds(_ text: String, _ expected: String) {
        #expect(FoldedText.fold(text) == expected)
    }

    @Test(arguments: [("abc", 3), ("é", 1), ("e\u{0301}", 1), ("日本", 4), ("🙂", 2), ("", 0)])
    func widths(_ text: String, _ columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func wrapsByColumnsNotCharacters() {
        let lines = DisplayWidth.lines("日本語 日本語 abc", width: 8)
        #expect(lines == ["日本語", "日本語", "abc"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 8 })
        #expect(DisplayWidth.lines("", width: 10) == [""])
        #expect(DisplayWidth.wrap("", width: 40, indent: "  ") == "")
        #expect(DisplayWidth.truncate("abcdef", to: 4) == "abc…")
        #expect(DisplayWidth.padded("é", to: 3) == "é  ")
    }
}
