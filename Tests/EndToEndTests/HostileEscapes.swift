/// Articles and file names carrying terminal escape and bidi sequences: every one must reach the terminal in a
/// visible form (`^[`, `^G`, `<U+202E>`), never raw.
extension HostileArticles {
    /// Sequences a hostile article may carry, and the visible form the tool must print instead.
    static let escapes: [(sequence: String, visible: String)] = [
        ("\u{1B}[31mrouge\u{1B}[0m \u{1B}[2J", "^[[31mrouge^[[0m ^[[2J"),        // CSI: colour, clear screen
        ("\u{1B}]52;c;ZXZpbA==\u{07}", "^[]52;c;ZXZpbA==^G"),                   // OSC 52: write the clipboard
        ("\u{1B}]8;;https://evil.example/\u{1B}\\lien\u{1B}]8;;\u{1B}\\", "^[]8;;https://evil.example/^[\\lien^[]8;;^[\\"),  // OSC 8 link
        ("\u{1B}]0;pwned\u{07}", "^[]0;pwned^G"),                                // window title
        ("sonnerie\u{07} effacement\u{7F}", "sonnerie^G effacement^?"),          // BEL, DEL
        ("\u{9B}31mrouge", "<U+9B>31mrouge"),                                    // C1 CSI, as UTF-8 (C2 9B)
        ("\u{202E}exe.txt", "<U+202E>exe.txt"),                                  // bidi override
    ]

    /// One claim per escape, each its own paragraph.
    static var escapeArticle: String {
        escapes.enumerated().map { index, escape in
            "Le ministère a annoncé \(escape.sequence) un plan de \(index + 2)00 millions d'euros pour les hôpitaux, selon le communiqué.\n\n"
        }.joined()
    }

    /// Articles carrying escapes: accepted, and shown with every escape visible.
    static let escapeCases: [HostileCase] = [
        HostileCase("escape and bidi sequences in a UTF-8 article (CSI, OSC 52, OSC 8, title, BEL, DEL, C1, U+202E)") { w in
            let article = try w.file("escapes.txt", text: escapeArticle)
            let visible = escapes.map(\.visible)
            return ArticleRuns.accepted(article, in: w, texts: visible) + [
                .shell(article, annotations: w.annotations, script: (1...escapes.count).map { "show \($0)" }, status: 0, output: visible),
                .shell(article, annotations: w.annotations, script: ["find ministère"], status: 0, output: ["^[[31mrouge", "^[]52;c;ZXZpbA==^G"]),
            ]
        },
        HostileCase("C1 bytes (0x9B, 0x81, 0x9D) in a Windows-1252 article") { w in
            let bytes = Array("Le minist".utf8) + [0xE8] + Array("re a annonc".utf8) + [0xE9, 0x9B, 0x81, 0x9D]
                + Array("31m un plan de 300 millions d'euros pour les h".utf8) + [0xF4] + Array("pitaux.\n".utf8)
            return ArticleRuns.accepted(try w.file("c1-cp1252.txt", bytes), in: w, texts: ["Le ministère a annoncé›"])
        },
    ]
}
