import FactCheckCore
import FactCheckFiles
import FactCheckShell
import Foundation

/// Captures what a shell printed.
final class Capture {
    var out = ""
    var err = ""
}

/// A fresh temporary directory, removed with everything in it when the last harness holding it is released.
final class HarnessDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Runs a scripted shell session on an article, with annotations in a fresh temporary directory (removed when the
/// harness and its copies are gone).
struct ShellHarness {
    static let seedPath: String = {
        // Tests/FactCheckShellTests/ShellHarness.swift → repository root
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds/cloudwatt-audit.txt").path
    }()

    private let scratch: HarnessDirectory
    var directory: URL { scratch.url }
    let annotationPath: String
    var articlePath: String

    /// A harness on the seed article, or on `articleText` written to a temporary file.
    init(articleText: String? = nil) throws {
        scratch = try HarnessDirectory()
        let directory = scratch.url
        annotationPath = directory.appendingPathComponent("annotations/article.json").path
        if let articleText {
            let path = directory.appendingPathComponent("article.txt").path
            try Data(articleText.utf8).write(to: URL(fileURLWithPath: path))
            articlePath = path
        } else {
            articlePath = ShellHarness.seedPath
        }
    }

    struct Result {
        var status: Int32
        var out: String
        var err: String
        var prompts: [String]
        var history: [String]
        var session: ShellSession
    }

    /// The article and its annotation file opened as the program opens them (validated, re-anchored, journals
    /// replayed), the file recording the article as the seed's path whatever the article's file is.
    func open() throws -> ArticleWorkspace {
        try ArticleWorkspace.open(article: articlePath, annotations: annotationPath, articlePathInFile: "seeds/cloudwatt-audit.txt")
    }

    /// The session the program would start with.
    func session() throws -> ShellSession {
        try open().session
    }

    /// Runs `events` through a shell; `interactive` selects prompts and confirmations instead of piped behaviour.
    func run(_ events: [LineEvent], interactive: Bool = false, width: Int = 100, journal: any EditJournaling = NoJournal(),
             session given: ShellSession? = nil, store: any AnnotationStoring = AnnotationFileStore()) throws -> Result {
        let capture = Capture()
        let environment = ShellEnvironment(
            editor: "Test Editor", now: { "2026-01-02T03:04:05Z" }, style: TextStyle(enabled: false), width: width,
            interactive: interactive, store: store, journal: journal)
        let output = ShellOutput(out: { capture.out += $0 }, err: { capture.err += $0 })
        var shell = Shell(session: try given ?? session(), reader: ScriptedLineReader(events: events), environment: environment, output: output)
        let status = shell.run()
        return Result(status: status, out: capture.out, err: capture.err, prompts: shell.reader.prompts,
                      history: shell.reader.history, session: shell.session)
    }

    /// Writes `text` as the article the next runs open (a new version of it).
    mutating func replaceArticle(with text: String) throws {
        let path = directory.appendingPathComponent("article-\(UUID().uuidString).txt").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        articlePath = path
    }

    /// Runs piped lines.
    func run(_ lines: [String], width: Int = 100, journal: any EditJournaling = NoJournal(), session: ShellSession? = nil) throws -> Result {
        try run(lines.map(LineEvent.line), width: width, journal: journal, session: session)
    }

    /// Runs `lines` in a terminal session whose input then closes with the edits unsaved — what a crash or a
    /// closed terminal leaves: the journal is kept for the next session.
    func runThenLoseTerminal(_ lines: [String], journal: any EditJournaling, session: ShellSession? = nil) throws -> Result {
        try run(lines.map(LineEvent.line) + [.endOfInput, .endOfInput, .endOfInput], interactive: true, journal: journal, session: session)
    }

    /// The annotation file at `path`, decoded.
    func saved(at path: String) throws -> AnnotationSet {
        try AnnotationCodec.decode(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    /// The saved annotation file, decoded.
    func saved() throws -> AnnotationSet {
        try AnnotationCodec.decode(Array(try Data(contentsOf: URL(fileURLWithPath: annotationPath))))
    }

    var savedExists: Bool { FileManager.default.fileExists(atPath: annotationPath) }
}
