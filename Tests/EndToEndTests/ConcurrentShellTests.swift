import FactCheckTestSupport
import Testing

/// Two editors — two live shell processes — on one article and one annotation file: whoever saves last merges
/// what the other saved, so neither editor's verdicts are ever lost, and a claim both changed keeps both verdicts
/// in its `conflict`. Set FACTCHECK_CONCURRENCY_SEED to replay a stress run.
@Suite("Two concurrent shells on one annotation file (real binary)")
struct ConcurrentShellTests {
    /// A verifies 1, B disputes 2, both save; then both change claim 3 and save.
    @Test("Interleaved edits and saves keep both editors' verdicts; a claim both changed keeps both in its conflict")
    func interleavedSavesKeepBothEditors() throws {
        let sandbox = try Sandbox()
        let article = try sandbox.copySeedArticle()
        let file = sandbox.workAnnotations
        let a = try ShellProcess(article: article, annotations: file, sandbox: sandbox, editor: "Alice", label: "A")
        let b = try ShellProcess(article: article, annotations: file, sandbox: sandbox, editor: "Bob", label: "B")

        try a.verify(1, note: "alice-1")
        try b.dispute(2, note: "bob-2")
        try a.save()
        let bMerged = try b.save()
        #expect(bMerged.contains("was saved by someone else"), "B did not say it merged: \(bMerged)")
        let first = try VerdictMap.read(file).map
        #expect(first.verdicts[1] == Verdict(status: "verified", note: "alice-1"))
        #expect(first.verdicts[2] == Verdict(status: "disputed", note: "bob-2"))
        #expect(first.conflicts.isEmpty)

        try a.verify(3, note: "alice-3")
        try b.dispute(3, note: "bob-3")
        try a.save()
        let bConflict = try b.save()
        #expect(bConflict.contains("conflict on #3"), "B did not report the conflict: \(bConflict)")
        let second = try VerdictMap.read(file).map
        #expect(second.verdicts[1] == Verdict(status: "verified", note: "alice-1"))
        #expect(second.verdicts[2] == Verdict(status: "disputed", note: "bob-2"))
        let conflict = try #require(second.conflicts[3], "claim 3 has no conflict member: \(second.verdicts[3].map(String.init(describing:)) ?? "missing")")
        // B saved last: its verdict is "ours", Alice's (already in the file) "theirs".
        #expect(conflict.ours == Verdict(status: "disputed", note: "bob-3"))
        #expect(conflict.theirs == Verdict(status: "verified", note: "alice-3"))

        #expect(try a.quit() == .exited(0), "A: \(a.process.errorText())")
        #expect(try b.quit() == .exited(0), "B: \(b.process.errorText())")
        #expect(sandbox.workEntries() == ["annotations.json", "article.txt"], "files left after both editors saved and quit cleanly")
    }

    /// A merges B's save, then quits; B changes its verdict and saves; a third session must revert nothing.
    @Test("A save that merged another editor's work leaves no journal, so a later session reverts nothing")
    func mergingSaveLeavesNoJournal() throws {
        let sandbox = try Sandbox()
        let article = try sandbox.copySeedArticle()
        let file = sandbox.workAnnotations
        let a = try ShellProcess(article: article, annotations: file, sandbox: sandbox, editor: "Alice", label: "A")
        let b = try ShellProcess(article: article, annotations: file, sandbox: sandbox, editor: "Bob", label: "B")
        try a.waitUntilReady()
        try b.verify(2, note: "bob-first")
        try b.save()
        let merged = try a.save()
        #expect(merged.contains("was saved by someone else"), "A did not merge: \(merged)")
        #expect(try a.quit() == .exited(0), "A: \(a.process.errorText())")
        #expect(!sandbox.workEntries().contains { $0.hasPrefix(".annotations.json.journal-\(a.process.processID)") },
                "A saved, has no unsaved edit and quit cleanly, yet left a journal: \(sandbox.workEntries())")

        try b.dispute(2, note: "bob-later")
        try b.save()
        #expect(try b.quit() == .exited(0), "B: \(b.process.errorText())")

        // A third session: nothing to recover, and its save keeps Bob's latest verdict.
        let third = try ProgramRun.factcheck([article, "--annotations", file], input: "save\n", environment: sandbox.environment)
        #expect(third.exitStatus == 0, "\(third.summary)")
        #expect(!third.stderr.contains("Recovered"), "a session after two clean exits recovered edits: \(third.stderr)")
        #expect(try VerdictMap.read(file).map.verdicts[2] == Verdict(status: "disputed", note: "bob-later"),
                "Bob's saved verdict was reverted")
    }

    /// 60 random steps (edits, saves, simultaneous saves) by two editors of disjoint claims.
    @Test("Stress: two editors edit disjoint claims and save in varied interleavings; every acknowledged verdict is kept")
    func stressDisjointEditsAreAllKept() throws {
        let seed = SeededGenerator.seed(fromEnvironment: "FACTCHECK_CONCURRENCY_SEED")
        var generator = SeededGenerator(seed: seed)
        let sandbox = try Sandbox()
        let article = try sandbox.copySeedArticle()
        let file = sandbox.workAnnotations
        var editors = [
            StressEditor(shell: try ShellProcess(article: article, annotations: file, sandbox: sandbox, editor: "Alice", label: "A"),
                         claims: [1, 3, 5, 7, 9, 11, 13]),
            StressEditor(shell: try ShellProcess(article: article, annotations: file, sandbox: sandbox, editor: "Bob", label: "B"),
                         claims: [2, 4, 6, 8, 10, 12, 14]),
        ]
        for editor in editors { try editor.shell.waitUntilReady() }
        var log: [String] = []
        for step in 0..<60 {
            let who = Int.random(in: 0...1, using: &generator)
            switch Int.random(in: 0..<10, using: &generator) {
            case 0..<6:
                let edit = try editors[who].editRandomClaim(step: step, using: &generator)
                log.append("\(editors[who].shell.process.label): \(edit)")
            case 6..<9:
                try editors[who].save()
                log.append("\(editors[who].shell.process.label): save")
                expectFile(file, holds: editors, savedBy: who, seed: seed, log: log)
            default:
                // Both at once: the saves race for the directory lock.
                let marks = editors.map(\.shell.mark)
                for editor in editors { try editor.shell.send("save") }
                for (index, editor) in editors.enumerated() {
                    try editor.shell.awaitAcknowledgement(of: "save", after: marks[index], expecting: ShellProcess.saveAcknowledgements)
                }
                editors[0].markSaved()
                editors[1].markSaved()
                log.append("A and B: save at once")
                // Whichever saved second merged the other's save: the file holds both editors' current verdicts.
                expectFile(file, holds: editors, savedBy: 0, seed: seed, log: log)
            }
        }
        let last = Int.random(in: 0...1, using: &generator)
        try editors[1 - last].save()
        try editors[last].save()
        log.append("final saves, \(editors[last].shell.process.label) last")
        expectFile(file, holds: editors, savedBy: last, seed: seed, log: log)
        for editor in editors {
            #expect(try editor.shell.quit() == .exited(0), "\(editor.shell.process.label): \(editor.shell.process.errorText())")
        }
        #expect(sandbox.workEntries() == ["annotations.json", "article.txt"], "files left after both editors saved and quit cleanly")
    }

    /// Checks that the file holds, right after `editors[saver]` saved, the saver's current verdicts and the
    /// other editor's verdicts as of its last save.
    private func expectFile(_ file: String, holds editors: [StressEditor], savedBy saver: Int, seed: UInt64, log: [String]) {
        do {
            let map = try VerdictMap.read(file).map
            var expected: [Int: Verdict] = [:]
            for claim in 1...14 { expected[claim] = .unreviewed }
            expected.merge(editors[1 - saver].saved) { $1 }
            expected.merge(editors[saver].current) { $1 }
            let differences = map.differences(from: VerdictMap(verdicts: expected))
            #expect(differences.isEmpty && map.conflicts.isEmpty,
                    "seed \(seed): after \(log.last ?? "?") the file differs (file vs expected): \(differences); conflicts on \(map.conflicts.keys.sorted()); steps: \(log)")
        } catch {
            Issue.record("seed \(seed): after \(log.last ?? "?"): \(error)")
        }
    }
}

/// One editor of the stress test: a shell that edits only its own claims, with what it has acknowledged and saved.
struct StressEditor {
    /// The editor's shell.
    let shell: ShellProcess
    /// The claims this editor edits (the other editor never touches them).
    let claims: [Int]
    /// The verdicts the shell acknowledged, latest per claim.
    private(set) var current: [Int: Verdict] = [:]
    /// The verdicts as of this editor's last save.
    private(set) var saved: [Int: Verdict] = [:]

    /// Creates an editor of `claims`.
    init(shell: ShellProcess, claims: [Int]) {
        self.shell = shell
        self.claims = claims
    }

    /// Verifies or disputes one of its claims with a unique note; returns the command.
    mutating func editRandomClaim(step: Int, using generator: inout some RandomNumberGenerator) throws -> String {
        let claim = claims.randomElement(using: &generator) ?? claims[0]
        let note = "\(shell.process.label)-s\(step)"
        if Bool.random(using: &generator) {
            try shell.verify(claim, note: note)
            current[claim] = Verdict(status: "verified", note: note)
        } else {
            try shell.dispute(claim, note: note)
            current[claim] = Verdict(status: "disputed", note: note)
        }
        return "#\(claim) \(current[claim].map(String.init(describing:)) ?? "")"
    }

    /// `save`, and remembers what was saved.
    mutating func save() throws {
        try shell.save()
        markSaved()
    }

    /// Remembers that the current verdicts were saved.
    mutating func markSaved() {
        saved = current
    }
}
