#if canImport(Glibc)
import Glibc
#endif

/// A verdict edit a crash scenario sends to the shell, with the acknowledgement line that says it is safe.
struct ScriptedEdit: Equatable {
    /// The claim's reading number.
    var claim: Int
    /// The verdict it sets ("verified" or "disputed", with a note unique to the edit).
    var verdict: Verdict

    /// The shell command.
    var command: String { "\(verdict.status == "verified" ? "verify" : "dispute") \(claim) \(verdict.note)" }

    /// The line the shell prints once the edit is journaled.
    var acknowledgement: String { ShellProcess.acknowledgement(claim, verdict.status, verdict.note) }
}

/// The edits of one crash iteration and the states they lead to from the file the iteration started with.
struct CrashScript {
    /// The verdicts on disk when the iteration started.
    let start: [Int: Verdict]
    /// The edits, in the order they are sent.
    let edits: [ScriptedEdit]

    /// `count` random edits of claims 1…`claims`, with notes unique to iteration `iteration`.
    static func random(from start: [Int: Verdict], claims: Int, count: Int, iteration: Int,
                       using generator: inout some RandomNumberGenerator) -> CrashScript {
        let edits = (0..<count).map { index in
            ScriptedEdit(claim: Int.random(in: 1...claims, using: &generator),
                         verdict: Verdict(status: Bool.random(using: &generator) ? "verified" : "disputed",
                                          note: "i\(iteration)-e\(index)"))
        }
        return CrashScript(start: start, edits: edits)
    }

    /// The verdicts once the first `prefix` edits are applied.
    func state(after prefix: Int) -> [Int: Verdict] {
        var verdicts = start
        for edit in edits.prefix(prefix) { verdicts[edit.claim] = edit.verdict }
        return verdicts
    }

    /// The prefixes (numbers of edits applied, from `lowest` to all) whose state is `verdicts`.
    func prefixes(reaching verdicts: [Int: Verdict], atLeast lowest: Int) -> [Int] {
        (min(lowest, edits.count)...edits.count).filter { state(after: $0) == verdicts }
    }

    /// How many edits of `output` were acknowledged: the acknowledgements must come in order, so this is the
    /// length of the longest prefix of the script whose lines all appear, in order, in `output`.
    func acknowledgedCount(in output: [UInt8]) -> Int {
        var offset = 0
        var count = 0
        for edit in edits {
            guard let end = PipedProcess.index(of: Array(edit.acknowledgement.utf8), in: output, from: offset) else { break }
            offset = end
            count += 1
        }
        return count
    }
}

