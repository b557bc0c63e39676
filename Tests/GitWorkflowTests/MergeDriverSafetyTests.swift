import FactCheckCore
import Foundation
import Testing

/// The real merge driver on real files: it never drops a verdict, never merges another article's file, and never
/// writes what the door refuses.
@Suite struct MergeDriverSafetyTests {
    /// A base, ours with claim 5 verified, and a path for theirs.
    static func sides() throws -> (Workspace, base: String, ours: String, theirs: String) {
        let (workspace, file) = try CommandTests.prepared()
        let base = workspace.path + "/base.json", theirs = workspace.path + "/theirs.json"
        try FileManager.default.copyItem(atPath: file, toPath: base)
        expectSuccess(try workspace.factcheck(["seeds/cloudwatt-audit.txt", "--annotations", file], in: workspace.path,
                                              input: "verify 5 \"checked\"\nsave\n", editor: "Ann"))
        return (workspace, base, file, theirs)
    }

    @Test func aSideThatDroppedAVerifiedClaimKeepsItsVerdict() throws {
        let (workspace, base, ours, theirs) = try Self.sides()
        var set = try AnnotationCodec.decode(Array(try workspace.read(base).utf8))
        let verified = try AnnotationCodec.decode(Array(try workspace.read(ours).utf8)).claims[4]
        set.claims.remove(at: 4)
        for i in set.claims.indices { set.claims[i].n = i + 1 }
        for u in set.updates.indices { set.updates[u].amends.removeAll { $0.claim == verified.id } }
        set.article.sha256 = String(repeating: "b", count: 64)
        try workspace.write(AnnotationCodec.encode(set), to: theirs)
        let run = try workspace.factcheck(["merge", base, ours, theirs], in: workspace.path)
        #expect(run.status == 0 || run.status == 1, "\(run)")
        let merged = try AnnotationCodec.decode(Array(try workspace.read(ours).utf8))
        #expect((merged.claims + merged.orphans).contains { $0.id == verified.id && $0.status == .verified }, "\(run)")
        let check = try workspace.factcheck(["check", ours], in: workspace.path)
        #expect(check.status != 65, "\(check)")
    }

    @Test func anotherArticlesFileIsAConflictAndOursStays() throws {
        let (workspace, base, ours, theirs) = try Self.sides()
        try workspace.write(try workspace.read(base).replacingFirstMatch(of: "seeds/cloudwatt-audit.txt", with: "seeds/other.txt"), to: theirs)
        let before = try workspace.read(ours)
        let run = try workspace.factcheck(["merge", base, ours, theirs, "--name", "annotations/a.json"], in: workspace.path)
        #expect(run.status == 1 && run.err.contains("different articles") && run.err.contains("factcheck check annotations/a.json"), "\(run)")
        #expect(try workspace.read(ours) == before)
    }

    @Test(arguments: [
        ("\"language\": *\"[a-z]+\"", "\"language\": \"xx\""),
        ("\"n\": 2,", "\"n\": 9,"),
    ])
    func aSideTheDoorRefusesExits65AndOursStays(_ from: String, _ to: String) throws {
        let (workspace, base, ours, theirs) = try Self.sides()
        let text = try workspace.read(base)
        #expect(text.contains(try Regex(from)))
        try workspace.write(try text.replacingFirstMatch(of: from, with: to), to: theirs)
        let before = try workspace.read(ours)
        let run = try workspace.factcheck(["merge", base, ours, theirs], in: workspace.path)
        #expect(run.status == 65, "\(run)")
        #expect(try workspace.read(ours) == before)
    }
}
