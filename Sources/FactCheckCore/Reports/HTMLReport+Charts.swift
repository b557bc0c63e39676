extension HTMLReport {
    /// An article's progress as one bar of verdict-coloured segments (verified, sourced, disputed, then the
    /// unreviewed rest), drawn in SVG so it needs no style attribute and scales to any width.
    static func stackedBar(_ counts: VerdictCounts) -> HTMLNode {
        let total = Double(max(1, counts.total))
        var x = 0.0
        var rects: [HTMLNode] = [.el(.rect, [HTMLAttribute(.class, "track"), HTMLAttribute(.width, "100"), HTMLAttribute(.height, "8"), HTMLAttribute(.rx, "0")])]
        for status in [ClaimStatus.verified, .sourced, .disputed] where counts[status] > 0 {
            let width = Double(counts[status]) / total * 100
            rects.append(.el(.rect, [
                HTMLAttribute(.class, "seg " + status.rawValue), HTMLAttribute(.x, number(x)), HTMLAttribute(.width, number(width)),
                HTMLAttribute(.height, "8"),
            ]))
            x += width
        }
        let label = "\(counts.reviewed) of \(counts.total) claims reviewed: " + ClaimStatus.reportOrder.map { "\(counts[$0]) \($0.rawValue)" }.joined(separator: ", ")
        return .el(.svg, [
            HTMLAttribute(.class, "bar"), HTMLAttribute(.viewBox, "0 0 100 8"), HTMLAttribute(.preserveAspectRatio, "none"),
            HTMLAttribute(.role, "img"), HTMLAttribute(.ariaLabel, label),
        ], [.el(.title, [], [.text(label)])] + rects)
    }

    /// The desk's verdict counts as a small horizontal bar chart: one row per verdict, its label, a bar scaled to
    /// the largest count, and the count with its share.
    static func verdictChart(_ counts: VerdictCounts) -> HTMLNode {
        let largest = Double(max(1, ClaimStatus.reportOrder.map { counts[$0] }.max() ?? 1))
        let rowHeight = 26.0, labelWidth = 92.0, barSpace = 150.0
        var rows: [HTMLNode] = []
        for (i, status) in ClaimStatus.reportOrder.enumerated() {
            let y = Double(i) * rowHeight
            let width = max(counts[status] > 0 ? 2 : 0, Double(counts[status]) / largest * barSpace)
            let share = counts.total == 0 ? 0 : counts[status] * 100 / counts.total
            rows.append(.el(.g, [HTMLAttribute(.class, "row " + status.rawValue)], [
                .el(.text, [HTMLAttribute(.x, "0"), HTMLAttribute(.y, number(y + 17)), HTMLAttribute(.class, "chart-label")], [.text(status.rawValue)]),
                .el(.rect, [HTMLAttribute(.class, "track"), HTMLAttribute(.x, number(labelWidth)), HTMLAttribute(.y, number(y + 5)), HTMLAttribute(.width, number(barSpace)), HTMLAttribute(.height, "16"), HTMLAttribute(.rx, "3")]),
                .el(.rect, [HTMLAttribute(.class, "seg " + status.rawValue), HTMLAttribute(.x, number(labelWidth)), HTMLAttribute(.y, number(y + 5)), HTMLAttribute(.width, number(width)), HTMLAttribute(.height, "16"), HTMLAttribute(.rx, "3")]),
                .el(.text, [HTMLAttribute(.x, number(labelWidth + barSpace + 8)), HTMLAttribute(.y, number(y + 17)), HTMLAttribute(.class, "chart-count")], [.text("\(counts[status]) · \(share) %")]),
            ]))
        }
        let label = "Verdicts: " + ClaimStatus.reportOrder.map { "\(counts[$0]) \($0.rawValue)" }.joined(separator: ", ")
        return .el(.svg, [
            HTMLAttribute(.class, "verdict-chart"), HTMLAttribute(.viewBox, "0 0 330 \(Int(rowHeight) * 4)"),
            HTMLAttribute(.role, "img"), HTMLAttribute(.ariaLabel, label),
        ], [.el(.title, [], [.text(label)])] + rows)
    }

    /// A coordinate with at most two decimals ("12.5", "33.33", "0").
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, fraction = hundredths % 100
        if fraction == 0 { return String(whole) }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
