extension AnnotationCodec {
    /// The file's text: byte-identical for equal sets.
    public static func encode(_ set: AnnotationSet) -> String {
        JSONWriter.write(jsonValue(set))
    }

    /// The set as a JSON tree.
    public static func jsonValue(_ set: AnnotationSet) -> JSONValue {
        var article = JSONObject([
            JSONMember(ArticleKey.path, .string(set.article.path)),
            JSONMember(ArticleKey.sha256, .string(set.article.sha256)),
            JSONMember(ArticleKey.language, .string(set.article.language)),
        ])
        article.members += set.article.extra
        var root = JSONObject([
            JSONMember(RootKey.format, .string(AnnotationSet.formatName)),
            JSONMember(RootKey.version, .int(AnnotationSet.currentVersion)),
            JSONMember(RootKey.article, .object(article)),
            JSONMember(RootKey.claims, .array(set.claims.map(claimValue))),
            JSONMember(RootKey.updates, .array(set.updates.map(updateValue))),
            JSONMember(RootKey.orphans, .array(set.orphans.map(claimValue))),
        ])
        // Written only when an editor corrected a boundary, so other files look exactly as before.
        if !set.boundaries.isEmpty {
            root.members.append(JSONMember(RootKey.boundaries, .array(set.boundaries.map(boundaryValue))))
        }
        root.members += set.extra
        return .object(root)
    }

    /// One entry of `boundaries`, as the file and the journal write it.
    static func boundaryValue(_ boundary: ClaimBoundary) -> JSONValue {
        switch boundary {
        case .split(let text, let word):
            .object(JSONObject([JSONMember(BoundaryKey.split, .string(text)), JSONMember(BoundaryKey.word, .int(word))]))
        case .join(let first, let second):
            .object(JSONObject([JSONMember(BoundaryKey.join, .array([.string(first), .string(second)]))]))
        }
    }

    static func claimValue(_ claim: ClaimAnnotation) -> JSONValue {
        var object = JSONObject([
            JSONMember(ClaimKey.id, .string(claim.id)),
            JSONMember(ClaimKey.n, .int(claim.n)),
            JSONMember(ClaimKey.text, .string(claim.text)),
            JSONMember(ClaimKey.start, .int(claim.range.start)),
            JSONMember(ClaimKey.end, .int(claim.range.end)),
        ])
        if !claim.repeats.isEmpty {
            object.members.append(JSONMember(ClaimKey.repeats, .array(claim.repeats.map { .array([.int($0.start), .int($0.end)]) })))
        }
        let context = JSONObject([JSONMember(ContextKey.prefix, .string(claim.prefix)), JSONMember(ContextKey.suffix, .string(claim.suffix))])
        object.members += [
            JSONMember(ClaimKey.context, .object(context)),
            JSONMember(ClaimKey.status, .string(claim.status.rawValue)),
            JSONMember(ClaimKey.note, .string(claim.note)),
            JSONMember(ClaimKey.sources, .array(claim.sources.map(JSONValue.string))),
            JSONMember(ClaimKey.by, claim.by.map(JSONValue.string) ?? .null),
            JSONMember(ClaimKey.at, claim.at.map(JSONValue.string) ?? .null),
            JSONMember(ClaimKey.review, claim.review.map(reviewValue) ?? .null),
        ]
        // Written only when present, so files without conflicts look exactly as before.
        if let conflict = claim.conflict {
            var sides = JSONObject([JSONMember(ConflictKey.ours, verdictValue(conflict.ours)), JSONMember(ConflictKey.theirs, verdictValue(conflict.theirs))])
            sides.members += conflict.extra
            object.members.append(JSONMember(ClaimKey.conflict, .object(sides)))
        }
        if let dismissed = claim.dismissed { object.members.append(JSONMember(ClaimKey.dismissed, .string(dismissed))) }
        object.members.append(JSONMember(ClaimKey.history, .array(claim.history.map(historyValue))))
        object.members += claim.extra
        return .object(object)
    }

    static func verdictValue(_ verdict: ClaimVerdict) -> JSONValue {
        var object = JSONObject([
            JSONMember(VerdictKey.status, .string(verdict.status.rawValue)),
            JSONMember(VerdictKey.note, .string(verdict.note)),
            JSONMember(VerdictKey.sources, .array(verdict.sources.map(JSONValue.string))),
            JSONMember(VerdictKey.by, verdict.by.map(JSONValue.string) ?? .null),
            JSONMember(VerdictKey.at, verdict.at.map(JSONValue.string) ?? .null),
        ])
        object.members += verdict.extra
        return .object(object)
    }

    static func readingValue(_ reading: UpdateReading) -> JSONValue {
        var object = JSONObject([
            JSONMember(ReadingKey.relation, .string(reading.relation.rawValue)),
            JSONMember(ReadingKey.issuer, reading.issuer.map(JSONValue.string) ?? .null),
            JSONMember(ReadingKey.amends, .array(reading.amends.map(amendmentValue))),
        ])
        object.members += reading.extra
        return .object(object)
    }

    static func amendmentValue(_ amendment: Amendment) -> JSONValue {
        var link = JSONObject([
            JSONMember(AmendmentKey.claim, .string(amendment.claim)),
            JSONMember(AmendmentKey.score, .number(formatScore(amendment.score))),
            JSONMember(AmendmentKey.confirmed, .bool(amendment.confirmed)),
        ])
        if let by = amendment.by { link.members.append(JSONMember(AmendmentKey.by, .string(by))) }
        if let at = amendment.at { link.members.append(JSONMember(AmendmentKey.at, .string(at))) }
        link.members += amendment.extra
        return .object(link)
    }

    static func reviewValue(_ flag: ReviewFlag) -> JSONValue {
        var object = JSONObject([JSONMember(ReviewKey.reason, .string(flag.reason))])
        if let update = flag.update { object.members.append(JSONMember(ReviewKey.update, .string(update))) }
        return .object(object)
    }

    static func historyValue(_ entry: HistoryEntry) -> JSONValue {
        var object = JSONObject([
            JSONMember(HistoryKey.at, .string(entry.at)),
            JSONMember(HistoryKey.by, .string(entry.by)),
            JSONMember(HistoryKey.status, .string(entry.status.rawValue)),
        ])
        if let note = entry.note { object.members.append(JSONMember(HistoryKey.note, .string(note))) }
        if !entry.sources.isEmpty { object.members.append(JSONMember(HistoryKey.sources, .array(entry.sources.map(JSONValue.string)))) }
        if let event = entry.event { object.members.append(JSONMember(HistoryKey.event, .string(event))) }
        object.members += entry.extra
        return .object(object)
    }

    static func updateValue(_ update: UpdateAnnotation) -> JSONValue {
        var object = JSONObject([
            JSONMember(UpdateKey.id, .string(update.id)),
            JSONMember(UpdateKey.marker, .string(update.marker)),
            JSONMember(UpdateKey.text, .string(update.text)),
            JSONMember(UpdateKey.start, .int(update.range.start)),
            JSONMember(UpdateKey.end, .int(update.range.end)),
            JSONMember(UpdateKey.issuer, update.issuer.map(JSONValue.string) ?? .null),
            JSONMember(UpdateKey.relation, .string(update.relation.rawValue)),
            JSONMember(UpdateKey.amends, .array(update.amends.map(amendmentValue))),
        ])
        if !update.unlinked.isEmpty {
            object.members.append(JSONMember(UpdateKey.unlinked, .array(update.unlinked.map(JSONValue.string))))
        }
        if let conflict = update.conflict {
            var sides = JSONObject([JSONMember(ConflictKey.ours, readingValue(conflict.ours)), JSONMember(ConflictKey.theirs, readingValue(conflict.theirs))])
            sides.members += conflict.extra
            object.members.append(JSONMember(UpdateKey.conflict, .object(sides)))
        }
        object.members += update.extra
        return .object(object)
    }

    /// Two decimals, always with a leading digit ("0.82", "1.0").
    public static func formatScore(_ score: Double) -> String {
        let hundredths = Int((score * 100).rounded())
        let whole = hundredths / 100, frac = hundredths % 100
        return frac == 0 ? "\(whole).0" : "\(whole).\(frac < 10 ? "0" : "")\(frac)".trimmingTrailing { $0 == "0" }
    }
}
