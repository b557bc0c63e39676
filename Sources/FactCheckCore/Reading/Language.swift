/// The language an article is written in, which tunes abbreviations and attribution words.
public enum Language: String, Sendable, CaseIterable {
    /// French: decimal commas, « » quotations, "M.", "Mme", "av. J.-C.".
    case french = "fr"
    /// English: "Mr.", "U.S.", the pronoun "I".
    case english = "en"

    private static let frenchMarkers = FoldedKey.set([
        "le", "la", "les", "des", "une", "est", "et", "dans", "pour", "que", "qui", "du", "au", "avec", "sur", "pas", "l'",
        "d'", "qu'", "n'", "s'", "c'", "il", "elle", "aux", "ont", "sont", "par", "mais",
    ])
    private static let englishMarkers = FoldedKey.set([
        "the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "on", "it", "as", "are", "by", "he", "she",
        "has", "have", "were", "this", "from", "at", "which",
    ])

    /// How much of an article detection reads, in bytes.
    static let sampleLength = 20_000

    /// The language whose common words are more frequent in `scalars` (French on a tie, as the first articles are).
    public static func detect(_ scalars: [Unicode.Scalar]) -> Language {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.prefix(sampleLength))
        return detect(String(view))
    }

    /// The language whose common words are more frequent in `text` (French on a tie).
    public static func detect(_ text: String) -> Language {
        var copy = text
        return copy.withUTF8 { detect(UTF8Text($0)) }
    }

    /// The language of an article's UTF-8 bytes (French on a tie).
    public static func detect(utf8: [UInt8]) -> Language {
        utf8.withUnsafeBufferPointer { detect(UTF8Text($0)) }
    }

    /// The language of UTF-8 text, judged on its first `sampleLength` bytes.
    static func detect(_ text: UTF8Text) -> Language {
        var french = 0, english = 0
        var key = FoldedKey()
        let end = min(text.count, sampleLength)
        func tally() {
            guard !key.isEmpty else { return }
            if frenchMarkers.contains(key) { french += 1 }
            if englishMarkers.contains(key) { english += 1 }
            key = FoldedKey()
        }
        var i = 0
        while i < end {
            let (scalar, width) = text.scalar(at: i)
            if ScalarClass.isLetter(scalar) {
                let (first, second, _) = FoldedText.fold(text, at: i)
                if first == 0 {
                    for k in i..<min(i + width, text.count) { key.append(text[k]) }
                } else {
                    key.append(first)
                    if second != 0 { key.append(second) }
                }
            } else if (scalar == "'" || scalar == "’") && !key.isEmpty {
                // French elision: "l'", "d'", "qu'" count as words of their own.
                key.append(UInt8(ascii: "'"))
                tally()
            } else {
                tally()
            }
            i += width
        }
        tally()
        return english > french ? .english : .french
    }
}
