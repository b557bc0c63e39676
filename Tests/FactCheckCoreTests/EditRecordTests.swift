import FactCheckCore
import Testing

/// Journal records hold the change of an edit, not the claim's whole history; undo deltas and claim lists diff by
/// chunk.
struct EditRecordTests {
    /// An article of `count` distinct claims.
    static func annotations(claims count: Int) -> AnnotationSet {
        let text = (0..<count).map { "Le ministre a annoncé un budget de \($0 + 3) millions d'euros pour l'exercice \(1900 + $0)." }
            .joined(separator: "\n\n") + "\n"
        return AnnotationSet.build(from: ArticleReader.analyze(text, language: .french), articlePath: "a.txt")
    }

    static func verified(_ set: AnnotationSet, times: Int, claim index: Int) throws -> AnnotationSet {
        var next = set
        for i in 0..<times {
            next = try next.applying(.verify(note: "pass \(i)"), toClaimAt: index, by: "A", at: "2026-12-01T10:0\(i):00Z")
        }
        return next
    }

    @Test(arguments: [1, 3])
    func aRecordCarriesOnlyTheNewHistoryEntries(earlier: Int) throws {
        let before = try Self.verified(Self.annotations(claims: 70), times: earlier, claim: 40)
        let after = try Self.verified(before, times: 1, claim: 40)
        let record = EditRecord(from: before, to: after)
        #expect(record.claims.map(\.id) == [after.claims[40].id])
        #expect(record.claims[0].history.count == 1)
        #expect(record.historyBase[after.claims[40].id] == earlier)
        let line = record.jsonLine()
        #expect(line.contains("\"historyBase\":\(earlier)"))
        let parsed = try EditRecord.parse(line: line)
        #expect(parsed == record)
        #expect(parsed.applied(to: before) == after)
    }

    @Test func anUndoRecordTruncatesTheHistoryOnReplay() throws {
        let start = try Self.verified(Self.annotations(claims: 5), times: 2, claim: 1)
        let undone = try Self.verified(start, times: 0, claim: 1)
        var shorter = undone
        shorter.claims[1].history.removeLast()
        let record = EditRecord(from: start, to: shorter)
        #expect(record.historyBase[start.claims[1].id] == 1)
        #expect(record.claims[0].history.isEmpty)
        #expect(try EditRecord.parse(line: record.jsonLine()).applied(to: start).claims[1].history == shorter.claims[1].history)
    }

    @Test func aRecordOfWholeClaimsStillReplays() throws {
        let before = Self.annotations(claims: 3)
        let after = try Self.verified(before, times: 2, claim: 2)
        // The shape journals had before `historyBase`: the whole claim.
        let whole = EditRecord(claims: [after.claims[2]], updates: [])
        #expect(!whole.jsonLine().contains("historyBase"))
        #expect(try EditRecord.parse(line: whole.jsonLine()).applied(to: before) == after)
    }

    @Test(arguments: [0, 31, 32, 99])
    func claimListsDiffByChunk(index: Int) throws {
        let before = Self.annotations(claims: 100)
        let after = try Self.verified(before, times: 1, claim: index)
        #expect(after.claims.indicesDiffering(from: before.claims) == [index])
        #expect(before.claims.indicesDiffering(from: before.claims) == [])
        #expect(ClaimList(before.claims.dropLast()).indicesDiffering(from: before.claims) == nil)
        #expect(ClaimList(Array(after.claims)) == after.claims)
        let delta = try #require(AnnotationDelta(from: before, to: after))
        #expect(delta.claimChanges.map(\.index) == [index])
        var state = after
        delta.undo(&state)
        #expect(state == before)
        delta.redo(&state)
        #expect(state == after)
        #expect(AnnotationDelta(from: after, to: after) == nil)
    }

    @Test func aDeltaUndoesABoundaryCorrection() throws {
        let before = Self.annotations(claims: 4)
        var after = before
        after.boundaries.append(.join(first: before.claims[0].text, second: before.claims[1].text))
        let delta = try #require(AnnotationDelta(from: before, to: after))
        var state = after
        delta.undo(&state)
        #expect(state.boundaries.isEmpty)
        delta.redo(&state)
        #expect(state == after)
    }

    @Test func insertingAndRemovingKeepsTheOrder() {
        let claims = Array(Self.annotations(claims: 70).claims)
        var list = ClaimList(claims)
        list.remove(at: 5)
        list.insert(claims[5], at: 5)
        list.removeLast()
        list.append(claims[69])
        #expect(Array(list) == claims)
        #expect(list.count == 70)
    }
}
