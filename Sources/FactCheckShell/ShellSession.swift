import FactCheckCore

/// The state of one editing session: the article, its annotations, and undo/redo stacks — all values.
///
/// An edit maps one `AnnotationSet` to the next; the undo stack keeps what each edit changed (`AnnotationDelta`:
/// the changed claims before and after), never whole sets, and the stacks are shared lists, so copying a session
/// copies no stack. Each state has a number, so that telling whether the session is dirty compares two numbers.
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
    private var undoStack: EditStack?
    private var redoStack: EditStack?
    /// The number of the current state; a new edit gets a new number, undo and redo go back to an old one.
    private var state = 0
    private var lastState = 0
    /// The number of the state on disk; nil when no state of this session is (a merge with someone else's file).
    private var savedState: Int? = 0
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
    ///
    /// - Complexity: O(1).
    public var isDirty: Bool { state != savedState }

    /// How many edits the editor made since the last save (undone ones taken back); at least 1 while dirty.
    public var unsavedChangeCount: Int {
        guard isDirty else { return 0 }
        return max(1, abs(editDepth - savedDepth) + abandonedEdits)
    }

    /// Replaces the annotations with an edited state, pushing what changed on the undo stack; `label` names the
    /// edit for `undo` and `redo` ("verify #3").
    ///
    /// - Complexity: O(*n* / `ClaimList.chunkSize`) plus the changed chunks, when `next` was made from the
    ///   current annotations by an edit.
    public mutating func commit(_ next: AnnotationSet, label: String? = nil) {
        guard let delta = AnnotationDelta(from: annotations, to: next) else { return }
        lastState += 1
        undoStack = EditStack(delta: delta, label: label, before: state, after: lastState, below: undoStack)
        redoStack = nil
        annotations = next
        state = lastState
        if editDepth < savedDepth {
            // The saved state was ahead on the branch just abandoned: its edits still separate us from it.
            abandonedEdits += savedDepth - editDepth
            savedDepth = editDepth
        }
        editDepth += 1
    }

    /// Goes back one edit; false when there is none.
    public mutating func undo() -> Bool {
        guard let top = undoStack else { return false }
        undoStack = top.below
        redoStack = EditStack(delta: top.delta, label: top.label, before: top.before, after: top.after, below: redoStack)
        top.delta.undo(&annotations)
        state = top.before
        editDepth -= 1
        return true
    }

    /// Re-applies an undone edit; false when there is none.
    public mutating func redo() -> Bool {
        guard let top = redoStack else { return false }
        redoStack = top.below
        undoStack = EditStack(delta: top.delta, label: top.label, before: top.before, after: top.after, below: undoStack)
        top.delta.redo(&annotations)
        state = top.after
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
    public var lastUndoneLabel: String? { redoStack?.label }

    /// What the edit `undo` would take back was, as labelled when made (nil when unlabelled or none).
    public var lastEditLabel: String? { undoStack?.label }

    /// Records that the current annotations are what is on disk at `path`, as `bytes`.
    public mutating func markSaved(bytes: [UInt8], path: String) {
        baseline = annotations
        savedState = state
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
        let (next, conflicts) = JournalReplay.replay(records, onto: annotations, reading: analysis, fileChanged: fileChanged)
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
        savedState = annotations == theirs ? state : nil
    }

    /// The index of the claim a user wrote as a number ("3") or an id ("c-1a2b3c4d").
    func claimIndex(_ word: String, command: String) throws(ShellError) -> Int {
        if let n = Int(word) {
            do { return try annotations.claimIndex(number: n) } catch { throw .noSuchClaim(n, count: annotations.claims.count) }
        }
        if word.hasPrefix("c-") {
            do { return try annotations.claimIndex(id: word) } catch { throw .noSuchClaimID(UntrustedText(word)) }
        }
        throw .notAClaimReference(command: command, word: UntrustedText(word), count: annotations.claims.count)
    }

    /// The updates that amend the claim with `id`, with the link.
    func amendments(of id: String) -> [(UpdateAnnotation, Amendment)] {
        annotations.updates.compactMap { update in
            update.amends.first { $0.claim == id }.map { (update, $0) }
        }
    }
}

/// One entry of an undo or redo stack and the entries below it: a shared, immutable list, so that pushing on a
/// stack two copies of a session share copies nothing. Entries never change once pushed (only `deinit` unlinks
/// them), hence `@unchecked Sendable`.
final class EditStack: @unchecked Sendable {
    /// What the edit changed.
    let delta: AnnotationDelta
    /// What the edit was ("verify #3"), when told.
    let label: String?
    /// The number of the state before the edit.
    let before: Int
    /// The number of the state after it.
    let after: Int
    /// The rest of the stack.
    private(set) var below: EditStack?

    init(delta: AnnotationDelta, label: String?, before: Int, after: Int, below: EditStack?) {
        self.delta = delta
        self.label = label
        self.before = before
        self.after = after
        self.below = below
    }

    // Released one entry at a time: the default release would recurse once per entry of a long session.
    deinit {
        var next = below
        below = nil
        while var current = next {
            next = nil
            guard isKnownUniquelyReferenced(&current) else { break }
            next = current.below
            current.below = nil
        }
    }
}
