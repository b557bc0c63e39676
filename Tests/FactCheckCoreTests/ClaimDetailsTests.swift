import FactCheckCore
import Testing

/// What a checker looks for in a claim: numbers with units, dates, attributions, quotations.
@Suite struct ClaimDetailsTests {
    private func details(_ sentence: String, _ language: Language? = nil) throws -> ClaimDetails {
        let analysis = ArticleReader.analyze(sentence, language: language)
        return try #require(analysis.claims.first).details
    }

    @Test(arguments: [
        ("Le budget atteint 3 500 euros, soit 1,5 % de plus.", ["3 500 euros", "1,5 %"], [3500.0, 1.5]),
        ("Il a obtenu 9,8/10 et vendu 2.5 millions d'actions.", ["9,8/10", "2.5 millions d'actions"], [9.8, 2_500_000]),
        ("La dette atteint 1.000 milliards d'euros selon l'Insee.", ["1.000 milliards d'euros"], [1_000_000_000_000]),
        ("The company spent $100.00 on 1,000 pencils last week.", ["$100.00", "1,000 pencils"], [100, 1000]),
    ])
    func numbers(_ sentence: String, _ texts: [String], _ values: [Double]) throws {
        let found = try details(sentence).numbers
        #expect(found.map(\.text) == texts)
        #expect(found.map(\.value) == values.map(Optional.some))
    }

    @Test(arguments: [
        ("Le contrat signé le 3 mars 2014 a été rompu en 2011 à 14 h 30.", ["3 mars 2014", "2011", "14 h 30"]),
        ("Au XXe siècle, lundi dernier et il y a deux ans, rien n'a changé.", ["XXe siècle", "lundi dernier", "il y a deux ans"]),
        ("The deal was signed on March 3, 2014 and ended yesterday.", ["March 3, 2014", "yesterday"]),
    ])
    func dates(_ sentence: String, _ texts: [String]) throws {
        #expect(try details(sentence).dates.map(\.text) == texts)
    }

    @Test(arguments: [
        ("Le chômage a baissé selon l'Insee.", ["selon"], ["l'Insee"]),
        ("D'après le ministère, le déficit se réduit.", ["D'après"], ["le ministère"]),
        ("« Le calendrier sera tenu », a assuré la ministre.", ["a assuré"], ["la ministre"]),
        ("Le ministre de l'Economie a déclaré que le projet continuerait.", ["a déclaré"], ["Le ministre de l'Economie"]),
        ("« Je pars », a-t-il déclaré.", ["a-t-il déclaré"], [nil]),
        ("\"It is over,\" said the minister.", ["said"], ["the minister"]),
        ("Profits fell, according to the company's annual report.", ["according to"], ["the company's annual report"]),
    ] as [(String, [String], [String?])])
    func attributions(_ sentence: String, _ cues: [String], _ sources: [String?]) throws {
        let found = try details(sentence).attributions
        #expect(found.map(\.cue) == cues)
        #expect(found.map(\.source) == sources)
    }

    @Test func quotations() throws {
        let found = try details("Il parle d'un « cloud souverain » et d'un \"fiasco\" annoncé.").quotes
        #expect(found.map(\.text) == ["cloud souverain", "fiasco"])
    }

    @Test func rangesPointIntoTheArticle() throws {
        let text = "Titre\n\nLe projet a coûté 285 millions d'euros."
        let analysis = ArticleReader.analyze(text)
        let number = try #require(analysis.claims.first?.details.numbers.first)
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[number.range.start..<number.range.end])
        #expect(String(view) == "285 millions d'euros")
    }

    /// One long sentence of alternating dates and amounts: the digits of every date are left out of the numbers,
    /// and every amount is counted once (dates and numbers are walked together, not every pair compared).
    @Test func aLongSentenceKeepsDatesAndNumbersApart() throws {
        let parts = (0..<400).map { "le \(1 + $0 % 28) mars \(1900 + $0 % 100) puis \($0) euros" }
        let found = try details(parts.joined(separator: ", ") + ".", .french)
        #expect(found.dates.count == 400)
        #expect(found.numbers.map(\.text) == (0..<400).map { "\($0) euros" })
    }
}
