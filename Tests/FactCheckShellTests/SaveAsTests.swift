import FactCheckCore
import FactCheckFiles
import FactCheckShell
import Foundation
import Testing

/// `save FILE` means save as; a file replaced under a running shell; the article path stored relative to the
/// annotation file's repository.
@Suite struct SaveAsTests {
    static let otherArticle = """
        The council approved a budget of 3 million euros on Monday. The mayor said that the vote was unanimous.

        Construction of the new library will begin in March, according to the city's planning office.

        """

    /// Another article's annotation file, with its first claim verified, at `path`; returns its bytes.
    static func otherArticlesFile(at path: String) throws -> Data {
        let other = try ShellHarness(articleText: otherArticle)
        let workspace = try ArticleWorkspace.open(article: other.articlePath, annotations: other.annotationPath,
                                                  articlePathInFile: "seeds/council.txt")
        let verified = try workspace.session.annotations.applying(.verify(note: "the other article's verdict"), toClaimAt: 0,
                                                                  by: "B. Durand", at: "2026-01-02T03:04:05Z")
        let text = AnnotationCodec.encode(verified)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return Data(text.utf8)
    }

    @Test func saveIntoAMissingFolderIsRefusedAndMakesNoFolder() throws {
        let harness = try ShellHarness()
        let missing = harness.directory.appendingPathComponent("no/such/folder")
        let result = try harness.run(["verify 1", "save \(missing.path)/copy.json", "quit --discard"])
        #expect(result.status == 1)
        #expect(result.err.contains("does not exist; nothing was written"), "\(result.err)")
        #expect(!FileManager.default.fileExists(atPath: harness.directory.appendingPathComponent("no").path))
    }

    @Test func saveOverAnotherArticlesFileIsRefusedUnlessForced() throws {
        let harness = try ShellHarness()
        let target = harness.directory.appendingPathComponent("other.json").path
        let before = try Self.otherArticlesFile(at: target)
        let refused = try harness.run(["verify 1", "save \(target)", "quit --discard"])
        #expect(refused.status == 1)
        #expect(refused.err.contains("already holds the annotations of another article"), "\(refused.err)")
        #expect(refused.err.contains("--force"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == before, "the other article's file was changed")
        let forced = try harness.run(["verify 1 mine", "save \(target) --force"])
        #expect(forced.status == 0, "\(forced.err)")
        #expect(forced.out.contains("Replaced \(target), which held the annotations of another article"), "\(forced.out)")
        let saved = try harness.saved(at: target)
        #expect(saved.claims.count == 14 && saved.claims[0].note == "mine" && saved.orphans.isEmpty)
    }

    @Test func saveOverAnExistingFileOfTheSameArticleIsRefusedWithoutForce() throws {
        let harness = try ShellHarness()
        let target = harness.directory.appendingPathComponent("copy.json").path
        _ = try harness.run((1...13).map { "verify \($0) reviewed" } + ["save \(target)"])
        let before = try Data(contentsOf: URL(fileURLWithPath: target))
        let refused = try harness.run(["verify 14", "save \(target)", "quit --discard"])
        #expect(refused.status == 1)
        #expect(refused.err.contains("already holds the annotations of this article (13 reviewed claims)"), "\(refused.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == before, "13 verdicts rolled back")
    }

    @Test func afterSaveAsTheJournalFollowsTheSessionToTheNewFile() throws {
        let harness = try ShellHarness()
        let target = harness.directory.appendingPathComponent("copy.json").path
        do {
            // The session's journal is released (as by its process's death) at the end of this block.
            let workspace = try harness.open()
            _ = try harness.runThenLoseTerminal(["verify 1", "save \(target)", "dispute 2 after the save"],
                                                journal: workspace.journal, session: workspace.session)
        }
        #expect(FileJournal.leftovers(of: harness.annotationPath).isEmpty, "later edits journaled under the old file")
        let recovered = try ArticleWorkspace.open(article: harness.articlePath, annotations: target, articlePathInFile: "seeds/cloudwatt-audit.txt")
        #expect(recovered.session.annotations.claims[1].status == .disputed)
        #expect(recovered.session.annotations.claims[1].note == "after the save")
        #expect(recovered.session.annotations.claims[0].status == .verified)
    }

    @Test func aFileReplacedByOneLackingClaimsDoesNotResetVerdicts() throws {
        let harness = try ShellHarness()
        _ = try harness.run(["verify 13 thirteen", "verify 14 fourteen", "save"])
        let session = try harness.session()
        // Someone replaces the file with a version lacking the last claim.
        var lacking = try harness.saved()
        lacking.claims.removeLast()
        try Data(AnnotationCodec.encode(lacking).utf8).write(to: URL(fileURLWithPath: harness.annotationPath))
        let result = try harness.run(["verify 1 one", "save"], session: session)
        #expect(result.status == 0, "\(result.err)")
        let saved = try harness.saved()
        #expect(saved.claims[13].status == .verified && saved.claims[13].note == "fourteen", "the verdict was reset")
        #expect(saved.claims[12].status == .verified && saved.claims[0].status == .verified)
    }

    @Test func aFileReplacedByAnotherArticlesIsRefusedOnSave() throws {
        let harness = try ShellHarness()
        _ = try harness.run(["verify 1 mine", "save"])
        let session = try harness.session()
        let before = try Self.otherArticlesFile(at: harness.annotationPath)
        let result = try harness.run(["verify 2", "save", "quit --discard"], session: session)
        #expect(result.status == 1)
        #expect(result.err.contains("the annotations of another article"), "\(result.err)")
        #expect(result.err.contains("save elsewhere"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: harness.annotationPath)) == before)
    }

    @Test func theArticlePathIsStoredRelativeToTheRepositoryAndFoundFromAClone() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-repo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("seeds"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("annotations/desk"), withIntermediateDirectories: true)
        let article = root.appendingPathComponent("seeds/story.txt").path
        try Data(Self.otherArticle.utf8).write(to: URL(fileURLWithPath: article))
        let annotations = root.appendingPathComponent("annotations/desk/story.json").path
        // Typed as an absolute path: recorded relative to the repository's root.
        let workspace = try ArticleWorkspace.open(article: article, annotations: annotations)
        #expect(workspace.session.annotations.article.path == "seeds/story.txt")
        // Outside a repository: relative to the annotation file's folder.
        let loose = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-loose-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: loose) }
        try FileManager.default.createDirectory(at: loose.appendingPathComponent("notes"), withIntermediateDirectories: true)
        let outside = try ArticleWorkspace.open(article: article, annotations: loose.appendingPathComponent("notes/story.json").path)
        #expect(!outside.session.annotations.article.path.hasPrefix("/"))
        #expect(outside.session.annotations.article.path.hasSuffix("seeds/story.txt"))
        _ = try AtomicFileStore().save(AnnotationCodec.encode(workspace.session.annotations), to: annotations)
        // A clone elsewhere: the same file finds its article.
        let clone = root.deletingLastPathComponent().appendingPathComponent(root.lastPathComponent + "-clone")
        defer { try? FileManager.default.removeItem(at: clone) }
        try FileManager.default.moveItem(at: root, to: clone)
        let moved = clone.appendingPathComponent("annotations/desk/story.json").path
        let stored = try AnnotationCodec.decode(Array(try Data(contentsOf: URL(fileURLWithPath: moved))))
        let found = try #require(ArticleLocator.locate(stored.article.path, from: moved))
        #expect((found as NSString).standardizingPath == clone.appendingPathComponent("seeds/story.txt").path)
    }
}
