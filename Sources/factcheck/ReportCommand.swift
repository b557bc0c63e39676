#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import FactCheckCore
import FactCheckFiles

extension ReportFormat: ExpressibleByArgument {}

/// `factcheck report PATH… [--format …] [filters]`: progress and verdicts across a desk's annotation files.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report progress and verdicts across annotation files: terminal, markdown, json, jsonl, csv or html.",
        discussion: """
            Each PATH is an annotation file or a directory searched recursively for *.json files (hidden entries \
            skipped, names sorted, each file once however many symlinks lead to it). Reports read the annotation \
            files alone: the articles need not be present. Files are read one batch at a time on every core and \
            reported in walk order; a file that cannot be read or is not a valid annotation file is named on \
            standard error with the reason and skipped. Filters select claims and must all hold; an article with no \
            selected claim is left out. Columns and members: docs/REPORTS.md. Exit status: 0 ok, 65 when a file was \
            skipped, 66 when a PATH does not exist.
            """
    )

    @Argument(help: "Annotation files, or directories to search for *.json files.")
    var paths: [String]

    @Option(help: "terminal, markdown, json, jsonl, csv or html (default: terminal on a terminal, else markdown).")
    var format: ReportFormat?

    @Option(name: .customLong("status"), parsing: .singleValue,
            help: ArgumentHelp("Only claims with this verdict (repeat, or separate with commas).", valueName: "status"))
    var statuses: [String] = []

    @Option(help: "Only claims whose verdict this editor set (case ignored).")
    var editor: String?

    @Option(help: ArgumentHelp("Only claims whose verdict changed on or after DATE (YYYY-MM-DD, or YYYY-MM-DDTHH:MM[:SS]Z).", valueName: "date"))
    var since: String?

    @Flag(help: "Only what needs an editor: re-review flags, merge conflicts, orphans.")
    var needsAttention = false

    @Option(help: ArgumentHelp("Files read at once (default: the number of processors).", valueName: "n"))
    var jobs: Int?

    func validate() throws {
        _ = try filter()
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func filter() throws -> ReportFilter {
        var filter = ReportFilter(editor: editor, needsAttention: needsAttention)
        for word in statuses.flatMap({ $0.split(separator: ",") }) {
            guard let status = ClaimStatus(rawValue: word.trimmingCharacters()) else {
                throw ValidationError("unknown status \"\(TerminalText.visible(String(word)))\"; expected one of: \(ClaimStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            filter.statuses.insert(status)
        }
        if let since {
            guard let bound = ReportFilter.sinceBound(since) else {
                throw ValidationError("--since \"\(TerminalText.visible(since))\": expected a date such as 2026-11-29 or 2026-11-29T10:00:00Z")
            }
            filter.since = bound
        }
        return filter
    }

    func run() throws {
        let filter = try filter()
        let chosen = format ?? (Terminal.stdoutIsTerminal ? .terminal : .markdown)
        let renderer = chosen.renderer(width: Terminal.width, colour: chosen == .terminal && Terminal.wantsColour, generatedAt: Terminal.now())
        var run = ReportRun(renderer: renderer, filter: filter, jobs: jobs ?? ReportRun.processors)
        run.start()
        for path in paths {
            do {
                try DirectoryWalk.forEachFile(at: path, endingWith: ".json") { run.add($0) }
            } catch {
                run.problem(error.message, missing: Sysexits.code(for: error) == Sysexits.noInput)
            }
        }
        run.finish()
        if run.totals.skipped > 0 { throw ExitCode(65) }
        if run.missing > 0 { throw ExitCode(66) }
    }
}

extension Substring {
    /// Without surrounding spaces.
    func trimmingCharacters() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
