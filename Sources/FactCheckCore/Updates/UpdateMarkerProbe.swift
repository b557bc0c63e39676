/// Asks `UpdateMarker` whether a paragraph of UTF-8 text opens with an update marker, cheaply.
///
/// `UpdateMarker.match` works on scalars and folds its window; calling it on every line of a 20 MB article would
/// dominate the reading time. A folded-prefix test against `UpdateMarker.words` rules out almost every line in a
/// few byte comparisons; only a line that starts with a marker word is converted to scalars and matched for real,
/// so `UpdateMarker` stays the one authority on what a marker is.
enum UpdateMarkerProbe {
    private static let prefixes = FoldedPrefixes(UpdateMarker.words)

    /// Whether `text[range]` starts with an update marker ("MISE A JOUR :", "Update:"…).
    static func matches(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        guard prefixes.matches(text, range) else { return false }
        // UpdateMarker looks at no more than 80 scalars past the start for the marker; a little more for its body.
        var end = range.lowerBound
        var scalars: [Unicode.Scalar] = []
        while end < range.upperBound, scalars.count < 120 {
            let (scalar, width) = text.scalar(at: end)
            scalars.append(scalar)
            end += width
        }
        return UpdateMarker.match(in: scalars, at: 0, limit: scalars.count) != nil
    }
}
