/// The output funnel's rendering: the last step of every byte the executable writes (docs/TERMINAL-SAFETY.md).
extension TerminalText {
    /// `text` as it may reach a terminal: line feeds (and CR LF) and tabs kept, the colour sequences `TextStyle` writes kept when
    /// `styles` is on, and every other scalar that `needsEscape` made visible (`^[`, `<U+9B>`, `<U+202E>`).
    ///
    /// Text made visible already passes unchanged, so rendering twice is rendering once.
    /// - Complexity: O(n) in the UTF-8 length; one pass with no allocation when nothing needs escaping.
    public static func rendered(_ text: String, styles: Bool) -> String {
        let safe = text.utf8.withContiguousStorageIfAvailable { rendered(bytes: $0, styles: styles) }
            ?? rendered(bytes: Array(text.utf8), styles: styles)
        return safe.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// The bytes of `rendered(_:styles:)` for UTF-8 `bytes`, or nil when `bytes` may be written as they are.
    ///
    /// - Complexity: O(n); bytes that cannot begin an escape (`mayBeginEscape`) are skipped unexamined.
    public static func rendered(bytes: [UInt8], styles: Bool) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { rendered(bytes: $0, styles: styles) }
    }

    /// The bytes of `rendered(_:styles:)` for UTF-8 `bytes`, or nil when `bytes` may be written as they are.
    public static func rendered(bytes: UnsafeBufferPointer<UInt8>, styles: Bool) -> [UInt8]? {
        guard let first = firstUnsafe(in: bytes, from: 0, styles: styles) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        out.append(contentsOf: bytes[0..<first])
        var index = first
        while index < bytes.count {
            guard let next = firstUnsafe(in: bytes, from: index, styles: styles) else {
                out.append(contentsOf: bytes[index..<bytes.count])
                break
            }
            out.append(contentsOf: bytes[index..<next])
            let (scalar, length) = scalar(in: bytes, at: next)
            out.append(contentsOf: escape(scalar).utf8)
            index = next + length
        }
        return out
    }

    /// The offset of the first scalar at or after `start` that must be made visible, skipping line feeds, tabs and
    /// (with `styles`) `TextStyle`'s own sequences; nil when there is none.
    private static func firstUnsafe(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, styles: Bool) -> Int? {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            guard mayBeginEscape(byte) else { index += 1; continue }
            if byte == 0x0A || byte == 0x09 { index += 1; continue }
            // CR LF ends a record of the CSV report (RFC 4180): a line end, not a carriage return of its own.
            if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 2; continue }
            if styles, byte == 0x1B, let length = styleSequenceLength(in: bytes, at: index) { index += length; continue }
            let (scalar, length) = scalar(in: bytes, at: index)
            if needsEscape(scalar) { return index }
            index += length
        }
        return nil
    }

    /// The length of the `TextStyle` sequence (`ESC [ code m`) at `index`, or nil when none starts there.
    private static func styleSequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") else { return nil }
        var end = index + 2
        var code = ""
        while end < bytes.count, end - index < 6, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) {
            code.unicodeScalars.append(Unicode.Scalar(bytes[end]))
            end += 1
        }
        guard end < bytes.count, bytes[end] == UInt8(ascii: "m"), TextStyle.codes.contains(code) else { return nil }
        return end + 1 - index
    }
}
