/// Hostile paths: symlinks of every kind, FIFOs, devices, directories, read-only files and directories, and file
/// names carrying escapes. Reading follows symlinks to regular files only; a FIFO or device is refused at once
/// (66), never opened for a blocking read; a file or directory with no write bit is never written, even by root.
enum HostilePaths {
    /// A FIFO must be refused at once: a blocking open would wait for a writer forever.
    static let immediately: Duration = .seconds(3)

    /// Every path case.
    static let all: [HostileCase] = articlePaths + annotationPaths + readOnlyPaths + names

    /// What the article path may name.
    static let articlePaths: [HostileCase] = [
        HostileCase("article: a symlink to a file inside the sandbox") { w in
            try w.seedArticle()
            return ArticleRuns.accepted(try w.symlink("link.txt", to: "article.txt"), in: w, texts: ["Bercy a demandé"])
        },
        HostileCase("article: a symlink to a file outside the sandbox") { w in
            let outside = try w.outsideFile("elsewhere.txt", try Sandbox.seedArticleBytes())
            return ArticleRuns.accepted(try w.symlink("link.txt", to: outside), in: w, texts: ["Bercy a demandé"])
        },
        HostileCase("article: a dangling symlink") { w in
            ArticleRuns.rejected(try w.symlink("dangling.txt", to: "nowhere.txt"), in: w, status: 66, reason: "no such file")
        },
        HostileCase("article: a symlink loop") { w in
            try w.symlink("loop-b.txt", to: "loop-a.txt")
            return ArticleRuns.rejected(try w.symlink("loop-a.txt", to: "loop-b.txt"), in: w, status: 66, reason: "symbolic links")
        },
        HostileCase("article: a symlink to /dev/zero") { w in
            ArticleRuns.rejected(try w.symlink("zero.txt", to: "/dev/zero"), in: w, status: 66, reason: "not a regular file").map(limited)
        },
        HostileCase("article: a FIFO (refused at once, never blocks)") { w in
            ArticleRuns.rejected(try w.fifo("pipe.txt"), in: w, status: 66, reason: "not a regular file").map(limited)
        },
        HostileCase("article: a directory") { w in
            try w.file("folder/inside.txt", text: "x")
            return ArticleRuns.rejected(w.work + "/folder", in: w, status: 66, reason: "directory")
        },
        HostileCase("article: read-only (no write bit), which is fine to read") { w in
            try w.file("article.txt", try Sandbox.seedArticleBytes(), mode: 0o444)
            return ArticleRuns.accepted(w.work + "/article.txt", in: w, texts: ["Bercy a demandé"])
        },
    ]

    /// What the annotation file path may name.
    static let annotationPaths: [HostileCase] = [
        HostileCase("annotation file: a symlink to a file (saving updates the target, the link stays)") { w in
            let article = try w.seedArticle()
            try w.validAnnotationFile("target.json", article: article)
            let link = try w.symlink("annotations.json", to: "target.json")
            return [HostileRun.shell(article, annotations: link, script: ["verify 1 x", "save"], status: 0, output: ["Saved "])
                .saving("target.json")
                .checking { _, w in ArticleRuns.savedVerdictProblems(w.work + "/target.json", claim: 1, Verdict(status: "verified", note: "x")) }]
        },
        HostileCase("annotation file: a dangling symlink (the first save creates its target)") { w in
            let article = try w.seedArticle()
            let link = try w.symlink("annotations.json", to: "created.json")
            return [HostileRun.shell(article, annotations: link, script: ["verify 1 x", "save"], status: 0, output: ["Saved "])
                .saving("created.json")
                .checking { _, w in ArticleRuns.savedVerdictProblems(w.work + "/created.json", claim: 1, Verdict(status: "verified", note: "x")) }]
        },
        HostileCase("annotation file: a symlink loop") { w in
            let article = try w.seedArticle()
            try w.symlink("loop-b.json", to: "loop-a.json")
            let loop = try w.symlink("loop-a.json", to: "loop-b.json")
            return [
                .shell(article, annotations: loop, script: ["list", "verify 1 x", "save"], status: 66, errors: [loop, "symbolic links"]),
                .check([loop], status: 66, mentions: [loop]),
            ]
        },
        HostileCase("annotation file: a symlink to /dev/zero") { w in
            let article = try w.seedArticle()
            let zero = try w.symlink("annotations.json", to: "/dev/zero")
            return [
                limited(.shell(article, annotations: zero, script: ["list", "verify 1 x", "save"], status: 66, errors: [zero, "not a regular file"])),
                limited(unreadableCheck(zero)),
            ]
        },
        HostileCase("annotation file: a FIFO (refused at once, never blocks)") { w in
            let article = try w.seedArticle()
            let fifo = try w.fifo("annotations.json")
            return [
                limited(.shell(article, annotations: fifo, script: ["list", "verify 1 x", "save"], status: 66, errors: [fifo, "not a regular file"])),
                limited(unreadableCheck(fifo)),
            ]
        },
    ]

    /// `check` on a file it cannot read: 66, the file named, and not counted as fine.
    static func unreadableCheck(_ file: String) -> HostileRun {
        var run = HostileRun.check([file], status: 66, mentions: [file, "not a regular file"])
        run.outputExclusions = ["1 fine"]
        return run
    }

    /// `run` with the time limit of something that must be refused at once.
    static func limited(_ run: HostileRun) -> HostileRun {
        var copy = run
        copy.limit = immediately
        return copy
    }
}
