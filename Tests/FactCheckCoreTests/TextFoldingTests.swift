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

/// Fitting printed lines to a terminal: nothing wider than the width, colour sequences take no column.
@Suite struct LineFittingTests {
    @Test(arguments: [10, 20, 37, 60])
    func noPieceIsWiderThanTheWidth(_ width: Int) {
        let line = "  amends #1 c-7ddc2cc3 score 0.54 suggested  Bercy a demandé qu'un audit soit fait sur Cloudwatt, "
            + "https://example.org/a/very/long/address/that/cannot/break/at/a/space and 日本語の文章 too"
        let pieces = DisplayWidth.fit(line, width: width)
        #expect(pieces.count > 1)
        for piece in pieces { #expect(DisplayWidth.ofPrinted(piece) <= width, "\(piece)") }
        #expect(pieces.dropFirst().allSatisfy { $0.hasPrefix("    ") })
        let words = pieces.joined(separator: " ").split(separator: " ").joined()
        #expect(words == line.split(separator: " ").joined())
    }

    @Test func colourSequencesTakeNoColumn() {
        let style = TextStyle(enabled: true)
        let line = style.bold("#1") + "  " + style.status(.disputed)
        #expect(DisplayWidth.ofPrinted(line) == 12)
        #expect(DisplayWidth.fit(line, width: 12) == [line])
    }
}
