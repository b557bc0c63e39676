import FactCheckCore
import Testing

/// `UntrustedText` and the output funnel's rendering (`TerminalText.rendered`): what the executable lets reach a
/// terminal (docs/TERMINAL-SAFETY.md).
@Suite("untrusted text and the funnel's rendering")
struct UntrustedTextTests {
    static let hostile = "\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}]0;t\u{07}\u{1B}[2J\u{202E}\u{9B}31m\nFAKE"

    @Test("interpolated, untrusted text is one visible line")
    func interpolation() {
        let value = UntrustedText(Self.hostile)
        let message = "unknown status \(value.quoted); found \(value)"
        #expect(message == "unknown status \"^[]52;c;ZXZpbA==^G^[]0;t^G^[[2J<U+202E><U+9B>31m^JFAKE\"; found ^[]52;c;ZXZpbA==^G^[]0;t^G^[[2J<U+202E><U+9B>31m^JFAKE")
        #expect(value.raw == Self.hostile)
        #expect(UntrustedText("verified").quoted == "\"verified\"")
    }

    @Test("the funnel keeps lines, tabs and CR LF; everything else a terminal acts on becomes visible")
    func rendering() {
        let text = "a\tb\r\nc " + Self.hostile + " \r \u{7F} \u{2028}"
        let rendered = TerminalText.rendered(text, styles: false)
        #expect(rendered == "a\tb\r\nc ^[]52;c;ZXZpbA==^G^[]0;t^G^[[2J<U+202E><U+9B>31m\nFAKE ^M ^? <U+2028>")
        #expect(TerminalText.rendered(rendered, styles: false) == rendered, "rendering twice is rendering once")
        #expect(TerminalText.rendered(bytes: Array("plain, accentué, “quoted” — ok\n".utf8), styles: false) == nil, "nothing to do")
    }

    @Test("only TextStyle's own colours pass, and only with colour on")
    func styles() {
        let style = TextStyle(enabled: true)
        let line = style.bold("#1") + " " + style.status(.disputed) + " \u{1B}[2J \u{1B}[38;5;1m"
        #expect(TerminalText.rendered(line, styles: true) == "\u{1B}[1m#1\u{1B}[0m \u{1B}[31mdisputed\u{1B}[0m ^[[2J ^[[38;5;1m")
        #expect(TerminalText.rendered(line, styles: false) == "^[[1m#1^[[0m ^[[31mdisputed^[[0m ^[[2J ^[[38;5;1m")
    }
}
