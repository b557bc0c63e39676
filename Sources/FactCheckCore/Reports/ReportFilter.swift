/// Which claims a report covers: `--status`, `--editor`, `--since` and `--needs-attention`, all of which must hold.
///
/// A filter selects claims (and orphans); every count and row of a report is over the selected claims, and an
/// article none of whose claims is selected is left out. With no filter set every article is covered, even one
/// with no claims.
public struct ReportFilter: Equatable, Sendable {
    /// Keep claims with one of these verdicts; empty keeps every verdict.
    public var statuses: Set<ClaimStatus>
    /// Keep claims whose verdict this editor set (either side of a merge conflict counts), compared ignoring case.
    public var editor: String?
    /// Keep claims whose verdict changed at or after this ISO 8601 instant ("2026-11-29" or "2026-11-29T10:00:00Z").
    public var since: String?
    /// Keep only what needs an editor: re-review flags, merge conflicts, orphans (and articles whose update
    /// notices carry a merge conflict).
    public var needsAttention: Bool

    /// Creates a filter; the default keeps everything.
    public init(statuses: Set<ClaimStatus> = [], editor: String? = nil, since: String? = nil, needsAttention: Bool = false) {
        self.statuses = statuses
        self.editor = editor
        self.since = since
        self.needsAttention = needsAttention
    }

    /// True when the filter keeps everything.
    public var keepsEverything: Bool { statuses.isEmpty && editor == nil && since == nil && !needsAttention }

    /// Whether `claim` is covered; `orphan` tells an orphan (which always needs attention) from a claim.
    public func selects(_ claim: ClaimAnnotation, orphan: Bool) -> Bool {
        if !statuses.isEmpty, !statuses.contains(claim.status) { return false }
        if needsAttention, !orphan, claim.review == nil, claim.conflict == nil { return false }
        let verdicts = [claim.verdict] + (claim.conflict.map { [$0.ours, $0.theirs] } ?? [])
        if let editor {
            let wanted = editor.lowercased()
            guard verdicts.contains(where: { $0.by?.lowercased() == wanted }) else { return false }
        }
        if let since {
            guard verdicts.contains(where: { ($0.at ?? "") >= since && $0.at != nil }) else { return false }
        }
        return true
    }

    /// `text` as a `since` bound: a date ("2026-11-29"), or a date and time in UTC ("2026-11-29T10:00Z",
    /// "2026-11-29T10:00:00Z"); nil when it is neither. Timestamps in annotation files are UTC ("…Z"), so the
    /// bound compares as text.
    public static func sinceBound(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= scalars.count && range.allSatisfy { ("0"..."9").contains(scalars[$0]) }
        }
        func at(_ i: Int, _ c: Unicode.Scalar) -> Bool { i < scalars.count && scalars[i] == c }
        guard digits(0..<4), at(4, "-"), digits(5..<7), at(7, "-"), digits(8..<10) else { return nil }
        if scalars.count == 10 { return text }
        guard at(10, "T"), digits(11..<13), at(13, ":"), digits(14..<16) else { return nil }
        if scalars.count == 17, at(16, "Z") { return String(text.prefix(16)) + ":00Z" }
        guard at(16, ":"), digits(17..<19), at(19, "Z"), scalars.count == 20 else { return nil }
        return text
    }
}
