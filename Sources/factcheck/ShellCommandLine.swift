import ArgumentParser
import FactCheckCore
import FactCheckFiles
import FactCheckShell
import LineEditing

/// `factcheck [ARTICLE] [--annotations FILE] [--editor NAME]`: the fact-checking shell.
struct ShellCommandLine: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "Open an article in the fact-checking shell (the default command).",
        discussion: """
            With no article, opens seeds/cloudwatt-audit.txt. Annotations default to annotations/<article name>.json \
            and are written only by 'save'. When standard input or output is not a terminal, commands are read \
            line by line with no prompt; errors go to standard error with their line number and the exit status \
            is 1 when any command failed.
            """
    )

    static let defaultArticle = "seeds/cloudwatt-audit.txt"

    @Argument(help: "The article to check (a text file).")
    var article: String = ShellCommandLine.defaultArticle

    @Option(help: ArgumentHelp("The annotation file (default: annotations/<article name>.json).", valueName: "file"))
    var annotations: String?

    @Option(help: ArgumentHelp("Your name, recorded with each verdict (default: FACTCHECK_EDITOR, then git's user.name).", valueName: "name"))
    var editor: String?

    @Option(help: ArgumentHelp("The article's language, fr or en (default: detected).", valueName: "code"))
    var lang: LanguageOption?

    func run() throws {
        let annotationPath = annotations ?? ShellCommandLine.defaultAnnotationPath(for: article)
        let workspace: ArticleWorkspace
        do {
            workspace = try ArticleWorkspace.open(article: article, annotations: annotationPath, language: lang?.language)
        } catch {
            Terminal.fail(error)
        }
        for warning in workspace.warnings { OutputFunnel.err("factcheck: \(warning.message)\n") }
        let session = workspace.session
        Signals.install()
        let interactive = Terminal.stdinIsTerminal && Terminal.stdoutIsTerminal
        let environment = ShellEnvironment(
            editor: Terminal.editorNameOrWarn(editor), now: { Terminal.now() },
            style: TextStyle(enabled: interactive && Terminal.wantsColour), width: Terminal.width,
            interactive: interactive, store: AnnotationFileStore(), journal: workspace.journal,
            columns: interactive ? Self.terminalColumns : nil)
        let output = ShellOutput(out: OutputFunnel.out, err: OutputFunnel.err)
        let status: Int32
        if interactive, let reader = EditLineReader(programName: "factcheck", historyPath: Terminal.historyPath(), output: OutputFunnel.out) {
            var shell = Shell(session: session, reader: reader, environment: environment, output: output)
            status = shell.run()
        } else {
            var shell = Shell(session: session, reader: StandardInputReader(), environment: environment, output: output)
            status = shell.run()
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// The terminal's width now, for the shell to read before each command.
    @Sendable static func terminalColumns() -> Int { Terminal.width }

    /// annotations/<article file name without extension>.json
    static func defaultAnnotationPath(for article: String) -> String {
        let name = article.split(separator: "/").last.map(String.init) ?? article
        let stem = name.contains(".") ? String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)]) : name
        return "annotations/\(stem.isEmpty ? name : stem).json"
    }
}

/// `--lang fr|en`.
struct LanguageOption: ExpressibleByArgument {
    let language: Language

    init?(argument: String) {
        guard let language = Language(rawValue: argument.lowercased()) else { return nil }
        self.language = language
    }

    static var allValueStrings: [String] { Language.allCases.map(\.rawValue) }
}
