extension AnnotationDiff {
    /// The changes as JSON for tools: `{"changes": [{"kind": "verdict", "claim": {…}, "old": {…}, "new": {…}}, …]}`.
    ///
    /// Each change has a `kind` (the case name: "verdict", "claimAdded", "linkAdded", …); claims are named by
    /// `{"n", "id", "text"}`, verdicts and update readings as in the annotation file.
    public static func json(_ changes: [AnnotationChange]) -> JSONValue {
        .object(JSONObject([JSONMember("changes", .array(changes.map(jsonValue)))]))
    }

    private static func jsonValue(_ change: AnnotationChange) -> JSONValue {
        var members: [JSONMember]
        switch change {
        case .article(let old, let new):
            members = [kind("article"), JSONMember("old", articleValue(old)), JSONMember("new", articleValue(new))]
        case .verdict(let claim, let old, let new):
            members = [kind("verdict"), claimMember(claim), verdictMember("old", old), verdictMember("new", new)]
        case .claimAdded(let claim, let verdict):
            members = [kind("claimAdded"), claimMember(claim), verdictMember("verdict", verdict)]
        case .claimRemoved(let claim, let verdict):
            members = [kind("claimRemoved"), claimMember(claim), verdictMember("verdict", verdict)]
        case .orphaned(let claim, let verdict):
            members = [kind("orphaned"), claimMember(claim), verdictMember("verdict", verdict)]
        case .reanchored(let claim):
            members = [kind("reanchored"), claimMember(claim)]
        case .textChanged(let claim, let oldText):
            members = [kind("textChanged"), claimMember(claim), JSONMember("oldText", .string(oldText))]
        case .flagged(let claim, let flag):
            members = [kind("flagged"), claimMember(claim), JSONMember("review", AnnotationCodec.reviewValue(flag))]
        case .unflagged(let claim):
            members = [kind("unflagged"), claimMember(claim)]
        case .claimConflict(let claim, let conflict):
            members = [kind("claimConflict"), claimMember(claim), verdictMember("ours", conflict.ours), verdictMember("theirs", conflict.theirs)]
        case .claimConflictResolved(let claim):
            members = [kind("claimConflictResolved"), claimMember(claim)]
        case .dismissed(let claim, let reason):
            members = [kind("dismissed"), claimMember(claim), JSONMember("reason", .string(reason))]
        case .undismissed(let claim):
            members = [kind("undismissed"), claimMember(claim)]
        case .split(let claim, let second):
            members = [kind("split"), claimMember(claim), JSONMember("second", claimValue(second))]
        case .joined(let claim, let second):
            members = [kind("joined"), claimMember(claim), JSONMember("second", claimValue(second))]
        case .updateAdded(let update, _):
            members = [kind("updateAdded"), JSONMember("update", AnnotationCodec.updateValue(update))]
        case .updateRemoved(let update):
            members = [kind("updateRemoved"), JSONMember("update", AnnotationCodec.updateValue(update))]
        case .relation(let update, let old, let new):
            members = [kind("relation"), updateMember(update), JSONMember("old", .string(old.rawValue)), JSONMember("new", .string(new.rawValue))]
        case .issuer(let update, let old, let new):
            members = [kind("issuer"), updateMember(update), JSONMember("old", old.map(JSONValue.string) ?? .null),
                       JSONMember("new", new.map(JSONValue.string) ?? .null)]
        case .linkAdded(let update, let claim, let link):
            members = [kind("linkAdded"), updateMember(update), linkedClaim(claim, link.claim), JSONMember("link", AnnotationCodec.amendmentValue(link))]
        case .linkRemoved(let update, let claim, let link):
            members = [kind("linkRemoved"), updateMember(update), linkedClaim(claim, link.claim), JSONMember("link", AnnotationCodec.amendmentValue(link))]
        case .linkConfirmed(let update, let claim, let confirmed):
            members = [kind("linkConfirmed"), updateMember(update), linkedClaim(claim, claim?.id ?? ""), JSONMember("confirmed", .bool(confirmed))]
        case .updateConflict(let update, let conflict):
            members = [kind("updateConflict"), updateMember(update), JSONMember("ours", AnnotationCodec.readingValue(conflict.ours)),
                       JSONMember("theirs", AnnotationCodec.readingValue(conflict.theirs))]
        case .updateConflictResolved(let update):
            members = [kind("updateConflictResolved"), updateMember(update)]
        }
        return .object(JSONObject(members))
    }

    private static func kind(_ name: String) -> JSONMember { JSONMember("kind", .string(name)) }

    private static func claimMember(_ claim: ClaimReference) -> JSONMember {
        JSONMember("claim", claimValue(claim))
    }

    private static func claimValue(_ claim: ClaimReference) -> JSONValue {
        .object(JSONObject([JSONMember("n", .int(claim.n)), JSONMember("id", .string(claim.id)), JSONMember("text", .string(claim.text))]))
    }

    /// The claim a link points to; only its id when the claim is in neither file.
    private static func linkedClaim(_ claim: ClaimReference?, _ id: String) -> JSONMember {
        JSONMember("claim", claim.map(claimValue) ?? .object(JSONObject([JSONMember("id", .string(id))])))
    }

    private static func updateMember(_ id: String) -> JSONMember { JSONMember("update", .string(id)) }

    private static func verdictMember(_ key: String, _ verdict: ClaimVerdict) -> JSONMember {
        JSONMember(key, AnnotationCodec.verdictValue(verdict))
    }

    private static func articleValue(_ article: ArticleReference) -> JSONValue {
        .object(JSONObject([JSONMember("path", .string(article.path)), JSONMember("sha256", .string(article.sha256)),
                            JSONMember("language", .string(article.language))]))
    }
}
