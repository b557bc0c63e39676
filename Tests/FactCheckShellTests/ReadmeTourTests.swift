import FactCheckCore
import FactCheckShell
import Foundation
import Testing

/// README's tour is what the shell shows: each command typed after a prompt in the tour's transcript is run on a
/// terminal 100 columns wide, and every line the tour prints under it is printed, in order (a line "…" stands for
/// lines left out).
@Suite struct ReadmeTourTests {
    /// The tour's transcript: the first code block after "## A short tour of the shell".
    static func transcript() throws -> [String] {
        let readme = try CommandDocumentationTests.readme()
        guard let tour = readme.range(of: "## A short tour of the shell") else { return [] }
        let blocks = readme[tour.upperBound...].components(separatedBy: "```")
        guard blocks.count > 1 else { return [] }
        return blocks[1].split(separator: "\n").map(String.init)
    }

    /// The commands of the transcript, each with the lines shown under it.
    static func exchanges(_ lines: [String]) -> [(prompt: String, command: String, shown: [String])] {
        var exchanges: [(prompt: String, command: String, shown: [String])] = []
        for line in lines {
            if line.hasPrefix("cloudwatt-audit"), let end = line.range(of: "> ") {
                exchanges.append((String(line[..<end.upperBound]), String(line[end.upperBound...]), []))
            } else if !exchanges.isEmpty {
                exchanges[exchanges.count - 1].shown.append(line)
            }
        }
        return exchanges
    }

    @Test func theTourShowsWhatTheShellPrints() throws {
        let lines = try Self.transcript()
        #expect(lines.contains { $0.contains("14 claims (0 reviewed), 1 update notice") }, "the tour starts from no verdicts")
        let exchanges = Self.exchanges(lines)
        #expect(exchanges.count >= 6, "\(exchanges)")
        let harness = try ShellHarness()
        let result = try harness.run(exchanges.map { .line($0.command) } + [.endOfInput], interactive: true, width: 100)
        #expect(result.err == "")
        #expect(Array(result.prompts.prefix(exchanges.count)) == exchanges.map(\.prompt), "the prompts of the tour")
        // What each command printed: the output between one prompt and the next, in order.
        // `read` holds each marker to its sentence with a no-break space, which a terminal shows as a space.
        let printed = result.out.replacing("\u{A0}", with: " ")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var cursor = printed.firstIndex { $0.hasPrefix("Type 'help'") } ?? 0
        for exchange in exchanges {
            for line in exchange.shown where line != "…" {
                // The tour's file is .build/tour/…; the test's is a longer temporary path, so a line naming it is
                // matched up to the path (the rest may wrap differently).
                let path = line.range(of: ".build/tour/cloudwatt-audit.json").map { String(line[..<$0.lowerBound]).trimmingCharacters(in: .whitespaces) }
                guard let found = printed[cursor...].firstIndex(where: { path.map($0.hasPrefix) ?? ($0 == line) }) else {
                    Issue.record("after '\(exchange.command)', README shows a line the shell does not print: \(line)")
                    continue
                }
                cursor = found + 1
            }
        }
    }
}
