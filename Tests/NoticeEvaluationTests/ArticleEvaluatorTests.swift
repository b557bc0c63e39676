import FactCheckCore
import Foundation
@testable import NoticeEvaluation
import Testing

/// The evaluation's own measures on articles written for the purpose: exact extents, furniture taken as claims,
/// the pairing of truth and found notices, and the parts of a half.
@Suite struct ArticleEvaluatorTests {
    /// An article of the corpus from its manifest entry's JSON.
    static func article(_ json: String) throws -> CorpusArticle {
        try JSONDecoder().decode(CorpusArticle.self, from: Data(json.utf8))
    }

    static let text = """
        The mayor said the bridge would reopen in June after the repairs.

        (Update: The bridge will in fact reopen in July, the mayor's office said.)

        Share this: Facebook Twitter
        """

    @Test(arguments: [
        // brackets around the whole notice, in the truth or not
        ("(Update:", "office said.)", true),
        ("Update:", "office said.", true),
        // a truth that stops short is not exact
        ("Update:", "in fact reopen", false),
    ])
    func anExtentIsExactWhenItsWordsAreTheTruths(_ starts: String, _ ends: String, _ exact: Bool) throws {
        let entry = try Self.article("""
            {"file": "en-01-x.txt", "split": "dev", "kind": "notice", "furniture": [],
             "notices": [{"marker": "Update", "starts": "\(starts)", "ends": "\(ends)", "relation": "correction",
                          "issuer": null, "amends": {"required": ["The mayor said the bridge"], "optional": []}}]}
            """)
        let score = ArticleEvaluator.evaluate(entry, bytes: Array(Self.text.utf8)).score
        #expect(score.matchedNotices == 1)
        #expect(score.exactExtents == (exact ? 1 : 0))
    }

    @Test func aBracketWithoutItsPartnerIsAWordOfTheExtent() {
        let scalars = ScalarText("(Update: lost its parenthesis. [MàJ] Le pont.")
        // "(Update: lost its parenthesis." has no ")": the parenthesis stays.
        #expect(ArticleEvaluator.innerExtent(TextRange(0, 30), in: scalars) == TextRange(0, 30))
        // "[MàJ] Le pont." loses its opening bracket only.
        #expect(ArticleEvaluator.innerExtent(TextRange(31, 45), in: scalars) == TextRange(32, 45))
    }

    @Test func aHalfIsCutByLanguageParityAndLaterBatch() throws {
        let files = [("fr-01-a.txt", "dev"), ("fr-02-b.txt", "dev"), ("fr-03-c.txt", "test"), ("fr-04-d.txt", "dev"),
                     ("en-01-e.txt", "dev"), ("en-02-f.txt", "test"), ("en-03-g.txt", "dev"), ("en-140-h.txt", "dev")]
        let evaluation = CorpusEvaluation(articles: try files.map { file, split in
            let entry = try Self.article("""
                {"file": "\(file)", "split": "\(split)", "kind": "negative", "notices": [], "furniture": []}
                """)
            return ArticleEvaluator.evaluate(entry, bytes: Array("The mayor said the bridge would reopen.\n".utf8))
        })
        // fr-04 and en-03 come after the test articles of their language: a later batch.
        let lastNumbers = evaluation.lastNumbersByHalf()
        #expect(evaluation.articles.map { evaluation.part(of: $0.article, lastNumbers: lastNumbers) }
            == ["fr odd", "fr even", "fr odd", "fr later", "en odd", "en even", "en later", "en fifth"])
        let lines = evaluation.parts(split: "dev").split(separator: "\n").map { $0.prefix(9) }
        #expect(lines == ["part     ", "fr odd   ", "fr even  ", "fr later ", "en odd   ", "en later ", "en fifth "])
    }

    @Test func furnitureReadAsAClaimIsCounted() throws {
        // Marked as furniture in the truth (whatever it says), read as a claim by the reader: counted once, named.
        let entry = try Self.article("""
            {"file": "en-02-x.txt", "split": "dev", "kind": "negative", "notices": [],
             "furniture": ["Our newsletter reaches ten thousand readers every week.", "Not in the text at all"]}
            """)
        let text = "The mayor said the bridge would reopen in June.\n\nOur newsletter reaches ten thousand readers every week.\n"
        let evaluation = ArticleEvaluator.evaluate(entry, bytes: Array(text.utf8))
        #expect(evaluation.score.claims == 2)
        #expect(evaluation.score.furnitureAsClaims == 1)
        #expect(evaluation.problems == ["furniture read as a claim: \"Our newsletter reaches ten thousand readers every week.\""])
    }

    @Test func anEntryWithoutFurnitureHasNone() throws {
        let entry = try Self.article(#"{"file": "fr-03-x.txt", "split": "test", "kind": "negative", "notices": []}"#)
        #expect(entry.furniture.isEmpty)
    }

    @Test func occurrencesAreEveryPlaceAStringStands() {
        let scalars = ScalarText("abcabca")
        #expect(ArticleEvaluator.occurrences(of: "abc", in: scalars) == [TextRange(0, 3), TextRange(3, 6)])
        #expect(ArticleEvaluator.occurrences(of: "x", in: scalars).isEmpty)
        #expect(ArticleEvaluator.find("ca", in: scalars) == 2)
    }

    @Test func intervalsHoldTheFigureAndWidenWithDisagreement() throws {
        // Two kinds of article: one whose notice is found with its extent, one whose notice is missed.
        func evaluation(text: String, file: String) throws -> ArticleEvaluation {
            let entry = try Self.article("""
                {"file": "\(file)", "split": "dev", "kind": "notice", "furniture": [],
                 "notices": [{"marker": "Update", "starts": "(Update:", "ends": "office said.)", "relation": "correction",
                              "issuer": null, "amends": {"required": [], "optional": []}}]}
                """)
            return ArticleEvaluator.evaluate(entry, bytes: Array(text.utf8))
        }
        let found = try evaluation(text: Self.text, file: "en-01-a.txt")
        let missed = try evaluation(text: "The mayor said the bridge would reopen in June.\n", file: "en-02-b.txt")
        #expect(found.score.matchedNotices == 1 && missed.score.matchedNotices == 0)

        // All alike: every draw is the half itself, so the interval is the figure.
        let alike = CorpusEvaluation(articles: Array(repeating: found, count: 6)).intervals(split: "dev", draws: 200)
        let recall = try #require(alike.first { $0.name == "noticeRecall" })
        #expect(recall.value == 1 && recall.low == 1 && recall.high == 1)

        // Half found, half missed: the figure is 0.5 and the interval spreads around it, the same on every run.
        let mixed = CorpusEvaluation(articles: Array(repeating: found, count: 10) + Array(repeating: missed, count: 10))
        let spread = try #require(mixed.intervals(split: "dev", draws: 500).first { $0.name == "noticeRecall" })
        #expect(spread.value == 0.5)
        #expect(spread.low < 0.5 && spread.high > 0.5 && spread.low > 0.2 && spread.high < 0.8)
        #expect(mixed.intervals(split: "dev", draws: 500) == mixed.intervals(split: "dev", draws: 500))
        #expect(mixed.intervalReport(split: "dev", draws: 50).hasPrefix("dev: 90% intervals, 50 bootstrap draws of its 20 articles"))
        #expect(mixed.intervals(split: "test").allSatisfy { $0.low == $0.value && $0.high == $0.value })
    }

    @Test func missedLinksAreToldByCause() throws {
        // The truth's notice is a plain sentence the reader does not take for a notice: its required claim is a
        // link missed with its notice, not one the linker ranked too low.
        let entry = try Self.article("""
            {"file": "en-03-x.txt", "split": "dev", "kind": "notice", "furniture": [],
             "notices": [{"marker": "The council", "starts": "The council met", "ends": "on Monday.", "relation": "addition",
                          "issuer": null, "amends": {"required": ["The mayor said the bridge"], "optional": []}}]}
            """)
        let text = "The mayor said the bridge would reopen in June.\n\nThe council met on Monday.\n"
        let evaluation = ArticleEvaluator.evaluate(entry, bytes: Array(text.utf8))
        #expect(evaluation.score.missedLinks == 1 && evaluation.score.missedOfMissedNotices == 1)
        #expect(evaluation.score.missedNoCandidate == 0 && evaluation.score.wrongOfExtraNotices == 0)
        let report = CorpusEvaluation(articles: [evaluation]).report(lines: "dev")
        #expect(report.contains("missedLinks           1: 1 of missed notices, 0 no candidate, 0 below the threshold"))
        #expect(report.contains("wrongLinks            0: 0 of extra notices, 0 of found ones"))
    }

    @Test(arguments: [
        ("the city", "City", true),
        ("la préfecture", "Préfecture", true),
        ("l’entreprise", "entreprise", true),
        ("Les Échos", "les echos", true),
        (nil, nil, true),
        ("the utility", nil, false),
        (nil, "Sony", false),
        ("Police", "Brooklyn Park police", false),
        // "The" alone is a name, not an article to drop.
        ("The", "the", true),
    ] as [(String?, String?, Bool)])
    func anIssuerIsTheTruthsUpToCaseAccentsAndArticle(_ found: String?, _ truth: String?, _ same: Bool) {
        #expect(ArticleEvaluator.sameIssuer(found, truth) == same)
    }
}

