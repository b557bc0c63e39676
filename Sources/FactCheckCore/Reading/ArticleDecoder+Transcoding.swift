extension ArticleDecoder {
    /// Byte-level conversions to normalised UTF-8 (LF line ends, no NUL).
    enum Transcoder {
        /// What a UTF-8 validation pass found.
        struct UTF8Scan {
            /// Bytes that start no valid UTF-8 sequence.
            var invalid = 0
            /// Valid sequences of two bytes or more.
            var validMultibyte = 0
            /// CR, NUL, VT, FF, NEL, LS or PS present: the text needs a normalising copy.
            var needsNormalizing = false
            /// A control character other than line feed and tab, DEL, a C1 control or a bidi control is present:
            /// printing the text needs escaping (see `TerminalText`).
            var hasControls = false
        }

        /// Validates `bytes[start...]` as UTF-8.
        /// - Complexity: O(n); ASCII is checked eight bytes at a time.
        static func scanUTF8(_ bytes: [UInt8], from start: Int) -> UTF8Scan {
            var scan = UTF8Scan()
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                let raw = UnsafeRawPointer(base)
                let n = buffer.count
                var i = start
                while i < n {
                    // Eight ASCII bytes, no control among them but line feeds and tabs, no DEL: nothing to do.
                    if i + 8 <= n {
                        let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                        let high = word & 0x8080_8080_8080_8080
                        if high == 0 {
                            let below20 = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                            let allowed = zeroLanes(word ^ 0x0A0A_0A0A_0A0A_0A0A) | zeroLanes(word ^ 0x0909_0909_0909_0909)
                            if below20 & ~allowed == 0 && zeroLanes(word ^ 0x7F7F_7F7F_7F7F_7F7F) == 0 {
                                i += 8
                                continue
                            }
                        }
                    }
                    let b = buffer[i]
                    if b < 0x80 {
                        if b == 0x0D || b == 0x00 || b == 0x0B || b == 0x0C { scan.needsNormalizing = true }
                        if (b < 0x20 && b != 0x0A && b != 0x09) || b == 0x7F { scan.hasControls = true }
                        i += 1
                        continue
                    }
                    // The common cases inline: a Latin letter (C3 xx) and a typographic mark (E2 80 xx).
                    if b >= 0xC3, b <= 0xDF, i + 1 < n, buffer[i + 1] & 0xC0 == 0x80 {
                        if b == 0xD8 && buffer[i + 1] == 0x9C { scan.hasControls = true }  // U+061C, a bidi mark
                        scan.validMultibyte += 1
                        i += 2
                        continue
                    }
                    if b == 0xE2, i + 2 < n, buffer[i + 1] == 0x80, buffer[i + 2] & 0xC0 == 0x80 {
                        let b2 = buffer[i + 2]
                        if b2 == 0xA8 || b2 == 0xA9 { scan.needsNormalizing = true }
                        if b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE) { scan.hasControls = true }
                        scan.validMultibyte += 1
                        i += 3
                        continue
                    }
                    let length = sequenceLength(buffer, at: i)
                    if length == 0 {
                        scan.invalid += 1
                        i += 1
                        continue
                    }
                    scan.validMultibyte += 1
                    if isLineSeparator(buffer, at: i) { scan.needsNormalizing = true }
                    // C1 controls (C2 80…9F) and the bidi isolates (E2 81 A6…A9).
                    if (b == 0xC2 && buffer[i + 1] <= 0x9F) || (b == 0xE2 && buffer[i + 1] == 0x81 && buffer[i + 2] >= 0xA6 && buffer[i + 2] <= 0xA9) {
                        scan.hasControls = true
                    }
                    i += length
                }
            }
            return scan
        }

        /// Bit 7 set in each byte lane of `x` that is zero, exactly (no false positives from borrows).
        @inline(__always)
        static func zeroLanes(_ x: UInt64) -> UInt64 {
            ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & 0x8080_8080_8080_8080
        }

        /// The length of the valid UTF-8 sequence starting at `i` (2…4), or 0 when the bytes are not one.
        @inline(__always)
        static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
            let n = b.count
            let b0 = b[i]
            func cont(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
                i + k < n && b[i + k] >= low && b[i + k] <= high
            }
            switch b0 {
            case 0xC2...0xDF: return cont(1) ? 2 : 0
            case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
            case 0xE1...0xEC, 0xEE, 0xEF: return cont(1) && cont(2) ? 3 : 0
            case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
            case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
            case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
            case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
            default: return 0
            }
        }

        /// NEL (C2 85), LS (E2 80 A8) or PS (E2 80 A9) at `i`.
        @inline(__always)
        private static func isLineSeparator(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
            (b[i] == 0xC2 && b[i + 1] == 0x85) || (b[i] == 0xE2 && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9))
        }

        /// Valid UTF-8 with line ends normalised.
        static func normalizedUTF8(_ bytes: [UInt8], from start: Int) -> [UInt8] {
            var writer = NormalizingWriter(capacity: bytes.count - start)
            bytes.withUnsafeBufferPointer { buffer in
                var i = start
                while i < buffer.count {
                    let b = buffer[i]
                    if b < 0x80 {
                        writer.append(UInt32(b))
                        i += 1
                    } else {
                        let length = max(1, sequenceLength(buffer, at: i))
                        if isLineSeparator(buffer, at: i) {
                            writer.append(buffer[i] == 0xC2 ? 0x85 : buffer[i + 2] == 0xA8 ? 0x2028 : 0x2029)
                        } else {
                            writer.appendRaw(buffer, i..<(i + length))
                        }
                        i += length
                    }
                }
            }
            return writer.bytes
        }

        /// Windows-1252 for the bytes 0x80…0x9F; the five it leaves undefined keep their Latin-1 (C1) meaning.
        private static let windows1252High: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]

        @inline(__always)
        private static func windows1252(_ byte: UInt8) -> UInt32 {
            byte >= 0x80 && byte <= 0x9F ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
        }

        /// Every byte read as Windows-1252 (Latin-1 for printable bytes).
        static func fromWindows1252(_ bytes: [UInt8], from start: Int) -> [UInt8] {
            var writer = NormalizingWriter(capacity: (bytes.count - start) + (bytes.count - start) / 8)
            for byte in bytes[start...] { writer.append(windows1252(byte)) }
            return writer.bytes
        }

        /// Valid UTF-8 sequences kept, every other byte read as Windows-1252.
        static func fromMixed(_ bytes: [UInt8], from start: Int) -> [UInt8] {
            var writer = NormalizingWriter(capacity: bytes.count - start + 64)
            bytes.withUnsafeBufferPointer { buffer in
                var i = start
                while i < buffer.count {
                    let b = buffer[i]
                    if b < 0x80 {
                        writer.append(UInt32(b))
                        i += 1
                        continue
                    }
                    let length = sequenceLength(buffer, at: i)
                    if length == 0 {
                        writer.append(windows1252(b))
                        i += 1
                    } else if isLineSeparator(buffer, at: i) {
                        writer.append(buffer[i] == 0xC2 ? 0x85 : buffer[i + 2] == 0xA8 ? 0x2028 : 0x2029)
                        i += length
                    } else {
                        writer.appendRaw(buffer, i..<(i + length))
                        i += length
                    }
                }
            }
            return writer.bytes
        }

        /// Text without a BOM whose every other byte is NUL: ASCII-range UTF-16. Returns big-endian-ness, or nil.
        static func looksLikeUTF16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
            let sample = bytes.prefix(2048)
            guard sample.count >= 8, sample.count % 2 == 0 || bytes.count > sample.count else { return nil }
            var evenZero = 0, oddZero = 0, pairs = 0
            var i = sample.startIndex
            while i + 1 < sample.endIndex {
                if sample[i] == 0 { evenZero += 1 }
                if sample[i + 1] == 0 { oddZero += 1 }
                pairs += 1
                i += 2
            }
            if oddZero * 10 >= pairs * 7 && evenZero * 20 <= pairs { return false }
            if evenZero * 10 >= pairs * 7 && oddZero * 20 <= pairs { return true }
            return nil
        }

        /// UTF-16 code units from `start`, surrogate pairs joined; a lone surrogate becomes U+FFFD.
        static func fromUTF16(_ bytes: [UInt8], from start: Int, bigEndian: Bool) -> [UInt8] {
            var writer = NormalizingWriter(capacity: (bytes.count - start) / 2 + 16)
            var i = start
            func unit(_ k: Int) -> UInt32 {
                let a = UInt32(bytes[k]), b = UInt32(bytes[k + 1])
                return bigEndian ? a << 8 | b : b << 8 | a
            }
            while i + 1 < bytes.count {
                let u = unit(i)
                i += 2
                if u >= 0xD800 && u <= 0xDBFF, i + 1 < bytes.count {
                    let low = unit(i)
                    if low >= 0xDC00 && low <= 0xDFFF {
                        writer.append(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00))
                        i += 2
                        continue
                    }
                }
                writer.append(u >= 0xD800 && u <= 0xDFFF ? 0xFFFD : u)
            }
            if i < bytes.count { writer.append(0xFFFD) }  // an odd trailing byte
            return writer.bytes
        }
    }

    /// Appends scalars as UTF-8, normalising line ends on the way: CRLF, CR, NEL, LS, VT, FF → LF; PS → two LFs;
    /// NUL dropped; a BOM (U+FEFF) dropped only at the very start.
    struct NormalizingWriter {
        /// The UTF-8 written so far.
        private(set) var bytes: [UInt8] = []
        private var previousWasCR = false

        /// A writer with room for `capacity` bytes.
        init(capacity: Int) {
            bytes.reserveCapacity(capacity)
        }

        /// Appends one scalar value (already known to be a valid scalar or surrogate-free).
        @inline(__always)
        mutating func append(_ value: UInt32) {
            defer { previousWasCR = value == 0x0D }
            switch value {
            case 0x0A: if !previousWasCR { bytes.append(0x0A) }
            case 0x0D, 0x0B, 0x0C, 0x85, 0x2028: bytes.append(0x0A)
            case 0x2029: bytes.append(0x0A); bytes.append(0x0A)
            case 0x00: break
            case 0xFEFF where bytes.isEmpty: break
            case 0..<0x80: bytes.append(UInt8(value))
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | value >> 6))
                bytes.append(UInt8(0x80 | value & 0x3F))
            case 0x800..<0x10000:
                bytes.append(UInt8(0xE0 | value >> 12))
                bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
                bytes.append(UInt8(0x80 | value & 0x3F))
            default:
                bytes.append(UInt8(0xF0 | value >> 18))
                bytes.append(UInt8(0x80 | (value >> 12) & 0x3F))
                bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
                bytes.append(UInt8(0x80 | value & 0x3F))
            }
        }

        /// Appends a valid multi-byte UTF-8 sequence as it is.
        @inline(__always)
        mutating func appendRaw(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            previousWasCR = false
            for k in range { bytes.append(buffer[k]) }
        }
    }
}
