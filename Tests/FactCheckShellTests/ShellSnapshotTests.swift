import FactCheckTestSupport
import Testing

/// The shell's long outputs on the first article at 80 columns, compared with snapshot files in Snapshots/
/// (re-recorded only with FACTCHECK_RECORD_SNAPSHOTS=1).
@Suite struct ShellSnapshotTests {
    @Test(arguments: [
        ("help", "help"),
        ("list", "list"),
        ("show 1", "show-1"),
        ("show 9", "show-9"),
        ("updates", "updates"),
        ("compare 1", "compare-1"),
    ])
    func output(_ command: String, _ snapshot: String) throws {
        let result = try ShellHarness().run([command], width: 80)
        #expect(result.status == 0 && result.err.isEmpty, "\(result.err)")
        #expect(Snapshot.mismatch(result.out, named: snapshot) == nil)
    }
}
