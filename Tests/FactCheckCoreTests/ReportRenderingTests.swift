import FactCheckCore
import Foundation
import Testing

/// The report formats on the shipped worked example and on a file built to break them.
@Suite("report formats")
struct ReportRenderingTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// annotations/cloudwatt-audit.json, decoded.
    static func shipped() throws -> AnnotationSet {
        let bytes = try Data(contentsOf: root.appendingPathComponent("annotations/cloudwatt-audit.json"))
        return try AnnotationCodec.decode([UInt8](bytes))
    }

    /// Everything a hostile note can hold: markup, a cell break, quotes, a newline, a bidi override, a screen
    /// clear and an OSC 52 clipboard write.
    static let hostile = "<script>alert('x')</script></td><td>\"quoted\", comma\nsecond line \u{202E}desrever\u{202C} \u{1B}[2J \u{1B}]52;c;SGVsbG8=\u{07} & end"

    /// The worked example with the hostile text in claim 1's note, text, editor, sources and re-review reason.
    static func hostileSet() throws -> AnnotationSet {
        var set = try shipped()
        set.claims[0].note = hostile
        set.claims[0].text = hostile + " " + set.claims[0].text
        set.claims[0].by = "Eve \u{1B}[31m\u{202E}"
        set.claims[0].sources = ["javascript:alert(1)", hostile, "https://example.org/\"onmouseover=\"x"]
        set.claims[0].review = ReviewFlag(reason: hostile)
        return set
    }

    /// The whole report of one set in `format`.
    static func render(_ set: AnnotationSet, _ format: ReportFormat, colour: Bool = false) -> String {
        let renderer = format.renderer(width: 100, colour: colour, generatedAt: "2026-11-29T10:00:00Z")
        var totals = ReportTotals()
        guard let summary = ArticleSummary(set, file: "annotations/cloudwatt-audit.json") else { return renderer.opening() + renderer.closing(totals) }
        totals.files = 1
        totals.add(summary)
        return renderer.opening() + renderer.article(summary) + renderer.closing(totals)
    }

    @Test("every format renders the worked example", arguments: ReportFormat.allCases)
    func shippedFile(_ format: ReportFormat) throws {
        let text = ReportRenderingTests.render(try ReportRenderingTests.shipped(), format)
        switch format {
        case .terminal:
            #expect(text.contains("seeds/cloudwatt-audit.txt") && text.contains("14/14"), "\(text)")
        case .markdown:
            #expect(text.contains("## seeds/cloudwatt\\-audit.txt") || text.contains("## seeds/cloudwatt-audit.txt"), "\(text)")
            #expect(text.contains("**Disputed**") && text.contains("**#1**") && text.contains("partial-denial"))
        case .json:
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let articles = try #require(object["articles"] as? [[String: Any]])
            let totals = try #require(object["totals"] as? [String: Any])
            #expect(articles.count == 1 && articles[0]["claims"] as? Int == 14 && articles[0]["disputed"] as? Int == 2)
            #expect(totals["claims"] as? Int == 14 && totals["reviewed"] as? Int == 14 && totals["files"] as? Int == 1)
        case .jsonl:
            let lines = text.split(separator: "\n")
            #expect(lines.count == 14)
            for line in lines {
                let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                #expect(Set(record.keys) == Set(ClaimRecord.columns))
            }
        case .csv:
            let rows = try StrictCSV.parse(text)
            #expect(rows.count == 15 && rows[0] == ClaimRecord.columns)
            #expect(rows.dropFirst().allSatisfy { $0.count == ClaimRecord.columns.count })
        case .html:
            #expect(text.hasPrefix("<!doctype html>") && text.hasSuffix("</html>\n"))
            #expect(text.contains("<svg class=\"verdict-chart\"") && text.contains("Disputed claims") && text.contains("Update notices"))
            #expect(!text.contains("<script") && !text.contains("<link") && !text.contains("src="), "self-contained, no assets")
        }
    }

    @Test("CSV cells read back as their visible text, by a strict RFC 4180 reader and by Python's csv module; one record a line")
    func csvRoundTrip() throws {
        let set = try ReportRenderingTests.hostileSet()
        let csv = ReportRenderingTests.render(set, .csv)
        let summary = try #require(ArticleSummary(set, file: "annotations/cloudwatt-audit.json"))
        let expected = [ClaimRecord.columns] + ClaimRecord.rows(in: summary).map { $0.map { TerminalText.visible(ReportRenderingTests.cellText($0)) } }
        #expect(try StrictCSV.parse(csv) == expected)
        let python = try PythonCSV.rows(csv)
        #expect(python == expected, "python3 csv.reader disagrees")
        #expect(expected[1][ClaimRecord.columns.firstIndex(of: "note") ?? 0] == TerminalText.visible(ReportRenderingTests.hostile))
        #expect(csv.split(separator: "\r\n").count == expected.count, "a line break in a cell is shown as ^J, never raw")
    }

    @Test("hostile notes render safely", arguments: ReportFormat.allCases)
    func hostileText(_ format: ReportFormat) throws {
        let text = ReportRenderingTests.render(try ReportRenderingTests.hostileSet(), format)
        switch format {
        case .html:
            #expect(!text.contains("<script") && !text.contains("</td>") && !text.contains("<td>"), "markup from the note")
            #expect(text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;/td&gt;"), "the note is shown as text")
            #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}") && !text.contains("\u{07}"))
            #expect(text.contains("^[[2J") && text.contains("&lt;U+202E&gt;"), "controls shown visibly")
            #expect(!text.contains("href=\"javascript") && !text.contains("onmouseover=\""), "no unchecked link")
        case .csv:
            #expect(try StrictCSV.parse(text)[1].contains(TerminalText.visible(ReportRenderingTests.hostile)), "the note kept whole in its cell")
            #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}") && !text.contains("comma\nsecond"), "nothing raw, no line break in a cell")
        case .json:
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let attention = try #require((object["articles"] as? [[String: Any]])?.first?["attention"] as? [[String: Any]])
            #expect(attention.first?["reason"] as? String == ReportRenderingTests.hostile)
            #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}"), "escaped as \\u001b, \\u202e")
        case .jsonl:
            let first = try #require(text.split(separator: "\n").first)
            let record = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
            #expect(record["note"] as? String == ReportRenderingTests.hostile)
            #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}"))
        case .markdown, .terminal:
            #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}") && !text.contains("\u{07}"), "nothing raw reaches a terminal")
            let visible = format == .terminal ? ("^[[2J", "<U+202E>", "^[]52;c;SGVsbG8=^G") : ("^\\[\\[2J", "\\<U+202E\\>", "^\\[\\]52;c;SGVsbG8=^G")
            #expect(text.contains(visible.0) && text.contains(visible.1) && text.contains(visible.2), "escapes shown visibly")
            if format == .markdown {
                #expect(!text.contains("<script>") && text.contains("\\<script\\>"), "inert in a Markdown renderer")
                #expect(!text.contains("\nsecond line"), "the note's newline cannot start a block")
            }
        }
    }

    @Test("colours are the only escape sequences on a colour terminal")
    func colourTerminal() throws {
        let text = ReportRenderingTests.render(try ReportRenderingTests.hostileSet(), .terminal, colour: true)
        let sgr = try Regex("\u{1B}\\[[0-9;]*m")
        #expect(text.replacing(sgr, with: "").contains("\u{1B}") == false)
        #expect(text.contains("\u{1B}[31m"), "disputed count in red")
    }

    @Test("filters select claims; an article with none is left out")
    func filters() throws {
        let set = try ReportRenderingTests.shipped()
        let disputed = try #require(ArticleSummary(set, file: "f", filter: ReportFilter(statuses: [.disputed])))
        #expect(disputed.claims.map(\.n) == [1, 9] && disputed.counts.total == 2)
        #expect(ArticleSummary(set, file: "f", filter: ReportFilter(needsAttention: true)) == nil)
        #expect(ArticleSummary(set, file: "f", filter: ReportFilter(editor: "nobody")) == nil)
        #expect(ArticleSummary(set, file: "f", filter: ReportFilter(editor: "FACTCHECK worked example"))?.claims.count == 14)
        #expect(ArticleSummary(set, file: "f", filter: ReportFilter(since: "2026-11-30")) == nil)
        #expect(ArticleSummary(set, file: "f", filter: ReportFilter(since: "2026-11-29"))?.claims.count == 14)
        var flagged = set
        flagged.claims[3].review = ReviewFlag(reason: "amended")
        #expect(ArticleSummary(flagged, file: "f", filter: ReportFilter(needsAttention: true))?.claims.map(\.n) == [4])
    }

    @Test("since bounds", arguments: [
        ("2026-11-29", "2026-11-29"), ("2026-11-29T10:00Z", "2026-11-29T10:00:00Z"), ("2026-11-29T10:00:05Z", "2026-11-29T10:00:05Z"),
        ("29/11/2026", nil), ("2026-11-29T10", nil), ("2026-11-29T10:00:00", nil),
    ] as [(String, String?)])
    func sinceBounds(_ text: String, _ bound: String?) {
        #expect(ReportFilter.sinceBound(text) == bound)
    }

    @Test("links: only plain http(s) addresses become href", arguments: [
        ("https://example.org/a?b=1", true), ("HTTP://example.org", true), ("javascript:alert(1)", false),
        ("data:text/html,x", false), ("https://exa mple.org", false), ("https://example.org/\"x", false), ("https://", false),
    ])
    func links(_ text: String, _ accepted: Bool) {
        #expect((WebLink(text) != nil) == accepted)
    }

    static func cellText(_ value: ClaimRecord.Value) -> String {
        switch value {
        case .null: ""
        case .string(let s): s
        case .int(let i): String(i)
        case .bool(let b): b ? "true" : "false"
        case .list(let items): items.joined(separator: "; ")
        }
    }
}

extension ArticleSummary: Equatable {
    public static func == (a: ArticleSummary, b: ArticleSummary) -> Bool {
        a.file == b.file && a.claims == b.claims && a.orphans == b.orphans && a.updates == b.updates
    }
}

/// A strict RFC 4180 reader: CRLF between records, quotes only around whole fields, `""` inside them; anything
/// else (a bare quote inside a field, a lone CR or LF outside quotes, text after a closing quote) is an error.
enum StrictCSV {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> [[String]] {
        let s = Array(text.unicodeScalars)
        var rows: [[String]] = [], row: [String] = [], i = 0
        guard !s.isEmpty else { return [] }
        while i < s.count {
            var field = String.UnicodeScalarView()
            if s[i] == "\"" {
                i += 1
                while true {
                    guard i < s.count else { throw Malformed(description: "unterminated quoted field") }
                    if s[i] == "\"" {
                        if i + 1 < s.count, s[i + 1] == "\"" { field.append("\""); i += 2; continue }
                        i += 1
                        break
                    }
                    field.append(s[i])
                    i += 1
                }
            } else {
                while i < s.count, s[i] != ",", s[i] != "\r" {
                    if s[i] == "\"" || s[i] == "\n" { throw Malformed(description: "bare quote or newline at \(i)") }
                    field.append(s[i])
                    i += 1
                }
            }
            row.append(String(field))
            guard i < s.count else { throw Malformed(description: "last record without CRLF") }
            if s[i] == "," { i += 1; continue }
            guard s[i] == "\r", i + 1 < s.count, s[i + 1] == "\n" else { throw Malformed(description: "expected CRLF at \(i)") }
            i += 2
            rows.append(row)
            row = []
        }
        return rows
    }
}

/// Python's csv module, reading the text from a file in the default dialect (what `pandas.read_csv` follows).
enum PythonCSV {
    static func rows(_ csv: String) throws -> [[String]] {
        let directory = NSTemporaryDirectory() + "factcheck-csv-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data(csv.utf8).write(to: URL(fileURLWithPath: directory + "/report.csv"))
        let script = "import csv, json, sys\nwith open(sys.argv[1], newline='', encoding='utf-8') as f:\n    json.dump(list(csv.reader(f)), sys.stdout)\n"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, directory + "/report.csv"]
        FileManager.default.createFile(atPath: directory + "/out.json", contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: directory + "/out.json")
        try process.run()
        process.waitUntilExit()
        let out = try Data(contentsOf: URL(fileURLWithPath: directory + "/out.json"))
        return try JSONSerialization.jsonObject(with: out) as? [[String]] ?? []
    }
}
