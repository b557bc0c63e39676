/// Turns a stream of article summaries into one report, piece by piece, so a report over a million files never
/// holds more than the article at hand: the caller writes `opening()`, then each article's text with `separator`
/// between two of them, then `closing(_:)` with the totals.
///
/// Renderers are values with no state of their own: articles may be rendered on several threads at once and
/// written in order afterwards.
public protocol ReportRenderer: Sendable {
    /// What comes before the first article.
    func opening() -> String
    /// One article's part of the report ("" when the format has nothing to say about it).
    func article(_ summary: ArticleSummary) -> String
    /// What goes between two articles' parts.
    var separator: String { get }
    /// What comes after the last article: totals, closing brackets or tags.
    func closing(_ totals: ReportTotals) -> String
}

/// The formats of `factcheck report`.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// A summary for a terminal: one line per article with a progress bar, then what needs attention.
    case terminal
    /// A document to read or paste: a section per article, then the totals.
    case markdown
    /// One JSON document: per-article records, then totals.
    case json
    /// JSON Lines: one flat record per claim.
    case jsonl
    /// CSV (RFC 4180): a header row, then one row per claim.
    case csv
    /// One self-contained HTML page.
    case html

    /// The renderer for this format.
    /// - Parameters:
    ///   - width: the terminal's columns (terminal format).
    ///   - colour: whether ANSI colours may be used (terminal format).
    ///   - generatedAt: when the report was made, ISO 8601 (shown by markdown and HTML).
    public func renderer(width: Int = 100, colour: Bool = false, generatedAt: String = "") -> any ReportRenderer {
        switch self {
        case .terminal: TerminalReport(width: width, colour: colour)
        case .markdown: MarkdownReport(generatedAt: generatedAt)
        case .json: JSONReport()
        case .jsonl: JSONLinesReport()
        case .csv: CSVReport()
        case .html: HTMLReport(generatedAt: generatedAt)
        }
    }
}
