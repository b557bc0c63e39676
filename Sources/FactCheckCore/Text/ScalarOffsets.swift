/// Converts byte offsets of UTF-8 text into scalar offsets, the unit of every `TextRange`.
///
/// Conversions are expected mostly in increasing order (paragraphs, then their sentences): the converter keeps
/// its last position and counts only the bytes in between, so converting every range of an article is O(n).
struct ScalarOffsets {
    private let text: UTF8Text
    private var byte = 0
    private var scalar = 0

    /// A converter for `text`.
    init(_ text: UTF8Text) {
        self.text = text
    }

    /// The scalar offset of byte offset `target` (a scalar boundary).
    mutating func offset(_ target: Int) -> Int {
        if target >= byte {
            scalar += text.scalarCount(byte..<target)
        } else {
            scalar -= text.scalarCount(target..<byte)
        }
        byte = target
        return scalar
    }

    /// The scalar range of byte range `range`.
    mutating func range(_ range: Range<Int>) -> TextRange {
        let start = offset(range.lowerBound)
        let end = offset(range.upperBound)
        return TextRange(start, end)
    }
}
