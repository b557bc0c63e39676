import FactCheckCore
import Foundation
import Testing

/// The keyboard-only review of the scripted-shell transcript (Tests/FactCheckShellTests/Snapshots/
/// review-transcript.txt), typed into the real binary on an 80-column pseudo-terminal: every prompt and every
/// line printed is the transcript's, and the file saved holds the whole review.
@Suite("the review transcript under a pseudo-terminal")
struct ReviewTranscriptReplay {
    /// The transcript's exchanges: the prompt, the line typed after it, and the lines printed before the next.
    static func exchanges() throws -> [(prompt: String, typed: String, printed: [String])] {
        let path = Sandbox.packageRoot + "/Tests/FactCheckShellTests/Snapshots/review-transcript.txt"
        var exchanges: [(prompt: String, typed: String, printed: [String])] = []
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("cloudwatt-audit"), let end = line.range(of: "> ") {
                exchanges.append((String(line[..<end.upperBound]), String(line[end.upperBound...]), []))
            } else if !exchanges.isEmpty {
                exchanges[exchanges.count - 1].printed.append(String(line))
            }
        }
        return exchanges
    }

    @Test("typed key by key, the review prints the transcript and saves every verdict")
    func replay() throws {
        let exchanges = try Self.exchanges()
        #expect(exchanges.count > 30)
        let sandbox = try Sandbox()
        let shell = try ShellDriver(in: sandbox, columns: 80)
        var prompt = try shell.start().prompt
        for (index, exchange) in exchanges.enumerated() {
            #expect(prompt == exchange.prompt, "before '\(exchange.typed)'")
            guard index < exchanges.count - 1 else { break }
            let reply = try shell.enter(exchange.typed + "\r")
            #expect(reply.lines == exchange.printed, "after '\(exchange.typed)'")
            prompt = reply.prompt
        }
        // The transcript ends with "save" typed.
        #expect(exchanges.last?.typed == "save")
        #expect(try shell.enter("save\r").lines == ["Saved 14 claims to \(sandbox.annotationFile)."])
        let (_, termination) = try shell.finish("\u{04}")
        #expect(termination == .exited(0))
        let set = try AnnotationCodec.decode(try Data(contentsOf: URL(fileURLWithPath: sandbox.annotationFile)))
        #expect(set.claims.allSatisfy { $0.status != .unreviewed || $0.dismissed != nil })
        #expect(set.claims.filter { $0.dismissed != nil }.map(\.n) == [5, 6])
        #expect(set.claims.allSatisfy { $0.by == nil || $0.by == "Test Editor" })
    }
}
