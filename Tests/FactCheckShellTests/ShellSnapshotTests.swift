import FactCheckCore
import FactCheckTestSupport
import Testing

/// The shell's long outputs on the first article as an editor sees them on an 80-column terminal (greeting first),
/// compared with snapshot files in Snapshots/ (re-recorded only with FACTCHECK_RECORD_SNAPSHOTS=1).
@Suite struct ShellSnapshotTests {
    @Test(arguments: [
        ("help", "help"),
        ("list", "list"),
        ("show 1", "show-1"),
        ("show 9", "show-9"),
        ("updates", "updates"),
        ("compare 1", "compare-1"),
        ("read", "read"),
        ("read 3", "read-3"),
    ])
    func output(_ command: String, _ snapshot: String) throws {
        let result = try ShellHarness().run([.line(command)], interactive: true, width: 80)
        #expect(result.status == 0 && result.err.isEmpty, "\(result.err)")
        // The greeting names the temporary annotation file: the snapshot starts after it.
        let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false)
        let start = (lines.firstIndex { $0.hasPrefix("Type 'help'") } ?? -1) + 1
        #expect(Snapshot.mismatch(lines[start...].joined(separator: "\n"), named: snapshot) == nil)
        for line in result.out.split(separator: "\n") {
            #expect(DisplayWidth.ofPrinted(line) <= 80, "wider than 80 columns: \(line)")
        }
    }
}
