import Testing

/// A hostile input, made in the test (nothing large is committed), and the runs that must each meet their
/// documented outcome on it.
struct HostileCase: Sendable, CustomTestStringConvertible {
    /// What the input is ("Windows-1252 with € and ’").
    let name: String
    /// Creates the inputs in a fresh workspace; returns the runs to check.
    let prepare: @Sendable (HostileWorkspace) throws -> [HostileRun]

    /// A case named `name`.
    init(_ name: String, prepare: @escaping @Sendable (HostileWorkspace) throws -> [HostileRun]) {
        self.name = name
        self.prepare = prepare
    }

    /// The name, in test reports.
    var testDescription: String { name }

    /// Prepares a workspace, executes every run, and records each broken promise as an issue.
    func check() throws {
        let workspace = try HostileWorkspace()
        for run in try prepare(workspace) {
            for problem in run.execute(in: workspace) {
                Issue.record("\(name) — \(run.label): \(problem)")
            }
        }
    }
}

/// The three ways an article is read: `claims`, `sentences`, and the piped shell, all expected to fail alike.
enum ArticleRuns {
    /// `claims`, `sentences` and the shell (`list`, `verify 1 x`, `save`) must each exit with `status` and name the
    /// file and `reason` on standard error; nothing may be written (no annotation file, no journal).
    static func rejected(_ article: String, in workspace: HostileWorkspace, status: Int32, reason: String, shown: String? = nil) -> [HostileRun] {
        let name = shown ?? article
        return [
            .claims(article, status: status, errors: [name, reason]),
            .sentences(article, status: status, errors: [name, reason]),
            .shell(article, annotations: workspace.annotations, script: ["list", "verify 1 x", "save"], status: status, errors: [name, reason]),
        ]
    }

    /// `claims` and `sentences` succeed and print each of `texts`; the shell lists, verifies claim 1, saves,
    /// and the saved file decodes with claim 1 verified.
    static func accepted(_ article: String, in workspace: HostileWorkspace, texts: [String]) -> [HostileRun] {
        [
            .claims(article, status: 0, output: texts),
            .sentences(article, status: 0, output: texts),
            HostileRun.shell(article, annotations: workspace.annotations, script: ["list", "verify 1 x", "save"], status: 0,
                             output: ["#1 verified — x", "Saved "])
                .saving("annotations.json")
                .checking { _, workspace in savedVerdictProblems(workspace.annotations, claim: 1, Verdict(status: "verified", note: "x")) },
        ]
    }

    /// Problems with the annotation file at `path` not holding `verdict` for `claim`.
    static func savedVerdictProblems(_ path: String, claim: Int, _ verdict: Verdict) -> [String] {
        do {
            let map = try VerdictMap.read(path).map
            return map.verdicts[claim] == verdict ? [] : ["the saved file has #\(claim) \(map.verdicts[claim].map(String.init(describing:)) ?? "missing"), expected \(verdict)"]
        } catch {
            return ["the saved file: \(error)"]
        }
    }
}
