import ArgumentParser
import FactCheckCore
import FactCheckFiles

/// `factcheck git-setup`: makes git diff and merge annotation files through factcheck, in this repository.
struct GitSetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git-setup",
        abstract: "Make git show and merge annotation files claim by claim in this repository (safe to run again).",
        discussion: """
            Adds to the repository's .gitattributes (commit it) a line per PATTERN: \
            '<pattern> diff=factcheck merge=factcheck', and sets in the repository's own config (.git/config, \
            not committed: each clone runs git-setup once): diff.factcheck.textconv = '<factcheck> print --textconv' \
            and merge.factcheck.driver = '<factcheck> merge %O %A %B --name %P'. <factcheck> is 'factcheck' when \
            that command on PATH is this program, else this program's absolute path (run git-setup again if you \
            move it), or what --command says. Running it again changes nothing that is already right.
            """
    )

    /// Where annotation files live unless told otherwise: the annotations/ folder at the top of the repository.
    static let defaultPatterns = ["annotations/**/*.json"]

    @Option(name: .customLong("pattern"), help: ArgumentHelp(
        "A .gitattributes pattern for annotation files (repeatable; default: annotations/**/*.json).", valueName: "glob"))
    var patterns: [String] = []

    @Option(help: ArgumentHelp("The command git should run for factcheck (default: factcheck if PATH finds this program, else its absolute path).", valueName: "command"))
    var command: String?

    func run() throws {
        let top = Subprocess.run(["git", "rev-parse", "--show-toplevel"])
        guard top.status == 0, let root = top.output.split(separator: "\n").first.map(String.init) else {
            OutputFunnel.err("factcheck git-setup: not inside a git repository (run it in your clone): \(UntrustedText(top.error.trimmingSuffix("\n")))\n")
            throw ExitCode(64)
        }
        let program = command ?? GitSetupCommand.programCommand()
        var report: [String] = []

        let attributesPath = root + "/.gitattributes"
        let chosen = patterns.isEmpty ? GitSetupCommand.defaultPatterns : patterns
        for pattern in chosen where pattern.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            OutputFunnel.err("factcheck git-setup: pattern \(UntrustedText(pattern).quoted) contains white space; .gitattributes patterns cannot\n")
            throw ExitCode(64)
        }
        var existing = ""
        if FileAccess.exists(attributesPath) {
            do {
                existing = String(decoding: try FileAccess.readRegularFile(attributesPath), as: UTF8.self)
            } catch {
                Terminal.fail(error)
            }
        }
        let (updated, added) = GitSetupCommand.attributes(existing, patterns: chosen)
        if added.isEmpty {
            report.append(".gitattributes: already routes \(chosen.map { UntrustedText($0).description }.joined(separator: " ")) through factcheck")
        } else {
            do {
                _ = try AtomicFileStore().save(updated, to: attributesPath)
            } catch {
                Terminal.fail(error)
            }
            report += added.map { ".gitattributes: added '\(UntrustedText($0))'" }
        }

        let settings = [
            ("diff.factcheck.textconv", "\(program) print --textconv"),
            ("merge.factcheck.name", "factcheck: claim-by-claim merge of annotation files"),
            ("merge.factcheck.driver", "\(program) merge %O %A %B --name %P"),
        ]
        for (key, value) in settings {
            let current = Subprocess.run(["git", "config", "--local", "--get", key])
            if current.status == 0, current.output.trimmingSuffix("\n") == value {
                report.append("git config \(key): already set")
                continue
            }
            let set = Subprocess.run(["git", "config", "--local", key, value])
            guard set.status == 0 else {
                OutputFunnel.err("factcheck git-setup: git config \(key) failed: \(UntrustedText(set.error.trimmingSuffix("\n")))\n")
                throw ExitCode(74)
            }
            report.append("git config \(key) = \(UntrustedText(value))")
        }
        report.append(GitSetupCommand.excludeWorkFiles())
        OutputFunnel.out(report.map { $0 + "\n" }.joined()
            + (added.isEmpty ? "" : "Commit .gitattributes so that everyone's git uses factcheck for these files; each clone runs 'factcheck git-setup' once.\n"))
    }

    /// Patterns of the shell's working files: journals of unsaved edits and temporaries of saves in progress.
    static let workFilePatterns = [".*.journal-*", ".*.tmp-*"]

    /// Keeps the shell's working files out of `git status` and commits in this clone (.git/info/exclude), so a
    /// journal left by a session that was killed is never committed by accident. Returns the line to report.
    static func excludeWorkFiles() -> String {
        let located = Subprocess.run(["git", "rev-parse", "--git-path", "info/exclude"])
        guard located.status == 0, let path = located.output.split(separator: "\n").first.map(String.init) else {
            return "git info/exclude: not found; add \(workFilePatterns.joined(separator: " ")) to .gitignore"
        }
        let existing = (try? FileAccess.readRegularFile(path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let lines = Set(existing.split(separator: "\n").map(String.init))
        let missing = workFilePatterns.filter { !lines.contains($0) }
        guard !missing.isEmpty else { return "\(UntrustedText(path)): already ignores factcheck's journals and temporaries" }
        var text = existing
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        text += "# factcheck: journals of unsaved edits, temporaries of saves in progress\n" + missing.map { $0 + "\n" }.joined()
        do {
            _ = try AtomicFileStore().save(text, to: path)
        } catch {
            return "\(UntrustedText(path)): could not add \(missing.joined(separator: " ")) (\(error.message))"
        }
        return "\(UntrustedText(path)): ignores \(missing.joined(separator: " "))"
    }

    /// The .gitattributes text with a line for each pattern not yet routed through both drivers, and those lines.
    static func attributes(_ text: String, patterns: [String]) -> (text: String, added: [String]) {
        var routed = Set<String>()
        for line in text.split(separator: "\n") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let pattern = fields.first, !pattern.hasPrefix("#") else { continue }
            if fields.contains("diff=factcheck") && fields.contains("merge=factcheck") { routed.insert(pattern) }
        }
        var result = text
        var added: [String] = []
        for pattern in patterns where !routed.contains(pattern) {
            let line = "\(pattern) diff=factcheck merge=factcheck"
            if !result.isEmpty && !result.hasSuffix("\n") { result += "\n" }
            result += line + "\n"
            added.append(line)
            routed.insert(pattern)
        }
        return (result, added)
    }

    /// "factcheck" when PATH finds this very program under that name, else this program's absolute path, quoted
    /// for the shell git runs drivers with.
    static func programCommand() -> String {
        guard let me = FileAccess.canonicalPath("/proc/self/exe") else { return "factcheck" }
        for directory in (Terminal.environment("PATH") ?? "").split(separator: ":") where !directory.isEmpty {
            if let found = FileAccess.canonicalPath(directory + "/factcheck"), found == me { return "factcheck" }
        }
        return shellQuoted(me)
    }

    /// `text` as one shell word: as it is when made only of safe characters, else in single quotes.
    static func shellQuoted(_ text: String) -> String {
        let safe = text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "/._-+@:,".unicodeScalars.contains($0) }
        return safe && !text.isEmpty ? text : "'" + text.replacingAll("'", with: "'\\''") + "'"
    }
}

extension String {
    /// Every `target` replaced with `replacement`.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
