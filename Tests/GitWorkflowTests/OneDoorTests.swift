import Foundation
import Testing

/// The one door for annotation files: what `check` refuses, `print`, `diff` and `merge` (each side) refuse too, with
/// exit 65 and the same message, and the merge driver leaves OURS as it was.
@Suite("one door for annotation files")
struct OneDoorTests {
    /// The breaks of the schema tests that a file shows without its article.
    static let breaks = SchemaTests.breaks.filter { !$0.needsArticle }

    @Test(arguments: breaks)
    func whatCheckRefusesEveryCommandRefusesAlike(_ broken: SchemaTests.Break) throws {
        let workspace = try Workspace()
        try workspace.write(try Workspace.seedArticle(), to: workspace.path + "/seeds/cloudwatt-audit.txt")
        let valid = try SchemaTests.shippedText()
        let good = workspace.path + "/annotations/good.json"
        try workspace.write(valid, to: good)
        let bad = workspace.path + "/annotations/a.json"
        let corrupted = try valid.replacingFirstMatch(of: broken.pattern, with: broken.replacement)
        try #require(corrupted != valid, "the break “\(broken.name)” did not apply")
        try workspace.write(corrupted, to: bad)

        let print = try workspace.factcheck(["print", bad], in: workspace.path)
        #expect(print.status == 65 && print.out.isEmpty, "\(print)")
        let message = try #require(print.err.split(separator: "\n").first.map { String($0.dropFirst("factcheck: ".count)) })
        #expect(message.hasPrefix(bad) && message.contains(broken.checkSays), "\(message)")

        let check = try workspace.factcheck(["check", bad], in: workspace.path)
        #expect(check.status == 65, "\(check)")
        let firstProblem = message.components(separatedBy: " (and ").first ?? message
        #expect(check.out.contains(firstProblem + "\n"), "check lists the same problem: \(check.out)")

        for (old, new) in [(good, bad), (bad, good)] {
            let diff = try workspace.factcheck(["diff", old, new], in: workspace.path)
            #expect(diff.status == 65 && diff.out.isEmpty && diff.err == "factcheck: \(message)\n", "\(diff)")
        }

        for side in 0..<3 {
            let ours = side == 1 ? bad : workspace.path + "/ours-\(side).json"
            if side != 1 { try workspace.write(valid, to: ours) }
            let before = try workspace.read(ours)
            var arguments = [good, ours, good]
            arguments[side] = bad
            let merge = try workspace.factcheck(["merge"] + arguments, in: workspace.path)
            #expect(merge.status == 65, "side \(side): \(merge)")
            #expect(merge.err.hasPrefix("factcheck merge: \(message)\n"), "side \(side): \(merge.err)")
            #expect(try workspace.read(ours) == before, "side \(side): OURS left as it was")
        }
        #expect(try workspace.read(bad) == corrupted)
    }
}
