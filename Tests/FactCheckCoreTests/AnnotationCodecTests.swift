import FactCheckCore
import Foundation
import Testing

/// Annotation files: building from an article, round trips, strict validation with JSON paths.
@Suite struct AnnotationCodecTests {
    static let article = """
        Le ministère a publié 3 500 contrats en 2013.

        Selon l'Insee, le chômage a baissé de 1,5 % en un an.

        MISE A JOUR : le ministère dément le chiffre de 3 500 contrats publiés en 2013.
        """

    static func built() -> AnnotationSet {
        AnnotationSet.build(from: ArticleReader.analyze(article), articlePath: "a.txt")
    }

    @Test func buildNumbersClaimsAndLinksTheNotice() {
        let set = Self.built()
        #expect(set.claims.map(\.n) == [1, 2])
        #expect(set.claims.allSatisfy { $0.id.hasPrefix("c-") && $0.id.count == 10 })
        #expect(set.updates.count == 1)
        #expect(set.updates[0].marker == "MISE A JOUR")
        #expect(set.updates[0].relation == .denial)
        #expect(set.updates[0].amends.map(\.claim) == [set.claims[0].id])
    }

    @Test func idsDependOnlyOnTheClaimText() {
        let other = AnnotationSet.build(from: ArticleReader.analyze("Intro nouvelle ici.\n\n" + Self.article), articlePath: "b.txt")
        #expect(other.claims.map(\.id).suffix(2) == Self.built().claims.map(\.id))
    }

    @Test func encodingIsStableAndRoundTrips() throws {
        var set = Self.built()
        set = try set.applying(.verify(note: "vérifié « ok »"), toClaimAt: 0, by: "A. Martin", at: "2026-01-01T00:00:00Z")
        let text = AnnotationCodec.encode(set)
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("\"note\": \"vérifié « ok »\""))
        let decoded = try AnnotationCodec.decode(Array(text.utf8))
        #expect(decoded == set)
        #expect(AnnotationCodec.encode(decoded) == text)
    }

    @Test func dismissalsAndRemovedSourcesRoundTripAndAreWrittenOnlyWhenPresent() throws {
        let plain = AnnotationCodec.encode(Self.built())
        #expect(!plain.contains("\"dismissed\"") && !plain.contains("\"event\""))
        var set = try Self.built().applying(.source(["AFP", "Insee"]), toClaimAt: 1, by: "A", at: "2026-01-01T00:00:00Z")
        set = set.dismissing(claimAt: 0, reason: "opinion", by: "A", at: "2026-01-01T00:00:01Z")
        set = set.removingSource(0, fromClaimAt: 1, by: "A", at: "2026-01-01T00:00:02Z")
        #expect(set.claims[0].dismissed == "opinion")
        #expect(set.claims[1].sources == ["Insee"] && set.claims[1].status == .sourced)
        #expect(set.claims[1].history.last?.event == "removed source AFP")
        let decoded = try AnnotationCodec.decode(Array(AnnotationCodec.encode(set).utf8))
        #expect(decoded == set)
        let back = set.undismissing(claimAt: 0, by: "A", at: "2026-01-01T00:00:03Z").removingSource(0, fromClaimAt: 1, by: "A", at: "2026-01-01T00:00:04Z")
        #expect(back.claims[0].dismissed == nil)
        #expect(back.claims[1].status == .unreviewed, "a sourced claim left with no source is unreviewed")
        #expect(back.claims[0].history.map(\.event) == ["dismissed: opinion", "undismissed"])
    }

    @Test func aBoundaryCorrectionWhoseTextIsGoneNoLongerApplies() {
        let analysis = ArticleReader.analyze(Self.article)
        let claims = analysis.claims
        let split = ClaimBoundary.apply([.split(text: claims[1].text, word: 2), .split(text: "not in the article", word: 1)],
                                        to: claims, scalars: analysis.scalars)
        #expect(split.sentences.map(\.text) == [claims[0].text, "Selon l'Insee,", "le chômage a baissé de 1,5 % en un an."])
        #expect(split.applied == [.split(text: claims[1].text, word: 2)])
        let joined = ClaimBoundary.apply([.join(first: claims[0].text, second: claims[1].text)], to: claims, scalars: analysis.scalars)
        #expect(joined.sentences.map(\.text) == [claims[0].text + " " + claims[1].text])
        #expect(ClaimBoundary.apply([.join(first: claims[1].text, second: claims[0].text)], to: claims, scalars: analysis.scalars).applied == [],
                "only a claim and the one after it join")
    }

    @Test func unknownMembersSurviveARoundTrip() throws {
        var text = AnnotationCodec.encode(Self.built())
        text = text.replacingFirst("\"version\": 1,", with: "\"version\": 1,\n  \"generator\": { \"name\": \"other-tool\" },")
        text = text.replacingFirst("\"status\": \"unreviewed\",", with: "\"status\": \"unreviewed\",\n      \"confidence\": 0.9,")
        let decoded = try AnnotationCodec.decode(Array(text.utf8))
        let again = AnnotationCodec.encode(decoded)
        #expect(again.contains("\"generator\": { \"name\": \"other-tool\" }"))
        #expect(again.contains("\"confidence\": 0.9"))
    }

    struct Broken: CustomTestStringConvertible, Sendable {
        let replace: String
        let with: String
        let error: String
        var testDescription: String { error }
    }

    @Test(arguments: [
        Broken(replace: "\"status\": \"unreviewed\"", with: "\"status\": \"maybe\"",
               error: "claims[0].status: unknown status \"maybe\" (expected one of unreviewed, verified, disputed, sourced)"),
        Broken(replace: "\"version\": 1", with: "\"version\": 2",
               error: "version: unsupported format version 2 (written by a newer factcheck: upgrade to read it); this build reads version 1"),
        Broken(replace: "\"n\": 1,", with: "\"n\": \"one\",", error: "claims[0].n: expected an integer, found string"),
        Broken(replace: "\"n\": 1,", with: "\"n\": 1.5,", error: "claims[0].n: expected an integer, found 1.5"),
        Broken(replace: "\"start\": 0,", with: "\"start\": -4,", error: "claims[0].end: expected 0 ≤ start ≤ end, found -4…"),
        Broken(replace: "\"format\": \"factcheck-annotations\"", with: "\"format\": \"other\"",
               error: "format: expected \"factcheck-annotations\", found \"other\""),
        Broken(replace: "\"sources\": [],", with: "\"sources\": [3],", error: "claims[0].sources[0]: expected a string, found number"),
    ])
    func rejectsBrokenFilesWithTheirPath(_ broken: Broken) {
        let text = AnnotationCodec.encode(Self.built()).replacingFirst(broken.replace, with: broken.with)
        do {
            _ = try AnnotationCodec.decode(Array(text.utf8))
            Issue.record("accepted a broken file")
        } catch {
            #expect(error.description.hasPrefix(broken.error), "got \(error.description)")
        }
    }

    @Test func rejectsMissingIdAndDanglingLinks() {
        let set = Self.built()
        let noID = AnnotationCodec.encode(set).replacingFirst("\"id\": \"\(set.claims[0].id)\",", with: "")
        #expect(throws: AnnotationFileError.invalid(path: "claims[0].id", message: "missing required member")) {
            try AnnotationCodec.decode(Array(noID.utf8))
        }
        let dangling = AnnotationCodec.encode(set).replacingFirst("\"claim\": \"\(set.claims[0].id)\"", with: "\"claim\": \"c-ffffffff\"")
        #expect(throws: AnnotationFileError.invalid(path: "updates[0].amends[0].claim", message: "no claim has id \"c-ffffffff\"")) {
            try AnnotationCodec.decode(Array(dangling.utf8))
        }
    }

    @Test func verdictsCarryOverAndVanishedClaimsBecomeOrphans() throws {
        var set = Self.built()
        set = try set.applying(.dispute(note: "faux"), toClaimAt: 1, by: "B", at: "2026-01-01T00:00:00Z")
        let shorter = ArticleReader.analyze("Le ministère a publié 3 500 contrats en 2013.\n")
        let rebuilt = AnnotationSet.build(from: shorter, articlePath: "a.txt", existing: set)
        #expect(rebuilt.claims.count == 1)
        #expect(rebuilt.orphans.map(\.id) == [set.claims[1].id])
        #expect(rebuilt.orphans[0].status == .disputed)
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
