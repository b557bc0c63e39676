#if canImport(Glibc)
import Glibc
#endif
import FactCheckCore
import FactCheckFiles

/// One `report` run: paths arrive from the walk; they are read, decoded and rendered in bounded batches on every
/// core, and written in walk order, so memory holds one batch whatever the archive's size.
struct ReportRun {
    /// Files read and rendered at once, per job.
    static let batchPerJob = 32

    /// Processors online (at least 1).
    static var processors: Int { ParallelMap.processors }

    let renderer: any ReportRenderer
    let filter: ReportFilter
    let jobs: Int
    /// What the report covered so far.
    private(set) var totals = ReportTotals()
    /// Paths given on the command line that do not exist.
    private(set) var missing = 0

    private var batch: [String] = []
    private var output = OutputBuffer()
    private var wroteArticle = false
    private var progress = ProgressLine()

    init(renderer: any ReportRenderer, filter: ReportFilter, jobs: Int) {
        self.renderer = renderer
        self.filter = filter
        self.jobs = jobs
        batch.reserveCapacity(jobs * Self.batchPerJob)
    }

    mutating func start() {
        output.append(renderer.opening())
    }

    mutating func add(_ path: String) {
        batch.append(path)
        if batch.count >= jobs * Self.batchPerJob { flushBatch() }
    }

    mutating func problem(_ message: String, missing isMissing: Bool) {
        if isMissing { missing += 1 } else { totals.skipped += 1 }
        complain(message)
    }

    mutating func finish() {
        flushBatch()
        output.append(renderer.closing(totals))
        writeOutput()
    }

    /// Writes what is gathered, first taking the progress line off the terminal they may share.
    private mutating func writeOutput() {
        progress.clear()
        output.flush()
    }

    private mutating func complain(_ message: String) {
        writeOutput()
        OutputFunnel.err("factcheck report: \(message) (skipped)\n")
    }

    /// Reads, decodes and renders the batch in parallel, then writes it in order.
    private mutating func flushBatch() {
        guard !batch.isEmpty else { return }
        let paths = batch, renderer = renderer, filter = filter
        let outcomes = ParallelMap.map(paths.count, jobs: jobs) { i in ReportRun.process(paths[i], renderer: renderer, filter: filter) }
        for outcome in outcomes {
            switch outcome {
            case .article(let summary, let text):
                totals.files += 1
                totals.add(summary)
                if wroteArticle { output.append(renderer.separator) }
                wroteArticle = true
                output.append(text)
                if output.isFull { writeOutput() }
            case .filteredOut:
                totals.files += 1
            case .failed(let message):
                totals.skipped += 1
                complain(message)
            }
        }
        batch.removeAll(keepingCapacity: true)
        progress.show(read: totals.files + totals.skipped)
    }

    /// What became of one file.
    enum Outcome: Sendable {
        case article(ArticleSummary, String)
        case filteredOut
        case failed(String)
    }

    static func process(_ path: String, renderer: any ReportRenderer, filter: ReportFilter) -> Outcome {
        do {
            let set = try AnnotationFileSource.read(path)
            guard let summary = ArticleSummary(set, file: path, filter: filter) else { return .filteredOut }
            return .article(summary, renderer.article(summary))
        } catch {
            return .failed(error.message)
        }
    }
}

/// Standard output gathered into large writes.
private struct OutputBuffer {
    private var text = ""

    mutating func append(_ piece: String) { text += piece }

    /// Whether enough is gathered for one large write.
    var isFull: Bool { text.utf8.count >= 1 << 16 }

    mutating func flush() {
        guard !text.isEmpty else { return }
        OutputFunnel.out(text)
        text = ""
    }
}

/// "reading annotation files: 12000" on standard error, redrawn in place, only when standard error is a terminal
/// and the run has lasted long enough to need it.
private struct ProgressLine {
    private let enabled = isatty(2) == 1
    private let started = ProgressLine.seconds()
    private var shown = false
    private var lastDrawn = 0.0

    mutating func show(read: Int) {
        guard enabled else { return }
        let now = ProgressLine.seconds()
        guard now - started > 0.3, now - lastDrawn > 0.1 else { return }
        lastDrawn = now
        shown = true
        OutputFunnel.progress("reading annotation files: \(read) read")
    }

    mutating func clear() {
        guard shown else { return }
        shown = false
        OutputFunnel.progress("")
    }

    private static func seconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
