/// Multi-word prefixes matched against the folded start of a line, bucketed by first byte.
struct FoldedPrefixes {
    private var buckets: [[[UInt8]]] = Array(repeating: [], count: 256)
    /// The first two folded bytes of every pattern, as `first << 8 | second`: a line whose start is not among
    /// them is rejected without folding anything. One bit each (8 KiB): a byte each cost 64 KiB of zeroed pages per
    /// matcher at start-up.
    private var pairs = [UInt64](repeating: 0, count: (1 << 16) / 64)
    /// The longest pattern, in bytes: how much of a line needs folding.
    private(set) var longest = 0

    /// Builds the matcher from plain-text patterns.
    init(_ patterns: [String]) {
        for pattern in patterns {
            let folded = FoldedText.bytes(pattern)
            guard let first = folded.first else { continue }
            buckets[Int(first)].append(folded)
            longest = max(longest, folded.count)
            if folded.count >= 2 {
                setPair(Int(first) << 8 | Int(folded[1]))
            } else {
                for second in 0..<256 { setPair(Int(first) << 8 | second) }
            }
        }
    }

    private mutating func setPair(_ pair: Int) { pairs[pair >> 6] |= 1 << UInt64(pair & 63) }

    private func hasPair(_ pair: Int) -> Bool { pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 }

    /// Whether `folded` starts with one of the patterns; with `wholeWords`, a pattern that ends with a letter or a
    /// digit must end a word there ("voir aussi" is not the start of "voir aussitot").
    func matches(_ folded: UnsafeBufferPointer<UInt8>, wholeWords: Bool = false) -> Bool {
        guard let first = folded.first else { return false }
        for pattern in buckets[Int(first)] where pattern.count <= folded.count {
            var equal = true
            for k in 1..<pattern.count where folded[k] != pattern[k] {
                equal = false
                break
            }
            if equal, wholeWords, pattern.count < folded.count, Self.isWordByte(pattern[pattern.count - 1]),
               Self.isWordByte(folded[pattern.count]) {
                continue
            }
            if equal { return true }
        }
        return false
    }

    /// A folded letter or digit (folded text is lower-case ASCII where it can be; other bytes are left as written).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }

    /// Whether the folded start of `text[range]` starts with one of the patterns (as whole words with `wholeWords`).
    func matches(_ text: UTF8Text, _ range: Range<Int>, wholeWords: Bool = false) -> Bool {
        guard !range.isEmpty else { return false }
        let start = range.lowerBound
        let (folded, second, width) = FoldedText.fold(text, at: start)
        // A scalar without a folded form ("©") is matched on its own bytes, as `FoldedText.bytes` writes it.
        let first = folded != 0 ? folded : text[start]
        guard !buckets[Int(first)].isEmpty else { return false }
        var next: UInt8?
        if folded == 0 {
            next = start + 1 < range.upperBound ? text[start + 1] : nil
        } else if second != 0 {
            next = second
        } else if start + width < range.upperBound {
            let following = FoldedText.fold(text, at: start + width).first
            next = following != 0 ? following : text[start + width]
        }
        if let next, !hasPair(Int(first) << 8 | Int(next)) { return false }
        return withFoldedPrefix(text, range, maximum: longest + 8) { matches($0, wholeWords: wholeWords) }
    }
}

/// Folds at most `maximum` bytes of the start of `text[range]` into a stack buffer and passes it to `body`.
func withFoldedPrefix<R>(_ text: UTF8Text, _ range: Range<Int>, maximum: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximum + 2) { buffer in
        var n = 0
        var i = range.lowerBound
        while i < range.upperBound, n < maximum {
            let (first, second, width) = FoldedText.fold(text, at: i)
            if first == 0 {
                for k in i..<min(i + width, range.upperBound) where n < maximum { buffer[n] = text[k]; n += 1 }
            } else if first == 0x20 {
                if n == 0 || buffer[n - 1] != 0x20 { buffer[n] = 0x20; n += 1 }
            } else {
                buffer[n] = first
                n += 1
                if second != 0 { buffer[n] = second; n += 1 }
            }
            i += width
        }
        return body(UnsafeBufferPointer(rebasing: buffer[0..<n]))
    }
}
