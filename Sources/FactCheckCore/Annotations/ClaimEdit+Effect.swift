extension ClaimEdit {
    /// Whether applying this edit to `claim` would change anything an editor can see: the same verdict with the
    /// same note, a source already present or a note set to what it is are not edits, and leave no history entry.
    ///
    /// An edit of a claim flagged for re-review, or in a merge conflict, always changes it (the flag or the conflict
    /// is settled), except a note alone, which settles no conflict.
    public func changes(_ claim: ClaimAnnotation) -> Bool {
        if claim.review != nil { return true }
        switch self {
        case .verify(let note):
            return claim.conflict != nil || claim.status != .verified || (note.map { $0 != claim.note } ?? false)
        case .dispute(let note):
            return claim.conflict != nil || claim.status != .disputed || (note.map { $0 != claim.note } ?? false)
        case .source(let sources):
            return claim.conflict != nil || claim.status != .sourced || sources.contains { !claim.sources.contains($0) }
        case .note(let text):
            return text != claim.note
        case .reset:
            return claim.conflict != nil || claim.status != .unreviewed || !claim.note.isEmpty || !claim.sources.isEmpty
        case .adopt:
            return true
        }
    }

    /// The verb that makes this edit ("verify", "source"…), for messages naming it.
    public var verb: String {
        switch self {
        case .verify: "verify"
        case .dispute: "dispute"
        case .source: "source"
        case .note: "note"
        case .reset: "reset"
        case .adopt: "resolve"
        }
    }
}
