#if canImport(Glibc)
import Glibc
#endif

/// Journals left beside an annotation file are untrusted input too: one cut short by a crash in the middle of an
/// append, one that is garbage. The next session replays what it can, prints nothing raw, and its save leaves
/// no journal behind.
enum HostileJournals {
    /// Every journal case.
    static let all: [HostileCase] = [
        HostileCase("journals: a killed session's (hostile note, torn last line) and a garbage one") { w in
            let article = try w.seedArticle()
            let killed = try ShellProcess(article: article, annotations: w.annotations, sandbox: w.sandbox, label: "killed session")
            try killed.run("verify 1 \"avant \u{1B}]0;pwned\u{07}\u{202E} après\"", expecting: ["#1 verified"])
            killed.process.kill()
            let journal = w.work + "/.annotations.json.journal-\(killed.process.processID)"
            guard var bytes = Sandbox.contents(of: journal) else { throw PseudoTerminalError(description: "no journal at \(journal)") }
            bytes += Array("{\"claims\":[{\"id\":\"c-7ddc2cc3\",\"n\":1,\"status\":\"disp".utf8)
            try w.file(".annotations.json.journal-\(killed.process.processID)", bytes, mode: 0o600)
            try w.file(".annotations.json.journal-1", [0x1B, 0x5D, 0x30, 0x3B, 0x78, 0x07, 0x0A, 0x9B, 0xFF, 0x00, 0x0A, 0x7B, 0x0A], mode: 0o600)

            var recovery = HostileRun.shell(article, annotations: w.annotations, script: ["show 1", "save"], status: 0,
                                            errors: ["Recovered unsaved edits of 1 claim"], output: ["avant ^[]0;pwned^G<U+202E> après", "Saved "])
            recovery.mayChange = { path, run in
                // The garbage journal has no header: it is kept aside, never replayed, never deleted.
                path.hasPrefix(".annotations.json.unmatched-journal-")
                    || (run.exitStatus == 0 && (path == "annotations.json" || path.hasPrefix(".annotations.json.journal-")))
            }
            return [recovery.checking { _, w in
                let entries = w.sandbox.workEntries()
                let left = entries.filter { $0.contains(".journal-") && !$0.contains(".unmatched-journal-") }
                let keptAside = entries.contains(".annotations.json.unmatched-journal-1") ? [] : ["the header-less journal was not kept aside: \(entries)"]
                let verdict = ArticleRuns.savedVerdictProblems(w.annotations, claim: 1, Verdict(status: "verified", note: "avant \u{1B}]0;pwned\u{07}\u{202E} après"))
                return verdict + keptAside + (left.isEmpty ? [] : ["journals left after the save: \(left)"])
            }]
        },
        HostileCase("journal: an old header and a torn line is kept aside; a session with no edit that quits leaves no journal") { w in
            let article = try w.seedArticle()
            try w.validAnnotationFile(article: article)
            try w.file(".annotations.json.journal-1", text: "{\"factcheck-journal\":1,\"file\":\"annotations.json\",\"pid\":1}\n{\"claims\":[{\"id\":\"c-7d", mode: 0o600)
            var quit = HostileRun.shell(article, annotations: w.annotations, script: ["list", "quit"], status: 0,
                                        errors: ["was not replayed: it has no journal header"])
            // Not this version's header: the journal is renamed aside, never replayed; no new one may appear.
            quit.mayChange = { path, _ in path == ".annotations.json.journal-1" || path == ".annotations.json.unmatched-journal-1" }
            return [quit]
        },
    ]
}
