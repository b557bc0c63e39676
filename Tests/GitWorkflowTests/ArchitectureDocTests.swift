import FactCheckShell
import Foundation
import Testing

/// docs/ARCHITECTURE.md names the file of every shell verb and every subcommand; this keeps it true.
@Suite("docs/ARCHITECTURE.md names where each command lives")
struct ArchitectureDocTests {
    /// The doc's table rows: the first cell's `name` (before any space) → the second cell's first `path`.
    static func rows() throws -> [String: String] {
        let text = try String(contentsOfFile: Workspace.packageRoot + "/docs/ARCHITECTURE.md", encoding: .utf8)
        var rows: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count > 2 else { continue }
            let name = cells[1].split(separator: "`").first.map(String.init) ?? ""
            let path = cells[2].split(separator: "`").first.map(String.init) ?? ""
            if path.hasPrefix("Sources/") { rows[name] = path }
        }
        return rows
    }

    @Test func everyShellVerbHasAnExistingFile() throws {
        let rows = try Self.rows()
        for command in ShellCommand.all {
            guard let path = rows[command.name] else {
                Issue.record("docs/ARCHITECTURE.md has no row for the shell verb '\(command.name)'")
                continue
            }
            #expect(FileManager.default.fileExists(atPath: Workspace.packageRoot + "/" + path), "\(command.name): \(path) does not exist")
        }
    }

    @Test func everySubcommandHasAnExistingFile() throws {
        let rows = try Self.rows()
        let help = try Workspace().factcheck(["--help"], in: Workspace.packageRoot)
        let section = help.out.components(separatedBy: "SUBCOMMANDS:").last ?? ""
        let names = section.split(separator: "\n")
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") && $0.dropFirst(2).first?.isLowercase == true }
            .compactMap { $0.split(separator: " ").first.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ",")) } }
        #expect(names.count >= 9, "subcommands read from --help: \(names)")
        for name in names {
            guard let path = rows[name] else {
                Issue.record("docs/ARCHITECTURE.md has no row for the subcommand '\(name)'")
                continue
            }
            #expect(FileManager.default.fileExists(atPath: Workspace.packageRoot + "/" + path), "\(name): \(path) does not exist")
        }
    }
}
