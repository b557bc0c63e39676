/// A member's key as read from the file, matched against the format's key names by `switch` (bytes compared,
/// no `String` made).
struct StaticKey: ExpressibleByStringLiteral, Equatable {
    private let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    init(stringLiteral value: StaticString) {
        bytes = UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount)
    }

    static func == (left: StaticKey, right: StaticKey) -> Bool {
        left.bytes.count == right.bytes.count && left.bytes.elementsEqual(right.bytes)
    }

    /// `switch` matches cases with `~=`, which for an `Equatable` type is `==`.
    static func ~= (pattern: StaticKey, value: StaticKey) -> Bool { pattern == value }
}
