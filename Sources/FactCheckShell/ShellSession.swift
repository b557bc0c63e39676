import FactCheckCore

/// The state of one editing session: the article, its annotations, and undo/redo stacks — all values.
///
/// An edit maps one `AnnotationSet` to the next; undo and redo move whole states between the stacks.
public struct ShellSession: Sendable {
    /// What the reader made of the article.
    public let analysis: ArticleAnalysis
    /// The annotations as they are now.
    public private(set) var annotations: AnnotationSet
    /// The annotations as last loaded or saved: the session is dirty when they differ.
    public private(set) var baseline: AnnotationSet
    /// The article path the annotation file records (relative to the file's repository root).
    public private(set) var articlePath: String
    /// The article's file as opened (typed on the command line), from which `save FILE` records the article's
    /// path relative to FILE; nil when the session was not opened from a file.
    public var articleFile: String?
    /// The annotation file the session saves to (`save FILE` changes it).
    public private(set) var annotationPath: String
    /// The file's bytes when last loaded or saved (nil: no file yet): a save compares them with the disk to
    /// notice that someone else saved in between.
    public private(set) var diskBytes: [UInt8]?
    /// How many claims and updates had edits recovered from journals of sessions that ended without saving.
    public private(set) var recoveredEdits = 0
    /// What happened to the file's annotations when they were anchored in this article.
    public let anchorReport: AnchorReport
    /// The current claim's reading number (0 before any): `show N`, `next`, `prev`, `goto N` and an edit naming a
    /// claim make it current; verbs whose claim is left out apply to it, and `next` starts after it.
    public var cursor = 0
    /// Whether a progress line follows every edit (`set progress on|off`).
    public var showsProgress = false
    private var undoStack: [AnnotationSet] = []
    private var redoStack: [AnnotationSet] = []
    /// What each undoable and redoable edit was ("verify #3"), in step with the stacks; nil when not told.
    private var undoLabels: [String?] = []
    private var redoLabels: [String?] = []
    /// Edits made since the last save, counted as the editor made them: an undo takes one back, a redo gives it
    /// again, and edits on a branch abandoned by undoing past the save stay counted.
    private var editDepth = 0
    private var savedDepth = 0
    private var abandonedEdits = 0

    /// A session on `analysis`, starting from `annotations` (built or loaded).
    public init(analysis: ArticleAnalysis, annotations: AnnotationSet, articlePath: String, annotationPath: String,
                diskBytes: [UInt8]? = nil, anchorReport: AnchorReport = .empty) {
        self.diskBytes = diskBytes
        self.analysis = analysis
        self.anchorReport = anchorReport
        self.annotations = annotations
        self.baseline = annotations
        self.articlePath = articlePath
        self.annotationPath = annotationPath
    }

    /// Whether there are changes not yet saved.
    public var isDirty: Bool { annotations != baseline }

    /// How many edits the editor made since the last save (undone ones taken back); at least 1 while dirty.
    public var unsavedChangeCount: Int {
        guard isDirty else { return 0 }
        return max(1, abs(editDepth - savedDepth) + abandonedEdits)
    }

    /// Replaces the annotations with an edited state, pushing the old one on the undo stack; `label` names the
    /// edit for `undo` and `redo` ("verify #3").
    public mutating func commit(_ next: AnnotationSet, label: String? = nil) {
        guard next != annotations else { return }
        undoStack.append(annotations)
        redoStack.removeAll()
        annotations = next
        undoLabels.append(label)
        redoLabels.removeAll()
        if editDepth < savedDepth {
            // The saved state was ahead on the branch just abandoned: its edits still separate us from it.
            abandonedEdits += savedDepth - editDepth
            savedDepth = editDepth
        }
        editDepth += 1
    }

    /// Goes back one edit; false when there is none.
    public mutating func undo() -> Bool {
        guard let previous = undoStack.popLast() else { return false }
        redoStack.append(annotations)
        annotations = previous
        redoLabels.append(undoLabels.popLast() ?? nil)
        editDepth -= 1
        return true
    }

    /// Re-applies an undone edit; false when there is none.
    public mutating func redo() -> Bool {
        guard let next = redoStack.popLast() else { return false }
        undoStack.append(annotations)
        annotations = next
        undoLabels.append(redoLabels.popLast() ?? nil)
        editDepth += 1
        return true
    }

    /// Records the article under `path` in the annotations (a save elsewhere records it relative to the new file).
    mutating func recordArticle(at path: String) {
        guard path != annotations.article.path else { return }
        articlePath = path
        var next = annotations
        next.article.path = path
        annotations = next
    }

    /// What the edit `redo` would re-apply was, as labelled when made (nil when unlabelled or none).
    public var lastUndoneLabel: String? { redoLabels.last ?? nil }

    /// What the edit `undo` would take back was, as labelled when made (nil when unlabelled or none).
    public var lastEditLabel: String? { undoLabels.last ?? nil }

    /// Records that the current annotations are what is on disk at `path`, as `bytes`.
    public mutating func markSaved(bytes: [UInt8], path: String) {
        baseline = annotations
        diskBytes = bytes
        annotationPath = path
        savedDepth = editDepth
        abandonedEdits = 0
    }

    /// Replays edits recorded by journals of sessions that ended without saving; the session is then dirty.
    /// When the file was saved by someone else since those sessions opened it (`fileChanged`), the edits are
    /// merged as a concurrent edit (`JournalReplay`): a claim both changed keeps both verdicts in its conflict.
    public mutating func recover(_ records: [EditRecord], fileChanged: Bool = false) {
        guard !records.isEmpty else { return }
        let (next, conflicts) = JournalReplay.replay(records, onto: annotations, fileChanged: fileChanged)
        let change = EditRecord(from: annotations, to: next)
        recoveredEdits += change.claims.count + change.updates.count
        recoveryConflicts += conflicts
        commit(next)
    }

    /// The conflicts between recovered edits and verdicts saved since their session opened the file.
    public private(set) var recoveryConflicts: [MergeConflict] = []

    /// Takes the result of merging with a file someone else saved: an edit like any other (undoable).
    mutating func adoptMerged(_ merged: AnnotationSet, theirs: AnnotationSet) {
        commit(merged)
        // What the other editor saved is now part of what this session started from.
        baseline = theirs
    }

    /// The index of the claim a user wrote as a number ("3") or an id ("c-1a2b3c4d").
    func claimIndex(_ word: String, command: String) throws(ShellError) -> Int {
        if let n = Int(word) {
            do { return try annotations.claimIndex(number: n) } catch { throw .noSuchClaim(n, count: annotations.claims.count) }
        }
        if word.hasPrefix("c-") {
            do { return try annotations.claimIndex(id: word) } catch { throw .noSuchClaimID(word) }
        }
        throw .notAClaimReference(command: command, word: word, count: annotations.claims.count)
    }

    /// The updates that amend the claim with `id`, with the link.
    func amendments(of id: String) -> [(UpdateAnnotation, Amendment)] {
        annotations.updates.compactMap { update in
            update.amends.first { $0.claim == id }.map { (update, $0) }
        }
    }
}
