import ArgumentParser
import FactCheckCore
import FactCheckFiles

/// `factcheck diff OLD NEW [--format text|json]`: what changed between two versions of an annotation file.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of an annotation file: verdicts, flags, links, notices.",
        discussion: """
            One line per change, in reading order: the claim's number and first words, old → new verdict, who, \
            and the note and sources indented below. Prints nothing when no verdict, flag, link or notice changed. \
            Either file may be /dev/null or empty (a file added or deleted).
            """
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The older annotation file.")
    var old: String

    @Argument(help: "The newer annotation file.")
    var new: String

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let before: AnnotationSet?, after: AnnotationSet?
        do {
            before = try AnnotationFile.readSide(old)
            after = try AnnotationFile.readSide(new)
        } catch {
            Terminal.fail(error)
        }
        let changes = AnnotationDiff.changes(from: before, to: after)
        switch format {
        case .text: OutputFunnel.out(AnnotationDiff.text(changes))
        case .json: OutputFunnel.out(JSONWriter.write(AnnotationDiff.json(changes)))
        }
    }
}
