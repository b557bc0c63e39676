import FactCheckTestSupport
import Foundation
import Testing

/// The command line's long outputs on the first article, compared with snapshot files in Snapshots/
/// (re-recorded only with FACTCHECK_RECORD_SNAPSHOTS=1).
@Suite("command-line output snapshots")
struct OutputSnapshotTests {
    @Test("claims --json on the seed")
    func claimsJSON() throws {
        let workspace = try Workspace()
        let result = try workspace.factcheck(["claims", "seeds/cloudwatt-audit.txt", "--json"], in: Workspace.packageRoot)
        #expect(result.status == 0, "\(result)")
        #expect(Snapshot.mismatch(result.out, named: "claims-json") == nil)
    }

    @Test("updates on the seed")
    func updates() throws {
        let workspace = try Workspace()
        let result = try workspace.factcheck(["updates", "seeds/cloudwatt-audit.txt"], in: Workspace.packageRoot)
        #expect(result.status == 0, "\(result)")
        #expect(Snapshot.mismatch(result.out, named: "updates") == nil)
    }

    @Test("print of the worked example")
    func showWorkedExample() throws {
        let workspace = try Workspace()
        let result = try workspace.factcheck(["print", "annotations/cloudwatt-audit.json"], in: Workspace.packageRoot)
        #expect(result.status == 0, "\(result)")
        #expect(Snapshot.mismatch(result.out, named: "show-worked-example") == nil)
    }

    @Test("diff from a fresh file to the worked example, text and JSON")
    func diffToWorkedExample() throws {
        let (workspace, fresh) = try CommandTests.prepared()
        let example = Workspace.packageRoot + "/annotations/cloudwatt-audit.json"
        let text = try workspace.factcheck(["diff", fresh, example], in: workspace.path)
        #expect(Snapshot.mismatch(text.out, named: "diff-worked-example") == nil, "\(text)")
        let json = try workspace.factcheck(["diff", fresh, example, "--format", "json"], in: workspace.path)
        #expect(Snapshot.mismatch(json.out, named: "diff-worked-example-json") == nil, "\(json)")
    }
}
