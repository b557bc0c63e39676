@testable import FactCheckCore
import Foundation
import Testing

/// The `conflict` and `unlinked` members: written only when present, read back exactly, unknown members kept.
@Suite struct ConflictCodecTests {
    static let time = "2026-11-29T10:00:00Z"

    @Test func absentMembersAreNotWritten() {
        let text = AnnotationCodec.encode(MergeFixtures.base)
        #expect(!text.contains("\"conflict\"") && !text.contains("\"unlinked\""))
    }

    @Test func conflictsAndUnlinkedRoundTrip() throws {
        var set = MergeFixtures.base
        set.claims[0].conflict = ClaimConflict(ours: ClaimVerdict(status: .sourced, sources: ["AFP"], by: "A", at: Self.time),
                                               theirs: ClaimVerdict(status: .disputed, note: "no", by: "B", at: Self.time))
        set.updates[0].unlinked = [set.claims[1].id]
        set.updates[0].conflict = UpdateConflict(
            ours: UpdateReading(relation: .correction, issuer: "X", amends: [Amendment(claim: set.claims[0].id, score: 0.5, confirmed: true)]),
            theirs: UpdateReading(relation: .denial, issuer: nil, amends: []))
        let text = AnnotationCodec.encode(set)
        #expect(try AnnotationCodec.decode(Array(text.utf8)) == set)
        #expect(AnnotationCodec.encode(try AnnotationCodec.decode(Array(text.utf8))) == text, "byte-stable")
        // The conflict sits between the verdict and the history, so a reviewer sees it beside the verdict.
        let review = try #require(text.range(of: "\"review\": null,\n      \"conflict\": {"))
        let history = try #require(text.range(of: "\"history\": []", range: review.upperBound..<text.endIndex))
        #expect(review.upperBound < history.lowerBound)
    }

    @Test func unknownMembersInsideAConflictAreKept() throws {
        var set = MergeFixtures.base
        set.claims[0].conflict = ClaimConflict(ours: ClaimVerdict(status: .verified, by: "A", at: Self.time),
                                               theirs: ClaimVerdict(status: .disputed, by: "B", at: Self.time))
        var text = AnnotationCodec.encode(set)
        text = text.replacingFirstOccurrence("\"theirs\": {", with: "\"theirs\": {\n \"x-branch\": \"dave\",")
        text = text.replacingFirstOccurrence("\"conflict\": {", with: "\"conflict\": {\n \"x-merged-by\": \"git\",")
        let decoded = try AnnotationCodec.decode(Array(text.utf8))
        #expect(decoded.claims[0].conflict?.extra.map(\.key) == ["x-merged-by"])
        #expect(decoded.claims[0].conflict?.theirs.extra.map(\.key) == ["x-branch"])
        let again = AnnotationCodec.encode(decoded)
        #expect(again.contains("\"x-merged-by\": \"git\"") && again.contains("\"x-branch\": \"dave\""))
    }

    @Test(arguments: [
        ("\"status\": \"verified\", \"note\": \"\", \"sources\": [], \"by\": \"A\", \"at\": null", nil as String?),
        ("\"status\": \"checked\", \"note\": \"\", \"sources\": [], \"by\": null, \"at\": null", "claims[0].conflict.ours.status: unknown status \"checked\" (expected one of unreviewed, verified, disputed, sourced)"),
        ("\"status\": \"sourced\", \"note\": \"\", \"sources\": [], \"by\": null, \"at\": null", "claims[0].conflict.ours.sources: a sourced claim needs at least one source"),
        ("\"note\": \"\", \"sources\": [], \"by\": null, \"at\": null", "claims[0].conflict.ours.status: missing required member"),
    ])
    func conflictSidesAreValidated(_ ours: String, _ expected: String?) throws {
        let side = "{ \"status\": \"disputed\", \"note\": \"\", \"sources\": [], \"by\": \"B\", \"at\": \"\(Self.time)\" }"
        let text = AnnotationCodec.encode(MergeFixtures.base).replacingFirstOccurrence(
            "\"review\": null,\n      \"history\"",
            with: "\"review\": null,\n \"conflict\": { \"ours\": { \(ours) }, \"theirs\": \(side) },\n \"history\"")
        do {
            let set = try AnnotationCodec.decode(Array(text.utf8))
            #expect(expected == nil, "decoded, but expected \(expected ?? "")")
            #expect(set.claims[0].conflict?.ours.by == "A")
        } catch {
            #expect(error.description == expected)
        }
    }
}

private extension String {
    /// The text with the first occurrence of `target` replaced.
    func replacingFirstOccurrence(_ target: String, with replacement: String) -> String {
        guard let found = range(of: target) else { return self }
        return replacingCharacters(in: found, with: replacement)
    }
}
