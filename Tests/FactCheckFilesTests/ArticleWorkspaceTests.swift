import FactCheckCore
import FactCheckFiles
import FactCheckShell
import Foundation
import Testing

/// Opening an article with its annotation file: validated, re-anchored, journals replayed — or refused.
@Suite final class ArticleWorkspaceTests {
    static let articleText = """
        The council approved a budget of 3 million euros on Monday. The mayor said that the vote was unanimous.

        Construction of the new library will begin in March, according to the city's planning office.

        """

    static let time = "2026-01-02T03:04:05Z"

    /// This test's folder, holding the article; removed with the suite's instance, one per test.
    let folder: ScratchFolder
    /// The article's path.
    let article: String
    /// The annotation file's path (not written until a test writes it).
    let annotations: String

    init() throws {
        folder = try ScratchFolder()
        article = try folder.write(Self.articleText, to: "article.txt")
        annotations = folder.path + "/annotations/article.json"
    }

    /// The annotations a first session makes, with claim 1 verified, saved at `annotations`.
    static func saveVerified(article: String, annotations: String) throws -> AnnotationSet {
        let first = try ArticleWorkspace.open(article: article, annotations: annotations)
        let edited = try first.session.annotations.applying(.verify(note: "checked"), toClaimAt: 0, by: "A. Martin", at: time)
        _ = try AtomicFileStore().save(AnnotationCodec.encode(edited), to: annotations)
        return edited
    }

    @Test func withoutAFileTheSessionStartsFromTheArticle() throws {
        let workspace = try ArticleWorkspace.open(article: article, annotations: annotations, articlePathInFile: "article.txt")
        #expect(!workspace.foundFile)
        #expect(workspace.session.annotations.claims.count >= 3)
        #expect(workspace.session.annotations.article.path == "article.txt")
        #expect(workspace.session.diskBytes == nil)
        #expect(workspace.anchorReport.isEmpty && workspace.replayedJournals.isEmpty && workspace.warnings.isEmpty)
    }

    @Test func aValidFileIsLoadedAsSaved() throws {
        let saved = try Self.saveVerified(article: article, annotations: annotations)
        let workspace = try ArticleWorkspace.open(article: article, annotations: annotations)
        #expect(workspace.foundFile)
        #expect(workspace.session.annotations == saved)
        #expect(!workspace.session.isDirty)
        #expect(workspace.session.diskBytes == Array(AnnotationCodec.encode(saved).utf8))
        #expect(workspace.anchorReport.isEmpty && workspace.warnings.isEmpty)
    }

    /// Corruptions of a valid file and what the refusal must say after the file's name.
    static let refusals: [(name: String, corrupt: @Sendable (String) -> String, reason: String)] = [
        ("not JSON", { _ in "not json" }, ":1:1: "),
        ("a reading number used twice", { $0.replacingFirst(#""n": 2,"#, with: #""n": 1,"#) }, ": invalid: reading number 1 is used by another claim"),
        ("a verdict without its editor", { $0.replacingFirst(#""by": "A. Martin""#, with: #""by": """#) }, ": invalid: claims[0].by: a verified claim needs the editor's name"),
        ("a claim text not under its range", { $0.replacingFirst("The council approved", with: "The council refused") }, ": invalid: the article's text at 0…"),
    ]

    @Test(arguments: refusals.indices)
    func anInvalidFileIsRefusedWithTheFileNamed(_ index: Int) throws {
        let (name, corrupt, reason) = Self.refusals[index]
        let saved = AnnotationCodec.encode(try Self.saveVerified(article: article, annotations: annotations))
        let corrupted = corrupt(saved)
        try #require(corrupted != saved, "the corruption “\(name)” did not apply")
        try Data(corrupted.utf8).write(to: URL(fileURLWithPath: annotations))
        #expect {
            try ArticleWorkspace.open(article: article, annotations: annotations)
        } throws: { error in
            guard let error = error as? FileError, case .refusedAnnotations(let path, _) = error else { return false }
            return path == annotations && error.message.hasPrefix(annotations) && error.message.contains(reason)
        }
        #expect(try String(contentsOfFile: annotations, encoding: .utf8) == corrupted, "the refused file is left as it was")
    }

    @Test func aFileMadeOnAnotherVersionOfTheArticleIsReanchored() throws {
        let saved = try Self.saveVerified(article: article, annotations: annotations)
        // A sentence added at the top: every claim moves, the verified one keeps its verdict.
        try folder.write("Residents packed the hall for the meeting. " + Self.articleText, to: "article.txt")
        let workspace = try ArticleWorkspace.open(article: article, annotations: annotations)
        #expect(workspace.foundFile)
        #expect(workspace.anchorReport.articleChanged)
        let entry = try #require(workspace.anchorReport.entries.first { $0.claim == saved.claims[0].id })
        guard case .moved(let from) = entry.outcome else {
            Issue.record("expected the verified claim to have moved, got \(entry.outcome)")
            return
        }
        #expect(from == saved.claims[0].range)
        let claim = try #require(workspace.session.annotations.claims.first { $0.id == saved.claims[0].id })
        #expect(claim.status == .verified && claim.note == "checked")
        #expect(claim.range.start > saved.claims[0].range.start)
        #expect(workspace.session.annotations.article.sha256 != saved.article.sha256)
    }

    @Test func aLeftoverJournalIsReplayedAndMovedIntoTheNewJournal() throws {
        let saved = try Self.saveVerified(article: article, annotations: annotations)
        let disputed = try saved.applying(.dispute(note: "two abstained"), toClaimAt: 1, by: "B. Durand", at: Self.time)
        do {
            // A session that journaled an edit and ended without saving: its journal's lock is released here.
            let crashed = FileJournal(annotationPath: annotations)
            try crashed.append(EditRecord(from: saved, to: disputed))
        }
        let workspace = try ArticleWorkspace.open(article: article, annotations: annotations)
        #expect(workspace.replayedJournals.count == 1)
        #expect(workspace.warnings.isEmpty)
        #expect(workspace.session.recoveredEdits == 1)
        #expect(workspace.session.isDirty)
        #expect(workspace.session.annotations.claims[1].status == .disputed)
        #expect(workspace.session.annotations.claims[1].note == "two abstained")
        #expect(workspace.session.annotations.claims[0].status == .verified)
        // The recovered edit is safe in this session's journal until a save, and only there.
        let journals = try folder.entries("annotations").filter { $0.contains(".journal-") }
        #expect(journals == [(workspace.journal.path as NSString).lastPathComponent])
        workspace.journal.discard()
        #expect(try folder.entries("annotations").filter { $0.contains(".journal-") }.isEmpty)
    }

    @Test func aJournalWhoseEditsTheDoorRefusesIsKeptAndNotReplayed() throws {
        let saved = try Self.saveVerified(article: article, annotations: annotations)
        var broken = saved
        broken.claims[1].status = .disputed
        broken.claims[1].by = ""
        broken.claims[1].at = Self.time
        let journalName: String
        do {
            let crashed = FileJournal(annotationPath: annotations)
            try crashed.append(EditRecord(from: saved, to: broken))
            journalName = (crashed.path as NSString).lastPathComponent
        }
        let workspace = try ArticleWorkspace.open(article: article, annotations: annotations)
        #expect(workspace.replayedJournals.isEmpty)
        #expect(workspace.session.annotations == saved && !workspace.session.isDirty)
        let warning = try #require(workspace.warnings.first)
        guard case .journalsRefused(let journals, .refusedAnnotations(let path, .invalid)) = warning else {
            Issue.record("expected a refused journal, got \(warning)")
            return
        }
        #expect(path == annotations && journals.count == 1)
        #expect(warning.message.contains("needs the editor's name") && warning.message.contains("kept"))
        #expect(try folder.entries("annotations").contains(journalName))
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced (unchanged when there is none).
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
