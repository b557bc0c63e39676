import ArgumentParser

/// The `factcheck` command line: the shell by default, and the batch commands beside it.
struct FactCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factcheck",
        abstract: "Fact-check news articles: tag claims, track update notices, keep annotations in git.",
        subcommands: [
            ShellCommandLine.self, SentencesCommand.self, ClaimsCommand.self, UpdatesCommand.self,
            ShowCommand.self, DiffCommand.self, MergeCommand.self, CheckCommand.self, GitSetupCommand.self,
        ],
        defaultSubcommand: ShellCommandLine.self
    )
}

FactCheck.main()
