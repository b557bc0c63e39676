import FactCheckCore
import FactCheckShell

/// An article opened with its annotation file: the session's starting state and what happened on the way —
/// the file validated, its annotations re-anchored on the article as it is now, journals of sessions that ended
/// without saving replayed — for the shell of the executable and of the tests alike.
public struct ArticleWorkspace: Sendable {
    /// Something that went wrong without stopping the opening; tell the editor.
    public enum Warning: Equatable, Sendable {
        /// Edits were replayed, but this session's journal could not hold them: the old journals were kept.
        case recoveredEditsNotJournaled(FileError)
        /// The replayed edits would make annotations that the door refuses: none was replayed, the journals
        /// were kept.
        case journalsRefused(journals: [String], FileError)
        /// A journal beside the file is not this file's (no header, another file, another session, not yours,
        /// unreadable): never replayed, renamed to `keptAs` (nil: the rename failed and it stays where it was).
        case journalSetAside(journal: String, keptAs: String?, FileJournal.Mismatch)

        /// One sentence for the editor.
        public var message: String {
            switch self {
            case .recoveredEditsNotJournaled(let error):
                "\(error.message); the old journals were kept"
            case .journalsRefused(let journals, let error):
                "unsaved edits of a session that ended without saving were not recovered: \(error.message); "
                    + "the journal\(journals.count == 1 ? " was" : "s were") kept (\(journals.map { TerminalText.visible($0) }.joined(separator: ", ")))"
            case .journalSetAside(let journal, let keptAs, let mismatch):
                "the journal \(TerminalText.visible(journal)) was not replayed: \(mismatch.reason); "
                    + (keptAs.map { "it was kept as \(TerminalText.visible($0))" } ?? "it could not be renamed and was left where it is")
            }
        }
    }

    /// The session to start: annotations anchored on the article, recovered edits applied (and undoable).
    public var session: ShellSession
    /// This session's journal: it already holds the recovered edits.
    public let journal: FileJournal
    /// Whether an annotation file existed (and passed the door); false when the session starts from the article.
    public let foundFile: Bool
    /// The journals whose edits were replayed (and removed).
    public let replayedJournals: [String]
    /// What went wrong without stopping the opening, in order.
    public let warnings: [Warning]

    /// What happened to the file's annotations when they were anchored in the article.
    public var anchorReport: AnchorReport { session.anchorReport }

    /// Opens `article` with the annotation file at `annotations` (which need not exist yet).
    ///
    /// Reads the article (with `language`, or the detected one) and the file through the one door, validated
    /// against the article when the file was made on this very text; re-anchors the annotations on the article;
    /// replays the journals of `annotations` left by sessions that ended without saving, when their edits pass the
    /// same door, and moves them into this session's journal.
    /// - Parameter articlePathInFile: the article path the annotations record (default: `article` relative to the
    ///   annotation file's repository root, or to its folder outside a repository: `ArticleLocator.recordedPath`).
    /// - Throws: a `FileError` naming the article or the annotation file: unreadable, not an article, refused.
    public static func open(article: String, annotations: String, language: Language? = nil,
                            articlePathInFile: String? = nil) throws(FileError) -> ArticleWorkspace {
        let recorded = articlePathInFile ?? ArticleLocator.recordedPath(of: article, in: annotations)
        let analysis = try ArticleFile.analysis(at: article, language: language)
        let file = try AnnotationFile.read(at: annotations, against: analysis)
        let (set, report) = AnnotationSet.reconcile(analysis, articlePath: recorded, existing: file?.annotations)
        var session = ShellSession(analysis: analysis, annotations: set, articlePath: recorded, annotationPath: annotations,
                                   diskBytes: file?.bytes, anchorReport: report)
        session.articleFile = article
        let journal = FileJournal(annotationPath: annotations, savedBytes: file?.bytes)
        var replayed: [String] = []
        var warnings: [Warning] = []
        var leftovers: [FileJournal.Leftover] = []
        for leftover in FileJournal.leftovers(of: annotations) {
            if let mismatch = leftover.mismatch {
                warnings.append(.journalSetAside(journal: leftover.path, keptAs: FileJournal.setAside(leftover), mismatch))
            } else {
                leftovers.append(leftover)
            }
        }
        if !leftovers.isEmpty {
            // Saved by someone else since a journal's session opened the file: its edits are a concurrent edit.
            let base = JournalHeader.base(of: file?.bytes)
            let fileChanged = leftovers.contains { $0.header?.base != base }
            var recovering = session
            recovering.recover(leftovers.flatMap(\.records), fileChanged: fileChanged)
            do {
                try AnnotationFile.validate(recovering.annotations, path: annotations, article: AnnotationFile.article(analysis))
                let recovered = EditRecord(from: session.annotations, to: recovering.annotations)
                session = recovering
                // Journals with nothing to replay (a header and nothing else) are simply removed. This session's
                // journal may have the path of a leftover (the same pid, reused): it now holds the edits and is kept.
                if !recovered.isEmpty { try journal.append(recovered) }
                FileJournal.remove(recovered.isEmpty ? leftovers : leftovers.filter { $0.path != journal.path })
                replayed = leftovers.map(\.path)
            } catch {
                if case .refusedAnnotations = error {
                    warnings.append(.journalsRefused(journals: leftovers.map(\.path), error))
                } else {
                    warnings.append(.recoveredEditsNotJournaled(error))
                }
            }
        }
        return ArticleWorkspace(session: session, journal: journal, foundFile: file != nil, replayedJournals: replayed, warnings: warnings)
    }
}
