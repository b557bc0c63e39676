import FactCheckCore
import FactCheckShell
import Foundation
import Testing

/// Every verb, driven through a scripted reader as a pipe would drive it.
@Suite struct ShellVerbTests {
    @Test func verifyDisputeSourceAndSaveWriteTheVerdicts() throws {
        let harness = try ShellHarness()
        let result = try harness.run([
            "verify 1 \"checked with the ministry\"", "dispute 2 wrong figure", "source 3 \"Le Monde Informatique\"", "save",
        ])
        #expect(result.status == 0)
        #expect(result.err == "")
        #expect(result.out.contains("#1 verified — checked with the ministry"))
        #expect(result.out.contains("#2 disputed — wrong figure"))
        #expect(result.out.contains("#3 sourced — Le Monde Informatique"))
        let saved = try harness.saved()
        #expect(saved.claims[0].status == .verified)
        #expect(saved.claims[0].note == "checked with the ministry")
        #expect(saved.claims[1].status == .disputed)
        #expect(saved.claims[1].note == "wrong figure")
        #expect(saved.claims[2].status == .sourced)
        #expect(saved.claims[2].sources == ["Le Monde Informatique"])
        #expect(saved.claims.dropFirst(3).allSatisfy { $0.status == .unreviewed })
        #expect(saved.claims[0].history == [HistoryEntry(at: "2026-01-02T03:04:05Z", by: "Test Editor", status: .verified, note: "checked with the ministry")])
    }

    @Test func verifyWithoutNoteKeepsTheNoteAndNoteKeepsTheStatus() throws {
        let result = try ShellHarness().run(["note 4 to be checked", "verify 4", "show 4"])
        let claim = result.session.annotations.claims[3]
        #expect(claim.status == .verified)
        #expect(claim.note == "to be checked")
        #expect(claim.history.count == 2)
        #expect(result.out.contains("note: to be checked"))
    }

    @Test func sourceAddsSourcesWithoutDuplicates() throws {
        let result = try ShellHarness().run(["source 5 AFP Reuters", "source 5 AFP \"Le Monde\""])
        #expect(result.session.annotations.claims[4].sources == ["AFP", "Reuters", "Le Monde"])
        #expect(result.session.annotations.claims[4].history.last?.sources == ["Le Monde"])
    }

    @Test func resetClearsVerdictButKeepsHistory() throws {
        let result = try ShellHarness().run(["source 2 AFP", "reset 2"])
        let claim = result.session.annotations.claims[1]
        #expect(claim.status == .unreviewed)
        #expect(claim.sources.isEmpty && claim.note.isEmpty)
        #expect(claim.history.map(\.status) == [.sourced, .unreviewed])
    }

    @Test func claimsCanBeNamedById() throws {
        let harness = try ShellHarness()
        let id = try harness.session().annotations.claims[6].id
        let result = try harness.run(["verify \(id) by id", "save"])
        #expect(result.status == 0)
        #expect(result.session.annotations.claims[6].status == .verified)
    }

    @Test func listShowsEveryClaimOrOneStatus() throws {
        let result = try ShellHarness().run(["verify 2", "list", "list verified"])
        let lines = result.out.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix(" 1  unreviewed") && $0.contains("Bercy a demandé") })
        #expect(lines.contains { $0.hasPrefix(" 2  verified") })
        #expect(result.out.contains("14 of 14 claims"))
        #expect(result.out.contains("1 of 14 claims"))
        // Lines fit the width.
        #expect(lines.allSatisfy { $0.count <= 100 })
    }

    @Test func showPrintsTheClaimItsRepeatsAndItsUpdate() throws {
        let result = try ShellHarness().run(["show 1", "show 2"])
        #expect(result.out.contains("#1  c-"))
        #expect(result.out.contains("Bercy a demandé qu'un audit soit fait sur Cloudwatt"))
        #expect(result.out.contains("amended by u-"))
        #expect(result.out.contains("partial-denial"))
        #expect(result.out.contains("suggestion: dispute 1"))
        #expect(result.out.contains("(printed 2 times)"))
    }

    @Test func updatesListsTheNoticeWithItsLinks() throws {
        let result = try ShellHarness().run(["updates"])
        #expect(result.out.contains("MISE A JOUR  partial-denial  by Pierre Paperon"))
        #expect(result.out.contains("amends #1"))
        #expect(result.out.contains("amends #9"))
    }

    @Test func nextAndFindNavigate() throws {
        let result = try ShellHarness().run(["verify 1", "next", "find grand emprunt"])
        #expect(result.out.contains("#2  c-"))
        // "Grand Emprunt" is in the lede and in claim 3.
        // Numbers are right-aligned in their column.
        let found = result.out.split(separator: "\n").map { $0.drop { $0 == " " } }.filter { $0.hasPrefix("1  ") || $0.hasPrefix("3  ") }
        #expect(found.count == 2)
    }

    @Test func undoAndRedoMoveBetweenStates() throws {
        let result = try ShellHarness().run(["verify 1", "dispute 1", "undo", "undo", "redo"])
        #expect(result.session.annotations.claims[0].status == .verified)
        #expect(result.out.contains("Undone: dispute #1."))
        #expect(result.out.contains("Redone: verify #1."))
    }

    @Test func helpListsEveryCommandAndExplainsOne() throws {
        let result = try ShellHarness().run(["help", "help verify"])
        for command in ShellCommand.all {
            #expect(result.out.contains(command.usage))
        }
        #expect(result.out.contains("Quote a note with spaces"))
        // The list names every alias beside its command.
        #expect(result.out.contains("(also v)") && result.out.contains("(also exit, q)") && result.out.contains("(also ls)"))
    }

    @Test func savingTwiceWithoutChangeKeepsTheBytesAndSaysSo() throws {
        let harness = try ShellHarness()
        _ = try harness.run(["verify 1 ok", "save"])
        let first = try Data(contentsOf: URL(fileURLWithPath: harness.annotationPath))
        let again = try harness.run(["save"])
        let second = try Data(contentsOf: URL(fileURLWithPath: harness.annotationPath))
        #expect(first == second)
        #expect(again.out.contains("is up to date"))
        #expect(again.session.annotations.claims[0].status == .verified)
    }

    @Test func commentsAndBlankLinesAreSkipped() throws {
        let result = try ShellHarness().run(["# a comment", "", "   ", "verify 1", "quit --discard"])
        #expect(result.err == "")
        #expect(result.session.annotations.claims[0].status == .verified)
    }

    @Test func quitDiscardLeavesWithoutSaving() throws {
        let harness = try ShellHarness()
        let result = try harness.run(["verify 1", "quit --discard", "verify 2"])
        #expect(result.status == 0)
        #expect(!harness.savedExists)
        #expect(result.session.annotations.claims[1].status == .unreviewed)
    }
}
