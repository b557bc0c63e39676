import FactCheckCore
import FactCheckShell
import Foundation
import Testing

/// The terminal-only behaviour, with a scripted reader standing in for libedit: prompts, Ctrl-C, history and the
/// question asked before leaving with unsaved changes.
@Suite struct ShellInteractiveTests {
    @Test func promptNamesTheArticleAndMarksUnsavedChanges() throws {
        let result = try ShellHarness().run([.line("verify 1"), .line("save")], interactive: true)
        #expect(result.prompts.prefix(3) == ["cloudwatt-audit> ", "cloudwatt-audit* #1> ", "cloudwatt-audit #1> "])
        // The greeting names the article by its path, so where it wraps depends on the checkout's depth: read it with
        // its continuation lines joined.
        let greeting = result.out.replacingOccurrences(of: "\n  ", with: " ")
        #expect(greeting.contains("14 claims (0 reviewed), 1 update notice"))
    }

    @Test func interruptCancelsTheLineAndKeepsTheShell() throws {
        let result = try ShellHarness().run([.interrupt, .line("verify 1"), .interrupt, .line("save")], interactive: true)
        #expect(result.status == 0)
        #expect(result.session.annotations.claims[0].status == .verified)
    }

    @Test func acceptedLinesGoToHistory() throws {
        let result = try ShellHarness().run([.line("list"), .line(""), .line("show 1")], interactive: true)
        #expect(result.history == ["list", "show 1"])
    }

    @Test func endOfInputWithChangesAsksAndNoLeavesWithoutSaving() throws {
        let harness = try ShellHarness()
        let result = try harness.run([.line("verify 1"), .endOfInput, .line("n")], interactive: true)
        #expect(result.status == 0)
        #expect(result.prompts.last?.hasPrefix("Save 1 unsaved change to ") == true)
        #expect(result.out.contains("Left without saving."))
        #expect(!harness.savedExists)
    }

    @Test func quitWithChangesAsksAndYesSaves() throws {
        let harness = try ShellHarness()
        let result = try harness.run([.line("dispute 3 faux"), .line("quit"), .line("y")], interactive: true)
        #expect(result.status == 0)
        #expect(try harness.saved().claims[2].status == .disputed)
    }

    @Test func cancelReturnsToThePromptAndNothingIsLost() throws {
        let harness = try ShellHarness()
        let result = try harness.run([.line("verify 1"), .endOfInput, .line("c"), .line("save"), .endOfInput], interactive: true)
        #expect(result.status == 0)
        #expect(try harness.saved().claims[0].status == .verified)
    }

    @Test func aClosedTerminalDoesNotLoopForever() throws {
        let harness = try ShellHarness()
        let result = try harness.run([.line("verify 1")], interactive: true)
        #expect(result.status == 1)
        #expect(result.err.contains("were not saved"))
        #expect(!harness.savedExists)
    }

    @Test func errorsOnATerminalHaveNoLineNumber() throws {
        let result = try ShellHarness().run([.line("verfy 1")], interactive: true)
        #expect(result.err == "error: unknown command 'verfy'. Did you mean 'verify'? Type 'help' for the list.\n")
    }
}
