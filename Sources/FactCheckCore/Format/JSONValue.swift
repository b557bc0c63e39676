/// A JSON document as an ordered tree: objects keep their members in file order, numbers keep their literal text.
///
/// The annotation store needs both properties — order for stable diffs, literals and unknown members so that
/// a file written by a newer version round-trips without losing anything — which Foundation's coders lack.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// A number as written (validated JSON number syntax), so `1.50` stays `1.50`.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// An integer number value.
    public static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    /// The value as an `Int` when it is an integral number in range.
    public var intValue: Int? {
        guard case .number(let literal) = self else { return nil }
        if let exact = Int(literal) { return exact }
        // Accept "3.0" and "3e0" style integers only when they are exactly integral.
        if let double = Double(literal), double.rounded() == double, abs(double) < 9.0e15 { return Int(double) }
        return nil
    }

    /// The value as a `Double` when it is a number.
    public var doubleValue: Double? {
        guard case .number(let literal) = self else { return nil }
        return Double(literal)
    }

    /// The string payload, if this is a string.
    public var stringValue: String? {
        guard case .string(let s) = self else { return nil }
        return s
    }

    /// A short name of the value's type for error messages ("string", "object", …).
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
