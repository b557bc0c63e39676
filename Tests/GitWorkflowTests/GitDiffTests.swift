import FactCheckCore
import Foundation
import Testing

/// What a reviewer sees in `git diff` and `git log -p` when an editor changes one verdict.
@Suite("git diff of annotation files")
struct GitDiffTests {
    @Test("a one-claim verdict change touches only that claim's block, and reads as one verdict change through textconv")
    func oneVerdictChange() throws {
        let workspace = try Workspace()
        let repo = try Repository(in: workspace)
        let before = try repo.annotationText()
        try repo.review("verify 4 \"Matches the public record of the two companies.\"\n", editor: "Alice")
        let after = try repo.annotationText()
        let id = try repo.annotations().claim(4).id

        // Raw: every changed line lies inside claim 4's block, in the old file and in the new.
        let raw = try repo.git("diff", "--no-textconv", "-U0", "--", Repository.annotationFile).out
        let hunks = raw.split(separator: "\n").filter { $0.hasPrefix("@@") }
        #expect(!hunks.isEmpty)
        let oldBlock = try #require(blockLines(of: id, in: before)), newBlock = try #require(blockLines(of: id, in: after))
        for hunk in hunks {
            let (old, new) = try #require(hunkRanges(String(hunk)), "unreadable hunk \(hunk)")
            #expect(old.isEmpty || oldBlock.contains(old.lowerBound) && oldBlock.contains(old.upperBound - 1), "\(hunk) outside \(oldBlock)")
            #expect(new.isEmpty || newBlock.contains(new.lowerBound) && newBlock.contains(new.upperBound - 1), "\(hunk) outside \(newBlock)")
        }
        let changed = raw.split(separator: "\n").filter { ($0.hasPrefix("+") || $0.hasPrefix("-")) && !$0.hasPrefix("+++") && !$0.hasPrefix("---") }
        #expect(changed.contains { $0.contains("\"status\": \"verified\"") })
        #expect(!changed.contains { $0.contains("\"id\"") || $0.contains("\"text\"") }, "\(raw)")

        // Through textconv (git-setup's `factcheck print`): claim 4's status line, its note and who — nothing else.
        let readable = try repo.git("diff", "--", Repository.annotationFile).out
        let lines = readable.split(separator: "\n").map(String.init).filter { ($0.hasPrefix("+") || $0.hasPrefix("-")) && !$0.hasPrefix("+++") && !$0.hasPrefix("---") }
        #expect(lines.first?.hasPrefix("-#4   unreviewed  Suite au départ surprise de Dassault Systèmes") == true, "\(readable)")
        #expect(lines.contains { $0.hasPrefix("+#4   verified    Suite au départ surprise de Dassault Systèmes") }, "\(readable)")
        #expect(lines.contains { $0.contains("note: Matches the public record of the two companies.") })
        #expect(lines.contains { $0.contains("by Alice, 2026-11-29T10:00:00Z · \(id)") })
        #expect(lines.count <= 5, "more than one verdict's worth of lines:\n\(readable)")
        #expect(!lines.contains { $0.range(of: #"^[+-]#(?!4 )"#, options: .regularExpression) != nil }, "another claim changed:\n\(readable)")

        // The same in the log once committed; and `factcheck diff` says it in one line.
        try repo.commit("Verify claim 4")
        let log = try repo.git("log", "-p", "-1", "--", Repository.annotationFile).out
        #expect(log.contains("+#4   verified    Suite au départ surprise"), "\(log)")
        try workspace.write(before, to: workspace.path + "/old.json")
        let semantic = try workspace.factcheck(["diff", workspace.path + "/old.json", Repository.annotationFile], in: repo.root)
        #expect(semantic.out == """
            #4 "Suite au départ surprise de Dassault Systèmes, qui…": unreviewed → verified, by Alice (2026-11-29T10:00:00Z)
                note: Matches the public record of the two companies.

            """, "\(semantic)")

        // Saving with no change rewrites nothing: same bytes, same modification time, a clean work tree.
        let path = repo.root + "/" + Repository.annotationFile
        let stamp = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        try repo.review("", editor: "Bob")
        #expect(try repo.annotationText() == after)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == stamp)
        #expect(try repo.git("status", "--porcelain").out.isEmpty)
    }

    /// The 1-based line numbers of the claim object whose id is `id`: from its `{` to its `}`.
    private func blockLines(of id: String, in text: String) -> ClosedRange<Int>? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let idLine = lines.firstIndex(where: { $0.contains("\"id\": \"\(id)\"") }) else { return nil }
        let open = idLine - 1
        guard let close = lines[idLine...].firstIndex(where: { $0 == "    }" || $0 == "    }," }) else { return nil }
        return (open + 1)...(close + 1)
    }

    /// The old and new line ranges of a `@@ -a,b +c,d @@` header (an empty range for a pure insertion or deletion).
    private func hunkRanges(_ header: String) -> (Range<Int>, Range<Int>)? {
        let fields = header.split(separator: " ")
        guard fields.count >= 3 else { return nil }
        func range(_ field: Substring) -> Range<Int>? {
            let parts = field.dropFirst().split(separator: ",")
            guard let start = Int(parts[0]) else { return nil }
            let count = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
            return start..<(start + count)
        }
        guard let old = range(fields[1]), let new = range(fields[2]) else { return nil }
        return (old, new)
    }
}
