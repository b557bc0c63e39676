/// What happened to each annotation when a file made on one version of an article was opened on another.
public struct AnchorReport: Equatable, Sendable {
    /// What happened to one claim annotation.
    public enum Outcome: Equatable, Sendable {
        /// Same text at the same place.
        case unchanged
        /// Same text, somewhere else (or printed a different number of times).
        case moved(from: TextRange)
        /// Matched by similarity: the text under the verdict changed.
        case textChanged(from: String, similarity: Double)
        /// No longer found: kept in `orphans`.
        case orphaned
    }

    /// One annotated claim and its outcome.
    public struct Entry: Equatable, Sendable {
        /// The claim id (kept across versions).
        public var claim: String
        /// Its reading number now, nil for an orphan.
        public var n: Int?
        /// What happened.
        public var outcome: Outcome
        /// Whether it is now flagged for re-review.
        public var flagged: Bool
    }

    /// Whether the article's text differs from the one the file was made on.
    public var articleChanged: Bool
    /// Annotated claims (those with a verdict, note or history), in reading order, orphans last.
    public var entries: [Entry]
    /// Update notices the file did not have.
    public var newUpdates: [String]

    /// Creates a report.
    public init(articleChanged: Bool, entries: [Entry], newUpdates: [String]) {
        self.articleChanged = articleChanged
        self.entries = entries
        self.newUpdates = newUpdates
    }

    /// A report with nothing to tell.
    public static let empty = AnchorReport(articleChanged: false, entries: [], newUpdates: [])

    /// True when there is nothing to tell the editor.
    public var isEmpty: Bool { !articleChanged && newUpdates.isEmpty && entries.allSatisfy { $0.outcome == .unchanged && !$0.flagged } }
}
