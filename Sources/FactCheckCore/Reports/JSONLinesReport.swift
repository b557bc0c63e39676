/// The JSON Lines report: one flat JSON object per selected claim, members named and ordered as
/// `ClaimRecord.columns`; lists are arrays of strings, absent values null. Each line is complete JSON.
public struct JSONLinesReport: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    public func opening() -> String { "" }

    public func article(_ summary: ArticleSummary) -> String {
        var out = ""
        for values in ClaimRecord.rows(in: summary) {
            out.append("{")
            for (i, (name, value)) in zip(ClaimRecord.columns, values).enumerated() {
                if i > 0 { out.append(",") }
                JSONWriter.appendQuoted(name, into: &out)
                out.append(":")
                JSONWriter.writeCompact(JSONLinesReport.json(value), into: &out)
            }
            out.append("}\n")
        }
        return out
    }

    public var separator: String { "" }

    public func closing(_ totals: ReportTotals) -> String { "" }

    /// A record value as JSON.
    static func json(_ value: ClaimRecord.Value) -> JSONValue {
        switch value {
        case .null: .null
        case .string(let s): .string(s)
        case .int(let i): .int(i)
        case .bool(let b): .bool(b)
        case .list(let items): .array(items.map(JSONValue.string))
        }
    }
}
