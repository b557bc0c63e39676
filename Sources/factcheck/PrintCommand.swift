import ArgumentParser
import FactCheckCore
import FactCheckFiles

/// `factcheck print FILE`: a readable view of an annotation file; git's textconv for annotation files.
///
/// Named `print` so that `show` keeps one meaning: in the shell, `show N` shows one claim. `show` is still accepted
/// here (hidden), so git configurations written by earlier versions of git-setup keep working.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print an annotation file as a readable list of claims, verdicts, notes and update links.",
        discussion: """
            The layout depends only on the file, so 'git diff' and 'git log -p' through this view (git-setup \
            configures it as git's textconv) read as verdict changes. With --textconv a file that is not a valid \
            annotation file is printed as it is, after a line saying why, instead of failing the git command.
            """,
        aliases: ["show"]
    )

    @Argument(help: "The annotation file.")
    var file: String

    @Option(help: ArgumentHelp("Wrap at this many columns (default 100, whatever the terminal).", valueName: "columns"))
    var width: Int = 100

    @Flag(help: "Also list every claim's history.")
    var history = false

    @Flag(help: "Never fail on a bad file: print it raw after a line saying why (for git's textconv).")
    var textconv = false

    func run() throws {
        let bytes: [UInt8]
        do {
            bytes = try FileAccess.readRegularFile(file)
        } catch {
            Terminal.fail(error)
        }
        if bytes.isEmpty { return }
        do {
            let set = try AnnotationFile.decode(bytes, path: file)
            OutputFunnel.out(AnnotationListing.render(set, width: width, history: history))
        } catch {
            guard textconv, case .refusedAnnotations(_, let refusal) = error else { Terminal.fail(error) }
            // git passes a temporary file: name no path, so the line is the same in every diff.
            let raw = String(decoding: bytes, as: UTF8.self)
            OutputFunnel.out("factcheck: not a valid annotation file (\(refusal.reason)); shown as it is:\n"
                + TerminalText.visible(raw, keepingNewlines: true) + (raw.hasSuffix("\n") ? "" : "\n"))
        }
    }
}
