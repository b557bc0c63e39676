import FactCheckFiles
import FactCheckCore
import FactCheckShell
import Testing

/// The review loop without retyped numbers: the current claim, `accept`, progress lines, undo and redo messages,
/// notes as typed, and edits that change nothing.
@Suite struct ShellReviewLoopTests {
    @Test func nextMakesTheClaimCurrentAndBareVerbsApplyToIt() throws {
        let result = try ShellHarness().run(["next", "verify checked with the ministry", "next", "dispute", "next", "source AFP", "next", "note to check", "reset"])
        let claims = result.session.annotations.claims
        #expect(claims[0].status == .verified && claims[0].note == "checked with the ministry")
        #expect(claims[1].status == .disputed)
        #expect(claims[2].status == .sourced && claims[2].sources == ["AFP"])
        #expect(claims[3].status == .unreviewed && claims[3].note == "", "reset without N applies to #4")
        #expect(claims[3].history.count == 2)
        #expect(result.session.cursor == 4)
    }

    @Test func thePromptShowsTheCurrentClaim() throws {
        let result = try ShellHarness().run([.line("show 3"), .line("verify"), .line("goto 7"), .line("save")], interactive: true)
        #expect(result.prompts.prefix(4) == ["cloudwatt-audit> ", "cloudwatt-audit #3> ", "cloudwatt-audit* #3> ", "cloudwatt-audit* #7> "])
        #expect(result.prompts.last == "cloudwatt-audit #7> ")
    }

    @Test(arguments: [
        ("verify", "verify: no current claim; name one (verify N) or choose one with 'next', 'show N' or 'goto N'"),
        ("note un avis", "note: no current claim; name one (note N) or choose one with 'next', 'show N' or 'goto N'"),
        ("note 3", "note: missing note text. Usage: note [N] TEXT"),
        ("source 3", "source: missing source. Usage: source [N] SOURCE…"),
        ("reset foo", "reset: 'foo' is not a claim number (expected 1–14, or a claim id such as c-1a2b3c4d)"),
        ("accept 2", "accept: claim 2 has no suggestion (one is printed under a claim an update notice denies or corrects)"),
        ("next later", "unknown status 'later'. Statuses: unreviewed, verified, disputed, sourced."),
        ("set colour on", "set: unknown setting 'colour on'; expected 'progress on' or 'progress off'"),
    ])
    func bareVerbsNeedACurrentClaim(_ line: String, _ message: String) throws {
        let result = try ShellHarness().run([line])
        #expect(result.status == 1)
        #expect(result.err == "factcheck: line 1: \(message)\n")
    }

    @Test func acceptAppliesTheSuggestionPrintedUnderAnAmendedClaim() throws {
        let result = try ShellHarness().run(["show 1", "accept", "show 1", "accept"])
        #expect(result.out.contains("suggestion: dispute 1 ('accept' applies it)"))
        #expect(result.out.contains("#1 disputed"))
        #expect(result.session.annotations.claims[0].status == .disputed)
        // Once disputed there is nothing left to accept.
        #expect(result.err.contains("line 4: accept: claim 1 has no suggestion"))
    }

    @Test func nextVisitsUnreviewedAndFlaggedClaimsAndWraps() throws {
        let harness = try ShellHarness()
        var session = try harness.session()
        var set = session.annotations
        for i in set.claims.indices where i != 4 && i != 9 { set.claims[i].status = .verified }
        set.claims[2].review = ReviewFlag(reason: "amended by an update")
        session = ShellSession(analysis: session.analysis, annotations: set, articlePath: session.articlePath, annotationPath: harness.annotationPath)
        func visited(_ lines: [String]) throws -> [String] {
            let out = try harness.run(lines, session: session).out
            return out.split(separator: "\n").filter { $0.hasPrefix("#") }.map { String($0.prefix(3)).trimmingCharacters(in: .whitespaces) }
        }
        #expect(try visited(["next", "next", "next", "next"]) == ["#3", "#5", "#10", "#3"])
        #expect(try visited(["next unreviewed", "next unreviewed", "next unreviewed"]) == ["#5", "#10", "#5"])
        #expect(try visited(["next review", "next review"]) == ["#3", "#3"])
        #expect(try visited(["goto 5", "prev", "prev"]) == ["#5", "#3", "#10"])
        let wrapped = try harness.run(["goto 10", "next"], session: session).out
        #expect(wrapped.contains("(round again from the first claim)"))
    }

    @Test func progressFollowsEveryEditWhenAsked() throws {
        let result = try ShellHarness().run(["set progress on", "dispute 1 faux", "verify 2", "undo", "redo", "verify 2", "show 3"])
        let progress = result.out.split(separator: "\n").filter { $0.contains(" reviewed · ") }
        #expect(progress == [
            "1/14 reviewed · 1 disputed · 0 flagged · 1 unsaved",
            "2/14 reviewed · 1 disputed · 0 flagged · 2 unsaved",
            "1/14 reviewed · 1 disputed · 0 flagged · 1 unsaved",
            "2/14 reviewed · 1 disputed · 0 flagged · 2 unsaved",
        ], "a no-op edit and a view print no progress")
    }

    @Test func scriptsSeeNoProgressUnlessTheyAskAndTerminalsSeeIt() throws {
        #expect(!(try ShellHarness().run(["verify 1", "quit --discard"]).out.contains(" reviewed · ")))
        let terminal = try ShellHarness().run([.line("verify 1"), .line("set progress off"), .line("verify 2"), .line("quit"), .line("n")], interactive: true)
        #expect(terminal.out.components(separatedBy: " reviewed · ").count == 2)
    }

    @Test func theUnsavedCountCountsTheEditorsEdits() throws {
        let edits = (1...14).map { "verify \($0)" } + ["dispute 1", "dispute 2", "dispute 3"]
        let result = try ShellHarness().run(edits + ["undo"])
        #expect(result.session.unsavedChangeCount == 16)
        let saved = try ShellHarness().run(["verify 1", "save", "verify 2", "undo", "undo", "dispute 3"])
        // Back past the save (1) and a new edit (1): two edits away from the file.
        #expect(saved.session.unsavedChangeCount == 2)
    }

    @Test func undoAndRedoNameWhatTheyUndidOrRedid() throws {
        let result = try ShellHarness().run(["verify 1", "source 2 AFP", "undo", "undo", "redo", "link 1 5", "undo"])
        let lines = result.out.split(separator: "\n").filter { $0.hasPrefix("Undone") || $0.hasPrefix("Redone") }
        #expect(lines == ["Undone: source #2.", "Undone: verify #1.", "Redone: verify #1.", "Undone: the last edit."])
    }

    @Test(arguments: [
        ("verify 7 il a dit \"non\" puis \"oui\"", "il a dit \"non\" puis \"oui\""),
        ("verify 7 \"checked with the ministry\"", "checked with the ministry"),
        ("dispute 7 « faux », dit-il", "« faux », dit-il"),
        ("note 7 l'Etat l'a confirmé   ", "l'Etat l'a confirmé"),
        ("note 7 'un' et \"deux\"", "'un' et \"deux\""),
        ("verify 7 C:\\dossier\\note", "C:\\dossier\\note"),
    ])
    func notesAreTakenAsTyped(_ line: String, _ note: String) throws {
        let result = try ShellHarness().run([line, "quit --discard"])
        #expect(result.err == "")
        #expect(result.session.annotations.claims[6].note == note)
    }

    @Test func noOpEditsAreNotEdits() throws {
        let result = try ShellHarness().run(["verify 1 ok", "verify 1 ok", "verify 1", "source 2 AFP", "source 2 AFP", "note 2 x", "note 2 x", "reset 3", "undo", "quit --discard"])
        #expect(result.err == "")
        #expect(result.out.contains("Nothing changed: #1 is already verified with that note."))
        #expect(result.out.contains("Nothing changed: #2 already has that source."))
        #expect(result.out.contains("Nothing changed: #2 already has that note."))
        #expect(result.out.contains("Nothing changed: #3 is already unreviewed, with no note and no sources."))
        #expect(result.session.annotations.claims[0].history.count == 1)
        #expect(result.session.annotations.claims[1].history.count == 1, "the note was undone")
        #expect(result.session.unsavedChangeCount == 2, "three edits, one undone")
        #expect(result.out.contains("Undone: note #2."))
    }

    @Test func aSourceSplitOnSpacesIsWarnedAbout() throws {
        let split = try ShellHarness().run(["source 4 « Les Échos », 4 juillet 2012"])
        #expect(split.session.annotations.claims[3].sources.count == 7)
        #expect(split.out.contains("warning: 7 unquoted words became 7 sources; if they are one citation, 'undo' and quote it: source 4 \"« Les Échos », 4 juillet 2012\""))
        let fine = try ShellHarness().run(["source 4 AFP Reuters https://example.org \"Les Échos, 4 juillet 2012\""])
        #expect(fine.session.annotations.claims[3].sources.count == 4)
        #expect(!fine.out.contains("warning"))
    }
}

/// `dismiss`, `undismiss` and `unsource`.
@Suite struct ShellSettingAsideTests {
    @Test func dismissKeepsTheClaimOutOfProgressAndNextAndIsSaved() throws {
        let harness = try ShellHarness()
        let result = try harness.run(["set progress on", "dismiss 1 heading", "next", "verify", "list dismissed", "save"])
        #expect(result.err == "")
        #expect(result.out.contains("#1 dismissed — heading ('undismiss 1' takes it back)"))
        #expect(result.out.contains("1/13 reviewed · 0 disputed · 0 flagged · 2 unsaved · 1 dismissed"))
        #expect(result.out.contains("#2 verified"), "next skips the dismissed claim")
        #expect(result.out.contains(" 1  dismissed"))
        let saved = try harness.saved()
        #expect(saved.claims[0].dismissed == "heading")
        #expect(saved.claims[0].history.last?.event == "dismissed: heading")
        let again = try harness.run(["show 1", "undismiss", "undismiss", "save"])
        #expect(again.out.contains("dismissed (not a claim): heading"))
        #expect(again.out.contains("#1 is a claim again (unreviewed)"))
        #expect(again.out.contains("Nothing changed: #1 is not dismissed."))
        #expect(try harness.saved().claims[0].dismissed == nil)
    }

    @Test func dismissWithoutReasonSaysNotAClaimAndUndoTakesItBack() throws {
        let result = try ShellHarness().run(["goto 5", "dismiss", "dismiss", "undo", "quit --discard"])
        #expect(result.out.contains("#5 dismissed — not a claim"))
        #expect(result.out.contains("Nothing changed: #5 is already dismissed (not a claim)."))
        #expect(result.out.contains("Undone: dismiss #5."))
        #expect(result.session.annotations.claims[4].dismissed == nil)
    }

    @Test func unsourceRemovesOneSourceByTextOrNumber() throws {
        let result = try ShellHarness().run(["source 3 AFP Reuters \"Le Monde\"", "unsource 3 Reuters", "unsource 3 2", "unsource 3 9", "quit --discard"])
        #expect(result.session.annotations.claims[2].sources == ["AFP"])
        #expect(result.out.contains("#3 sourced — removed Reuters; sources: AFP; Le Monde"))
        #expect(result.out.contains("#3 sourced — removed Le Monde; sources: AFP"))
        #expect(result.err.contains("line 4: unsource: claim 3 has no source '9'; its sources: 1 AFP"))
        let last = try ShellHarness().run(["source 3 AFP", "unsource 3 AFP", "unsource 3 AFP", "quit --discard"])
        #expect(last.session.annotations.claims[2].status == .unreviewed)
        #expect(last.err.contains("line 3: unsource: claim 3 has no sources"))
    }
}

/// `read` and the reader's positions in `show`.
@Suite struct ShellReadingTests {
    @Test func readShowsTheArticleWithEachClaimMarkedByItsVerdict() throws {
        let result = try ShellHarness().run(["verify 3", "dispute 1", "source 4 AFP", "dismiss 5 opinion", "read", "quit --discard"])
        // Each marker is held to its sentence by a no-break space.
        #expect(result.out.contains("[1✗]\u{A0}Bercy"))
        let out = result.out.replacing("\u{A0}", with: " ")
        #expect(out.contains("¶1\n  [1✗] Bercy a demandé"))
        #expect(out.contains("¶2  update notice 1 (MISE A JOUR, partial-denial)\n  MISE A JOUR : Pierre Paperon"))
        #expect(out.contains("[2] En 2011"))
        #expect(out.contains("[3✓] C'était le projet Andromède"))
        #expect(out.contains("[4§] Suite au départ"))
        #expect(out.contains("[5–] Le tout en prenant"))
        #expect(out.contains("furniture (not claims)"))
        // Each claim is marked at every place it is printed (the seed prints six paragraphs twice).
        #expect(out.components(separatedBy: "[3✓] ").count == 3)
        #expect(out.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    @Test func readOneParagraphAndRefuseOneThatIsNot() throws {
        let result = try ShellHarness().run(["read 4", "read 0", "read x"])
        #expect(result.out.hasPrefix("¶4\n  [4]\u{A0}Suite au départ surprise"))
        #expect(!result.out.contains("¶5"))
        #expect(result.err.contains("line 2: read: no paragraph '0': paragraphs are numbered 1–17"))
        #expect(result.err.contains("line 3: read: no paragraph 'x'"))
    }

    @Test func showGivesParagraphAndSentenceAndTheSentencesAround() throws {
        let result = try ShellHarness().run(["show 3"])
        #expect(result.out.contains("  at ¶3, sentence 3; again at ¶9, sentence 3 (printed 2 times)"))
        #expect(result.out.contains("  before: En 2011, l'Etat avait réussi"))
        #expect(result.out.contains("  after: Suite au départ surprise de Dassault Systèmes"))
        #expect(!result.out.contains("691"), "no scalar offsets")
    }
}

/// Counts and ranges read naturally with a single item.
@Suite struct ShellSingularTests {
    @Test func anArticleWithOneClaimAndNoNoticeIsDescribedInTheSingular() throws {
        let harness = try ShellHarness(articleText: "Le ministère a publié 3 500 contrats en 2013.\n")
        let result = try harness.run([.line("list"), .line("show 2"), .line("compare 1"), .line("save")], interactive: true)
        // The greeting names the article as opened (a long temporary path here), so it may wrap.
        #expect(result.out.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("1 claim (0 reviewed), 0 update notices"))
        #expect(result.out.contains("1 of 1 claim (1 unreviewed)"))
        #expect(result.err.contains("no claim 2: there is only one claim (1)"))
        #expect(result.err.contains("no update '1': this article has no update notices"))
        #expect(result.out.contains("Saved 1 claim to "))
    }
}

/// `split` and `join`: boundaries corrected, ids and verdicts kept, and the correction found again on the next
/// reading of the article.
@Suite struct ShellBoundaryTests {
    @Test func splitKeepsIdAndVerdictOnTheFirstPartAndSurvivesAReload() throws {
        let harness = try ShellHarness()
        let before = try harness.session().annotations.claims
        let result = try harness.run(["verify 7 quote checked", "split 7 expliquait", "save"])
        #expect(result.err == "", "\(result.err)")
        #expect(result.out.contains("#8 expliquait le protocole d'accord du projet Andromède, deux… (new, unreviewed)"))
        let saved = try harness.saved()
        #expect(saved.claims.count == 15)
        #expect(saved.claims[6].id == before[6].id && saved.claims[6].status == .verified && saved.claims[6].note == "quote checked")
        #expect(saved.claims[6].text.hasSuffix("fiabilité de nos systèmes\","))
        #expect(saved.claims[7].text.hasPrefix("expliquait le protocole") && saved.claims[7].status == .unreviewed)
        #expect(saved.claims.map(\.n) == Array(1...15))
        #expect(saved.claims[14].id == before[13].id, "later claims keep their ids, renumbered")
        #expect(saved.boundaries == [.split(text: before[6].text, word: 36)])
        // Reading the article again makes the same claims: the verdicts stay where they were.
        let reloaded = try harness.session()
        #expect(reloaded.annotations.claims == saved.claims)
        #expect(reloaded.anchorReport.entries.allSatisfy { if case .unchanged = $0.outcome { true } else { false } })
        // And the file is valid for this article, as the shell checks it when opening it.
        #expect(throws: Never.self) { try AnnotationFile.validate(saved, path: harness.annotationPath, article: AnnotationFile.article(reloaded.analysis)) }
    }

    @Test func joinKeepsTheFirstClaimAndRefusesToDropAVerdict() throws {
        let harness = try ShellHarness()
        let before = try harness.session().annotations.claims
        let refused = try harness.run(["verify 5", "join 4 5", "join 4 6", "quit --discard"])
        #expect(refused.err.contains("line 2: join: cannot join #4 and #5: #5 has a verdict, note or sources that joining would drop; 'reset 5' first"))
        #expect(refused.err.contains("line 3: join: cannot join #4 and #6: only a claim and the one right after it can be joined"))
        let result = try harness.run(["dispute 4 wrong sum", "join 4 5", "undo", "redo", "save"])
        #expect(result.err == "", "\(result.err)")
        #expect(result.out.contains("Undone: join #4 #5."))
        let saved = try harness.saved()
        #expect(saved.claims.count == 13)
        #expect(saved.claims[3].id == before[3].id && saved.claims[3].status == .disputed)
        #expect(saved.claims[3].text == before[3].text + " " + before[4].text)
        #expect(saved.claims[3].repeats.count == before[3].repeats.count)
        #expect(!saved.claims.contains { $0.id == before[4].id })
        #expect(try harness.session().annotations.claims == saved.claims, "the join is found again on reload")
    }

    @Test func splitAtTheFirstSentenceBoundaryOrRefuse() throws {
        // A quotation with its attribution is one claim, even with two sentences inside the quotes.
        let harness = try ShellHarness(articleText: "\"Il pleut sur Paris depuis lundi. Il vente fort sur la côte\", a expliqué Paul Martin.\n\n"
            + "Le ministre a publié 3 500 contrats en 2013.\n")
        let result = try harness.run(["goto 1", "split", "split 3", "split 3 absent", "split 3 Le", "quit --discard"])
        let claims = result.session.annotations.claims
        #expect(claims.map(\.text) == ["\"Il pleut sur Paris depuis lundi.", "Il vente fort sur la côte\", a expliqué Paul Martin.",
                                       "Le ministre a publié 3 500 contrats en 2013."])
        #expect(result.err.contains("line 3: split: claim 3 has no sentence boundary inside it; name the word to split before: split 3 WORD"))
        #expect(result.err.contains("line 4: split: claim 3 has no word 'absent' after its first word"))
        #expect(result.err.contains("line 5: split: claim 3 has no word 'Le' after its first word"))
    }
}
