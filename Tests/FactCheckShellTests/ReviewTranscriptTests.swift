import FactCheckFiles
import FactCheckCore
import FactCheckShell
import FactCheckTestSupport
import Foundation
import Testing

/// A whole review of the first article from the keyboard, as an editor does it: `next` to the first claim, then
/// only verbs without claim numbers. The transcript (prompts, what was typed, what the shell printed, on an
/// 80-column terminal) is kept as a snapshot, Snapshots/review-transcript.txt.
@Suite struct ReviewTranscriptTests {
    /// A scripted reader that writes each prompt and the line typed after it into the transcript, as a terminal
    /// shows them.
    struct TranscriptReader: LineReader {
        var lines: [String]
        let capture: Capture

        mutating func readLine(prompt: String, completer: Completer?) -> LineEvent {
            guard !lines.isEmpty else { return .endOfInput }
            let line = lines.removeFirst()
            capture.out += prompt + line + "\n"
            return .line(line)
        }

        mutating func addHistory(_ line: String) {}
    }

    /// The review: after the first `next`, no claim number is typed.
    static let keys = [
        "next",
        "accept", "note Cloudwatt says it asked for its own audit, see the update",
        "next", "verify the founding partners are confirmed by the ministry's press release",
        "next", "source \"Le Monde Informatique\" \"Commissariat général à l'investissement\"",
        "next", "verify FSN decision, confirmed by the CGI",
        "next", "dismiss opinion",
        "next", "dismiss opinion",
        "next", "source \"protocole d'accord Andromède\"",
        "next", "verify context, consistent with the PRISM timeline",
        "next", "accept", "note the update says Cloudwatt asked for the audit, not Bercy",
        "next", "source \"Patrick Starck, interview\"",
        "next", "source \"Le Monde Informatique\"",
        "next", "source \"Le Monde Informatique\"",
        "next", "source \"Journal du Net\"",
        "next", "verify the beta was invitation-only at the time",
        "next",
        "save",
    ]

    @Test func aFullReviewNeedsNoClaimNumberAfterTheFirstNext() throws {
        let harness = try ShellHarness()
        let capture = Capture()
        let environment = ShellEnvironment(
            editor: "Test Editor", now: { "2026-01-02T03:04:05Z" }, style: TextStyle(enabled: false), width: 80,
            interactive: true, store: AnnotationFileStore())
        let output = ShellOutput(out: { capture.out += $0 }, err: { capture.err += $0 })
        var shell = Shell(session: try harness.session(), reader: TranscriptReader(lines: Self.keys, capture: capture),
                          environment: environment, output: output)
        #expect(shell.run() == 0)
        #expect(capture.err == "")

        // Keyboard only: no word typed after the first `next` is a number.
        for line in Self.keys.dropFirst() {
            #expect(try CommandLineParser.split(line).allSatisfy { Int($0) == nil }, "a claim number typed: \(line)")
        }
        let saved = try harness.saved()
        #expect(saved.claims.allSatisfy { $0.status != .unreviewed || $0.dismissed != nil }, "every claim reviewed or set aside")
        #expect(saved.claims.filter { $0.dismissed != nil }.map(\.n) == [5, 6])
        #expect(saved.claims.filter { $0.status == .disputed }.map(\.n) == [1, 9])
        #expect(saved.claims[0].note == "Cloudwatt says it asked for its own audit, see the update")
        #expect(capture.out.contains("Every claim is reviewed."))
        #expect(capture.out.contains("12/12 reviewed · 2 disputed · 0 flagged · 16 unsaved · 2 dismissed"))

        // The greeting and the save name the temporary annotation file: the transcript runs from after the
        // greeting to the `save` typed.
        let lines = capture.out.split(separator: "\n", omittingEmptySubsequences: false)
        let start = (lines.firstIndex { $0.hasPrefix("Type 'help'") } ?? -1) + 1
        let end = lines.lastIndex { $0.hasSuffix("> save") } ?? lines.count - 1
        #expect(lines[(end + 1)...].first?.hasPrefix("Saved 14 claims to") == true)
        #expect(Snapshot.mismatch(lines[start...end].joined(separator: "\n"), named: "review-transcript") == nil)
        // What the shell printed fits; the typed lines are as typed (a terminal wraps them).
        for line in lines where !line.hasPrefix("cloudwatt-audit") {
            #expect(DisplayWidth.ofPrinted(line) <= 80, "wider than 80 columns: \(line)")
        }
    }
}
