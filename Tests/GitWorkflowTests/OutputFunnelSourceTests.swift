import Foundation
import Testing

/// The one funnel holds in the sources: nothing but `Sources/factcheck/OutputFunnel.swift` writes to standard
/// output or standard error (docs/TERMINAL-SAFETY.md). A `print(`, a `FileHandle.standardError`, an `fputs` or a
/// `write(2, …)` anywhere else in the product's targets fails this test.
@Suite("one funnel in the sources")
struct OutputFunnelSourceTests {
    /// The product's targets. `notice-eval` (a developer's evaluation tool that prints its own figures) is not
    /// part of the product and is left out.
    static let targets = ["factcheck", "FactCheckShell", "LineEditing", "FactCheckFiles", "FactCheckCore", "FactCheckFuzzing"]

    /// The funnel itself, and the signal handler's one constant message (only async-signal-safe calls there).
    static let allowed: [String: [String]] = [
        "Sources/factcheck/OutputFunnel.swift": [],
        "Sources/factcheck/Signals.swift": ["terminationMessage.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }"],
    ]

    /// Writers to the standard streams, as regular expressions.
    static let writers = [
        #"(?<![.\w])(?<!func )(Swift\.)?print\("#, #"\bdebugPrint\("#, #"(?<![.\w])dump\("#, #"FileHandle\.standard(Output|Error)"#,
        #"\bf?puts\("#, #"\bfwrite\("#, #"\b(f|v)?printf\("#, #"\bputchar\("#, #"\bfputc\("#,
        #"\bwrite\(\s*(1|2|STDOUT_FILENO|STDERR_FILENO)\s*,"#,
    ]

    /// POSIX `write` on any descriptor, in a file that imports the C library: only FactCheckFiles writes files
    /// (atomic saves, the journal), so everywhere else a `write(` is a write to a stream.
    static let posixWrite = #"(?<![.\w])(?<!func )(Glibc\.|Darwin\.)?write\("#

    /// Every line of the product's sources that writes to a standard stream outside the funnel.
    static func offendingLines() throws -> [String] {
        var found: [String] = []
        for target in targets {
            let folder = Workspace.packageRoot + "/Sources/" + target
            guard let files = FileManager.default.enumerator(atPath: folder) else { throw WorkspaceError("no \(folder)") }
            for case let name as String in files where name.hasSuffix(".swift") {
                let relative = "Sources/\(target)/\(name)"
                let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
                // Inside `CommandContext`, `print(_:)` is the context's own method (it collects lines for the shell,
                // which writes them through the output the executable gives it): member lookup shadows Swift's.
                let contextFile = text.contains("extension CommandContext") || text.contains("struct CommandContext")
                let importsC = ["import Glibc", "import Darwin", "import Foundation"].contains { text.contains($0) }
                let patterns = writers + (importsC && target != "FactCheckFiles" ? [posixWrite] : [])
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let code = line.trimmingCharacters(in: .whitespaces)
                    if code.hasPrefix("//") { continue }
                    if allowed[relative].map({ $0.isEmpty || $0.contains(code) }) == true { continue }
                    for writer in patterns where code.range(of: writer, options: .regularExpression) != nil {
                        if contextFile, writer == writers[0], !code.contains("Swift.print") { continue }
                        found.append("\(relative):\(number + 1): \(code)")
                    }
                }
            }
        }
        return found
    }

    @Test("no print, FileHandle, fputs or write to a standard stream outside OutputFunnel.swift")
    func onlyTheFunnelWrites() throws {
        let offending = try Self.offendingLines()
        #expect(offending.isEmpty, "write through OutputFunnel (docs/TERMINAL-SAFETY.md):\n\(offending.joined(separator: "\n"))")
    }

    @Test("the scan finds what it looks for")
    func theScanWorks() throws {
        for sample in ["print(\"x\")", "Swift.print(x)", "FileHandle.standardError.write(d)", "fputs(s, stdout)", "_ = write(2, p, n)", "dump(value)"] {
            #expect(Self.writers.contains { sample.range(of: $0, options: .regularExpression) != nil }, "\(sample)")
        }
        #expect("let n = write(fd, base + offset, count)".range(of: Self.posixWrite, options: .regularExpression) != nil)
        #expect("JSONWriter.write(value)".range(of: Self.posixWrite, options: .regularExpression) == nil)
        for sample in ["context.print(\"x\")", "func print(_ line: String)", "blueprint(x)", "OutputFunnel.out(x)"] {
            #expect(!Self.writers.contains { sample.range(of: $0, options: .regularExpression) != nil }, "\(sample)")
        }
    }
}
