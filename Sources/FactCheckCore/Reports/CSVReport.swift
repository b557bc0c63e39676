/// The CSV report: a header row of `ClaimRecord.columns`, then one row per selected claim.
///
/// RFC 4180: fields separated by commas, records by CRLF; a field holding a comma or a double quote is quoted, its
/// quotes doubled. UTF-8 without a byte-order mark. Every cell holds the text of the annotation file with its
/// controls, line breaks and bidi controls made visible (`TerminalText.visible`: `^J`, `^[`, `<U+202E>`), as
/// everything printed (docs/TERMINAL-SAFETY.md): a CSV reader gives back those strings, and a line of the report is
/// always one record. Lists are joined with "; "; null is an empty cell; booleans are `true`/`false`.
public struct CSVReport: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    public func opening() -> String { row(ClaimRecord.columns) }

    public func article(_ summary: ArticleSummary) -> String {
        var out = ""
        for values in ClaimRecord.rows(in: summary) { out += row(values.map(CSVReport.text)) }
        return out
    }

    public var separator: String { "" }

    public func closing(_ totals: ReportTotals) -> String { "" }

    /// A cell's text.
    static func text(_ value: ClaimRecord.Value) -> String {
        switch value {
        case .null: ""
        case .string(let s): s
        case .int(let i): String(i)
        case .bool(let b): b ? "true" : "false"
        case .list(let items): items.joined(separator: "; ")
        }
    }

    /// One record, with its CRLF.
    func row(_ cells: [String]) -> String {
        cells.map(CSVReport.field).joined(separator: ",") + "\r\n"
    }

    /// `cell` as a field: made visible, and quoted when it must be.
    public static func field(_ cell: String) -> String {
        let cell = TerminalText.visible(cell)
        guard cell.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            return cell
        }
        var out = "\""
        for character in cell.unicodeScalars {
            if character == "\"" { out += "\"\"" } else { out.unicodeScalars.append(character) }
        }
        return out + "\""
    }
}
