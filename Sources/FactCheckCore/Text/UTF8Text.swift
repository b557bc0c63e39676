/// A read-only view of decoded article text as UTF-8 bytes, with the scalar-level questions the reader asks.
///
/// The paragraph reader and the sentence segmenter work on bytes rather than on `[Unicode.Scalar]` (four bytes
/// per scalar) or `Character`s: most bytes of an article are ASCII letters that need one table look-up each. Offsets
/// are byte offsets; `ScalarOffsets` converts them to the scalar offsets the rest of factcheck uses.
///
/// The view does not own its bytes: it lives inside a `withUnsafeBufferPointer` (or `withUTF8`) closure.
struct UTF8Text {
    /// The bytes: valid UTF-8 (the decoder guarantees it).
    let bytes: UnsafeBufferPointer<UInt8>

    /// Wraps `bytes`, which must be valid UTF-8.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The number of bytes.
    var count: Int { bytes.count }

    /// The byte at `index`.
    @inline(__always)
    subscript(index: Int) -> UInt8 { bytes[index] }

    // MARK: Scalars

    /// The scalar starting at `index` and its width in bytes. `index` must be at a scalar start.
    @inline(__always)
    func scalar(at index: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let b0 = bytes[index]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        return decodeMultibyte(at: index, lead: b0)
    }

    private func decodeMultibyte(at index: Int, lead b0: UInt8) -> (scalar: Unicode.Scalar, width: Int) {
        let n = bytes.count
        var value: UInt32
        var width: Int
        if b0 & 0xE0 == 0xC0 { value = UInt32(b0 & 0x1F); width = 2 }
        else if b0 & 0xF0 == 0xE0 { value = UInt32(b0 & 0x0F); width = 3 }
        else if b0 & 0xF8 == 0xF0 { value = UInt32(b0 & 0x07); width = 4 }
        else { return ("\u{FFFD}", 1) }
        guard index + width <= n else { return ("\u{FFFD}", 1) }
        for k in 1..<width { value = value << 6 | UInt32(bytes[index + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// The start of the scalar that ends just before `index` (`index > 0`).
    @inline(__always)
    func scalarStart(before index: Int) -> Int {
        var i = index - 1
        while i > 0, bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    /// The scalar that ends just before `index`, or nil at 0.
    func scalar(before index: Int) -> Unicode.Scalar? {
        guard index > 0 else { return nil }
        return scalar(at: scalarStart(before: index)).scalar
    }

    /// The number of scalars in `range`.
    /// - Complexity: O(n), eight bytes at a time.
    func scalarCount(_ range: Range<Int>) -> Int {
        var continuation = 0
        var i = range.lowerBound
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= range.upperBound {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // A continuation byte is 10xxxxxx: bit 7 set, bit 6 clear.
                continuation += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                i += 8
            }
        }
        while i < range.upperBound {
            if bytes[i] & 0xC0 == 0x80 { continuation += 1 }
            i += 1
        }
        return range.count - continuation
    }

    // MARK: White space

    /// The width of the white-space scalar at `index`, or 0 when it is not white space.
    /// White space is ASCII space, tab, line feed, vertical tab, form feed, carriage return, and the Unicode spaces
    /// an article uses: no-break and narrow no-break space (French typography), thin and other fixed-width spaces.
    @inline(__always)
    func spaceWidth(at index: Int) -> Int {
        let b = bytes[index]
        if b < 0x80 { return (b == 0x20 || (b >= 0x09 && b <= 0x0D)) ? 1 : 0 }
        return multibyteSpaceWidth(at: index, lead: b)
    }

    private func multibyteSpaceWidth(at index: Int, lead: UInt8) -> Int {
        let n = bytes.count
        switch lead {
        case 0xC2:
            guard index + 1 < n else { return 0 }
            let b1 = bytes[index + 1]
            return b1 == 0xA0 || b1 == 0x85 ? 2 : 0
        case 0xE2:
            guard index + 2 < n else { return 0 }
            let b1 = bytes[index + 1], b2 = bytes[index + 2]
            if b1 == 0x80 { return (b2 <= 0x8B || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) ? 3 : 0 }
            if b1 == 0x81 { return b2 == 0x9F ? 3 : 0 }
            return 0
        case 0xE3:
            return index + 2 < n && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE1:
            return index + 2 < n && bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xEF:
            return index + 2 < n && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF ? 3 : 0
        default:
            return 0
        }
    }

    /// Whether the scalar ending just before `index` is white space (false at 0).
    @inline(__always)
    func isSpace(before index: Int) -> Bool {
        guard index > 0 else { return false }
        let b = bytes[index - 1]
        if b < 0x80 { return b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        return spaceWidth(at: scalarStart(before: index)) > 0
    }

    /// The first non-space offset at or after `index`, not beyond `end`.
    @inline(__always)
    func skipSpaces(from index: Int, to end: Int) -> Int {
        var i = index
        while i < end {
            let w = spaceWidth(at: i)
            if w == 0 { break }
            i += w
        }
        return i
    }

    /// `range` without white space at either end.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        let start = skipSpaces(from: range.lowerBound, to: range.upperBound)
        var end = range.upperBound
        while end > start, isSpace(before: end) { end = scalarStart(before: end) }
        return start..<end
    }

    /// The text of `range` as a `String`, white space runs folded to one space.
    func normalizedString(_ range: Range<Int>) -> String {
        var out: [UInt8] = []
        normalizedBytes(range, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The UTF-8 of `normalizedString(range)` in `out`, which is emptied first (its capacity kept).
    func normalizedBytes(_ range: Range<Int>, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        var pendingSpace = false
        while i < range.upperBound {
            let w = spaceWidth(at: i)
            if w > 0 {
                pendingSpace = !out.isEmpty
                i += w
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(bytes[i])
                i += 1
            }
        }
    }

    /// The text of `range` as it is.
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
