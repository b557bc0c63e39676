/// A fixed list of folded phrases, searched in folded bytes in one pass: whether any phrase occurs in a text, or
/// which of them do.
///
/// The phrases are indexed by their first two bytes, so each position of the text reads only the few phrases that
/// start with its two bytes (most positions read none). A match counts as `String.contains` would count it, on whole
/// characters: one followed by a combining mark ("still" in "stilĺ") is no match.
/// - Complexity: O(n) in the text's bytes for a constant list of phrases.
struct PhraseSet: Sendable {
    /// The phrases' bytes, in the order given (an empty phrase never occurs).
    private let phrases: [[UInt8]]
    /// For each first two bytes (`first << 8 | second`), the phrases that start with them.
    private let byPrefix: [UInt16: [Int]]
    /// Phrases of one byte, by their byte (256 entries, most empty).
    private let single: [[Int]]
    /// One bit per first two bytes that open a phrase: most positions of a text are ruled out by a bit test, without
    /// hashing (the seed's reading asks this of every byte of its paragraphs).
    private let prefixBits: [UInt64]

    /// Indexes `phrases` (written folded: lower case, no accents).
    init(_ phrases: [String]) {
        let bytes = phrases.map { Array($0.utf8) }
        var byPrefix: [UInt16: [Int]] = [:]
        var single = [[Int]](repeating: [], count: 256)
        var prefixBits = [UInt64](repeating: 0, count: 1024)
        for (index, phrase) in bytes.enumerated() where !phrase.isEmpty {
            if phrase.count == 1 { single[Int(phrase[0])].append(index); continue }
            let key = UInt16(phrase[0]) << 8 | UInt16(phrase[1])
            byPrefix[key, default: []].append(index)
            prefixBits[Int(key >> 6)] |= 1 << UInt64(key & 63)
        }
        self.phrases = bytes
        self.byPrefix = byPrefix
        self.single = single
        self.prefixBits = prefixBits
    }

    /// Whether one of the phrases occurs in `text` (folded bytes).
    func occurs(in text: [UInt8]) -> Bool {
        var found = false
        scan(text) { _, _, _ in
            found = true
            return false
        }
        return found
    }

    /// For each phrase, in the order given to `init`, whether it occurs in `text` (folded bytes).
    func occurring(in text: [UInt8]) -> [Bool] {
        var present = [Bool](repeating: false, count: phrases.count)
        scan(text) { index, _, _ in
            present[index] = true
            return true
        }
        return present
    }

    /// Each place a phrase occurs in `text` (folded bytes), in the text's order: the phrase's index (in the order
    /// given to `init`) and the byte offsets of its start and of its end.
    func matches(in text: [UInt8]) -> [(phrase: Int, start: Int, end: Int)] {
        var found: [(phrase: Int, start: Int, end: Int)] = []
        scan(text) { index, start, end in
            found.append((index, start, end))
            return true
        }
        return found
    }

    /// Calls `body` with the index of each phrase found and its start and end offsets, at each place it is found,
    /// while `body` returns true.
    private func scan(_ text: [UInt8], _ body: (Int, Int, Int) -> Bool) {
        let n = text.count
        var i = 0
        while i < n {
            let candidates = single[Int(text[i])]
            if !candidates.isEmpty, endsOnCharacter(text, at: i + 1, last: i) {
                for index in candidates where !body(index, i, i + 1) { return }
            }
            guard i + 1 < n else { break }
            let key = UInt16(text[i]) << 8 | UInt16(text[i + 1])
            if prefixBits[Int(key >> 6)] & (1 << UInt64(key & 63)) != 0, let candidates = byPrefix[key] {
                for index in candidates {
                    let phrase = phrases[index]
                    guard i + phrase.count <= n else { continue }
                    var k = 2
                    while k < phrase.count, text[i + k] == phrase[k] { k += 1 }
                    if k == phrase.count, endsOnCharacter(text, at: i + k, last: i + k - 1), !body(index, i, i + k) { return }
                }
            }
            i += 1
        }
    }

    /// Whether a match ending before `end` (its last byte at `last`) ends on a character's end: the scalar after it
    /// does not join the one before it into one character (a combining accent, a variation selector).
    private func endsOnCharacter(_ text: [UInt8], at end: Int, last: Int) -> Bool {
        guard end < text.count, text[end] >= 0x80 else { return true }
        guard let next = Self.scalar(in: text, at: end), let previous = Self.scalar(endingAt: last, in: text) else { return true }
        var pair = String.UnicodeScalarView()
        pair.append(previous)
        pair.append(next)
        return String(pair).count == 2
    }

    /// The scalar whose UTF-8 starts at `index`.
    private static func scalar(in text: [UInt8], at index: Int) -> Unicode.Scalar? {
        let lead = text[index]
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard index + width <= text.count else { return nil }
        var decoder = UTF8()
        var iterator = text[index..<(index + width)].makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    /// The scalar whose UTF-8 ends at `index`.
    private static func scalar(endingAt index: Int, in text: [UInt8]) -> Unicode.Scalar? {
        var start = index
        while start > 0, start > index - 3, text[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(in: text, at: start)
    }
}
