@testable import FactCheckCore
import Testing

/// A journal record of a `split` or `join` carries the boundary change, and replaying it gives the set the edit
/// made: the same claims, ids, numbers and verdicts, no stray orphan.
@Suite struct BoundaryReplayTests {
    static let analysis = MergeFixtures.analysis
    static let time = "2026-11-29T10:00:00Z"

    /// The fixture with claim 3 verified, then split before its word 6 ("dont 135 millions…").
    static func split() throws -> (before: AnnotationSet, after: AnnotationSet) {
        let before = try MergeFixtures.applying([.init(2, .verify(note: "budget"), by: "A")])
        let after = try before.splitting(claimAt: 2, beforeWord: 8, scalars: analysis.scalars, by: "A", at: time)
        return (before, after)
    }

    /// `records`, each through its journal line, replayed onto `set`.
    static func replayed(_ records: [EditRecord], onto set: AnnotationSet) throws -> AnnotationSet {
        let lines = try records.map { try EditRecord.parse(line: $0.jsonLine()) }
        #expect(lines == records)
        return JournalReplay.replay(lines, onto: set, reading: analysis, fileChanged: false).annotations
    }

    @Test func aSplitIsReplayed() throws {
        let (before, after) = try Self.split()
        let record = EditRecord(from: before, to: after)
        #expect(record.boundaries == after.boundaries)
        #expect(record.jsonLine().contains("\"boundaries\":[{\"split\":"))
        let recovered = try Self.replayed([record], onto: before)
        #expect(recovered == after)
        #expect(recovered.orphans.isEmpty)
    }

    @Test func aJoinIsReplayed() throws {
        let (before, _) = try Self.split()
        let joined = try before.joining(claimAt: 0, scalars: Self.analysis.scalars, by: "A", at: Self.time)
        let record = EditRecord(from: before, to: joined)
        #expect(record.removedClaims == [before.claims[1].id])
        let recovered = try Self.replayed([record], onto: before)
        #expect(recovered == joined)
        #expect(recovered.orphans.isEmpty)
    }

    @Test func aSplitThenAVerdictOnItsSecondPartThenAnUndo() throws {
        let (before, after) = try Self.split()
        let verified = try after.applying(.dispute(note: "public share"), toClaimAt: 3, by: "B", at: Self.time)
        let records = [EditRecord(from: before, to: after), EditRecord(from: after, to: verified)]
        #expect(try Self.replayed(records, onto: before) == verified)
        // Undoing the verdict and the split brings the set back to where it was.
        let undone = records + [EditRecord(from: verified, to: after), EditRecord(from: after, to: before)]
        #expect(try Self.replayed(undone, onto: before) == before)
    }

    @Test func aRecordWithoutBoundariesHasNoBoundaryMembers() throws {
        let before = MergeFixtures.base
        let after = try MergeFixtures.applying([.init(0, .verify(note: "ok"), by: "A")])
        let line = EditRecord(from: before, to: after).jsonLine()
        #expect(!line.contains("boundaries") && !line.contains("removed"))
    }
}
