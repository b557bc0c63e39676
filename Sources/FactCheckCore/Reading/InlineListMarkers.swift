/// List items run together in one paragraph: "1. The first item 2. The second item", "a) … b) …", "1.) … 2.) …".
///
/// When a paragraph opens with a numbered or lettered marker, each later marker of the same style that continues
/// the count (2 after 1, b after a) starts a new item. The full stop of a marker ("1.", "• 9.") never ends a
/// sentence.
struct InlineListMarkers {
    /// The marker styles, by what follows the number or letter.
    private enum Style: Equatable {
        case dot, paren, dotParen
    }

    private struct Marker {
        var value: Int
        var isLetter: Bool
        var style: Style
        /// Offset of the marker's full stop, if it has one.
        var dot: Int?
        /// Offset just past the marker.
        var end: Int
    }

    /// Offsets of the full stops that belong to list markers in the current paragraph.
    private var markerDots: [Int] = []
    /// Offsets where a later list item starts.
    private var itemStarts: [Int] = []

    /// Creates an empty set of markers.
    init() {}

    /// Finds the markers of the paragraph `text[range]`.
    mutating func prepare(_ text: UTF8Text, _ range: Range<Int>) {
        markerDots.removeAll(keepingCapacity: true)
        itemStarts.removeAll(keepingCapacity: true)
        guard let first = marker(text, at: range.lowerBound, end: range.upperBound) else { return }
        if let dot = first.dot { markerDots.append(dot) }
        var expected = first.value + 1
        var i = first.end
        while i < range.upperBound {
            let b = text[i]
            if b == 0x20 || b == 0x0A, i + 1 < range.upperBound,
               let next = marker(text, at: i + 1, end: range.upperBound),
               next.style == first.style, next.isLetter == first.isLetter, next.value == expected {
                itemStarts.append(i + 1)
                if let dot = next.dot { markerDots.append(dot) }
                expected += 1
                i = next.end
                continue
            }
            i += 1
        }
    }

    /// Records the marker after a bullet ("• 9. The first item") so that its full stop is not a boundary.
    mutating func noteMarkerAfterBullet(_ text: UTF8Text, from start: Int, end: Int) {
        let i = text.skipSpaces(from: start, to: end)
        if let marker = marker(text, at: i, end: end), !marker.isLetter, let dot = marker.dot { markerDots.append(dot) }
    }

    /// Whether the full stop at `offset` belongs to a list marker.
    func isMarkerDot(_ offset: Int) -> Bool {
        !markerDots.isEmpty && markerDots.contains(offset)
    }

    /// Adds the item starts to `boundaries`, keeping them sorted.
    func merge(into boundaries: inout [Int]) {
        guard !itemStarts.isEmpty else { return }
        boundaries.append(contentsOf: itemStarts)
        boundaries.sort()
    }

    /// A marker at `i`: one to three digits or one lower-case letter, then ".", ")" or ".)", then white space.
    private func marker(_ text: UTF8Text, at i: Int, end: Int) -> Marker? {
        var j = i
        var value = 0
        while j < end, j - i < 3, text[j] >= 0x30, text[j] <= 0x39 {
            value = value * 10 + Int(text[j] - 0x30)
            j += 1
        }
        var isLetter = false
        if j == i {
            guard j < end, text[j] >= 0x61, text[j] <= 0x7A else { return nil }
            value = Int(text[j] - 0x61) + 1
            isLetter = true
            j += 1
        }
        guard j < end else { return nil }
        var style: Style
        var dot: Int?
        if text[j] == UInt8(ascii: ".") {
            dot = j
            j += 1
            if j < end, text[j] == UInt8(ascii: ")") {
                style = .dotParen
                j += 1
            } else {
                style = .dot
            }
        } else if text[j] == UInt8(ascii: ")") {
            style = .paren
            j += 1
        } else {
            return nil
        }
        guard j < end, text.spaceWidth(at: j) > 0 else { return nil }
        return Marker(value: value, isLetter: isLetter, style: style, dot: dot, end: j)
    }
}
