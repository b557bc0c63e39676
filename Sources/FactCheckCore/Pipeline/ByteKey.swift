/// A text as a dictionary key hashed and compared by its UTF-8 bytes: hashing a `String` normalises it to NFC first,
/// which dominated reading articles of hundreds of thousands of sentences. Texts are compared as written, byte for
/// byte. The key shares the string's storage (the claim's own text), so an index of claims holds no second copy.
struct ByteKey: Hashable {
    /// The text.
    let text: String

    /// A key for `text`.
    init(_ text: String) {
        self.text = text
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }
}
