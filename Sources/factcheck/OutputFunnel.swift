#if canImport(Glibc)
import Glibc
#endif
import FactCheckCore

/// The one door to the terminal: every byte the program writes to standard output or standard error goes through
/// here, and here only (a test scans the sources for any other writer). Whatever a caller passes — its own words,
/// a file's contents, an id, a path, an argument, git's output — is rendered by `TerminalText.rendered` on the way
/// out: C0 controls other than line feed and tab, DEL, C1 controls and bidi controls become visible (`^[`,
/// `<U+9B>`, `<U+202E>`); only `TextStyle`'s colour sequences pass, and only when colour is on. Values quoted
/// inside a line are `UntrustedText` (or `TerminalText.visible`) before they get here, so that a newline in a value
/// cannot fake a line of output. See docs/TERMINAL-SAFETY.md.
enum OutputFunnel {
    /// Whether `TextStyle`'s colour sequences may pass: colours are on (a terminal, no NO_COLOR, TERM not dumb).
    private static let styles = Terminal.wantsColour

    /// Writes `text` to standard output, rendered.
    static func out(_ text: String) { write(1, text) }

    /// Writes `text` to standard error, rendered.
    static func err(_ text: String) { write(2, text) }

    /// Writes UTF-8 `bytes` to `fd` (1 or 2), rendered; for writers that build bytes rather than strings.
    static func write(bytes: UnsafeBufferPointer<UInt8>, to fd: Int32) {
        if let safe = TerminalText.rendered(bytes: bytes, styles: styles) {
            safe.withUnsafeBufferPointer { writeAll(fd, $0) }
        } else {
            writeAll(fd, bytes)
        }
    }

    /// Redraws a progress line in place on standard error: `text` rendered, after the funnel's own carriage return
    /// and erase-line sequence; an empty `text` erases the line.
    static func progress(_ text: String) {
        Array(("\r\u{1B}[K").utf8).withUnsafeBufferPointer { writeAll(2, $0) }
        if !text.isEmpty { err(text) }
    }

    private static func write(_ fd: Int32, _ text: String) {
        let rendered = TerminalText.rendered(text, styles: styles)
        var bytes = Array(rendered.utf8)
        bytes.withUnsafeBufferPointer { writeAll(fd, $0) }
        bytes.removeAll()
    }

    /// Writes every byte to `fd` (unbuffered, so output and prompts interleave correctly); stops on EPIPE.
    private static func writeAll(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let count = Glibc.write(fd, base + offset, bytes.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += count
        }
    }
}
