@testable import FactCheckCore
import Testing

/// `AnnotationCheck`: what `factcheck check` reports beyond decoding.
@Suite struct AnnotationCheckTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var strict: Bool = false
        var change: @Sendable (inout AnnotationSet) -> Void
        /// The expected findings' severities and a fragment of each message.
        var expected: [(CheckFinding.Severity, String)]
        var testDescription: String { name }
    }

    static let time = "2026-11-29T10:00:00Z"

    static let cases: [Case] = [
        Case(name: "a fresh file is fine", change: { _ in }, expected: []),
        Case(name: "unreviewed claims only count with --strict", strict: true, change: { set in
            set.claims = ClaimList(set.claims.prefix(1))
            set.updates = []
        }, expected: [(.attention, "not reviewed yet")]),
        Case(name: "a re-review flag", change: { $0.claims[1].review = ReviewFlag(reason: "amended by an update") },
             expected: [(.attention, "needs re-review: amended by an update")]),
        Case(name: "a merge conflict", change: {
            $0.claims[0].conflict = ClaimConflict(ours: ClaimVerdict(status: .verified, by: "A", at: time),
                                                  theirs: ClaimVerdict(status: .disputed, by: "B", at: time))
        }, expected: [(.attention, "unresolved merge conflict: ours verified, by A")]),
        Case(name: "an orphan", change: { set in
            var orphan = set.claims[0]
            orphan.id = "c-0123456789"
            orphan.verdict = ClaimVerdict(status: .verified, note: "x", by: "A", at: time)
            set.orphans = [orphan]
        }, expected: [(.attention, "no longer found in the article")]),
        Case(name: "the article changed", change: { $0.article.sha256 = String(repeating: "0", count: 64) },
             expected: [(.attention, "changed since these annotations were made")]),
        Case(name: "a range past the end", change: { $0.claims[3].range = TextRange($0.claims[3].range.start, 100_000) },
             expected: [(.invalid, "runs past the end of the article")]),
        Case(name: "a range on other text", change: { $0.claims[3].range = TextRange($0.claims[3].range.start, $0.claims[3].range.start + 12) },
             expected: [(.invalid, "is not the claim's text")]),
        Case(name: "a malformed id", change: { $0.claims[2].id = "claim-3" },
             expected: [(.invalid, "expected \"c-\" and at least 8 lower-case hex digits")]),
        Case(name: "a verdict without who and when", change: { $0.claims[0].status = .verified },
             expected: [(.invalid, "needs the editor's name"), (.invalid, "needs the time of the verdict")]),
        Case(name: "a malformed time", change: {
            $0.claims[0].history = [HistoryEntry(at: "yesterday", by: "A", status: .unreviewed)]
        }, expected: [(.invalid, "expected an ISO 8601 UTC time")]),
        Case(name: "a duplicate reading number", change: { $0.claims[1].n = 1 },
             expected: [(.invalid, "reading number 1 is used by another claim")]),
        Case(name: "an unconfirmed link with --strict", strict: true, change: { set in
            set.claims = ClaimList(set.claims.map { claim in
                var reviewed = claim
                reviewed.verdict = ClaimVerdict(status: .verified, note: "ok", by: "A", at: time)
                return reviewed
            })
        }, expected: [(.attention, "is a suggestion no editor confirmed")]),
    ]

    @Test(arguments: cases)
    func reports(_ c: Case) {
        var set = MergeFixtures.base
        c.change(&set)
        let findings = AnnotationCheck.findings(in: set, article: MergeFixtures.checkArticle, strict: c.strict)
        #expect(findings.count == c.expected.count, "\(findings)")
        for (finding, (severity, fragment)) in zip(findings, c.expected) {
            #expect(finding.severity == severity)
            #expect(finding.message.contains(fragment), "\(finding.message)")
        }
    }

    @Test func findingsNameTheClaim() {
        var set = MergeFixtures.base
        set.claims[1].review = ReviewFlag(reason: "r")
        let finding = AnnotationCheck.findings(in: set, article: nil).first
        #expect(finding?.subject == "claim #2 (\(set.claims[1].id)) \"Selon l'Insee, le chômage a baissé de 1,5…\"")
    }

    @Test(arguments: [
        ("c-7ddc2cc3", true), ("c-7ddc2cc3ab", true), ("c-7ddc2cc3-2", true), ("c-7ddc2cc", false), ("c-7DDC2CC3", false),
        ("u-7ddc2cc3", false), ("c-7ddc2cc3-", false), ("c-7ddc2cc3-x", false),
    ])
    func claimIDs(_ id: String, _ valid: Bool) {
        #expect(IDFormat.isValid(id, prefix: "c-") == valid)
    }

    @Test(arguments: [
        ("2026-11-29T10:12:00Z", true), ("2026-11-29T10:12:00.250Z", true), ("2026-11-29T10:12:00", false),
        ("2026-11-29 10:12:00Z", false), ("2026-11-29T10:12:00+01:00", false), ("2026-11-29T10:12:00.Z", false),
    ])
    func timestamps(_ text: String, _ valid: Bool) {
        #expect(IDFormat.isTimestamp(text) == valid)
    }
}
