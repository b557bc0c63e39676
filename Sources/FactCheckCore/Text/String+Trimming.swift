extension String {
    /// The string without trailing characters that match `predicate`.
    func trimmingTrailing(while predicate: (Character) -> Bool) -> String {
        var s = Substring(self)
        while let last = s.last, predicate(last) { s = s.dropLast() }
        return String(s)
    }
}
