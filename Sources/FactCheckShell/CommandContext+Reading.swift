import FactCheckCore

/// `read`: the article as written, paragraph by paragraph, with each claim marked by its number and verdict.
extension CommandContext {
    /// How a claim is marked in the text: its number, then a sign for its verdict (`[3✓]`), `!` when flagged.
    static func marker(_ claim: ClaimAnnotation) -> String {
        let sign: String
        if claim.dismissed != nil {
            sign = "–"
        } else {
            switch claim.status {
            case .unreviewed: sign = ""
            case .verified: sign = "✓"
            case .disputed: sign = "✗"
            case .sourced: sign = "§"
            }
        }
        return "[\(claim.n)\(sign)\(claim.review != nil || claim.conflict != nil ? "!" : "")]"
    }

    /// The marker in its verdict's colour.
    private func coloured(_ claim: ClaimAnnotation) -> String {
        let marker = Self.marker(claim)
        if claim.dismissed != nil { return environment.style.dim(marker) }
        switch claim.status {
        case .unreviewed: return environment.style.bold(marker)
        case .verified: return environment.style.green(marker)
        case .disputed: return environment.style.red(marker)
        case .sourced: return environment.style.cyan(marker)
        }
    }

    /// Prints paragraph `word` (a number from 1), or every paragraph when nil.
    mutating func read(_ word: String?) throws(ShellError) {
        let map = ArticleMap(session.analysis)
        let count = map.paragraphs.count
        var shown = Array(map.paragraphs.indices)
        if let word {
            guard let n = Int(word), n >= 1, n <= count else {
                throw .noSuchParagraph(UntrustedText(word), count: count)
            }
            shown = [n - 1]
        }
        var claimsByStart: [Int: ClaimAnnotation] = [:]
        for claim in session.annotations.claims {
            for range in [claim.range] + claim.repeats { claimsByStart[range.start] = claim }
        }
        // Claims as the annotations have them (an editor may have split or joined the reader's sentences).
        let starts = claimsByStart.keys.sorted()
        let scalars = session.analysis.scalars
        var markedAny = false
        for (i, index) in shown.enumerated() {
            let paragraph = map.paragraphs[index]
            if i > 0 { print() }
            print(heading(paragraph, number: index + 1))
            // The paragraph's text with a marker before each claim, white space folded as the reader reads it.
            var text = String.UnicodeScalarView()
            var marks: [String: ClaimAnnotation] = [:]
            var offset = paragraph.range.start
            for start in starts where start >= paragraph.range.start && start < paragraph.range.end {
                guard let claim = claimsByStart[start] else { continue }
                text.append(contentsOf: scalars[offset..<start])
                let marker = Self.marker(claim)
                marks[marker] = claim
                markedAny = true
                // A no-break space keeps the marker on the line of the sentence it marks.
                text.append(contentsOf: " \(marker)\u{A0}".unicodeScalars)
                offset = start
            }
            text.append(contentsOf: scalars[offset..<paragraph.range.end])
            let words = TerminalText.visible(String(text).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r\n" }).joined(separator: " "))
            for line in DisplayWidth.lines(words, width: max(20, environment.width - 2)) {
                var line = "  " + line
                if paragraph.kind == .body {
                    for (marker, claim) in marks where line.contains(marker) {
                        line = line.replacing(marker, with: coloured(claim))
                    }
                } else {
                    line = environment.style.dim(line)
                }
                print(line)
            }
        }
        if markedAny {
            print(environment.style.dim("[N] to review, ✓ verified, ✗ disputed, § sourced, – dismissed, ! re-review"))
        }
    }

    /// "¶3", "¶5  update notice 1 (MISE A JOUR, partial-denial)", "¶12  furniture (not claims)".
    private func heading(_ paragraph: Paragraph, number: Int) -> String {
        let style = environment.style
        switch paragraph.kind {
        case .body:
            return style.bold("¶\(number)")
        case .update:
            let updates = session.annotations.updates
            let index = updates.firstIndex { $0.range.start < paragraph.range.end && paragraph.range.start < $0.range.end }
            let name = index.map { "update notice \($0 + 1) (\(TerminalText.visible(updates[$0].marker)), \(updates[$0].relation.rawValue))" } ?? "update notice"
            return style.bold("¶\(number)") + "  " + style.yellow(name)
        case .furniture:
            return style.bold("¶\(number)") + "  " + style.dim("furniture (not claims)")
        }
    }
}
