/// Turns an article file's bytes into text: detects the encoding, strips a BOM, normalises line ends.
///
/// Offsets everywhere in factcheck count Unicode scalars of the text this returns.
public enum ArticleDecoder {
    /// The encodings an article may be in.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16LittleEndian = "UTF-16LE"
        case utf16BigEndian = "UTF-16BE"
        case windows1252 = "Windows-1252"
    }

    /// Why bytes are not an article.
    public enum Failure: Error, Equatable, Sendable {
        /// The file has no bytes.
        case empty
        /// The file holds only white space.
        case blank
        /// The bytes look like a binary file, not text.
        case binary

        /// A sentence for the user, to follow the file name.
        public var message: String {
            switch self {
            case .empty: "the file is empty"
            case .blank: "the file holds only white space"
            case .binary: "the file looks binary, not a text article"
            }
        }
    }

    /// A decoded article text and how it was encoded.
    public struct Decoded: Equatable, Sendable {
        /// The text with LF line ends and no BOM or NUL.
        public var text: String
        /// The encoding that was detected.
        public var encoding: Encoding
    }

    /// Decodes `bytes`: UTF-16 with a BOM, UTF-8 (BOM optional), else Windows-1252 (a superset of Latin-1's
    /// printable range), so é, à, ’, … and € survive instead of becoming replacement characters.
    public static func decode(_ bytes: [UInt8]) throws(Failure) -> Decoded {
        guard !bytes.isEmpty else { throw .empty }
        var encoding: Encoding
        var text: String
        if bytes.starts(with: [0xFF, 0xFE]) {
            encoding = .utf16LittleEndian
            text = decodeUTF16(bytes.dropFirst(2), bigEndian: false)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            encoding = .utf16BigEndian
            text = decodeUTF16(bytes.dropFirst(2), bigEndian: true)
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            if looksBinary(body) { throw .binary }
            if let utf8 = String(validating: body, as: UTF8.self) {
                encoding = .utf8
                text = utf8
            } else {
                encoding = .windows1252
                text = decodeWindows1252(body)
            }
        }
        text = normalizeLineEnds(text)
        guard text.unicodeScalars.contains(where: { !isWhitespace($0) }) else { throw .blank }
        return Decoded(text: text, encoding: encoding)
    }

    /// True for white space as the reader treats it (including no-break spaces).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        var nul = 0
        var controls = 0
        for byte in sample {
            if byte == 0 { nul += 1 } else if byte < 0x09 || (byte > 0x0D && byte < 0x20 && byte != 0x1B) { controls += 1 }
        }
        // A stray NUL or escape in a text is tolerated; a tenth of control bytes is not text.
        return nul * 10 > sample.count || (nul + controls) * 10 > sample.count
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// CRLF, CR, NEL and the Unicode line and paragraph separators become LF; NUL bytes are dropped.
    private static func normalizeLineEnds(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: { $0 == "\r" || $0 == "\0" || $0.value == 0x85 || $0.value == 0x2028 || $0.value == 0x2029 }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in scalars {
            switch scalar.value {
            case 0x0D: out.append("\n"); previousWasCR = true; continue
            case 0x0A: if !previousWasCR { out.append("\n") }
            case 0x00: break
            case 0x85, 0x2028: out.append("\n")
            case 0x2029: out.append(contentsOf: "\n\n".unicodeScalars)
            default: out.append(scalar)
            }
            previousWasCR = false
        }
        return String(out)
    }
}
