/// Read-only annotation files and directories, and file names carrying escapes.
extension HostilePaths {
    /// Files and directories with no write bit: the save is refused, nothing is written.
    static let readOnlyPaths: [HostileCase] = [
        HostileCase("annotation file: read-only (mode 444; refused even for root)") { w in
            let article = try w.seedArticle()
            try w.validAnnotationFile(article: article)
            try w.chmod("annotations.json", 0o444)
            // The save fails (the shell exits 1 for a failed command); the acknowledged edit stays in the journal
            // for the next session, by design, and the file is untouched.
            return [HostileRun.shell(article, annotations: w.annotations, script: ["list", "verify 1 x", "save"], status: 1,
                                     errors: ["line 3: " + w.annotations, "read-only", "unsaved"])
                .keepingJournal(of: "annotations.json")]
        },
        HostileCase("annotation file in a read-only directory (mode 555; nothing may be created in it, even by root)") { w in
            let article = try w.seedArticle()
            try w.validAnnotationFile("locked/annotations.json", article: article)
            try w.chmod("locked", 0o555)
            let file = w.work + "/locked/annotations.json"
            return [.shell(article, annotations: file, script: ["list", "verify 1 x", "save"], status: 1, errors: ["line 3: " + file, "read-only"])]
        },
        HostileCase("new annotation file in a read-only directory (mode 555)") { w in
            let article = try w.seedArticle()
            try w.file("locked/README", text: "read-only\n")
            try w.chmod("locked", 0o555)
            let file = w.work + "/locked/new.json"
            return [.shell(article, annotations: file, script: ["list", "verify 1 x", "save"], status: 1, errors: ["line 3: " + file, "read-only"])]
        },
    ]

    /// File names that carry escapes: shown visibly in every message.
    static let names: [HostileCase] = [
        HostileCase("a missing article whose name carries an OSC title sequence and U+202E") { w in
            let name = w.work + "/evil\u{1B}]0;pwned\u{07}\u{202E}.txt"
            return ArticleRuns.rejected(name, in: w, status: 66, reason: "no such file", shown: "evil^[]0;pwned^G<U+202E>.txt")
        },
        HostileCase("an article and an annotation file whose names carry CSI, OSC and U+202E") { w in
            let article = try w.file("art\u{1B}[31m.txt", try Sandbox.seedArticleBytes())
            let annotations = w.work + "/notes\u{1B}]0;x\u{07}\u{202E}.json"
            let shown = "notes^[]0;x^G<U+202E>.json"
            return [
                .claims(article, status: 0, output: ["Bercy a demandé"]),
                HostileRun.shell(article, annotations: annotations, script: ["verify 1 x", "save"], status: 0, output: ["Saved 14 claims to ", shown])
                    .saving("notes\u{1B}]0;x\u{07}\u{202E}.json"),
                .check(["--strict", annotations], status: 1, mentions: [shown]),
            ]
        },
    ]
}
