/// An editor's verdict on a claim.
public enum ClaimStatus: String, Sendable, CaseIterable {
    case unreviewed, verified, disputed, sourced
}

/// One entry of a claim's append-only history: who did what, when.
public struct HistoryEntry: Equatable, Sendable {
    /// When, as ISO 8601 UTC ("2026-11-29T10:12:00Z").
    public var at: String
    /// The editor's name.
    public var by: String
    /// The claim's status after the edit.
    public var status: ClaimStatus
    /// The note after the edit, when the edit set one.
    public var note: String?
    /// Sources added by the edit.
    public var sources: [String]
    /// Members written by a newer version or another tool, kept as they are.
    /// What an edit that is not a verdict did ("dismissed: heading", "undismissed", "removed source AFP"); nil for
    /// verdicts and notes.
    public var event: String? = nil
    public var extra: [JSONMember] = []

    /// Creates an entry.
    public init(at: String, by: String, status: ClaimStatus, note: String? = nil, sources: [String] = []) {
        self.at = at
        self.by = by
        self.status = status
        self.note = note
        self.sources = sources
    }
}

/// Why a reviewed claim must be looked at again.
public struct ReviewFlag: Equatable, Sendable {
    /// A sentence for the editor ("amended by update u-51c0e2aa (partial-denial)").
    public var reason: String
    /// The update that caused it, if any.
    public var update: String?

    /// Creates a flag.
    public init(reason: String, update: String? = nil) {
        self.reason = reason
        self.update = update
    }
}

/// A claim as stored in an annotation file: its anchor in the article and the editor's verdict.
public struct ClaimAnnotation: Equatable, Sendable {
    /// Assigned once from the claim's text when first seen; never changed or reused.
    public var id: String
    /// Reading number, from 1.
    public var n: Int
    /// The claim's text, white space folded.
    public var text: String
    /// First occurrence, in scalars of the decoded article.
    public var range: TextRange
    /// Further occurrences (repeated paragraphs).
    public var repeats: [TextRange]
    /// A few words before the claim, for re-anchoring in another version.
    public var prefix: String
    /// A few words after the claim, for re-anchoring in another version.
    public var suffix: String
    /// The verdict.
    public var status: ClaimStatus
    /// The editor's note ("" when none).
    public var note: String
    /// Sources (non-empty when `status` is `.sourced`).
    public var sources: [String]
    /// Who last changed the verdict, nil while untouched.
    public var by: String?
    /// When the verdict last changed, nil while untouched.
    public var at: String?
    /// Set when the claim must be reviewed again.
    public var review: ReviewFlag?
    /// Set when a merge found two different verdicts for this claim; both are kept here until an editor decides.
    public var conflict: ClaimConflict? = nil
    /// Why an editor set the claim aside as not a claim (furniture, a heading, an opinion); nil for a claim. A
    /// dismissed claim stays in the file with its verdict and history but counts in no progress.
    public var dismissed: String? = nil
    /// Every change, oldest first; never rewritten.
    public var history: [HistoryEntry]
    /// Members written by a newer version or another tool, kept as they are.
    public var extra: [JSONMember] = []
}

extension ClaimAnnotation {
    /// The claim's verdict: status, note, sources, who and when.
    public var verdict: ClaimVerdict {
        get { ClaimVerdict(status: status, note: note, sources: sources, by: by, at: at) }
        set {
            status = newValue.status
            note = newValue.note
            sources = newValue.sources
            by = newValue.by
            at = newValue.at
        }
    }

    /// Whether an editor ever touched this claim (a verdict, a note, sources or history).
    var isAnnotated: Bool { status != .unreviewed || !note.isEmpty || !sources.isEmpty || !history.isEmpty || review != nil || dismissed != nil }
}
