import ArgumentParser
import FactCheckCore
import FactCheckFiles

/// `factcheck merge BASE OURS THEIRS`: git's merge driver for annotation files (`%O %A %B`).
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge two editors' versions of an annotation file claim by claim; the result replaces OURS.",
        discussion: """
            Git's merge driver (git-setup configures it): BASE is the common ancestor (empty when there is none), \
            OURS the current branch's version, which receives the result, THEIRS the other branch's. Claims \
            reviewed on one side only merge cleanly; a claim given different verdicts on both sides is a conflict: \
            both verdicts are kept in the file (the claim's "conflict" member), neither is applied, the exit status \
            is 1 and 'factcheck check' reports the claim until an editor gives it a verdict. Histories are united. \
            Exit status: 0 merged cleanly, 1 conflicts (file written), 65 a side is not a valid annotation file \
            (OURS left as it was), 66 a file cannot be read, 73/74 the result cannot be written.
            """
    )

    @Argument(help: "The common ancestor's version (git's %O).")
    var base: String

    @Argument(help: "Our version (git's %A); the merged file is written here.")
    var ours: String

    @Argument(help: "Their version (git's %B).")
    var theirs: String

    @Option(help: ArgumentHelp("The file's name in the repository, for messages (git's %P).", valueName: "path"))
    var name: String?

    func run() throws {
        let shown = TerminalText.visible(name ?? ours)
        let result: MergeResult
        do {
            let baseSet = try AnnotationFile.readSide(base)
            guard let mine = try AnnotationFile.readSide(ours) else {
                // Deleted on our side: nothing to merge into; git records a modify/delete conflict.
                OutputFunnel.err("factcheck merge: \(shown): our side has no annotations (deleted or empty); left as it is\n")
                throw ExitCode(1)
            }
            guard let other = try AnnotationFile.readSide(theirs) else {
                OutputFunnel.err("factcheck merge: \(shown): their side has no annotations (deleted or empty); ours left as it is\n")
                throw ExitCode(1)
            }
            result = AnnotationMerge.merge(base: baseSet, ours: mine, theirs: other)
            if result.isForeign {
                OutputFunnel.err("factcheck merge: \(shown): CONFLICT the sides annotate different articles (ours \(TerminalText.visible(mine.article.path)), "
                    + "theirs \(TerminalText.visible(other.article.path))); nothing was merged and our version is left as it is. Keep one side with "
                    + "'git checkout --ours -- \(shown)' or 'git checkout --theirs -- \(shown)', check it with 'factcheck check \(shown)', then 'git add' it\n")
                throw ExitCode(1)
            }
            // The result passes the same door as every file read, or it is not written.
            try AnnotationFile.validate(result.merged, path: name ?? ours, article: nil)
            _ = try AtomicFileStore().save(AnnotationCodec.encode(result.merged), to: ours)
        } catch let error as FileError {
            OutputFunnel.err("factcheck merge: \(error.message)\n")
            if case .refusedAnnotations = error {
                OutputFunnel.err("factcheck merge: \(shown): our version is left as it is; fix the file, or take one side with "
                    + "'git checkout --ours/--theirs -- FILE', then 'git add' it\n")
            }
            throw ExitCode(Sysexits.code(for: error))
        }
        guard !result.isClean else { return }
        for conflict in result.conflicts {
            OutputFunnel.err("factcheck merge: \(shown): CONFLICT \(describe(conflict))\n")
        }
        let count = result.conflicts.count
        OutputFunnel.err("factcheck merge: \(shown): \(count) conflict\(count == 1 ? "" : "s"); both sides are kept in the file. "
            + "Give each conflicted claim its verdict in 'factcheck ARTICLE --annotations \(shown)' (or edit the file and remove "
            + "the \"conflict\" member), check with 'factcheck check \(shown)', then 'git add' it.\n")
        throw ExitCode(1)
    }

    private func describe(_ conflict: MergeConflict) -> String {
        switch conflict {
        case .claim(_, let n, let text, let ours, let theirs):
            "on claim \(TextPreview.claimLabel(n: n, text: text)): ours \(AnnotationDiff.describe(ours)) / theirs \(AnnotationDiff.describe(theirs))"
        case .update(let id, _, let ours, let theirs):
            "on update \(TerminalText.visible(id)): ours \(AnnotationDiff.describe(ours)) / theirs \(AnnotationDiff.describe(theirs))"
        case .article(let ours, let theirs):
            "on the article: the sides annotate different versions of \(TerminalText.visible(ours.path)) (sha256 \(ours.sha256.prefix(12))… / "
                + "\(theirs.sha256.prefix(12))…); ours kept: open the merged article in factcheck to re-anchor"
        }
    }
}
