#if canImport(Glibc)
import Glibc
#endif
import FactCheckCore

/// Where a SIGKILL landed, judged from what the killed session left behind.
enum KillLanding: String, CaseIterable {
    /// Among the edits, no save sent.
    case editing = "while editing"
    /// After `save` was sent, before its temporary file existed (the file is the old one).
    case saveBeforeWrite = "in save, before the temporary file"
    /// After the temporary file was created, before the rename (a stale temporary file was left).
    case saveMidWrite = "in save, mid-write (stale temporary file)"
    /// After the rename, before the journal was removed.
    case saveAfterRename = "in save, after the rename"
    /// After the save had completed.
    case afterSave = "after the save"
}

/// How an iteration kills its session.
enum KillPlan {
    /// Send every edit at once, wait for the first `acknowledged` acknowledgements, then kill after `delay` µs.
    case duringEdits(acknowledged: Int, delay: UInt32)
    /// Send the edits one by one (each acknowledged), send `save`, then kill after `delay` µs.
    case duringSave(delay: UInt32)
}

/// One shell session killed by SIGKILL and one recovery session, with every check of the persistence design:
/// the annotation file is the old or the new version and parses, every acknowledged edit comes back, and only
/// the files the design allows are left behind — none once the recovery session has saved.
final class CrashHarness {
    /// The scenario's files.
    let sandbox: Sandbox
    /// The article (a writable copy of the seed).
    let article: String
    /// The annotation file.
    var annotations: String { sandbox.workAnnotations }
    /// The number of claims of the article.
    let claimCount: Int
    /// The size of the unknown member written into the annotation file so that saving takes a while.
    let paddingSize: Int
    private static let paddingKey = "x-robustness-padding"

    /// Creates the article and a first annotation file padded with `paddingSize` bytes of a member the tool
    /// does not know (it must keep it), which makes each save write that much more.
    init(paddingSize: Int) throws {
        sandbox = try Sandbox()
        article = try sandbox.copySeedArticle()
        self.paddingSize = paddingSize
        let first = try ProgramRun.factcheck([article, "--annotations", sandbox.workAnnotations], input: "save\n",
                                             environment: sandbox.environment)
        guard first.exitStatus == 0 else { throw PseudoTerminalError(description: "first save: \(first.summary)") }
        var (_, set) = try VerdictMap.read(sandbox.workAnnotations)
        set.extra.append(JSONMember(Self.paddingKey, .string(String(repeating: "padding-", count: paddingSize / 8))))
        try sandbox.write(Array(AnnotationCodec.encode(set).utf8), to: "annotations.json")
        claimCount = set.claims.count
    }

    /// The result of one iteration.
    struct Outcome {
        /// Where the kill landed.
        var landing: KillLanding
        /// How many edits were acknowledged before the kill.
        var acknowledged: Int
        /// Every check that failed, described.
        var problems: [String]
    }

    /// Runs iteration `iteration`: a session that makes 1–4 random edits and is killed by `plan`, then a
    /// recovery session that saves and quits. Never throws for a failed check: those are in `problems`.
    func run(_ iteration: Int, plan: KillPlan, using generator: inout some RandomNumberGenerator) throws -> Outcome {
        let before = Sandbox.contents(of: annotations) ?? []
        let start = try VerdictMap.decode(before, path: annotations).map.verdicts
        let script = CrashScript.random(from: start, claims: claimCount, count: Int.random(in: 1...4, using: &generator),
                                        iteration: iteration, using: &generator)
        let shell = try ShellProcess(article: article, annotations: annotations, sandbox: sandbox, label: "session \(iteration)")
        let pid = shell.process.processID
        var saveSent = false
        switch plan {
        case .duringEdits(let acknowledged, let delay):
            for edit in script.edits { try shell.send(edit.command) }
            if acknowledged > 0 {
                try shell.process.waitForOutput(script.edits[min(acknowledged, script.edits.count) - 1].acknowledgement)
            }
            usleep(delay)
        case .duringSave(let delay):
            for edit in script.edits {
                try shell.run(edit.command, expecting: [edit.acknowledgement])
            }
            try shell.send("save")
            saveSent = true
            usleep(delay)
        }
        shell.process.kill()

        var problems: [String] = []
        if shell.process.termination != .signalled(SIGKILL) {
            problems.append("the session was not killed by SIGKILL but ended with \(shell.process.termination.map(String.init(describing:)) ?? "?")")
        }
        let acknowledged = script.acknowledgedCount(in: shell.process.standardOutput)
        let saveAcknowledged = shell.process.outputText().contains("Saved ")

        // What the kill left: the annotation file must be the old version or the new one, and nothing but the
        // session's journal and a temporary file of its may lie beside it.
        let journalName = ".annotations.json.journal-\(pid)"
        let temporaryPrefix = ".annotations.json.tmp-\(pid)-"
        let leftEntries = sandbox.workEntries()
        let strays = leftEntries.filter { !["article.txt", "annotations.json", journalName].contains($0) && !$0.hasPrefix(temporaryPrefix) }
        if !strays.isEmpty { problems.append("the kill left unexpected files: \(strays)") }
        let staleTemporary = leftEntries.contains { $0.hasPrefix(temporaryPrefix) }
        let journalLeft = leftEntries.contains(journalName)
        let after = Sandbox.contents(of: annotations) ?? []
        var isNew = false
        if after != before {
            do {
                let (map, set) = try VerdictMap.decode(after, path: annotations)
                isNew = map.verdicts == script.state(after: script.edits.count)
                if !isNew {
                    problems.append("after the kill the file is neither the old nor the new version: "
                        + VerdictMap(verdicts: map.verdicts).differences(from: VerdictMap(verdicts: script.state(after: script.edits.count))).joined(separator: "; "))
                }
                if set.extra.first(where: { $0.key == Self.paddingKey })?.value.stringValue?.utf8.count != paddingSize / 8 * 8 {
                    problems.append("the saved file lost the member \(Self.paddingKey) it did not know")
                }
            } catch {
                problems.append("after the kill the file changed and does not parse: \(error)")
            }
            if !saveSent { problems.append("the file changed although no save was sent") }
        }
        if saveAcknowledged, !isNew { problems.append("the save was acknowledged but the file is the old version") }
        let landing: KillLanding = !saveSent ? .editing
            : staleTemporary ? .saveMidWrite
            : !isNew ? .saveBeforeWrite
            : journalLeft ? .saveAfterRename : .afterSave
        if staleTemporary, isNew { problems.append("a temporary file was left although the rename happened") }

        problems += recover(script: script, acknowledged: acknowledged, fileWasNew: isNew, journalLeft: journalLeft)
        return Outcome(landing: landing, acknowledged: acknowledged, problems: problems)
    }

    /// Starts a session that must replay the killed session's journal; it saves and quits. Returns the problems.
    private func recover(script: CrashScript, acknowledged: Int, fileWasNew: Bool, journalLeft: Bool) -> [String] {
        var problems: [String] = []
        do {
            let shell = try ShellProcess(article: article, annotations: annotations, sandbox: sandbox, label: "recovery session")
            try shell.save()
            let termination = try shell.quit()
            if termination != .exited(0) { problems.append("the recovery session ended with \(termination): \(shell.process.errorText())") }
            let errors = shell.process.errorText()
            if !fileWasNew, acknowledged > 0, !errors.contains("Recovered unsaved edits of") {
                problems.append("the recovery session did not report recovered edits; its standard error: \(errors)")
            }
            if let raw = TerminalSafety.firstRawControl(in: shell.process.standardOutput + shell.process.standardError) {
                problems.append("the recovery session printed \(raw)")
            }
        } catch {
            problems.append("the recovery session failed: \(error)")
        }
        do {
            let recovered = try VerdictMap.read(annotations).map.verdicts
            let prefixes = script.prefixes(reaching: recovered, atLeast: acknowledged)
            if prefixes.isEmpty {
                let expected = VerdictMap(verdicts: script.state(after: acknowledged))
                problems.append("acknowledged edits were lost (\(acknowledged) of \(script.edits.count) acknowledged: "
                    + "\(script.edits.map(\.command))); recovered vs expected: "
                    + VerdictMap(verdicts: recovered).differences(from: expected).joined(separator: "; "))
            } else if fileWasNew, !prefixes.contains(script.edits.count) {
                problems.append("the recovery session undid edits the killed session had saved")
            }
        } catch {
            problems.append("after recovery: \(error)")
        }
        let left = sandbox.workEntries()
        if left != ["annotations.json", "article.txt"] {
            problems.append("after the recovery session saved, the directory holds \(left) (stale journals or temporary files)")
        }
        return problems
    }
}
