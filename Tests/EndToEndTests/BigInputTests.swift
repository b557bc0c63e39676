import Testing

/// Very large articles, generated in the test: `sentences` and `claims` must finish with no crash, no raw control
/// byte, and the input untouched. The time limit only catches a hang (or a return to quadratic work, which takes
/// minutes here): speed is measured by `scripts/bench`, not by tests. Each run prints how long it took.
@Suite("Big input (real binary)")
struct BigInputTests {
    /// A large article and how to make it.
    struct BigArticle: Sendable, CustomTestStringConvertible {
        /// What it is.
        let name: String
        /// Its file name.
        let file: String
        /// The lines `sentences` must print at least.
        let minimumSentences: Int
        /// Makes its bytes.
        let make: @Sendable () -> [UInt8]

        /// The name, in test reports.
        var testDescription: String { name }
    }

    /// The large articles: one 50 MB line, and 200,000 short paragraphs.
    static let articles: [BigArticle] = [
        BigArticle(name: "a 50 MB article on a single line", file: "one-line.txt", minimumSentences: 100_000) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(50 * 1024 * 1024 + 200)
            var index = 0
            while bytes.count < 50 * 1024 * 1024 {
                bytes += "Le projet numéro \(index) a coûté \(index % 997) millions d'euros à l'État, selon Bercy. ".utf8
                index += 1
            }
            bytes.append(0x0A)
            return bytes
        },
        BigArticle(name: "200,000 paragraphs", file: "paragraphs.txt", minimumSentences: 200_000) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(16 * 1024 * 1024)
            for index in 0..<200_000 {
                bytes += "Paragraphe \(index) : le projet a coûté \(index % 997) millions d'euros selon Bercy.\n\n".utf8
            }
            return bytes
        },
    ]

    /// Both commands on one large article; the times are printed.
    @Test("sentences and claims finish on very large articles", arguments: BigInputTests.articles)
    func bigArticle(_ article: BigArticle) throws {
        let workspace = try HostileWorkspace()
        let bytes = article.make()
        let path = try workspace.file(article.file, bytes)
        let size = bytes.count
        let name = article.name
        let minimum = article.minimumSentences
        let runs = [
            HostileRun.sentences(path, status: 0).checking { run, _ in
                print("Big input: sentences on \(name) (\(size) bytes): \(run.termination) after \(run.elapsed)")
                let lines = run.standardOutput.lazy.filter { $0 == 0x0A }.count
                return lines >= minimum ? [] : ["printed \(lines) sentences, expected at least \(minimum)"]
            },
            HostileRun.claims(path, status: 0).checking { run, _ in
                print("Big input: claims on \(name) (\(size) bytes): \(run.termination) after \(run.elapsed)")
                return run.standardOutput.isEmpty ? ["printed no claim"] : []
            },
        ]
        for var run in runs {
            run.limit = .seconds(180)
            for problem in run.execute(in: workspace) {
                Issue.record("\(article.name) — \(run.label): \(problem)")
            }
        }
    }
}
