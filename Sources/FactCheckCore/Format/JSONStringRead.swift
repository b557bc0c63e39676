/// A string read from a document.
struct JSONStringRead {
    /// Its text, escapes decoded.
    var text: String
    /// Whether it was ASCII written without escapes (its bytes in the document are its UTF-8).
    var isPlainASCII: Bool
}
