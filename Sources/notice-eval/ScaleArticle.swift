/// A long synthetic article for timing the linker: claims from a small vocabulary with a few distinct names and
/// numbers each, and notices that restate some of them, interleaved.
enum ScaleArticle {
    static let words = [
        "ministère", "budget", "audit", "hôpital", "contrat", "usine", "salariés", "préfecture", "élection", "réseau",
        "enquête", "tribunal", "maire", "syndicat", "école", "entreprise", "rapport", "police", "projet", "marché",
    ]

    /// `claims` sentences in paragraphs of five, with a notice after every `claims / notices` of them.
    static func text(claims: Int, notices: Int) -> String {
        var out = ""
        let every = max(1, claims / max(1, notices))
        var noticeCount = 0
        for i in 0..<claims {
            let a = words[i % words.count], b = words[(i * 7 + 3) % words.count], c = words[(i * 13 + 5) % words.count]
            out += "Le \(a) de Ville\(i) a signé un \(b) de \(i * 37 % 9000 + 100) euros avec le \(c) selon Martin\(i % 311). "
            if i % 5 == 4 { out += "\n\n" }
            if i % every == every - 1, noticeCount < notices {
                noticeCount += 1
                out += "\n\nMise à jour : Martin\(i % 311) dément que le \(a) de Ville\(i) ait signé un \(b).\n\n"
            }
        }
        return out
    }
}
