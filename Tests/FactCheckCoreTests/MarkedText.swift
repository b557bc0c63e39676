import FactCheckCore

/// A test fixture with its expected boundaries marked inline: "M. Dupont est là.|Il part." means two sentences,
/// the second starting where the marker was. The marker is removed; the expected ranges are the pieces between
/// markers, trimmed of white space, in Unicode scalar offsets of the unmarked text.
struct MarkedText: CustomStringConvertible {
    /// The fixture without its markers.
    let text: String
    /// The expected ranges, in order.
    let ranges: [TextRange]

    /// Parses `marked`, splitting at every `marker`.
    init(_ marked: String, marker: Unicode.Scalar = "|") {
        var scalars: [Unicode.Scalar] = []
        var cuts: [Int] = []
        for scalar in marked.unicodeScalars {
            if scalar == marker { cuts.append(scalars.count) } else { scalars.append(scalar) }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        text = String(view)
        var ranges: [TextRange] = []
        let bounds = [0] + cuts + [scalars.count]
        for (start, end) in zip(bounds, bounds.dropFirst()) {
            var s = start, e = end
            while s < e, Self.isSpace(scalars[s]) { s += 1 }
            while e > s, Self.isSpace(scalars[e - 1]) { e -= 1 }
            if s < e { ranges.append(TextRange(s, e)) }
        }
        self.ranges = ranges
    }

    /// The text of `range`.
    func slice(_ range: TextRange) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.start..<range.end])
        return String(view)
    }

    /// The expected pieces as text, for readable failures.
    var pieces: [String] { ranges.map(slice) }

    var description: String { pieces.joined(separator: " | ") }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == "\u{A0}" || s == "\u{202F}"
    }
}
