/// Why an escape in a string could not be read; `position` is where the message points.
enum JSONEscapeFailure: Error, Equatable {
    /// The document ends after the backslash.
    case unterminated
    /// Fewer than four bytes follow `\u`.
    case truncatedUnicode
    /// A `\u` escape holds something other than a hex digit.
    case invalidHexDigit
    /// A surrogate without its other half (the first escape's value).
    case loneSurrogate(UInt32)
    /// A surrogate pair naming no scalar.
    case outOfRange
    /// A backslash followed by a character that starts no escape.
    case invalid
}
