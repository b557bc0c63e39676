/// Why a string could not be read; `position` is where the message points.
enum JSONStringFailure: Error, Equatable {
    /// A control character (below U+0020) written as it is.
    case controlCharacter(UInt8)
    /// The document ends inside the string.
    case unterminated
    /// A bad escape.
    case escape(JSONEscapeFailure)
}
