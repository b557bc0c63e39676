@testable import FactCheckCore
import Testing

/// `AnnotationDiff` names dismissals and boundary corrections: a reviewer sees a claim set aside or taken back, and
/// a split or a join, in the text diff and in its JSON.
@Suite struct AnnotationDiffBoundaryTests {
    static let base = MergeFixtures.base
    static let scalars = MergeFixtures.analysis.scalars
    static let time = "2026-11-29T10:00:00Z"

    static func text(_ old: AnnotationSet, _ new: AnnotationSet) -> String {
        AnnotationDiff.text(AnnotationDiff.changes(from: old, to: new))
    }

    /// The `kind` and members of each change of the JSON diff.
    static func json(_ old: AnnotationSet, _ new: AnnotationSet) throws -> [JSONObject] {
        let parsed = try JSONParser.parse(Array(JSONWriter.write(AnnotationDiff.json(AnnotationDiff.changes(from: old, to: new))).utf8))
        guard case .object(let root) = parsed, case .array(let changes)? = root["changes"] else { return [] }
        return changes.compactMap { if case .object(let object) = $0 { object } else { nil } }
    }

    @Test func aDismissalAndItsUndoing() throws {
        let dismissed = Self.base.dismissing(claimAt: 3, reason: "not a claim", by: "A", at: Self.time)
        #expect(Self.text(Self.base, dismissed) == "#4 \"Le président de la société a annoncé son…\": dismissed (not a claim)\n")
        let undismissed = dismissed.undismissing(claimAt: 3, by: "A", at: Self.time)
        #expect(Self.text(dismissed, undismissed) == "#4 \"Le président de la société a annoncé son…\": undismissed\n")

        let changes = try Self.json(Self.base, dismissed)
        #expect(changes.count == 1 && changes[0]["kind"] == .string("dismissed") && changes[0]["reason"] == .string("not a claim"))
        #expect(try Self.json(dismissed, undismissed).map { $0["kind"] } == [.string("undismissed")])
    }

    @Test func aSplit() throws {
        let split = try Self.base.splitting(claimAt: 2, beforeWord: 8, scalars: Self.scalars, by: "A", at: Self.time)
        let lines = Self.text(Self.base, split).split(separator: "\n").map(String.init)
        #expect(lines.first == "#3 \"Le budget du projet atteint 285 millions d'euros,\": split before word 9; the rest is #4 \"dont 135 millions d'argent public.\"")
        let changes = try Self.json(Self.base, split)
        #expect(changes.first?["kind"] == .string("split"))
        guard case .object(let second)? = changes.first?["second"] else {
            Issue.record("no second part in \(changes)")
            return
        }
        #expect(second["n"] == .int(4) && second["text"] == .string("dont 135 millions d'argent public."))
    }

    @Test func aJoin() throws {
        let joined = try Self.base.joining(claimAt: 0, scalars: Self.scalars, by: "A", at: Self.time)
        let lines = Self.text(Self.base, joined).split(separator: "\n").map(String.init)
        #expect(lines.first == "#1 \"Le ministère a publié 3 500 contrats en…\" and #2 \"Selon l'Insee, le chômage a baissé de 1,5…\": joined into one claim (#1)")
        let changes = try Self.json(Self.base, joined)
        #expect(changes.first?["kind"] == .string("joined"))
        guard case .object(let first)? = changes.first?["claim"], case .object(let second)? = changes.first?["second"] else {
            Issue.record("no claims in \(changes)")
            return
        }
        #expect(first["n"] == .int(1) && second["n"] == .int(2))
    }

    @Test func theListingShowsDismissalsAndCorrections() throws {
        let dismissed = Self.base.dismissing(claimAt: 3, reason: "heading", by: "A", at: Self.time)
        let split = try dismissed.splitting(claimAt: 2, beforeWord: 8, scalars: Self.scalars, by: "A", at: Self.time)
        let listing = AnnotationListing.render(split)
        #expect(listing.contains("dismissed: heading\n"))
        #expect(listing.hasSuffix("\nboundaries corrected by an editor:\n  split before word 9: \"Le budget du projet atteint 285 millions d'euros…\"\n"))
        #expect(!AnnotationListing.render(Self.base).contains("boundaries"))
    }
}
