import FactCheckCore
import Foundation
import Testing

/// Two editors annotate the first article on two branches and `git merge` combines their work through
/// `factcheck merge`, in a real repository.
@Suite("git merge of annotation files")
struct GitMergeTests {
    @Test("editors who review different claims merge cleanly; the same claim changed twice is a conflict that keeps both")
    func mergeThroughGit() throws {
        let workspace = try Workspace()
        let repo = try Repository(in: workspace)
        let attributes = try repo.git("check-attr", "diff", "merge", "--", Repository.annotationFile).out
        #expect(attributes.contains("diff: factcheck") && attributes.contains("merge: factcheck"), "\(attributes)")

        // Alice and Bob review different claims and each confirms a different link of the same update notice.
        try repo.git("checkout", "-q", "-b", "alice")
        try repo.review("verify 2 \"Consistent with claim 4 and the 2011 consortium.\"\nlink 1 1\n", editor: "Alice")
        try repo.commit("Alice reviews claim 2")
        try repo.git("checkout", "-q", "-b", "bob", "main")
        try repo.review("source 3 \"Le Monde Informatique\"\nlink 1 9\n", editor: "Bob")
        try repo.commit("Bob reviews claim 3")
        try repo.git("checkout", "-q", "main")
        try repo.git("merge", "-q", "alice")
        let merge = try repo.gitAllowingFailure("merge", "--no-edit", "bob")
        #expect(merge.status == 0, "the merge of different claims must be clean:\n\(merge)")

        let merged = try repo.annotations()
        #expect(try merged.claim(2).status == .verified && merged.claim(2).by == "Alice")
        #expect(try merged.claim(3).status == .sourced && merged.claim(3).sources == ["Le Monde Informatique"] && merged.claim(3).by == "Bob")
        let links = try #require(merged.updates.first).amends
        #expect(links.filter(\.confirmed).map(\.claim).sorted() == [try merged.claim(1).id, try merged.claim(9).id].sorted())
        #expect(merged.claims.allSatisfy { $0.conflict == nil })
        #expect(try repo.git("status", "--porcelain").out.isEmpty)
        #expect(try workspace.factcheck(["check", Repository.annotationFile], in: repo.root).status == 0)

        // The driver mattered: git's own line merge of the same three versions stops on the adjacent link lines.
        let textual = try lineMergeConflicts(repo, base: "main~2", ours: "alice", theirs: "bob")
        #expect(textual > 0, "expected git's line merge to conflict where factcheck's does not")

        // Carol and Dave give claim 6 different verdicts.
        try repo.git("checkout", "-q", "-b", "carol")
        try repo.review("verify 6 \"Supported by the memorandum quoted next.\"\n", editor: "Carol")
        try repo.commit("Carol verifies claim 6")
        try repo.git("checkout", "-q", "-b", "dave", "main")
        try repo.review("dispute 6 \"Opinion presented as fact.\"\n", editor: "Dave")
        try repo.commit("Dave disputes claim 6")
        try repo.git("checkout", "-q", "main")
        try repo.git("merge", "-q", "carol")
        let conflicted = try repo.gitAllowingFailure("merge", "--no-edit", "dave")
        #expect(conflicted.status != 0, "git must report the conflict:\n\(conflicted)")
        #expect((conflicted.out + conflicted.err).contains("CONFLICT"))
        #expect(conflicted.err.contains("claim #6"), "the driver names the claim:\n\(conflicted.err)")

        // Nothing is lost: the file is valid, both verdicts are in it, neither is applied, the histories are united,
        // and the earlier merge's verdicts and links are untouched.
        let result = try repo.annotations()
        let six = try result.claim(6)
        let conflict = try #require(six.conflict)
        #expect(conflict.ours.status == .verified && conflict.ours.by == "Carol" && conflict.ours.note == "Supported by the memorandum quoted next.")
        #expect(conflict.theirs.status == .disputed && conflict.theirs.by == "Dave" && conflict.theirs.note == "Opinion presented as fact.")
        #expect(six.status == .unreviewed, "neither side may win silently")
        #expect(six.history.map(\.by) == ["Carol", "Dave"])
        #expect(try result.claim(2).status == .verified && result.claim(3).status == .sourced)
        #expect(result.updates.first?.amends.filter(\.confirmed).count == 2)
        #expect(!(try repo.annotationText()).contains("<<<<<<<"))
        #expect(try repo.annotationText(at: ":2").contains("Supported by the memorandum quoted next."))
        #expect(try repo.annotationText(at: ":3").contains("Opinion presented as fact."))

        let check = try workspace.factcheck(["check", Repository.annotationFile], in: repo.root)
        #expect(check.status == 1, "\(check)")
        #expect(check.out.contains("\(Repository.annotationFile): claim #6") && check.out.contains("unresolved merge conflict"), "\(check.out)")

        let shown = try workspace.factcheck(["print", Repository.annotationFile], in: repo.root)
        #expect(shown.out.contains("#6   CONFLICT") && shown.out.contains("ours: verified, by Carol") && shown.out.contains("theirs: disputed, by Dave"))

        // An editor decides; the conflict is gone and the merge can be committed.
        try repo.review("dispute 6 \"Opinion, not fact: reads as the author's judgement.\"\n", editor: "Carol")
        let resolved = try repo.annotations()
        #expect(try resolved.claim(6).conflict == nil && resolved.claim(6).status == .disputed)
        #expect(try resolved.claim(6).history.map(\.by) == ["Carol", "Dave", "Carol"])
        #expect(try workspace.factcheck(["check", Repository.annotationFile], in: repo.root).status == 0)
        try repo.git("add", Repository.annotationFile)
        try repo.git("commit", "-q", "--no-edit")
    }

    @Test("git-setup is idempotent and records the binary git should run")
    func gitSetupIsIdempotent() throws {
        let workspace = try Workspace()
        let repo = try Repository(in: workspace)
        let attributes = try workspace.read(repo.root + "/.gitattributes")
        #expect(attributes == "annotations/**/*.json diff=factcheck merge=factcheck\n")
        let driver = try repo.git("config", "--local", "merge.factcheck.driver").out
        #expect(driver == "\(try Workspace.executable()) merge %O %A %B --name %P\n")
        let textconv = try repo.git("config", "--local", "diff.factcheck.textconv").out
        #expect(textconv == "\(try Workspace.executable()) print --textconv\n")

        let again = try workspace.factcheck(["git-setup"], in: repo.root + "/seeds")
        expectSuccess(again)
        #expect(again.out.contains("already routes") && again.out.contains("merge.factcheck.driver: already set"), "\(again.out)")
        #expect(try workspace.read(repo.root + "/.gitattributes") == attributes)
        #expect(try repo.git("config", "--local", "--get-all", "merge.factcheck.driver").out == driver)
        // The shell's journals and save temporaries stay out of git, once.
        #expect(again.out.contains("already ignores factcheck's journals and temporaries"), "\(again.out)")
        let exclude = try workspace.read(repo.root + "/.git/info/exclude")
        #expect(exclude.components(separatedBy: "\n").filter { $0 == ".*.journal-*" }.count == 1)
        try workspace.write("{}", to: repo.root + "/annotations/.x.json.journal-123")
        #expect(try repo.git("status", "--porcelain", "--untracked-files=all").out.contains("journal") == false)

        let outside = try workspace.factcheck(["git-setup"], in: workspace.path)
        #expect(outside.status == 64 && outside.err.contains("not inside a git repository"), "\(outside)")
    }

    /// How many conflicts `git merge-file` (git's line merge) finds merging `theirs` into `ours` from `base`.
    private func lineMergeConflicts(_ repo: Repository, base: String, ours: String, theirs: String) throws -> Int32 {
        let directory = repo.workspace.path + "/line-merge"
        for (name, revision) in [("base", base), ("ours", ours), ("theirs", theirs)] {
            try repo.workspace.write(try repo.annotationText(at: revision), to: "\(directory)/\(name).json")
        }
        let result = try repo.workspace.run(["git", "merge-file", "-p", "ours.json", "base.json", "theirs.json"], in: directory)
        return result.status
    }
}
