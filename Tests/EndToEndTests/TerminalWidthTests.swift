import FactCheckCore
import Testing

/// The real shell on terminals 60, 120 and 220 columns wide: no line it prints is wider than the terminal
/// (by display width), for every listing and for the Tab listing; and a resize between two commands changes
/// the layout of the second.
@Suite("terminal width under a pseudo-terminal")
struct TerminalWidthTests {
    /// The commands whose output is checked, in the order typed.
    static let commands = ["list", "show 1", "show 9", "updates", "compare 1", "help", "find audit", "orphans", "list review", "read"]

    @Test("no printed line is wider than the terminal", arguments: [60, 120, 220] as [UInt16])
    func linesFit(_ columns: UInt16) throws {
        let sandbox = try Sandbox()
        let shell = try ShellDriver(in: sandbox, columns: columns)
        let greeting = try shell.start()
        var checked = 0
        func expectFits(_ lines: [String], after command: String) {
            for line in lines {
                #expect(DisplayWidth.of(line) <= Int(columns), "'\(command)' at \(columns) columns printed \(DisplayWidth.of(line)): \(line)")
                checked += 1
            }
        }
        expectFits(greeting.lines, after: "the greeting")
        for command in TerminalWidthTests.commands {
            let reply = try shell.enter(command + "\r")
            #expect(!reply.lines.isEmpty, "'\(command)' printed nothing")
            expectFits(reply.lines, after: command)
        }
        // Tab on "verify " lists every claim number with the claim's first words; Ctrl-U then clears the line.
        try shell.press("verify \t")
        try shell.terminal.wait(for: "the Tab listing") { $0.text().contains("14  ") }
        let listing = try shell.enter("\u{15}\r")
        let text = ShellReply.plain(shell.terminal.text())
        let tabLines = text.unicodeScalars.split(separator: "\n").map { String(String.UnicodeScalarView($0)) }
            .filter { $0.first?.isNumber == true || $0.hasPrefix(" ") && $0.dropFirst().first?.isNumber == true }
        #expect(tabLines.count >= 14, "the Tab listing shows each claim: \(tabLines)")
        expectFits(tabLines.map { $0.trimmingSuffix("\r") }, after: "Tab")
        _ = listing
        #expect(checked > 50)
        _ = try shell.finish("quit\r")
    }

    @Test("a resize between two 'list' commands changes the layout")
    func resizeChangesTheLayout() throws {
        let sandbox = try Sandbox()
        let shell = try ShellDriver(in: sandbox, columns: 100)
        _ = try shell.start()
        let wide = try shell.enter("list\r")
        try shell.terminal.resize(columns: 50)
        let narrow = try shell.enter("list\r")
        let wideWidest = wide.lines.map { DisplayWidth.of($0) }.max() ?? 0
        let narrowWidest = narrow.lines.map { DisplayWidth.of($0) }.max() ?? 0
        #expect(wideWidest > 50, "at 100 columns lines use the room: \(wideWidest)")
        #expect(narrowWidest <= 50, "after the resize every line fits 50 columns: \(narrow.lines)")
        #expect(wide.lines != narrow.lines)
        _ = try shell.finish("quit\r")
    }
}
