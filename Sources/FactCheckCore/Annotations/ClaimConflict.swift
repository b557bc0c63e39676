/// The part of a claim an editor decides: its verdict, the note saying why, the sources, and who decided when.
///
/// A merge compares claims by this value: two editors who reach the same status, note and sources agree, whoever
/// typed it and whenever.
public struct ClaimVerdict: Equatable, Sendable {
    /// The status.
    public var status: ClaimStatus
    /// The note ("" when none).
    public var note: String
    /// The sources.
    public var sources: [String]
    /// Who set it, nil while untouched.
    public var by: String?
    /// When it was set, nil while untouched.
    public var at: String?
    /// Inside a conflict: members written by a newer version or another tool, kept as they are.
    public var extra: [JSONMember] = []

    /// Creates a verdict.
    public init(status: ClaimStatus, note: String = "", sources: [String] = [], by: String? = nil, at: String? = nil) {
        self.status = status
        self.note = note
        self.sources = sources
        self.by = by
        self.at = at
    }

    /// Whether two verdicts say the same thing (status, note and sources), ignoring who said it and when.
    public func agrees(with other: ClaimVerdict) -> Bool {
        status == other.status && note == other.note && sources == other.sources
    }

    /// True for the verdict of a claim nobody has touched.
    public var isUntouched: Bool {
        status == .unreviewed && note.isEmpty && sources.isEmpty && by == nil && at == nil
    }
}

/// Two verdicts for one claim that a merge could not reconcile: both kept, neither applied, until an editor decides.
///
/// While a claim carries a conflict its own verdict is the one both sides started from (the merge base).
public struct ClaimConflict: Equatable, Sendable {
    /// The verdict on the side being merged into (git's "ours", the current branch).
    public var ours: ClaimVerdict
    /// The verdict on the side being merged in (git's "theirs").
    public var theirs: ClaimVerdict
    /// Members written by a newer version or another tool, kept as they are.
    public var extra: [JSONMember] = []

    /// Creates a conflict.
    public init(ours: ClaimVerdict, theirs: ClaimVerdict) {
        self.ours = ours
        self.theirs = theirs
    }
}
