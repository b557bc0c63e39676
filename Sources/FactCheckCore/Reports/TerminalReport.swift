/// The terminal summary: one line per article — its path, a progress bar coloured by verdict, reviewed/total and
/// the four verdict counts — with what needs attention indented below it (wrapped, never cut), then a line of totals.
///
/// Fits `width` columns (the path is shortened from the left when it must be); colours (ANSI SGR) only when asked;
/// every text from an annotation file made visible by `TerminalText` first.
public struct TerminalReport: ReportRenderer {
    /// The terminal's columns.
    public var width: Int
    /// Whether to colour the bars and the attention marks.
    public var colour: Bool

    /// Creates the renderer.
    public init(width: Int = 100, colour: Bool = false) {
        self.width = max(60, width)
        self.colour = colour
    }

    private var barWidth: Int { width >= 100 ? 20 : 10 }
    private static let countWidths = [9, 9, 8, 11]
    private var nameWidth: Int { width - 1 - barWidth - 2 - 7 - TerminalReport.countWidths.reduce(0, +) }

    public func opening() -> String {
        let heads = zip(ClaimStatus.reportOrder, TerminalReport.countWidths).map { left($0.rawValue, $1, alignRight: true) }
        return style(left("article", nameWidth) + " " + left("progress", barWidth + 2) + left("done", 7, alignRight: true) + heads.joined(), "1") + "\n"
    }

    public func article(_ summary: ArticleSummary) -> String {
        var out = line(name: TerminalText.visible(summary.article.path), summary.counts)
        for item in AttentionItem.items(in: summary) {
            for (i, line) in DisplayWidth.lines(TerminalReport.describe(item), width: width - 7).enumerated() {
                out += (i == 0 ? "  " + style("!", "33") + " " : "      ") + line + "\n"
            }
        }
        return out
    }

    public var separator: String { "" }

    public func closing(_ totals: ReportTotals) -> String {
        var out = String(repeating: "─", count: width - 1) + "\n"
        out += line(name: "all \(totals.articles) article\(totals.articles == 1 ? "" : "s")", totals.counts, bold: true)
        var notes = ["\(totals.articlesDone) fully reviewed"]
        if totals.needsReview > 0 { notes.append("\(totals.needsReview) to re-review") }
        if totals.conflicts > 0 { notes.append("\(totals.conflicts) merge conflict\(totals.conflicts == 1 ? "" : "s")") }
        if totals.orphans > 0 { notes.append("\(totals.orphans) orphan\(totals.orphans == 1 ? "" : "s")") }
        if totals.updates > 0 { notes.append("\(totals.updates) update notice\(totals.updates == 1 ? "" : "s")") }
        if totals.skipped > 0 { notes.append("\(totals.skipped) file\(totals.skipped == 1 ? "" : "s") skipped (see above)") }
        out += notes.joined(separator: " · ") + "\n"
        return out
    }

    /// One attention item on a line: "re-review #1 "Bercy a demandé…": amended by update u-… (partial-denial)".
    static func describe(_ item: AttentionItem) -> String {
        let claim = "#\(item.subject.n) \"\(TextPreview.firstWords(item.subject.text, words: 6, characters: 40))\""
        switch item.kind {
        case .reReview:
            return "re-review \(claim): \(TerminalText.visible(item.reason))"
        case .conflict:
            let sides = item.conflict.map { " — ours \($0.ours.status.rawValue), theirs \($0.theirs.status.rawValue)" } ?? ""
            return "merge conflict \(claim)\(sides)"
        case .updateConflict:
            let sides = item.updateConflict.map { " — ours \($0.ours.relation.rawValue), theirs \($0.theirs.relation.rawValue)" } ?? ""
            return "merge conflict on update \(TerminalText.visible(item.subject.id))\(sides)"
        case .orphan:
            return "orphan (#\(item.subject.n), \(item.reason)) no longer in the article: \"\(TextPreview.firstWords(item.subject.text, words: 6, characters: 40))\""
        }
    }

    private func line(name: String, _ counts: VerdictCounts, bold: Bool = false) -> String {
        let label = left(name.count > nameWidth ? "…" + String(name.suffix(nameWidth - 2)) : name, nameWidth)
        let done = left("\(counts.reviewed)/\(counts.total)", 7, alignRight: true)
        let columns = zip(ClaimStatus.reportOrder, TerminalReport.countWidths).map { status, width in
            let text = left(String(counts[status]), width, alignRight: true)
            return status == .disputed && counts.disputed > 0 ? style(text, "31") : text
        }
        return (bold ? style(label, "1") : label) + " " + bar(counts) + "  " + done + columns.joined() + "\n"
    }

    /// The bar: verified, sourced and disputed segments, then the unreviewed rest; each segment at least one cell
    /// when its count is not zero, so a single disputed claim in a long article still shows.
    func bar(_ counts: VerdictCounts) -> String {
        let total = max(1, counts.total)
        let order: [(ClaimStatus, String, String)] = [(.verified, "█", "32"), (.sourced, "█", "36"), (.disputed, "█", "31"), (.unreviewed, "░", "2")]
        var cells = order.map { counts[$0.0] == 0 ? 0 : max(1, counts[$0.0] * barWidth / total) }
        // Give rounding's leftovers to (or take the excess from) the largest segment.
        if let largest = cells.indices.max(by: { cells[$0] < cells[$1] }) {
            cells[largest] += (counts.total == 0 ? 0 : barWidth) - cells.reduce(0, +)
        }
        if counts.total == 0 { return String(repeating: " ", count: barWidth) }
        return zip(order, cells).map { entry, n in
            let glyphs = String(repeating: colour || entry.0 == .unreviewed ? entry.1 : "█", count: max(0, n))
            return n > 0 ? style(glyphs, entry.2) : ""
        }.joined()
    }

    private func style(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func left(_ text: String, _ width: Int, alignRight: Bool = false) -> String {
        let pad = String(repeating: " ", count: max(1, width - text.count))
        return alignRight ? pad + text : text + (text.count >= width ? " " : String(repeating: " ", count: width - text.count))
    }
}
