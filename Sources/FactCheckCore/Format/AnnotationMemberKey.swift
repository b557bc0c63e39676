/// The member keys of one object type of the annotation format, declared in the order the encoder writes them.
///
/// The encoder and the decoder name members only through these lists, so a key added for writing is known when
/// reading and is not mistaken for an unknown member to keep.
protocol AnnotationMemberKey: RawRepresentable<String>, CaseIterable {}

extension AnnotationMemberKey {
    /// Every key of this object type: the members a decoder reads rather than keeps as extras.
    static var known: Set<String> { Set(allCases.map(\.rawValue)) }
}

extension JSONMember {
    /// A member of an annotation-format object.
    init(_ key: some AnnotationMemberKey, _ value: JSONValue) {
        self.init(key.rawValue, value)
    }
}
