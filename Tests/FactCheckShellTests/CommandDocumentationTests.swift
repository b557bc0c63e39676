import FactCheckShell
import Testing

/// README's table of shell verbs is checked against the command table, so neither can drift from the other.
@Suite struct CommandDocumentationTests {
    /// The repository's README.md, found from this file's path.
    static func readme() throws -> String {
        let tests = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        return try String(contentsOfFile: "/" + tests + "/README.md", encoding: .utf8)
    }

    /// The usages README's verb table lists: every `…` in the first column of a row whose header is "command".
    static func documentedUsages(in readme: String) -> [String] {
        var usages: [String] = []
        var inTable = false
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("| command |") { inTable = true; continue }
            guard inTable else { continue }
            guard line.hasPrefix("|") else { inTable = false; continue }
            // The first cell, with markdown's escaped pipes put back.
            let cells = line.replacingOccurrences(of: "\\|", with: "\u{1}").split(separator: "|", omittingEmptySubsequences: false)
            guard cells.count > 1, !cells[1].contains("---") else { continue }
            let cell = cells[1].replacingOccurrences(of: "\u{1}", with: "|")
            let quoted = cell.split(separator: "`", omittingEmptySubsequences: false)
            usages += stride(from: 1, to: quoted.count, by: 2).map { String(quoted[$0]) }
        }
        return usages
    }

    @Test func readmeListsEveryVerbWithItsUsage() throws {
        let documented = Self.documentedUsages(in: try Self.readme())
        #expect(!documented.isEmpty, "README.md has no '| command |' table")
        let table = ShellCommand.all.map(\.usage)
        for usage in table {
            #expect(documented.contains(usage), "README's verb table lacks `\(usage)`")
        }
        for usage in documented {
            #expect(table.contains(usage), "README's verb table lists `\(usage)`, which is not the usage of any command")
        }
    }

    @Test func usageComesFromTheDeclaredParameters() {
        let usages = Dictionary(uniqueKeysWithValues: ShellCommand.all.map { ($0.name, $0.usage) })
        #expect(usages["verify"] == "verify [N] [NOTE]")
        #expect(usages["source"] == "source [N] SOURCE…")
        #expect(usages["resolve"] == "resolve N ours|theirs")
        #expect(usages["link"] == "link U N…")
        #expect(usages["next"] == "next [unreviewed|review]")
        #expect(usages["goto"] == "goto N")
        #expect(usages["undo"] == "undo")
    }
}
