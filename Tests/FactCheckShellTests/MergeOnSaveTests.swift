import FactCheckCore
import FactCheckFiles
import FactCheckShell
import Foundation
import Testing

/// Merge on save (issue 11): when the file on disk changed since the session opened it and what is there cannot be
/// merged into a file factcheck opens again, the save writes nothing, says so, and keeps the session's edits.
@Suite struct MergeOnSaveTests {
    /// What another editor's file turns into on disk before this session saves.
    struct Change: Sendable, CustomTestStringConvertible {
        var name: String
        /// Rewrites the file A saved; given the text and the id of claim 1.
        var rewrite: @Sendable (_ text: String, _ firstID: String) throws -> String
        /// A fragment of the refusal.
        var message: String
        var testDescription: String { name }
    }

    static let otherArticle = "Le conseil a voté le budget.\n\nIl entrera en vigueur en janvier.\n"

    static let changes: [Change] = [
        Change(name: "a +02:00 time", rewrite: { text, _ in
            text.replacingOccurrences(of: "2026-01-02T03:04:05Z", with: "2026-01-02T05:04:05+02:00")
        }, message: "expected an ISO 8601 UTC time"),
        Change(name: "an empty by", rewrite: { text, _ in
            text.replacingOccurrences(of: "\"by\": \"Test Editor\"", with: "\"by\": \"\"")
        }, message: "needs the editor's name"),
        Change(name: "another article's file", rewrite: { _, _ in
            let other = try ShellHarness(articleText: otherArticle)
            _ = try other.run(["verify 1 theirs", "save"])
            // The harness records every article as the seed's path: give this one its own.
            return String(decoding: try Data(contentsOf: URL(fileURLWithPath: other.annotationPath)), as: UTF8.self)
                .replacingOccurrences(of: "\"path\": \"seeds/cloudwatt-audit.txt\"", with: "\"path\": \"seeds/other.txt\"")
        }, message: "another article"),
    ]

    @Test(arguments: changes)
    func aFileThatCannotBeMergedIsLeftAsItIs(_ change: Change) throws {
        let harness = try ShellHarness()
        _ = try harness.run(["save"])
        let sessionB = try harness.session()
        let firstID = sessionB.annotations.claims[0].id
        let a = try harness.run(["verify 1 by A", "save"])
        #expect(a.status == 0)
        let url = URL(fileURLWithPath: harness.annotationPath)
        let rewritten = try change.rewrite(String(decoding: try Data(contentsOf: url), as: UTF8.self), firstID)
        try Data(rewritten.utf8).write(to: url)
        let before = try Data(contentsOf: url)

        let b = try harness.run(["dispute 2 by B", "save"], session: sessionB)

        #expect(b.status != 0)
        #expect(b.err.contains("nothing was written"), "\(b.err)")
        #expect(b.err.contains(change.message), "\(b.err)")
        #expect(try Data(contentsOf: url) == before)
        // The session keeps its edit, unsaved (and so journaled for a later save elsewhere).
        let dirty = b.session.isDirty, status = b.session.annotations.claims[1].status
        #expect(dirty)
        #expect(status == .disputed)
    }

    /// Their file holds the claim both editors reviewed under another id: the save either writes a file that
    /// passes the door with both verdicts in it, or writes nothing.
    @Test func theSameClaimUnderAnotherIDKeepsBothVerdictsInAFileThatOpens() throws {
        let harness = try ShellHarness()
        _ = try harness.run(["save"])
        let sessionB = try harness.session()
        let firstID = sessionB.annotations.claims[0].id
        _ = try harness.run(["verify 1 by A", "save"])
        let url = URL(fileURLWithPath: harness.annotationPath)
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self).replacingOccurrences(of: firstID, with: "c-0000000001")
        try Data(text.utf8).write(to: url)

        let b = try harness.run(["dispute 1 by B", "save"], session: sessionB)

        let bytes = Array(try Data(contentsOf: url))
        if b.status == 0 {
            let saved = try AnnotationFile.decode(bytes, path: harness.annotationPath, against: sessionB.analysis)
            let all = saved.claims.map { $0 } + saved.orphans
            let verdicts = all.flatMap { claim in [claim.note] + [claim.conflict?.ours.note, claim.conflict?.theirs.note].compactMap { $0 } }
            #expect(verdicts.contains("by A"))
            #expect(verdicts.contains("by B"))
        } else {
            #expect(bytes == Array(text.utf8))
            #expect(b.err.contains("nothing was written"))
        }
    }

    /// Their file records the same article path with another text (a second version of the article): it is
    /// re-anchored and merged, and their verdict on a sentence this version lacks is kept as an orphan.
    @Test func aSecondVersionOfTheSameArticleIsReanchoredAndMerged() throws {
        let harness = try ShellHarness()
        _ = try harness.run(["save"])
        let sessionB = try harness.session()
        let other = try ShellHarness(articleText: Self.otherArticle)
        _ = try other.run(["verify 1 theirs", "save"])
        let url = URL(fileURLWithPath: harness.annotationPath)
        try Data(contentsOf: URL(fileURLWithPath: other.annotationPath)).write(to: url)

        let b = try harness.run(["dispute 2 by B", "save"], session: sessionB)

        #expect(b.status == 0, "\(b.err)")
        #expect(b.out.contains("made on another version of the article"))
        let saved = try AnnotationFile.decode(Array(try Data(contentsOf: url)), path: harness.annotationPath, against: sessionB.analysis)
        #expect(saved.claims[1].note == "by B")
        #expect(saved.orphans.contains { $0.note == "theirs" && $0.status == .verified })
    }

    /// The real store, whose door also refuses any file holding `refused`: a stand-in for a merge whose result
    /// the door refuses though both files passed it.
    struct DoorRefusingMerges: AnnotationStoring {
        let files = AnnotationFileStore()
        let refused: String

        func annotations(in bytes: [UInt8], from path: String, against analysis: ArticleAnalysis) throws(StoreError) -> AnnotationSet {
            if String(decoding: bytes, as: UTF8.self).contains(refused) { throw StoreError("\(path): invalid: the test's door refuses this file") }
            return try files.annotations(in: bytes, from: path, against: analysis)
        }
        func save(_ text: String, to path: String) throws(StoreError) -> SaveResult { try files.save(text, to: path) }
        func read(_ path: String) throws(StoreError) -> [UInt8]? { try files.read(path) }
        func whileLocked(_ path: String, _ body: () throws(StoreError) -> Void) throws(StoreError) { try files.whileLocked(path, body) }
        func requireFolder(of path: String) throws(StoreError) { try files.requireFolder(of: path) }
        func sameFile(_ a: String, _ b: String) -> Bool { files.sameFile(a, b) }
        func recordedArticlePath(of article: String, in annotationPath: String) -> String {
            files.recordedArticlePath(of: article, in: annotationPath)
        }
    }

    /// Both files pass the door but their merge does not: the save writes nothing and keeps the session's edit.
    @Test func aMergeTheDoorRefusesIsNotWritten() throws {
        let harness = try ShellHarness()
        _ = try harness.run(["save"])
        let sessionB = try harness.session()
        _ = try harness.run(["verify 1 by A", "save"])
        let url = URL(fileURLWithPath: harness.annotationPath)
        let before = try Data(contentsOf: url)

        let b = try harness.run(["dispute 2 merged-only", "save"].map(LineEvent.line), session: sessionB, store: DoorRefusingMerges(refused: "merged-only"))

        #expect(b.status != 0)
        #expect(b.err.contains("the test's door refuses this file"), "\(b.err)")
        #expect(b.err.contains("nothing was written, your edits are kept"), "\(b.err)")
        #expect(try Data(contentsOf: url) == before)
        let dirty = b.session.isDirty
        #expect(dirty)
    }
}
