import ArgumentParser
import FactCheckCore
#if canImport(Glibc)
import Glibc
#endif

/// The `factcheck` command line: the shell by default, and the batch commands beside it.
struct FactCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factcheck",
        abstract: "Fact-check news articles: tag claims, track update notices, keep annotations in git.",
        subcommands: [
            ShellCommandLine.self, SentencesCommand.self, ClaimsCommand.self, UpdatesCommand.self,
            ShowCommand.self, DiffCommand.self, MergeCommand.self, CheckCommand.self, ReportCommand.self, ExportCommand.self,
            GitSetupCommand.self,
        ],
        defaultSubcommand: ShellCommandLine.self
    )
}

// As `FactCheck.main()`, except that argument-parsing messages, which quote the command line, are made safe for the
// terminal first: a file name with an escape sequence in it must not reach the screen raw.
do {
    var command = try FactCheck.parseAsRoot()
    try command.run()
} catch {
    let message = FactCheck.fullMessage(for: error)
    let code = FactCheck.exitCode(for: error)
    if !message.isEmpty {
        let text = TerminalText.visible(message, keepingNewlines: true) + "\n"
        if code == .success { Terminal.writeOut(text) } else { Terminal.writeError(text) }
    }
    exit(code.rawValue)
}
