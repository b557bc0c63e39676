import FactCheckCore
import FactCheckTestSupport
import Foundation
import Testing

/// Issue 11's "data lost with exit 0" failures of the merge driver, of duplicate update ids and of the stored article
/// path, on the real binary, so that each can be run against the code before the change (FACTCHECK_BINARY) and seen
/// to fail there: see docs/RELIABILITY.md.
@Suite struct DataLossFileTests {
    /// Which side of a merge drops claims, and where the dropped claims' verdicts are.
    enum Dropping: CaseIterable {
        /// Base and ours hold verdicts on claims 5 and 6; theirs, a later version of the article, lacks both.
        case theirsDropsClaimsReviewedInBase
        /// The same, sides swapped: base and theirs hold the verdicts, ours lacks the claims.
        case oursDropsClaimsReviewedInBase
    }

    @Test("The merge driver keeps every verdict of a side that dropped claims", arguments: Dropping.allCases)
    func aMergeKeepsTheVerdictsOfDroppedClaims(_ dropping: Dropping) throws {
        let (workspace, file) = try CommandTests.prepared()
        let base = workspace.path + "/base.json", ours = workspace.path + "/ours.json", theirs = workspace.path + "/theirs.json"
        expectSuccess(try workspace.factcheck(["seeds/cloudwatt-audit.txt", "--annotations", file], in: workspace.path,
                                              input: "verify 5 five\nverify 6 six\nsave\n", editor: "Ann"))
        let reviewed = try workspace.read(file)
        var dropped = try AnnotationCodec.decode(Array(reviewed.utf8)).droppingClaim(at: 5).droppingClaim(at: 4)
        dropped.article.sha256 = String(repeating: "b", count: 64)
        let droppedText = AnnotationCodec.encode(dropped)
        switch dropping {
        case .theirsDropsClaimsReviewedInBase:
            try workspace.write(reviewed, to: base)
            try workspace.write(reviewed, to: ours)
            try workspace.write(droppedText, to: theirs)
        case .oursDropsClaimsReviewedInBase:
            try workspace.write(reviewed, to: base)
            try workspace.write(droppedText, to: ours)
            try workspace.write(reviewed, to: theirs)
        }
        let before = try workspace.read(ours)
        let run = try workspace.factcheck(["merge", base, ours, theirs], in: workspace.path)
        if run.status == 65 {
            #expect(try workspace.read(ours) == before, "\(run)")
            return
        }
        #expect(run.status == 0 || run.status == 1, "\(run)")
        let merged = try AnnotationCodec.decode(Array(try workspace.read(ours).utf8))
        let verdicts = (merged.claims + merged.orphans).flatMap { [$0.verdict] + [$0.conflict?.ours, $0.conflict?.theirs].compactMap { $0 } }
        for note in ["five", "six"] {
            #expect(verdicts.contains { $0.status == .verified && $0.note == note }, "the verdict “\(note)” was dropped: \(run)")
        }
    }

    @Test("Two updates with one id: check refuses the file, and the shell writes nothing over it")
    func duplicateUpdateIDsAreRefused() throws {
        let workspace = try Workspace()
        try workspace.write(try Workspace.seedArticle(), to: workspace.path + "/seeds/cloudwatt-audit.txt")
        var set = try AnnotationCodec.decode(Array(try SchemaTests.shippedText().utf8))
        var twin = set.updates[0]
        twin.issuer = "Another issuer"
        set.updates.append(twin)
        let file = workspace.path + "/annotations/twins.json"
        try workspace.write(AnnotationCodec.encode(set), to: file)
        let before = try workspace.read(file)
        let check = try workspace.factcheck(["check", "annotations/twins.json"], in: workspace.path)
        #expect(check.status == 65, "\(check)")
        let shell = try workspace.factcheck(["seeds/cloudwatt-audit.txt", "--annotations", "annotations/twins.json"], in: workspace.path,
                                            input: "verify 1 x\nsave\n")
        #expect(try workspace.read(file) == before, "the save rewrote the file: \(shell)")
    }

    /// How the article was named when the annotation file was made.
    enum Typed: CaseIterable {
        /// Relative to the folder the shell ran in.
        case relativeToAnotherFolder
        /// As an absolute path, the repository then cloned elsewhere.
        case absolute
    }

    @Test("check finds the article from another folder and from a clone, however its path was typed", arguments: Typed.allCases)
    func checkFindsTheArticleHoweverItsPathWasTyped(_ typed: Typed) throws {
        let workspace = try Workspace()
        let repository = workspace.path + "/newsroom"
        try workspace.write(try Workspace.seedArticle(), to: repository + "/seeds/cloudwatt-audit.txt")
        expectSuccess(try workspace.git("init", "-q", in: repository))
        let made = switch typed {
        case .relativeToAnotherFolder:
            try workspace.factcheck(["cloudwatt-audit.txt", "--annotations", "../annotations/a.json"], in: repository + "/seeds", input: "verify 1 x\nsave\n")
        case .absolute:
            try workspace.factcheck([repository + "/seeds/cloudwatt-audit.txt", "--annotations", repository + "/annotations/a.json"],
                                    in: workspace.path, input: "verify 1 x\nsave\n")
        }
        expectSuccess(made)
        var root = repository
        if typed == .absolute {
            root = workspace.path + "/clone"
            try FileManager.default.moveItem(atPath: repository, toPath: root)
        }
        let check = try workspace.factcheck(["check", "annotations/a.json"], in: root)
        #expect(check.status != 66, "the article was not found: \(check)")
        let fromElsewhere = try workspace.factcheck(["check", root + "/annotations/a.json"], in: workspace.path)
        #expect(fromElsewhere.status != 66, "the article was not found: \(fromElsewhere)")
    }
}
