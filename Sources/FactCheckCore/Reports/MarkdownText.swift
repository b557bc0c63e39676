/// Makes untrusted text (notes, claim texts, file names) inert inside Markdown: it shows as the characters it
/// holds, never as formatting, links, HTML or a new block.
///
/// Controls, escape sequences and bidi controls become visible first (`TerminalText`: `^[`, `<U+202E>`), so the
/// document is safe to print on a terminal too; newlines become `^J`, so a note cannot start a heading or a list.
/// Then the ASCII punctuation that means something inside a line is backslash-escaped (CommonMark allows a
/// backslash before any ASCII punctuation): emphasis, code, links and images, raw HTML and entities (so `<script>`
/// and `&amp;` stay text), table cells and strikethrough. Characters that only mean something at the start of a
/// line (`#`, `-`, `>` aside, `1.`) are left alone: the report never starts a line with untrusted text.
public enum MarkdownText {
    /// `text`, safe as Markdown inline content.
    public static func escape(_ text: String) -> String {
        let visible = TerminalText.visible(text)
        guard visible.unicodeScalars.contains(where: needsEscape) else { return visible }
        var out = String.UnicodeScalarView()
        for scalar in visible.unicodeScalars {
            if needsEscape(scalar) { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&":
            true
        default:
            false
        }
    }
}
