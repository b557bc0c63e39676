extension EditRecord {
    /// One line of JSON: `{"claims": […], "updates": […]}`.
    public func jsonLine() -> String {
        var line = ""
        JSONWriter.writeCompact(.object(JSONObject([
            JSONMember(AnnotationCodec.EditRecordKey.claims, .array(claims.map(AnnotationCodec.claimValue))),
            JSONMember(AnnotationCodec.EditRecordKey.updates, .array(updates.map(AnnotationCodec.updateValue))),
        ])), into: &line)
        return line
    }

    /// Parses a line written by `jsonLine()`.
    public static func parse(line: String) throws(AnnotationFileError) -> EditRecord {
        let value: JSONValue
        do { value = try JSONParser.parse(line) } catch { throw .syntax(error) }
        guard case .object(let object) = value, case .array(let claimValues)? = object[AnnotationCodec.EditRecordKey.claims.rawValue], case .array(let updateValues)? = object[AnnotationCodec.EditRecordKey.updates.rawValue] else {
            throw .invalid(path: "$", message: "expected {\"claims\": […], \"updates\": […]}")
        }
        var claims: [ClaimAnnotation] = []
        for (i, item) in claimValues.enumerated() { claims.append(try AnnotationCodec.decodeClaim(item, path: "claims[\(i)]")) }
        var updates: [UpdateAnnotation] = []
        for (i, item) in updateValues.enumerated() { updates.append(try AnnotationCodec.decodeUpdate(item, path: "updates[\(i)]")) }
        return EditRecord(claims: claims, updates: updates)
    }
}
