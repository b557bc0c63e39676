import FactCheckCore

/// `dismiss`, `undismiss` and `unsource`: edits that set a claim aside or take one source back.
extension CommandContext {
    /// Sets the claim named by `word` (the current claim when empty) aside as not a claim, for `reason`.
    mutating func dismiss(_ word: String, reason: String?) throws(ShellError) {
        let index = try claimIndex(word, command: "dismiss")
        let claim = session.annotations.claims[index]
        session.cursor = claim.n
        let reason = reason.flatMap { $0.isEmpty ? nil : $0 } ?? "not a claim"
        guard claim.dismissed != reason else {
            print("Nothing changed: #\(claim.n) is already dismissed (\(TerminalText.visible(reason))).")
            return
        }
        session.commit(session.annotations.dismissing(claimAt: index, reason: reason, by: environment.editor, at: environment.now()),
                       label: "dismiss #\(claim.n)")
        print("\(environment.style.bold("#\(claim.n)")) dismissed — \(TerminalText.visible(reason)) ('undismiss \(claim.n)' takes it back)")
    }

    /// Makes the dismissed claim named by `word` (the current claim when empty) a claim again.
    mutating func undismiss(_ word: String) throws(ShellError) {
        let index = try claimIndex(word, command: "undismiss")
        let claim = session.annotations.claims[index]
        session.cursor = claim.n
        guard claim.dismissed != nil else {
            print("Nothing changed: #\(claim.n) is not dismissed.")
            return
        }
        session.commit(session.annotations.undismissing(claimAt: index, by: environment.editor, at: environment.now()),
                       label: "undismiss #\(claim.n)")
        print("\(environment.style.bold("#\(claim.n)")) is a claim again (\(environment.style.status(claim.status)))")
    }

    /// Removes one source of the claim named by `word`: `source` as written, or its number K from 1 (as `show`
    /// lists them).
    mutating func unsource(_ word: String, source: String) throws(ShellError) {
        let index = try claimIndex(word, command: "unsource")
        let claim = session.annotations.claims[index]
        session.cursor = claim.n
        guard let position = claim.sources.firstIndex(of: source)
                ?? Int(source).flatMap({ $0 >= 1 && $0 <= claim.sources.count ? $0 - 1 : nil }) else {
            throw .noSuchSource(claim: claim.n, source: UntrustedText(source), sources: claim.sources.map(UntrustedText.init))
        }
        let next = session.annotations.removingSource(position, fromClaimAt: index, by: environment.editor, at: environment.now())
        session.commit(next, label: "unsource #\(claim.n)")
        let after = next.claims[index]
        let rest = after.sources.isEmpty ? "no sources left" : "sources: " + after.sources.map { TerminalText.visible($0) }.joined(separator: "; ")
        print("\(environment.style.bold("#\(claim.n)")) \(environment.style.status(after.status)) — removed \(TerminalText.visible(claim.sources[position])); \(rest)")
    }
}
