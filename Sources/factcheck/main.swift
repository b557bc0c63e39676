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
            PrintCommand.self, DiffCommand.self, MergeCommand.self, CheckCommand.self, ReportCommand.self, ExportCommand.self,
            GitSetupCommand.self,
        ],
        defaultSubcommand: ShellCommandLine.self
    )

    /// The subcommand `word` probably misspells, when `word` is neither a subcommand, an option nor a file.
    static func nearMiss(_ word: String) -> String? {
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !word.hasPrefix("-"), !names.contains(word), access(word, F_OK) != 0 else { return nil }
        return Spelling.nearest(to: word, in: names)
    }
}

// As `FactCheck.main()`, except that argument-parsing messages, which quote the command line, are made safe for the
// terminal first (`ParserMessage`): a value with an escape sequence or a newline in it must not reach the screen raw.
// A first word that is no subcommand and no file is read as an article by the default shell command, which would
// answer "no such file": when it is a near miss of a subcommand, say so instead ("factcheck clams").
if let first = CommandLine.arguments.dropFirst().first, let suggestion = FactCheck.nearMiss(first) {
    OutputFunnel.err("factcheck: unknown command '\(TerminalText.visible(first))'. Did you mean '\(suggestion)'? "
        + "See 'factcheck help'.\n")
    exit(ExitCode.validationFailure.rawValue)
}

do {
    var command = try FactCheck.parseAsRoot()
    try command.run()
} catch {
    let message = FactCheck.fullMessage(for: error)
    let code = FactCheck.exitCode(for: error)
    if !message.isEmpty {
        let text = ParserMessage.safe(message, arguments: CommandLine.arguments.dropFirst()) + "\n"
        if code == .success { OutputFunnel.out(text) } else { OutputFunnel.err(text) }
    }
    exit(code.rawValue)
}
