import FactCheckCore

/// A JSON Schema (draft 2020-12) validator for the keywords docs/annotations.schema.json uses, so the tests
/// validate against the real schema on any machine, with nothing to install.
///
/// Supported: `type`, `const`, `enum`, `required`, `properties`, `additionalProperties`, `items`, `minItems`,
/// `maxItems`, `minLength`, `minimum`, `maximum`, `pattern`, `$ref` (to `#/…` in the same document), `anyOf`,
/// `allOf`, `if`/`then`/`else`; annotations (`title`, `description`, `$schema`, `$defs`…) are ignored. A schema
/// using any other keyword is refused when loaded, so the validator can never pass a file by ignoring a rule.
struct JSONSchemaValidator {
    /// The keywords that constrain instances.
    static let assertions: Set<String> = [
        "type", "const", "enum", "required", "properties", "additionalProperties", "items", "minItems", "maxItems",
        "minLength", "minimum", "maximum", "pattern", "$ref", "anyOf", "allOf", "if", "then", "else",
    ]
    /// Keywords that only describe.
    static let annotations: Set<String> = ["$schema", "$id", "$comment", "$defs", "title", "description", "examples"]

    let root: JSONValue

    /// Loads a schema, refusing unsupported keywords.
    init(schema: JSONValue) throws {
        root = schema
        try JSONSchemaValidator.checkKeywords(schema, at: "#")
    }

    /// Every violation, as "path: message" ("claims[0].status: \"checked\" is not one of …"); empty when valid.
    func errors(in instance: JSONValue) -> [String] {
        validate(instance, against: root, path: "$")
    }

    private static func checkKeywords(_ schema: JSONValue, at location: String) throws {
        guard case .object(let object) = schema else {
            if case .bool = schema { return }
            throw WorkspaceError("\(location): a schema must be an object or a boolean")
        }
        for member in object.members {
            let key = member.key
            guard assertions.contains(key) || annotations.contains(key) else {
                throw WorkspaceError("\(location): the test validator does not support the keyword \"\(key)\"")
            }
            switch key {
            case "properties", "$defs":
                guard case .object(let map) = member.value else { throw WorkspaceError("\(location)/\(key): expected an object") }
                for entry in map.members { try checkKeywords(entry.value, at: "\(location)/\(key)/\(entry.key)") }
            case "items", "additionalProperties", "if", "then", "else":
                try checkKeywords(member.value, at: "\(location)/\(key)")
            case "anyOf", "allOf":
                guard case .array(let list) = member.value else { throw WorkspaceError("\(location)/\(key): expected an array") }
                for (i, item) in list.enumerated() { try checkKeywords(item, at: "\(location)/\(key)/\(i)") }
            default:
                break
            }
        }
    }

    private func validate(_ instance: JSONValue, against schema: JSONValue, path: String) -> [String] {
        switch schema {
        case .bool(true): return []
        case .bool(false): return ["\(path): no value is allowed here"]
        case .object(let rules):
            var errors: [String] = []
            for rule in rules.members {
                errors += check(rule.key, rule.value, rules, instance, path)
            }
            return errors
        default: return ["\(path): unusable schema"]
        }
    }

    private func check(_ keyword: String, _ value: JSONValue, _ rules: JSONObject, _ instance: JSONValue, _ path: String) -> [String] {
        switch keyword {
        case "$ref":
            guard let target = value.stringValue.flatMap(resolve) else { return ["\(path): unresolvable $ref \(value)"] }
            return validate(instance, against: target, path: path)
        case "type":
            let names: [String]
            switch value {
            case .string(let name): names = [name]
            case .array(let list): names = list.compactMap(\.stringValue)
            default: return ["\(path): unusable type"]
            }
            return names.contains(where: { has(instance, type: $0) }) ? [] : ["\(path): expected \(names.joined(separator: " or ")), found \(instance.typeName)"]
        case "const":
            return same(instance, value) ? [] : ["\(path): expected \(value)"]
        case "enum":
            guard case .array(let options) = value else { return ["\(path): unusable enum"] }
            return options.contains(where: { same(instance, $0) }) ? [] : ["\(path): \(instance) is not one of \(options.map { "\($0)" }.joined(separator: ", "))"]
        case "required":
            guard case .object(let object) = instance, case .array(let keys) = value else { return [] }
            return keys.compactMap(\.stringValue).filter { object[$0] == nil }.map { "\(path): missing required member \"\($0)\"" }
        case "properties":
            guard case .object(let object) = instance, case .object(let properties) = value else { return [] }
            return properties.members.flatMap { property in
                object[property.key].map { validate($0, against: property.value, path: "\(path).\(property.key)") } ?? []
            }
        case "additionalProperties":
            guard case .object(let object) = instance else { return [] }
            var known = Set<String>()
            if case .object(let properties)? = rules["properties"] { known = Set(properties.members.map(\.key)) }
            return object.members.filter { !known.contains($0.key) }.flatMap { validate($0.value, against: value, path: "\(path).\($0.key)") }
        case "items":
            guard case .array(let items) = instance else { return [] }
            return items.enumerated().flatMap { validate($1, against: value, path: "\(path)[\($0)]") }
        case "minItems", "maxItems":
            guard case .array(let items) = instance, let bound = value.intValue else { return [] }
            let ok = keyword == "minItems" ? items.count >= bound : items.count <= bound
            return ok ? [] : ["\(path): \(items.count) items, expected \(keyword == "minItems" ? "at least" : "at most") \(bound)"]
        case "minLength":
            guard case .string(let text) = instance, let bound = value.intValue else { return [] }
            return text.unicodeScalars.count >= bound ? [] : ["\(path): shorter than \(bound) characters"]
        case "minimum", "maximum":
            guard let number = instance.doubleValue, let bound = value.doubleValue else { return [] }
            let ok = keyword == "minimum" ? number >= bound : number <= bound
            return ok ? [] : ["\(path): \(number) is \(keyword == "minimum" ? "below the minimum" : "above the maximum") \(bound)"]
        case "pattern":
            guard case .string(let text) = instance, let pattern = value.stringValue else { return [] }
            guard let regex = try? Regex(pattern) else { return ["\(path): unusable pattern \(pattern)"] }
            return text.firstMatch(of: regex) != nil ? [] : ["\(path): \"\(text)\" does not match \(pattern)"]
        case "anyOf":
            guard case .array(let options) = value else { return [] }
            return options.contains(where: { validate(instance, against: $0, path: path).isEmpty }) ? [] : ["\(path): matches none of the allowed forms"]
        case "allOf":
            guard case .array(let parts) = value else { return [] }
            return parts.flatMap { validate(instance, against: $0, path: path) }
        case "if":
            let branch = validate(instance, against: value, path: path).isEmpty ? rules["then"] : rules["else"]
            return branch.map { validate(instance, against: $0, path: path) } ?? []
        default:
            return []  // then, else (read by "if"), and annotations
        }
    }

    /// The subschema a local reference ("#/$defs/claim") names.
    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#") else { return nil }
        var node = root
        for token in reference.dropFirst().split(separator: "/") {
            guard case .object(let object) = node, let next = object[String(token)] else { return nil }
            node = next
        }
        return node
    }

    private func has(_ instance: JSONValue, type: String) -> Bool {
        switch (type, instance) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array), ("object", .object): true
        case ("integer", .number): instance.intValue != nil
        default: false
        }
    }

    /// JSON equality: numbers by value, objects regardless of member order.
    private func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.number, .number): return a.doubleValue == b.doubleValue
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case (.object(let x), .object(let y)):
            return x.members.count == y.members.count && x.members.allSatisfy { member in y[member.key].map { same(member.value, $0) } ?? false }
        default: return a == b
        }
    }
}
