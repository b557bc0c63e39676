/// Turns an article file's bytes into text: detects the encoding, strips a BOM, normalises line ends.
///
/// Offsets everywhere in factcheck count Unicode scalars of the text this returns. Decoding never invents
/// replacement characters for text it could read: UTF-8 stays UTF-8, a Windows-1252 or Latin-1 file has its é, à,
/// ’, … and € decoded, and a UTF-8 file with a few stray Windows-1252 bytes keeps both.
public enum ArticleDecoder {
    /// The encodings an article may be in.
    public enum Encoding: String, Sendable {
        /// UTF-8, with or without a byte-order mark.
        case utf8 = "UTF-8"
        /// UTF-16, little-endian (with a BOM, or recognised without one).
        case utf16LittleEndian = "UTF-16LE"
        /// UTF-16, big-endian (with a BOM, or recognised without one).
        case utf16BigEndian = "UTF-16BE"
        /// Windows-1252: Latin-1 plus € ’ “ ” … – — and the like in 0x80…0x9F.
        case windows1252 = "Windows-1252"
        /// Latin-1 (ISO-8859-1): no byte in 0x80…0x9F, where it and Windows-1252 differ.
        case latin1 = "ISO-8859-1"
        /// Mostly UTF-8, with bytes that are not: those were read as Windows-1252.
        case mixed = "UTF-8 with Windows-1252 bytes"
    }

    /// Why bytes are not an article.
    public enum Failure: Error, Equatable, Sendable {
        /// The file has no bytes.
        case empty
        /// The file holds only white space (or only a byte-order mark).
        case blank
        /// The bytes look like a binary file, not text.
        case binary

        /// A sentence for the user, to follow the file name.
        public var message: String {
            switch self {
            case .empty: "the file is empty; expected a text article"
            case .blank: "the file holds only white space; expected a text article"
            case .binary: "the file looks binary (a document, image or archive?); expected a plain-text article"
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

    /// A decoded article as UTF-8 bytes, for readers that work on bytes (the `sentences` command).
    public struct DecodedBytes: Equatable, Sendable {
        /// The text's UTF-8 with LF line ends and no BOM or NUL: exactly `Decoded.text.utf8`.
        public var utf8: [UInt8]
        /// The encoding that was detected.
        public var encoding: Encoding
        /// False when the text is known to hold no control character but line feeds and tabs, no DEL, C1 or bidi
        /// control: it can be printed without escaping. True when it may hold one.
        public var mayHoldControls = true
    }

    /// Decodes `bytes`: UTF-16 with a BOM (or unmistakably UTF-16 without one), UTF-8 (BOM optional), else
    /// Windows-1252 / Latin-1. CRLF, CR, NEL, LS, VT and FF become LF (PS a blank line); NUL is dropped.
    public static func decode(_ bytes: [UInt8]) throws(Failure) -> Decoded {
        let decoded = try decodeToUTF8(bytes)
        return Decoded(text: String(decoding: decoded.utf8, as: UTF8.self), encoding: decoded.encoding)
    }

    /// Like `decode`, but returns UTF-8 bytes; a clean UTF-8 input is returned without a copy.
    /// - Complexity: O(n), one pass over ASCII eight bytes at a time.
    public static func decodeToUTF8(_ bytes: [UInt8]) throws(Failure) -> DecodedBytes {
        guard !bytes.isEmpty else { throw .empty }
        let result: DecodedBytes
        if bytes.starts(with: [0xFF, 0xFE]) {
            result = DecodedBytes(utf8: Transcoder.fromUTF16(bytes, from: 2, bigEndian: false), encoding: .utf16LittleEndian)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            result = DecodedBytes(utf8: Transcoder.fromUTF16(bytes, from: 2, bigEndian: true), encoding: .utf16BigEndian)
        } else if let bigEndian = Transcoder.looksLikeUTF16WithoutBOM(bytes) {
            result = DecodedBytes(utf8: Transcoder.fromUTF16(bytes, from: 0, bigEndian: bigEndian),
                                  encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian)
        } else {
            let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            if looksBinary(bytes, from: start) { throw .binary }
            let scan = Transcoder.scanUTF8(bytes, from: start)
            if scan.invalid == 0 {
                if !scan.needsNormalizing && start == 0 {
                    result = DecodedBytes(utf8: bytes, encoding: .utf8, mayHoldControls: scan.hasControls)
                } else {
                    result = DecodedBytes(utf8: Transcoder.normalizedUTF8(bytes, from: start), encoding: .utf8,
                                          mayHoldControls: scan.hasControls)
                }
            } else if scan.validMultibyte > 0 && scan.validMultibyte >= scan.invalid {
                result = DecodedBytes(utf8: Transcoder.fromMixed(bytes, from: start), encoding: .mixed)
            } else {
                // Windows-1252 prose has a few accented letters; a third of high bytes is random data.
                let sample = bytes[start...].prefix(8192)
                if sample.count >= 512, sample.lazy.filter({ $0 >= 0x80 }).count * 5 > sample.count * 2 { throw .binary }
                let hasC1 = bytes[start...].contains { $0 >= 0x80 && $0 <= 0x9F }
                result = DecodedBytes(utf8: Transcoder.fromWindows1252(bytes, from: start), encoding: hasC1 ? .windows1252 : .latin1)
            }
        }
        let isBlank = result.utf8.withUnsafeBufferPointer { buffer in
            let text = UTF8Text(buffer)
            return text.skipSpaces(from: 0, to: text.count) == text.count
        }
        if isBlank { throw .blank }
        return result
    }

    /// True for white space as the reader treats it (including no-break spaces).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// Signatures of binary formats that are mostly ASCII at the start (so the control-byte count misses them).
    private static let binarySignatures: [[UInt8]] = [
        Array("%PDF-".utf8), [0x89, 0x50, 0x4E, 0x47], [0x50, 0x4B, 0x03, 0x04], [0x1F, 0x8B], [0x7F, 0x45, 0x4C, 0x46],
        Array("GIF8".utf8), [0xFF, 0xD8, 0xFF], [0xD0, 0xCF, 0x11, 0xE0], Array("{\\rtf".utf8),
    ]

    /// A binary signature, or a sample (the start, the middle and the end of the file, 8 KB each) where NUL or
    /// other control bytes are one byte in twenty.
    private static func looksBinary(_ bytes: [UInt8], from start: Int) -> Bool {
        let body = bytes[start...]
        if binarySignatures.contains(where: { body.starts(with: $0) }) { return true }
        let middle = body.startIndex + body.count / 2
        return isBinarySample(body.prefix(8192)) || isBinarySample(body.suffix(8192))
            || isBinarySample(body[middle..<min(body.endIndex, middle + 8192)])
    }

    private static func isBinarySample(_ sample: ArraySlice<UInt8>) -> Bool {
        guard !sample.isEmpty else { return false }
        var nul = 0
        var controls = 0
        for byte in sample {
            if byte == 0 { nul += 1 } else if byte < 0x09 || (byte > 0x0D && byte < 0x20 && byte != 0x1B) { controls += 1 }
        }
        // A stray NUL or escape in a text is tolerated; one byte in twenty a control is not text.
        return nul + controls > max(2, sample.count / 20)
    }
}
