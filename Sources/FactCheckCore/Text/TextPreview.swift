/// Short, terminal-safe previews of claim and notice texts for one-line messages.
public enum TextPreview {
    /// The first `words` words of `text` (at most `characters` characters), with "…" when cut; controls made visible.
    public static func firstWords(_ text: String, words: Int = 8, characters: Int = 60) -> String {
        let all = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        var preview = all.prefix(words).joined(separator: " ")
        var cut = all.count > words
        if preview.count > characters {
            preview = String(preview.prefix(characters - 1))
            cut = true
        }
        return TerminalText.visible(cut ? preview.trimmingTrailing { $0 == " " || $0 == "," } + "…" : preview)
    }

    /// `#3 "C'était le projet Andromède, doté d'une…"`: how messages name a claim.
    public static func claimLabel(n: Int, text: String) -> String {
        "#\(n) \"\(firstWords(text))\""
    }
}
