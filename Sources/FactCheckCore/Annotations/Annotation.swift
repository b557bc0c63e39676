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
    /// What an edit that is not a verdict did ("dismissed: heading", "undismissed", "removed source AFP"); nil for
    /// verdicts and notes.
    public var event: String? = nil
    /// Members written by a newer version or another tool, kept as they are.
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
    /// Every change, oldest first; never rewritten (sharing structure between versions: appending an entry to a
    /// long history copies its last chunk, not the history).
    public var history: ChunkedList<HistoryEntry>
    /// Members written by a newer version or another tool, kept as they are.
    public var extra: [JSONMember] = []
}

/// An editor-confirmable link from an update to a claim it amends.
public struct Amendment: Equatable, Sendable {
    /// The amended claim's id.
    public var claim: String
    /// The linker's similarity score, 0…1.
    public var score: Double
    /// Whether an editor confirmed the link (otherwise it is a suggestion).
    public var confirmed: Bool
    /// Members written by a newer version or another tool.
    public var extra: [JSONMember] = []

    /// Creates an amendment.
    public init(claim: String, score: Double, confirmed: Bool) {
        self.claim = claim
        self.score = score
        self.confirmed = confirmed
    }
}

/// An update notice as stored in an annotation file.
public struct UpdateAnnotation: Equatable, Sendable {
    /// Derived from the notice's text when first seen.
    public var id: String
    /// The marker as written ("MISE A JOUR").
    public var marker: String
    /// The notice's text after the marker.
    public var text: String
    /// Where the notice stands in the article.
    public var range: TextRange
    /// Who issued it, when the text says.
    public var issuer: String?
    /// How it bears on the claims it amends.
    public var relation: UpdateRelation
    /// The claims it amends, best link first.
    public var amends: [Amendment]
    /// Claims an editor unlinked from this notice: the linker never suggests them again.
    public var unlinked: [String] = []
    /// Set when a merge found two different readings of this notice; both are kept here until an editor decides.
    public var conflict: UpdateConflict? = nil
    /// Members written by a newer version or another tool.
    public var extra: [JSONMember] = []
}

/// Which article an annotation file is about.
public struct ArticleReference: Equatable, Sendable {
    /// Path of the article as given (relative to where the tool ran).
    public var path: String
    /// SHA-256 of the decoded text.
    public var sha256: String
    /// Language code ("fr", "en").
    public var language: String
    /// Members written by a newer version or another tool.
    public var extra: [JSONMember] = []
}

/// Everything an annotation file holds: a value, so an edit maps one state to the next and undo is a stack.
public struct AnnotationSet: Equatable, Sendable {
    /// The `format` member every file carries.
    public static let formatName = "factcheck-annotations"
    /// The format version this build reads and writes.
    public static let currentVersion = 1

    /// The article the claims anchor in.
    public var article: ArticleReference
    /// Claims in reading order (sharing structure between versions: an edit copies a chunk, not the list).
    public var claims: ClaimList
    /// Update notices in reading order.
    public var updates: [UpdateAnnotation]
    /// Annotated claims no longer found in the article: kept, never dropped.
    public var orphans: [ClaimAnnotation]
    /// Editors' corrections of claim boundaries (`split`, `join`), applied to the reader's sentences on every read.
    public var boundaries: [ClaimBoundary] = []
    /// Top-level members written by a newer version or another tool.
    public var extra: [JSONMember] = []

    /// A set of these claims, updates and orphans.
    public init<Claims: Sequence>(article: ArticleReference, claims: Claims, updates: [UpdateAnnotation], orphans: [ClaimAnnotation],
                                  boundaries: [ClaimBoundary] = [], extra: [JSONMember] = []) where Claims.Element == ClaimAnnotation {
        self.article = article
        self.claims = claims as? ClaimList ?? ClaimList(claims)
        self.updates = updates
        self.orphans = orphans
        self.boundaries = boundaries
        self.extra = extra
    }
}
