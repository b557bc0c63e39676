/// A decoded article's text held once, as UTF-8 bytes, and read as a random-access collection of Unicode scalars.
///
/// Offsets everywhere in factcheck count Unicode scalars. An `[Unicode.Scalar]` beside the text answers
/// `scalars[i]` directly but costs four bytes a scalar on top of the text's own UTF-8 (five times the input for
/// French prose); this keeps the UTF-8 and a small index instead: for every block of 32 scalars, the byte offset of
/// its first scalar and the widths of its scalars, two bits each. Finding scalar `i` is a look-up, a mask and two
/// population counts, then decoding one to four bytes.
///
/// Memory: the text's bytes plus half a byte per scalar.
public struct ScalarText: RandomAccessCollection, Sendable, Equatable {
    /// One block of the index: where its first scalar starts, and its scalars' widths less one, two bits each.
    private struct Block: Sendable, Equatable {
        var start: Int
        var extraWidths: UInt64
    }

    private static let blockShift = 5
    private static let blockMask = (1 << blockShift) - 1

    /// The text's UTF-8 (valid: the decoder guarantees it).
    public let utf8: [UInt8]
    private let blocks: [Block]
    /// The number of scalars.
    public let count: Int

    /// The text of `string`.
    /// - Complexity: O(n) in the length of `string`.
    public init(_ string: String) {
        self.init(utf8: Array(string.utf8))
    }

    /// The text whose UTF-8 is `utf8`, which must be valid UTF-8 (as `ArticleDecoder` returns it).
    /// - Complexity: O(n) in the number of bytes, one pass.
    public init(utf8: [UInt8]) {
        self.utf8 = utf8
        var blocks: [Block] = []
        var count = 0
        utf8.withUnsafeBufferPointer { bytes in
            // A scalar is at most four bytes, so there are at least count/4 scalars: reserve for the usual case of
            // mostly one-byte scalars.
            blocks.reserveCapacity((bytes.count >> Self.blockShift) + 1)
            var i = 0
            var block = Block(start: 0, extraWidths: 0)
            var inBlock = 0
            while i < bytes.count {
                if inBlock == 0 { block = Block(start: i, extraWidths: 0) }
                let width = Self.width(lead: bytes[i])
                block.extraWidths |= UInt64(width - 1) << UInt64(2 * inBlock)
                i += width
                inBlock += 1
                count += 1
                if inBlock == 1 << Self.blockShift {
                    blocks.append(block)
                    inBlock = 0
                }
            }
            if inBlock > 0 { blocks.append(block) }
        }
        self.blocks = blocks
        self.count = count
    }

    /// The width of the UTF-8 sequence a lead byte starts (1 for a stray continuation byte, which valid text has not).
    @inline(__always)
    private static func width(lead: UInt8) -> Int {
        if lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    /// The first scalar's offset: 0.
    public var startIndex: Int { 0 }

    /// One past the last scalar's offset: `count`.
    public var endIndex: Int { count }

    /// The byte offset in `utf8` where scalar `offset` starts (`utf8.count` for `count`).
    /// - Complexity: O(1).
    @inline(__always)
    public func byteOffset(ofScalar offset: Int) -> Int {
        if offset >= count { return utf8.count }
        let block = blocks[offset >> Self.blockShift]
        let within = offset & Self.blockMask
        let extra = block.extraWidths & ((1 << UInt64(2 * within)) &- 1)
        return block.start + within + (extra & 0x5555_5555_5555_5555).nonzeroBitCount
            + 2 * (extra & 0xAAAA_AAAA_AAAA_AAAA).nonzeroBitCount
    }

    /// The byte range in `utf8` of the scalars in `range`.
    /// - Complexity: O(1).
    public func byteRange(_ range: TextRange) -> Range<Int> {
        byteOffset(ofScalar: range.start)..<byteOffset(ofScalar: range.end)
    }

    /// The scalar at `offset`.
    /// - Complexity: O(1).
    @inline(__always)
    public subscript(offset: Int) -> Unicode.Scalar {
        let start = byteOffset(ofScalar: offset)
        let lead = utf8[start]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        return utf8.withUnsafeBufferPointer { UTF8Text($0).scalar(at: start).scalar }
    }

    /// The text of `range`, as it is.
    /// - Complexity: O(n) in the length of `range`.
    public func string(_ range: TextRange) -> String {
        utf8.withUnsafeBufferPointer { UTF8Text($0).string(byteRange(range)) }
    }

    /// The whole text as a `String` (a copy of its bytes).
    public var string: String { String(decoding: utf8, as: UTF8.self) }

    /// Two texts are equal when their bytes are.
    public static func == (lhs: ScalarText, rhs: ScalarText) -> Bool { lhs.utf8 == rhs.utf8 }
}
