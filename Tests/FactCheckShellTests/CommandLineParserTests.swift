import FactCheckShell
import Testing

/// Quoting rules of command lines, including French apostrophes and guillemets.
@Suite struct CommandLineParserTests {
    @Test(arguments: [
        ("verify 1 \"checked with the ministry\"", ["verify", "1", "checked with the ministry"]),
        ("dispute 2 wrong figure", ["dispute", "2", "wrong", "figure"]),
        ("note 3 l'Etat a dit aujourd'hui", ["note", "3", "l'Etat", "a", "dit", "aujourd'hui"]),
        ("note 3 'l'Etat a dit'", ["note", "3", "l'Etat a dit"]),
        ("note 3 « vérifié auprès du ministère »", ["note", "3", "«", "vérifié", "auprès", "du", "ministère", "»"]),
        ("source 1 \"Le \\\"Monde\\\"\"", ["source", "1", "Le \"Monde\""]),
        ("source 1 a\\ b", ["source", "1", "a b"]),
        ("  list   verified  ", ["list", "verified"]),
        ("note 1 \"\"", ["note", "1", ""]),
        ("note 1 it’s fine", ["note", "1", "it’s", "fine"]),
    ])
    func splits(_ line: String, _ words: [String]) throws {
        #expect(try CommandLineParser.split(line) == words)
    }

    @Test func unbalancedQuotesSayWhere() {
        #expect(throws: CommandLineParser.Failure.unbalancedQuote("\"", column: 10)) {
            try CommandLineParser.split("verify 1 \"open")
        }
        #expect(throws: CommandLineParser.Failure.unbalancedQuote("'", column: 8)) {
            try CommandLineParser.split("note 1 'open")
        }
    }
}
