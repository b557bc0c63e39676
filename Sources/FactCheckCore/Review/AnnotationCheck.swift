/// Something `factcheck check` reports about an annotation file.
public struct CheckFinding: Equatable, Sendable {
    /// How bad it is.
    public enum Severity: Equatable, Sendable {
        /// The file is wrong: it breaks the format or does not match its article (exit 65).
        case invalid
        /// The file is valid but an editor must act: a re-review flag, a conflict, an orphan… (exit 1).
        case attention
    }

    /// How bad it is.
    public var severity: Severity
    /// What it is about: `claim #3 (c-8e7c6c40) "C'était le projet…"`, `update u-51c0e2aa`, `claims[2].id`, `article`.
    public var subject: String
    /// What is wrong, and what to do when it is not obvious.
    public var message: String

    /// Creates a finding.
    public init(_ severity: Severity, _ subject: String, _ message: String) {
        self.severity = severity
        self.subject = subject
        self.message = message
    }
}

/// The checks of `factcheck check` beyond what decoding validates (types, required members, statuses, ranges'
/// order, ids that links name): id formats, reading numbers, who and when of each verdict, and — when the article
/// is at hand and unchanged — every range within the article and the claim texts under them.
///
/// The same constraints as docs/annotations.schema.json, plus those a schema cannot state (uniqueness, the article).
public enum AnnotationCheck {
    /// What the article looks like now, for the checks that need it.
    public struct Article: Sendable {
        /// The decoded text's scalars.
        public var scalars: ScalarText
        /// The SHA-256 of the decoded text.
        public var sha256: String

        /// Creates the description of an article.
        public init(scalars: ScalarText, sha256: String) {
            self.scalars = scalars
            self.sha256 = sha256
        }
    }

    /// The findings for `set`, invalid ones first within each claim; `strict` adds unreviewed claims and
    /// unconfirmed links.
    public static func findings(in set: AnnotationSet, article: Article?, strict: Bool = false) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        if let article, article.sha256 != set.article.sha256 {
            findings.append(CheckFinding(.attention, "article", "\(TerminalText.visible(set.article.path)) changed since these annotations were made "
                + "(sha256 \(set.article.sha256.prefix(12))… in the file, \(article.sha256.prefix(12))… now); open it in factcheck to re-anchor them"))
        }
        let anchorText = article.flatMap { $0.sha256 == set.article.sha256 ? $0.scalars : nil }
        let updateIDs = Set(set.updates.map(\.id))
        if Language(rawValue: set.article.language) == nil {
            findings.append(CheckFinding(.invalid, "article", "article.language: expected one of "
                + "\(Language.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")), found \"\(TerminalText.visible(set.article.language))\""))
        }
        var numbers = Set<Int>()
        var previousStart = -1
        for (i, claim) in set.claims.enumerated() {
            // The subject (with its preview of the text) is made only for a claim that has findings.
            let first = findings.count
            let subject = ""
            findings += claimFindings(claim, subject: subject, path: "claims[\(i)]", updateIDs: updateIDs)
            if !numbers.insert(claim.n).inserted {
                findings.append(CheckFinding(.invalid, subject, "reading number \(claim.n) is used by another claim"))
            }
            if claim.range.start < previousStart {
                findings.append(CheckFinding(.invalid, subject, "claims must be in reading order (this one starts at \(claim.range.start), before the claim above)"))
            }
            previousStart = claim.range.start
            if claim.n > set.claims.count {
                findings.append(CheckFinding(.invalid, subject, "reading number \(claim.n) leaves a gap: the \(set.claims.count) claims are numbered 1 to \(set.claims.count)"))
            }
            if let scalars = anchorText { findings += anchorFindings(claim, subject: subject, scalars) }
            if let conflict = claim.conflict {
                findings.append(CheckFinding(.attention, subject, "unresolved merge conflict: ours \(AnnotationDiff.describe(conflict.ours)) / theirs "
                    + "\(AnnotationDiff.describe(conflict.theirs)); open the article in factcheck and give the claim its verdict"))
            }
            if let review = claim.review {
                findings.append(CheckFinding(.attention, subject, "needs re-review: \(TerminalText.visible(review.reason))"))
            }
            if strict, claim.status == .unreviewed, claim.conflict == nil {
                findings.append(CheckFinding(.attention, subject, "not reviewed yet"))
            }
            if findings.count > first {
                let named = "claim #\(claim.n) (\(TerminalText.visible(claim.id))) \"\(TextPreview.firstWords(claim.text))\""
                for j in first..<findings.count { findings[j].subject = named }
            }
        }
        for (i, orphan) in set.orphans.enumerated() {
            let subject = "orphan \(TerminalText.visible(orphan.id)) \"\(TextPreview.firstWords(orphan.text))\""
            findings += claimFindings(orphan, subject: subject, path: "orphans[\(i)]", updateIDs: updateIDs)
            findings.append(CheckFinding(.attention, subject, "no longer found in the article (was #\(orphan.n), \(orphan.status.rawValue)); "
                + "re-check the article and remove the orphan once its verdict is carried over or obsolete"))
        }
        let claimIDs = Set((set.claims + set.orphans).map(\.id))
        var seenUpdates = Set<String>()
        for (i, update) in set.updates.enumerated() {
            if !seenUpdates.insert(update.id).inserted {
                findings.append(CheckFinding(.invalid, "update \(TerminalText.visible(update.id))", "updates[\(i)].id: duplicate update id \"\(TerminalText.visible(update.id))\""))
            }
            findings += updateFindings(update, path: "updates[\(i)]", claimIDs: claimIDs, article: anchorText, strict: strict)
        }
        return findings
    }

    private static func claimFindings(_ claim: ClaimAnnotation, subject: String, path: String, updateIDs: Set<String>) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        if !IDFormat.isValid(claim.id, prefix: "c-") {
            findings.append(CheckFinding(.invalid, subject, "\(path).id: expected \"c-\" and at least 8 lower-case hex digits, found \"\(TerminalText.visible(claim.id))\""))
        }
        let verdicts = [(path, claim.verdict)] + (claim.conflict.map { [("\(path).conflict.ours", $0.ours), ("\(path).conflict.theirs", $0.theirs)] } ?? [])
        for (location, verdict) in verdicts where verdict.status != .unreviewed {
            if verdict.by?.isEmpty ?? true { findings.append(CheckFinding(.invalid, subject, "\(location).by: a \(verdict.status.rawValue) claim needs the editor's name")) }
            if verdict.at == nil { findings.append(CheckFinding(.invalid, subject, "\(location).at: a \(verdict.status.rawValue) claim needs the time of the verdict")) }
        }
        for (location, verdict) in verdicts {
            if let at = verdict.at, !IDFormat.isTimestamp(at) {
                findings.append(CheckFinding(.invalid, subject, "\(location).at: expected an ISO 8601 UTC time like 2026-11-29T10:12:00Z, found \"\(TerminalText.visible(at))\""))
            }
        }
        for (j, entry) in claim.history.enumerated() {
            if !IDFormat.isTimestamp(entry.at) {
                findings.append(CheckFinding(.invalid, subject, "\(path).history[\(j)].at: expected an ISO 8601 UTC time, found \"\(TerminalText.visible(entry.at))\""))
            }
            if entry.by.isEmpty { findings.append(CheckFinding(.invalid, subject, "\(path).history[\(j)].by: the editor's name is empty")) }
        }
        if let update = claim.review?.update, !updateIDs.contains(update) {
            findings.append(CheckFinding(.invalid, subject, "\(path).review.update: no update has id \"\(TerminalText.visible(update))\""))
        }
        return findings
    }

    /// Ranges within the article, and the claim's text under its first range.
    private static func anchorFindings(_ claim: ClaimAnnotation, subject: String, _ scalars: ScalarText) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        for range in [claim.range] + claim.repeats where range.end > scalars.count {
            findings.append(CheckFinding(.invalid, subject, "range \(range.start)…\(range.end) runs past the end of the article (\(scalars.count) characters)"))
        }
        guard findings.isEmpty else { return findings }
        for range in [claim.range] + claim.repeats {
            if !Scalars.normalizedText(scalars, range, equals: claim.text) {
                let found = Scalars.normalizedText(scalars, range)
                findings.append(CheckFinding(.invalid, subject, "the article's text at \(range.start)…\(range.end) is not the claim's text: found \"\(TextPreview.firstWords(found))\""))
            }
        }
        return findings
    }

    private static func updateFindings(_ update: UpdateAnnotation, path: String, claimIDs: Set<String>, article: ScalarText?, strict: Bool) -> [CheckFinding] {
        // The subject (with its preview of the text) is made only for an update that has findings.
        let subject = ""
        var findings: [CheckFinding] = []
        if !IDFormat.isValid(update.id, prefix: "u-") {
            findings.append(CheckFinding(.invalid, subject, "\(path).id: expected \"u-\" and at least 8 lower-case hex digits"))
        }
        if let article, update.range.end > article.count {
            findings.append(CheckFinding(.invalid, subject, "range \(update.range.start)…\(update.range.end) runs past the end of the article (\(article.count) characters)"))
        }
        for (j, claim) in update.unlinked.enumerated() where !claimIDs.contains(claim) {
            findings.append(CheckFinding(.invalid, subject, "\(path).unlinked[\(j)]: no claim has id \"\(TerminalText.visible(claim))\""))
        }
        if let conflict = update.conflict {
            for link in conflict.ours.amends + conflict.theirs.amends where !claimIDs.contains(link.claim) {
                findings.append(CheckFinding(.invalid, subject, "\(path).conflict: a link names no claim: \"\(TerminalText.visible(link.claim))\""))
            }
            findings.append(CheckFinding(.attention, subject, "unresolved merge conflict: ours \(AnnotationDiff.describe(conflict.ours)) / theirs \(AnnotationDiff.describe(conflict.theirs))"))
        }
        if strict {
            for link in update.amends where !link.confirmed {
                findings.append(CheckFinding(.attention, subject, "link to \(TerminalText.visible(link.claim)) is a suggestion no editor confirmed"))
            }
        }
        if !findings.isEmpty {
            let named = "update \(TerminalText.visible(update.id)) \"\(TextPreview.firstWords(update.text))\""
            for j in findings.indices { findings[j].subject = named }
        }
        return findings
    }
}
