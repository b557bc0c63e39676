/// The formats of ids and times in annotation files (the patterns of docs/annotations.schema.json).
enum IDFormat {
    /// `prefix` then at least 8 lower-case hex digits, optionally "-N" (a collision's suffix).
    static func isValid(_ id: String, prefix: String) -> Bool {
        guard id.hasPrefix(prefix) else { return false }
        let rest = id.dropFirst(prefix.count).split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard let hex = rest.first, hex.count >= 8, hex.unicodeScalars.allSatisfy({ Scalars.isDigit($0) || ("a"..."f").contains($0) }) else {
            return false
        }
        return rest.count == 1 || (!rest[1].isEmpty && rest[1].unicodeScalars.allSatisfy(Scalars.isDigit))
    }

    /// "YYYY-MM-DDTHH:MM:SSZ", optionally with fractional seconds.
    static func isTimestamp(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        guard s.count >= 20, s.last == "Z" else { return false }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        guard digits.allSatisfy({ Scalars.isDigit(s[$0]) }), s[4] == "-", s[7] == "-", s[10] == "T", s[13] == ":", s[16] == ":" else { return false }
        if s.count == 20 { return true }
        return s[19] == "." && s.count > 21 && s[20..<(s.count - 1)].allSatisfy(Scalars.isDigit)
    }
}
