import FactCheckCore

/// Where the review stands: what the line printed after every edit says.
///
///     3/14 reviewed · 1 disputed · 0 flagged · 2 unsaved
struct ReviewProgress: Equatable {
    /// Claims with a verdict.
    var reviewed = 0
    /// Claims that count (every claim not set aside with `dismiss`).
    var total = 0
    /// Claims disputed.
    var disputed = 0
    /// Claims flagged for re-review or in a merge conflict.
    var flagged = 0
    /// Edits not yet saved.
    var unsaved = 0

    /// The progress of `session`.
    init(session: ShellSession) {
        for claim in session.annotations.claims where claim.dismissed == nil {
            total += 1
            if claim.status != .unreviewed { reviewed += 1 }
            if claim.status == .disputed { disputed += 1 }
            if claim.review != nil || claim.conflict != nil { flagged += 1 }
        }
        unsaved = session.unsavedChangeCount
        dismissed = session.annotations.claims.count - total
    }

    /// Claims set aside with `dismiss`.
    var dismissed = 0

    /// The one line, dimmed.
    func line(style: TextStyle) -> String {
        style.dim("\(reviewed)/\(total) reviewed · \(disputed) disputed · \(flagged) flagged · \(unsaved) unsaved"
            + (dismissed > 0 ? " · \(dismissed) dismissed" : ""))
    }
}
