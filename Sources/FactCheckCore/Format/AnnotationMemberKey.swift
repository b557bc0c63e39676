/// The member keys of one object type of the annotation format, declared in the order the encoder writes them.
///
/// The encoder and the decoder name members only through these lists, so a key added for writing is known when
/// reading and is not mistaken for an unknown member to keep.
protocol AnnotationMemberKey: RawRepresentable<String>, CaseIterable {
    /// Every key of this object type: the members a decoder reads rather than keeps as extras. Each type stores
    /// it (`static let known = names()`): the decoder consults it for every member of every object it reads.
    static var known: KnownMemberKeys { get }
}

extension AnnotationMemberKey {
    /// The raw values of every case, in declaration order.
    static func names() -> KnownMemberKeys { KnownMemberKeys(allCases.map(\.rawValue)) }
}

extension JSONMember {
    /// A member of an annotation-format object.
    init(_ key: some AnnotationMemberKey, _ value: JSONValue) {
        self.init(key.rawValue, value)
    }
}
