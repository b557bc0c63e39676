import FactCheckTestSupport
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// SIGKILL at many points of scripted sessions — among the edits and inside `save` — never costs an acknowledged
/// edit, never leaves a file that is neither the old nor the new version, and leaves no stray file once the next
/// session has saved. Set FACTCHECK_CRASH_SEED to replay a run (the seed is in every failure message).
@Suite("Crash recovery (real binary, SIGKILL)")
struct CrashRecoveryTests {
    /// Iterations that kill a session among its edits.
    static let editKills = 18
    /// Iterations that kill a session after sending `save`.
    static let saveKills = 26

    /// 44 sessions killed at varied points (18 among edits, 26 after `save`), each followed by a recovery session.
    @Test("A session killed anywhere loses no acknowledged edit, and the file is always the old or the new one")
    func killedSessionsLoseNoAcknowledgedEdit() throws {
        let seed = SeededGenerator.seed(fromEnvironment: "FACTCHECK_CRASH_SEED")
        var generator = SeededGenerator(seed: seed)
        // Content the tool must carry along widens the window between the temporary file's creation and the
        // rename, so that some kills land in the middle of the write (larger costs every iteration time).
        let harness = try CrashHarness(paddingSize: 96 * 1024)
        var delays = SaveKillDelays(saveDuration: try measureSave(harness))
        var landings: [KillLanding: Int] = [:]
        var acknowledged = 0

        let plans: [KillPlan] = (0..<Self.editKills).map { _ in
            .duringEdits(acknowledged: Int.random(in: 0...2, using: &generator), delay: UInt32.random(in: 0...3000, using: &generator))
        } + (0..<Self.saveKills).map { _ in .duringSave(delay: 0) }
        for (iteration, plan) in plans.shuffled(using: &generator).enumerated() {
            var actual = plan
            if case .duringSave = plan { actual = .duringSave(delay: delays.next(using: &generator)) }
            let outcome = try harness.run(iteration, plan: actual, using: &generator)
            if case .duringSave(let delay) = actual { delays.record(delay, landing: outcome.landing) }
            landings[outcome.landing, default: 0] += 1
            acknowledged += outcome.acknowledged
            for problem in outcome.problems {
                Issue.record("seed \(seed), iteration \(iteration) (\(actual), kill \(outcome.landing.rawValue)): \(problem)")
            }
        }
        let summary = KillLanding.allCases.map { "\($0.rawValue): \(landings[$0, default: 0])" }.joined(separator: ", ")
        print("Crash recovery, seed \(seed): \(plans.count) kills, \(acknowledged) acknowledged edits recovered; \(summary)")
        #expect(landings[.saveMidWrite, default: 0] + landings[.saveAfterRename, default: 0] > 0,
                "no kill landed between the temporary file's creation and the journal's removal (\(summary)); widen the window")
    }

    /// How long a save of the harness's file takes, from sending `save` to its acknowledgement.
    private func measureSave(_ harness: CrashHarness) throws -> Duration {
        let shell = try ShellProcess(article: harness.article, annotations: harness.annotations, sandbox: harness.sandbox, label: "calibration")
        try shell.verify(1, note: "calibration")
        let started = ContinuousClock.now
        try shell.save()
        let duration = ContinuousClock.now - started
        #expect(try shell.quit() == .exited(0))
        return duration
    }
}

/// Chooses when to kill a session after it was sent `save`: first spread over the whole save, then narrowed to
/// the delays between the latest kill that found the old file and the earliest that found the new one — where the
/// write and the rename happen. On a busy machine a save's duration varies, so the bounds only ever widen the
/// range by a margin, and it grows while no kill has yet found the new file.
struct SaveKillDelays {
    /// Delays up to this bound (µs) are tried at first.
    private let ceiling: UInt32
    /// The latest delay that left the old file with no temporary file.
    private var latestBefore: UInt32 = 0
    /// The earliest delay that found the file saved, if any did.
    private var earliestAfter: UInt32?
    private var tried = 0
    /// How many delays spread over `0...ceiling` come first.
    private static let spread: UInt32 = 6

    /// Delays for a save that takes about `saveDuration` when nothing interrupts it.
    init(saveDuration: Duration) {
        let microseconds = saveDuration.components.seconds * 1_000_000 + saveDuration.components.attoseconds / 1_000_000_000_000
        ceiling = UInt32(clamping: max(2_000, microseconds * 12 / 10))
    }

    /// The next delay, in microseconds.
    mutating func next(using generator: inout some RandomNumberGenerator) -> UInt32 {
        tried += 1
        if tried <= Self.spread { return ceiling * UInt32(tried - 1) / (Self.spread - 1) }
        guard let earliestAfter else {
            return UInt32.random(in: latestBefore...(latestBefore * 2 + 2_000), using: &generator)
        }
        let low = min(latestBefore, earliestAfter), high = max(latestBefore, earliestAfter)
        return UInt32.random(in: (low > 1_000 ? low - 1_000 : 0)...(high + 1_000), using: &generator)
    }

    /// Notes where a kill after `delay` µs landed.
    mutating func record(_ delay: UInt32, landing: KillLanding) {
        switch landing {
        case .saveBeforeWrite: latestBefore = max(latestBefore, delay)
        case .saveAfterRename, .afterSave: earliestAfter = min(earliestAfter ?? delay, delay)
        case .saveMidWrite, .editing: break
        }
    }
}

/// The next save removes the temporary files of saves that were killed, and only those.
@Suite("Stale temporary files (real binary)")
struct StaleTemporaryFileTests {
    /// Planted temporary files: one of a reaped process, one of the test runner (alive).
    @Test("A save removes the temporary files of dead sessions and keeps those of live ones")
    func saveRemovesDeadSessionsTemporaryFiles() throws {
        let sandbox = try Sandbox()
        let article = try sandbox.copySeedArticle()
        // A process that has been reaped: its pid names no live process.
        let finished = try PipedProcess(executable: "/bin/true", arguments: [], environment: [:])
        #expect(try finished.waitForExit() == .exited(0))
        let dead = ".annotations.json.tmp-\(finished.processID)-0"
        let live = ".annotations.json.tmp-\(getpid())-3"
        try sandbox.write(Array("{\"half a save\": ".utf8), to: dead, mode: 0o600)
        try sandbox.write(Array("{\"a save in progress\": ".utf8), to: live, mode: 0o600)

        let run = try ProgramRun.factcheck([article, "--annotations", sandbox.workAnnotations], input: "verify 1 ok\nsave\n",
                                           environment: sandbox.environment)
        #expect(run.exitStatus == 0, "\(run.summary)")
        #expect(sandbox.workEntries() == [live, "annotations.json", "article.txt"].sorted())
    }
}
