import FactCheckCore
import FactCheckShell
import Testing

/// Tab completion reads the same command table as dispatch and help.
@Suite struct CompletionTests {
    static let completer: Completer = {
        // A session is needed for claim numbers; the seed has 14 claims and one update.
        guard let session = try? ShellHarness().session() else { preconditionFailure("the seed article must load") }
        return Completer(session: session)
    }()

    @Test(arguments: [
        ("ver", ["verify"]),
        ("", ShellCommand.all.map(\.name).sorted()),
        ("re", ["read", "redo", "reset", "resolve"]),
        ("verify 1", ["1", "10", "11", "12", "13", "14"]),
        ("verify ", (1...14).map(String.init)),
        ("list v", ["verified"]),
        ("list ", ["dismissed", "disputed", "review", "sourced", "unreviewed", "verified"]),
        ("help q", ["quit"]),
        ("verify 1 some", []),
        ("xyz ", []),
    ])
    func completions(_ prefix: String, _ expected: [String]) {
        #expect(Self.completer.completions(for: prefix) == expected)
    }

    @Test func uniqueMatchInsertsTheRestAndASpace() {
        #expect(Self.completer.completion(for: "veri") == (insert: "fy ", choices: []))
        let several = Self.completer.completion(for: "re")
        #expect(several.insert == "")
        #expect(several.choices == ["read", "redo", "reset", "resolve"])
        #expect(Self.completer.completion(for: "red").insert == "o ")
        #expect(Self.completer.completion(for: "und").choices == ["undismiss", "undo"])
        #expect(Self.completer.completion(for: "resolve 3 th").insert == "eirs ")
    }
}

/// The command table itself: every command documented, no clashing names.
@Suite struct CommandTableTests {
    @Test func everyCommandHasHelpAndUniqueNames() {
        var seen = Set<String>()
        for command in ShellCommand.all {
            #expect(!command.summary.isEmpty, "\(command.name) has no summary")
            #expect(!command.details.isEmpty, "\(command.name) has no details")
            for name in [command.name] + command.aliases {
                #expect(seen.insert(name).inserted, "\(name) is used twice")
            }
        }
    }

    @Test func theContractVerbsExist() {
        for verb in ["list", "show", "next", "find", "verify", "dispute", "source", "note", "reset", "updates", "undo", "redo", "save", "quit", "help"] {
            #expect(ShellCommand.named(verb) != nil, "missing \(verb)")
        }
    }
}
