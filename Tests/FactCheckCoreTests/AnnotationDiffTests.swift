@testable import FactCheckCore
import Testing

/// `AnnotationDiff`: what a reviewer reads, one line per change.
@Suite struct AnnotationDiffTests {
    typealias Edit = MergeFixtures.Edit

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var edits: [Edit]
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "nothing changed", edits: [], expected: ""),
        Case(name: "a verdict with a note",
             edits: [Edit(0, .verify(note: "ministry's list"), by: "A. Martin")],
             expected: """
                 #1 "Le ministère a publié 3 500 contrats en…": unreviewed → verified, by A. Martin (2026-11-29T10:00:00Z)
                     note: ministry's list

                 """),
        Case(name: "a source",
             edits: [Edit(1, .source(["Insee"]), by: "B")],
             expected: """
                 #2 "Selon l'Insee, le chômage a baissé de 1,5…": unreviewed → sourced, by B (2026-11-29T10:00:00Z)
                     + source: Insee

                 """),
        Case(name: "a note alone",
             edits: [Edit(2, .note("budget per the 2011 announcement"), by: "C")],
             expected: """
                 #3 "Le budget du projet atteint 285 millions d'euros…": unreviewed, note changed, by C (2026-11-29T10:00:00Z)
                     note: budget per the 2011 announcement

                 """),
    ]

    @Test(arguments: cases)
    func describesVerdictChanges(_ c: Case) throws {
        let changed = try MergeFixtures.applying(c.edits)
        #expect(AnnotationDiff.text(AnnotationDiff.changes(from: MergeFixtures.base, to: changed)) == c.expected)
    }

    @Test func aHistoryAloneIsNotAChange() throws {
        var changed = MergeFixtures.base
        changed.claims[0].history.append(HistoryEntry(at: "2026-11-29T10:00:00Z", by: "A", status: .unreviewed))
        #expect(AnnotationDiff.changes(from: MergeFixtures.base, to: changed).isEmpty)
    }

    @Test func linksNoticesAndConflicts() throws {
        let base = MergeFixtures.base
        let linked = base.linking(update: 0, claim: 2, score: 0.4, relation: nil)
        let text = AnnotationDiff.text(AnnotationDiff.changes(from: base, to: linked))
        #expect(text.hasPrefix("update \(base.updates[0].id): + link to #3 \"Le budget du projet atteint 285 millions d'euros…\" (confirmed, score 0.4)"))

        var withoutNotice = base
        withoutNotice.updates = []
        let added = AnnotationDiff.text(AnnotationDiff.changes(from: withoutNotice, to: base))
        #expect(added.hasPrefix("notice added: \(base.updates[0].id) MISE A JOUR (denial, by le ministère): \"le ministère dément le chiffre"))
        #expect(added.contains("\n    amends #1 (suggested)"))

        var conflicted = base
        conflicted.claims[1].conflict = ClaimConflict(ours: ClaimVerdict(status: .verified, by: "A", at: "2026-11-29T10:00:00Z"),
                                                      theirs: ClaimVerdict(status: .disputed, note: "no", by: "B", at: "2026-11-29T10:00:00Z"))
        #expect(AnnotationDiff.text(AnnotationDiff.changes(from: base, to: conflicted)) == """
            #2 "Selon l'Insee, le chômage a baissé de 1,5…": CONFLICT — two verdicts kept, neither applied
                ours:   verified, by A (2026-11-29T10:00:00Z)
                theirs: disputed, by B (2026-11-29T10:00:00Z): no

            """)
    }

    @Test func aNewAndADeletedFile() throws {
        let reviewed = try MergeFixtures.applying([Edit(0, .verify(note: "ok"), by: "A")])
        let created = AnnotationDiff.changes(from: nil, to: reviewed)
        #expect(created.count == reviewed.claims.count + reviewed.updates.count)
        let deleted = AnnotationDiff.changes(from: reviewed, to: nil)
        #expect(deleted.count == reviewed.claims.count + reviewed.updates.count)
        #expect(AnnotationDiff.changes(from: nil, to: nil).isEmpty)
    }

    @Test func jsonNamesEachKind() throws {
        let changed = try MergeFixtures.applying([Edit(0, .dispute(note: "no"), by: "A")])
        let json = JSONWriter.write(AnnotationDiff.json(AnnotationDiff.changes(from: MergeFixtures.base, to: changed)))
        let parsed = try JSONParser.parse(Array(json.utf8))
        guard case .object(let root) = parsed, case .array(let changes)? = root["changes"], case .object(let first)? = changes.first else {
            Issue.record("unexpected JSON: \(json)")
            return
        }
        #expect(first["kind"] == .string("verdict"))
        guard case .object(let new)? = first["new"], case .object(let claim)? = first["claim"] else {
            Issue.record("unexpected JSON: \(json)")
            return
        }
        #expect(new["status"] == .string("disputed") && new["by"] == .string("A"))
        #expect(claim["n"] == .int(1))
    }

    @Test func controlCharactersAreMadeVisible() throws {
        let changed = try MergeFixtures.applying([Edit(0, .verify(note: "ok\u{1B}[31m"), by: "A\u{202E}")])
        let text = AnnotationDiff.text(AnnotationDiff.changes(from: MergeFixtures.base, to: changed))
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
    }
}
