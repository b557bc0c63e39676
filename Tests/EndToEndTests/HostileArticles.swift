import FactCheckTestSupport

/// Hostile articles: not text, text in other encodings, and text full of terminal escapes.
enum HostileArticles {
    /// A sentence the reader takes as a claim, in French.
    static let claim = "Le ministère a annoncé mardi un plan de 300 millions d'euros pour les hôpitaux, selon le communiqué."

    /// Every article case.
    static let all: [HostileCase] = rejectedCases + encodingCases + escapeCases

    /// Articles that are not text: refused with 65 by every command.
    static let rejectedCases: [HostileCase] = [
        HostileCase("empty article") { w in
            ArticleRuns.rejected(try w.file("empty.txt", []), in: w, status: 65, reason: "empty")
        },
        HostileCase("whitespace-only article (spaces, tabs, CRLF, no-break spaces)") { w in
            ArticleRuns.rejected(try w.file("blank.txt", text: "  \t\r\n\n \u{A0}\u{A0}\n\t\r\n"), in: w, status: 65, reason: "white space")
        },
        HostileCase("binary article: UTF-32 text without a BOM (three NULs a character)") { w in
            let bytes = claim.unicodeScalars.flatMap { scalar in (0..<4).map { UInt8(truncatingIfNeeded: scalar.value >> (8 * $0)) } }
            return ArticleRuns.rejected(try w.file("utf32.txt", bytes), in: w, status: 65, reason: "binary")
        },
        HostileCase("binary article: an ELF executable header and tables") { w in
            var bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + [UInt8](repeating: 0, count: 8)
            bytes += (0..<4000).map { UInt8(truncatingIfNeeded: $0 % 7 == 0 ? $0 : 0) }
            return ArticleRuns.rejected(try w.file("program.txt", bytes), in: w, status: 65, reason: "binary")
        },
        HostileCase("binary article: a PNG image") { w in
            var generator = SeededGenerator(seed: 7)
            var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52,
                                  0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5C, 0x72, 0xA8, 0x66, 0, 0, 0x40, 0, 0x49, 0x44, 0x41, 0x54]
            bytes += (0..<16_384).map { _ in UInt8.random(in: 0...255, using: &generator) }
            return ArticleRuns.rejected(try w.file("photo.txt", bytes), in: w, status: 65, reason: "binary")
        },
        HostileCase("binary article: gzip-compressed data (12 KB)") { w in
            var generator = SeededGenerator(seed: 11)
            let bytes: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 3] + (0..<12_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
            return ArticleRuns.rejected(try w.file("article.txt.gz", bytes), in: w, status: 65, reason: "binary")
        },
    ]

    /// Text in Latin-1, Windows-1252, UTF-16, or with NUL bytes: decoded, and printed as UTF-8.
    static let encodingCases: [HostileCase] = [
        HostileCase("Latin-1 article (invalid UTF-8): accents come out as UTF-8") { w in
            let text = "Le café coûte 3 francs à Orléans depuis mardi, selon le maître d'hôtel du Relais.\n"
            let bytes = text.unicodeScalars.map { UInt8($0.value) }
            return ArticleRuns.accepted(try w.file("latin1.txt", bytes), in: w, texts: ["café coûte 3 francs à Orléans", "maître d'hôtel"])
        },
        HostileCase("Windows-1252 article: € (0x80) and ’ (0x92) come out intact as UTF-8") { w in
            let bytes = Array("Le billet co".utf8) + [0xFB] + Array("te 5 ".utf8) + [0x80] + Array(" et l".utf8) + [0x92]
                + Array("entr".utf8) + [0xE9] + Array("e reste gratuite pour les enfants, a annonc".utf8) + [0xE9]
                + Array(" le maire lundi.\r\n".utf8)
            return ArticleRuns.accepted(try w.file("cp1252.txt", bytes), in: w,
                                        texts: ["Le billet coûte 5 € et l’entrée reste gratuite", "a annoncé le maire lundi."])
        },
        HostileCase("UTF-16 LE article with a BOM") { w in
            let text = claim + "\r\n\r\nLe directeur l'a confirmé jeudi devant la commission des finances.\r\n"
            let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            return ArticleRuns.accepted(try w.file("utf16le.txt", bytes), in: w, texts: [claim, "l'a confirmé jeudi"])
        },
        HostileCase("UTF-16 BE article with a BOM") { w in
            let bytes: [UInt8] = [0xFE, 0xFF] + (claim + "\n").utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
            return ArticleRuns.accepted(try w.file("utf16be.txt", bytes), in: w, texts: [claim])
        },
        HostileCase("NUL bytes scattered in a UTF-8 article") { w in
            // A few NULs, as a faulty export leaves them: text, not binary.
            let paragraph = Array("Le ministère a annoncé \0mardi un plan de 300 millions d'euros pour les hôpitaux.\n\n".utf8)
            let bytes = paragraph + Array(claim.utf8) + [0, 0x0A]
            return ArticleRuns.accepted(try w.file("nul.txt", bytes), in: w, texts: ["annoncé mardi un plan"])
        },
    ]
}
