/// One member of a JSON object.
public struct JSONMember: Equatable, Sendable {
    /// The member's key.
    public var key: String
    /// The member's value.
    public var value: JSONValue

    /// Creates a member.
    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}

/// A JSON object whose members stay in the order they were written or added.
public struct JSONObject: Equatable, Sendable {
    /// The members in order; keys are unique (the parser rejects duplicates).
    public var members: [JSONMember]

    /// Creates an object from members in order.
    public init(_ members: [JSONMember] = []) {
        self.members = members
    }

    /// The value for `key`, if present.
    public subscript(key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }

    /// Sets or appends a member, keeping the position of an existing key.
    public mutating func set(_ key: String, _ value: JSONValue) {
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = value
        } else {
            members.append(JSONMember(key, value))
        }
    }

    /// The members whose keys are not in `known`, in order: what this version does not understand but must keep.
    public func members(notIn known: Set<String>) -> [JSONMember] {
        members.filter { !known.contains($0.key) }
    }
}
