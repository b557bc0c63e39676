import FactCheckCore
import FactCheckTestSupport
import Foundation
import Testing

/// Issue 11, must show 3, on the real binary: `factcheck merge BASE OURS THEIRS` on random seeded cases (a base
/// reviewed at random, random reviews on two sides typed into the real shell, claims dropped, another version of
/// the article, another article's file, a side the door refuses). Each verdict of either side is in the result as
/// a claim's verdict, a side of its conflict or a history entry, and the result passes `check`'s validation — or
/// the driver refuses (65, or 1 with a message for another article) and OURS is byte for byte as it was.
/// `MergePropertyTests` runs 300 cases on the core; this bounded run is the binary's.
@Suite struct MergeDriverPropertyTests {
    static let article = "seeds/cloudwatt-audit.txt"

    /// Up to four random shell edits on claims 1…`count`.
    static func script(_ rng: inout SeededGenerator, claims count: Int, tag: String) -> String {
        var lines: [String] = []
        for k in 0..<Int.random(in: 0...4, using: &rng) {
            let n = Int.random(in: 1...count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: lines.append("verify \(n) \"\(tag) \(k)\"")
            case 1: lines.append("dispute \(n) \"\(tag) \(k)\"")
            case 2: lines.append("source \(n) https://example.org/\(tag)")
            case 3: lines.append("note \(n) \"\(tag) note \(k)\"")
            default: lines.append("reset \(n)")
            }
        }
        return (lines + ["save"]).joined(separator: "\n") + "\n"
    }

    /// Whether `verdict` of claim `id` is in `merged`: as the verdict of the claim or orphan, a side of its
    /// conflict, or one of its history entries.
    static func holds(_ merged: AnnotationSet, _ id: String, _ verdict: ClaimVerdict) -> Bool {
        guard let claim = (merged.claims + merged.orphans).first(where: { $0.id == id }) else { return false }
        return [claim.verdict, claim.conflict?.ours, claim.conflict?.theirs].contains(verdict)
            || claim.history.contains { $0.status == verdict.status && $0.by == verdict.by && $0.at == verdict.at }
    }

    @Test(arguments: 1...30)
    func everyVerdictSurvivesTheRealDriver(seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(seed) &* 0x2545_F491)
        let (workspace, file) = try CommandTests.prepared()
        let count = try AnnotationCodec.decode(Array(try workspace.read(file).utf8)).claims.count
        let base = workspace.path + "/base.json", ours = workspace.path + "/ours.json", theirs = workspace.path + "/theirs.json"
        func review(_ path: String, by editor: String) throws {
            let script = Self.script(&rng, claims: count, tag: editor)
            expectSuccess(try workspace.factcheck([Self.article, "--annotations", path], in: workspace.path, input: script, editor: editor))
        }
        try review(file, by: "Base")
        for path in [base, ours, theirs] { try FileManager.default.copyItem(atPath: file, toPath: path) }
        try review(ours, by: "Ann")
        try review(theirs, by: "Bob")

        // Damage one side at random, as a careless colleague or another branch would.
        var foreign = false, refused = false
        for path in [ours, theirs] where Bool.random(using: &rng) {
            let read = try AnnotationCodec.decode(Array(try workspace.read(path).utf8))
            let set = read.droppingClaim(at: Int.random(in: 0..<read.claims.count, using: &rng))
            try workspace.write(AnnotationCodec.encode(set), to: path)
        }
        switch Int.random(in: 0..<10, using: &rng) {
        case 0:
            try workspace.write(try workspace.read(theirs).replacingOccurrences(of: Self.article, with: "seeds/other.txt"), to: theirs)
            foreign = true
        case 1:
            var set = try AnnotationCodec.decode(Array(try workspace.read(theirs).utf8))
            set.article.sha256 = String(repeating: "b", count: 64)
            try workspace.write(AnnotationCodec.encode(set), to: theirs)
        case 2:
            try workspace.write(try workspace.read(theirs).replacingFirstMatch(of: #""language": *"[a-z]+""#, with: "\"language\": \"xx\""), to: theirs)
            refused = true
        default: break
        }
        let sides = try [ours, theirs].map { try AnnotationCodec.decode(Array(try workspace.read($0).utf8)) }
        let before = try workspace.read(ours)

        let run = try workspace.factcheck(["merge", base, ours, theirs, "--name", "annotations/a.json"], in: workspace.path)

        if refused {
            #expect(run.status == 65, "seed \(seed): \(run)")
            #expect(try workspace.read(ours) == before, "seed \(seed)")
            return
        }
        if foreign {
            #expect(run.status == 1 && run.err.contains("different articles"), "seed \(seed): \(run)")
            #expect(try workspace.read(ours) == before, "seed \(seed)")
            return
        }
        #expect(run.status == 0 || run.status == 1, "seed \(seed): \(run)")
        let merged = try AnnotationCodec.decode(Array(try workspace.read(ours).utf8))
        for side in sides {
            for claim in side.claims + side.orphans where claim.status != .unreviewed {
                #expect(Self.holds(merged, claim.id, claim.verdict), "seed \(seed): the verdict on \(claim.id) was lost")
            }
        }
        let check = try workspace.factcheck(["check", ours], in: workspace.path)
        #expect(check.status == 0 || check.status == 1, "seed \(seed): \(check)")
    }
}
