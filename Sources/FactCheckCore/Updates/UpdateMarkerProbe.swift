/// Asks `UpdateMarker` whether a paragraph of UTF-8 text opens with an update marker, cheaply.
///
/// `UpdateMarker.match` works on scalars and folds its window; calling it on every line of a 20 MB article would
/// dominate the reading time. A folded-prefix test against `UpdateMarker.words` rules out almost every line in a
/// few byte comparisons; only a line that starts with a marker word is converted to scalars and matched for real,
/// so `UpdateMarker` stays the one authority on what a marker is.
enum UpdateMarkerProbe {
    /// The phrases enter by their openings (`UpdateMarker.phraseOpenings`): a prefilter needs no more, and building
    /// all of them would be most of the start-up of reading a short article.
    private static let prefixes = FoldedPrefixes(
        UpdateMarker.words + UpdateMarker.weakWords + UpdateMarker.phraseOpenings + UpdateMarker.purposeLabels)
    private static let bracketedPrefixes = FoldedPrefixes(
        UpdateMarker.bracketWords + UpdateMarker.revisionWords + UpdateMarker.phraseOpenings + UpdateMarker.purposeLabels)

    /// Whether `text[range]` starts with an update marker ("MISE A JOUR :", "Update:"…).
    static func matches(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        // "18h15 : …": an hour that the page shows is a live update's (`UpdateMarker.isLiveUpdate`).
        if !range.isEmpty, text[range.lowerBound] >= UInt8(ascii: "0"), text[range.lowerBound] <= UInt8(ascii: "9") {
            // "5:10 a.m. update: …": the hour, then the label (`UpdateMarker.hourLabel`), read on a longer window; read
            // first, as the hour alone before a space is a live hour's too ("14h10 MISE À JOUR : …").
            let head = opening(text, range, bytes: 80)
            if let label = UpdateMarker.hourLabel(in: head, at: 0, limit: head.count),
               let (minutes, hourEnd) = UpdateMarker.hour(in: head, at: 0, limit: head.count) {
                // The hour and the noun alone on their line ("5 p.m. update") head an entry only where a log shows it:
                // a programme lists "1 p.m. update" and "5 p.m. update" running forward.
                if label.bodyStart >= head.count || head[label.marker.end] == "\n" {
                    return UpdateMarker.isLiveUpdate(text, at: range.lowerBound, minutes: minutes)
                }
                // Not in a timetable: under a line that introduces it with a colon, or over a later hour. A log kept
                // oldest first tells, after each hour's label, what happened in a sentence of its own, and labels the
                // next hour alike ("5:00 p.m. UPDATE: Felix Event Center is evacuating." over "5:08 p.m. UPDATE: …"):
                // a programme's items name what comes ("1 p.m. update: market report"), and a plan's next hour does
                // something else ("23h30 : Les équipes vérifient les comptes.").
                if UpdateMarker.introducedAsList(text, at: range.lowerBound) { return false }
                // (Whole hours running forward, "8h MAJ : La Moyenne Corniche est fermée." over "10h MAJ : …", are a
                // closures' timetable as often: the log's hours give their minutes.)
                // (The last line of such a timetable has its earlier hour above it.)
                let logged = writesMinutes(head, hourEnd) && PageFurniture.endsWithFullStop(text, range)
                    && PageFurniture.wordCount(text, range) >= Self.loggedSentenceWords
                if case .hour(let lower) = UpdateMarker.firstBelow(text, at: range.lowerBound, dashes: true),
                   !UpdateMarker.isEarlier(lower, than: minutes), !(logged && nextOpensWithHourLabel(text, below: range)) {
                    return false
                }
                if let upper = UpdateMarker.hourLabelAbove(text, at: range.lowerBound), UpdateMarker.isEarlier(upper, than: minutes),
                   !logged {
                    return false
                }
                return true
            }
            // An hour, its terminator and the first letters of the update: a few scalars, cut on a scalar's end.
            let line = opening(text, range, bytes: 24)
            // (A clock the page does not show to be an hour's may still be a match's: `opensStampedEntry` below.)
            if let (minutes, _) = UpdateMarker.liveTime(in: line, at: 0, limit: line.count) {
                if UpdateMarker.isLiveUpdate(text, at: range.lowerBound, minutes: minutes) { return true }
                return opensStampedEntry(text, range)
            }
            // "6.45am" alone on its line, the entry's text below (`UpdateMarker.isTimeAloneEntry`).
            if let (minutes, _) = UpdateMarker.timeAlone(in: line, at: 0, limit: line.count) {
                return UpdateMarker.isTimeAloneEntry(text, at: range.lowerBound, minutes: minutes)
            }
        }
        if opensStampedEntry(text, range) { return true }
        // "As of 3:00PM traffic …", "Point à 21 h 15 :": a situation report's lead-in before its hour
        // (`UpdateMarker.leadInEnd`), an entry where a stack of its kind shows it.
        if UpdateMarker.mayOpenWithLeadIn(text, at: range.lowerBound, limit: range.upperBound),
           UpdateMarker.isLeadInEntry(text, at: range.lowerBound) {
            return true
        }
        // "OFFICIEL – 1h23 : …": a tag in capitals before a live hour (`UpdateMarker.capitalTagEnd`).
        if UpdateMarker.opensWithCapitalTag(text, at: range.lowerBound, limit: range.upperBound) {
            let line = opening(text, range, bytes: 40)
            if let (minutes, _) = UpdateMarker.liveTime(in: line, at: 0, limit: line.count) {
                return UpdateMarker.isLiveUpdate(text, at: range.lowerBound, minutes: minutes)
            }
        }
        let opensBracket = !range.isEmpty && (text[range.lowerBound] == UInt8(ascii: "(") || text[range.lowerBound] == UInt8(ascii: "["))
        if opensBracket {
            // (A figure after the bracket may open an hour's label: "[9:30 p.m. update]".)
            let figure = range.lowerBound + 1 < range.upperBound && text[range.lowerBound + 1] >= UInt8(ascii: "0")
                && text[range.lowerBound + 1] <= UInt8(ascii: "9")
            guard figure || bracketedPrefixes.matches(text, (range.lowerBound + 1)..<range.upperBound) else { return false }
        } else {
            let wordStart = UpdateMarker.afterEmphasis(from: range.lowerBound, limit: range.upperBound) { Unicode.Scalar(text[$0]) }
            guard prefixes.matches(text, wordStart..<range.upperBound) else { return false }
        }
        // UpdateMarker looks at no more than 80 scalars past the start for the marker (`bracketReach` for a bracketed note);
        // a little more for its body.
        var end = range.lowerBound
        // A weak label ("Note:") is confirmed by what its note says, further on.
        var count = 0
        let most = opensBracket ? UpdateMarker.bracketReach + 40 : 640
        while end < range.upperBound, count < most {
            end += text.scalar(at: end).width
            count += 1
        }
        let scalars = ScalarText(utf8: Array(text.bytes[range.lowerBound..<end]))
        guard let found = UpdateMarker.match(in: scalars, at: 0, limit: scalars.count) else { return false }
        if UpdateMarker.isHeadingLabel(scalars, found), !isPageTop(text, range) { return false }
        if UpdateMarker.isDatedLabelAlone(scalars, found), !headsProse(text, range) { return false }
        if isQuoted(text, range), !attributesItself(scalars, from: found.bodyStart) { return false }
        // A bracketed label alone on its line among other bracketed words is a menu's ("[UPDATE]" over "[SUBSCRIBE]").
        if opensBracket, found.bodyStart >= scalars.count, isAmongBracketedLines(text, range) { return false }
        if opensBracket, isWikiSectionLink(scalars, found) { return false }
        return !(opensBracket && end == range.upperBound && isTitleFlag(text, range, scalars, found))
    }

    /// Whether a dated label alone on the line at `range` (`UpdateMarker.isDatedLabelAlone`) heads a notice rather than
    /// stands in a byline's block or a log: the label opens the page (nothing but blank lines above it), and the
    /// nearest line below holding text is a sentence of `shortestProseLine` words at least, ended by its punctuation
    /// (a headline under a page's stamp is not). Further down, a byline, a blog's posted line, a photo's caption, a
    /// headline or a changelog's entry above make a stamp or a log's date of it, which two reviews' probes showed
    /// no neighbour tells apart from prose.
    private static func headsProse(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        guard isPageTop(text, range) else { return false }
        var below = range.lowerBound
        while below < text.count, text[below] != UInt8(ascii: "\n") { below += 1 }
        while below < text.count, text[below] == UInt8(ascii: " ") || text[below] == UInt8(ascii: "\n") || text[below] == UInt8(ascii: "\t") {
            below += 1
        }
        var belowEnd = below
        while belowEnd < text.count, text[belowEnd] != UInt8(ascii: "\n") { belowEnd += 1 }
        let line = ScalarText(utf8: Array(text.bytes[below..<belowEnd]))
        let body = Scalars.trimmed(line, TextRange(0, line.count))
        guard UpdateLinker.endsSentence(line, body) else { return false }
        return line[body.start..<body.end].split(whereSeparator: Scalars.isSpace).count >= shortestProseLine
    }

    /// Whether `found` is a wiki's link to edit a section, in lower case before the section's heading ("[edit]
    /// Examples", "[modifier] Historique"), as a copied wiki page keeps it: the heading runs to its line's end in a
    /// few words and ends no sentence. "[EDIT] L'article …" and "[Edit: …]" are a writer's notes.
    static func isWikiSectionLink(_ scalars: ScalarText, _ found: UpdateMarker.Match) -> Bool {
        let label = scalars.string(found.marker)
        guard label == "edit" || label == "modifier", found.bodyStart < scalars.count else { return false }
        var end = found.bodyStart
        while end < scalars.count, scalars[end] != "\n" { end += 1 }
        let heading = Scalars.trimmed(scalars, TextRange(found.bodyStart, end))
        guard heading.length > 0, !".!?:;…".unicodeScalars.contains(scalars[heading.end - 1]) else { return false }
        return scalars[heading.start..<heading.end].split(whereSeparator: Scalars.isSpace).count <= wikiHeadingWords
    }

    /// The most words of a section's heading after a wiki's edit link.
    static let wikiHeadingWords = 8

    /// The fewest words of the sentence under a dated label alone on its line (`headsProse`).
    static let shortestProseLine = 6

    /// The first scalars of `text[range]`, from `bytes` bytes on to the end of the scalar there, and never past the
    /// range: a marker, its terminator and its first words, all that a line's reader of hours and stamps looks at.
    /// Whether the hour that `head` opens with, up to `end`, writes its minutes ("5:00 p.m.", "14h10", "6.45am"), not
    /// a whole hour alone ("8h", "8 a.m.").
    /// ("14 h 10" spaced as well.)
    private static func writesMinutes(_ head: ScalarText, _ end: Int) -> Bool {
        let limit = min(end, head.count)
        return (1..<max(1, limit - 1)).contains { i in
            guard ":.h".unicodeScalars.contains(head[i]) else { return false }
            var before = i - 1
            while before > 0, head[before] == " " { before -= 1 }
            var after = i + 1
            while after < limit - 1, head[after] == " " { after += 1 }
            return Scalars.isDigit(head[before]) && after < limit && Scalars.isDigit(head[after])
        }
    }

    /// Whether the paragraph below `range` opens with an hour and an update's label as well (`UpdateMarker.hourLabel`).
    private static func nextOpensWithHourLabel(_ text: UTF8Text, below range: Range<Int>) -> Bool {
        var start = range.upperBound
        while start < text.count, text[start] == UInt8(ascii: " ") || text[start] == UInt8(ascii: "\n") { start += 1 }
        var end = start
        while end < text.count, text[end] != UInt8(ascii: "\n") { end += 1 }
        guard start < end else { return false }
        let head = opening(text, start..<end, bytes: 80)
        return UpdateMarker.hourLabel(in: head, at: 0, limit: head.count) != nil
    }

    private static func opening(_ text: UTF8Text, _ range: Range<Int>, bytes: Int) -> ScalarText {
        var end = range.lowerBound
        while end < range.upperBound, end < range.lowerBound + bytes { end += text.scalar(at: end).width }
        return ScalarText(utf8: Array(text.bytes[range.lowerBound..<min(end, range.upperBound)]))
    }

    /// Whether `text[range]` opens with a stamp that the page shows opens an entry of a log (`UpdateMarker.liveStamp`,
    /// `isStampedEntry`): "9′ Penalty pour le Mali", "74 km" over its entry, "06/07 à 17:44 | …", "Lap 66".
    static func opensStampedEntry(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, UpdateMarker.opensStamp(text, at: range.lowerBound, limit: range.upperBound) else { return false }
        let line = opening(text, range, bytes: 24)
        guard let stamp = UpdateMarker.liveStamp(in: line, at: 0, limit: line.count) else { return false }
        return UpdateMarker.isStampedEntry(text, at: range.lowerBound, stamp)
    }

    /// Whether the nearest non-blank line above or below `range` opens with a bracket: a menu's or a list of links'
    /// items, one a line.
    private static func isAmongBracketedLines(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        var below = range.upperBound
        while below < text.count, text[below] == UInt8(ascii: "\n") || text[below] == UInt8(ascii: " ") { below += 1 }
        if below < text.count, text[below] == UInt8(ascii: "[") { return true }
        var above = range.lowerBound
        while above > 0, text[above - 1] == UInt8(ascii: "\n") || text[above - 1] == UInt8(ascii: " ") { above -= 1 }
        guard above > 0 else { return false }
        var lineStart = above
        while lineStart > 0, text[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        return text[lineStart] == UInt8(ascii: "[") || text[above - 1] == UInt8(ascii: "]")
    }

    /// Whether the line above `range`, past blank lines, introduces a quotation: it ends with a colon and says that
    /// another party speaks or wrote the words that follow (`introducesQuotation`: "Sony said in a blog post:", "as
    /// this correction from the Times shows:"). The marker below is then another party's, quoted as the page's
    /// subject, not the page's own notice. A quoted notice's label on a line of its own ("Correction"), and its date
    /// line ("March 3, 2015"), are looked past. A colon alone (a list's heading "In the Senate races:", a video's "Voir
    /// la vidéo :") introduces no one's words.
    private static func isQuoted(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        var lineEnd = range.lowerBound
        for step in 0..<3 {
            while lineEnd > 0, text[lineEnd - 1] == UInt8(ascii: "\n") || text[lineEnd - 1] == UInt8(ascii: " ") { lineEnd -= 1 }
            guard lineEnd > 0 else { return false }
            var lineStart = lineEnd
            while lineStart > 0, text[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
            if text[lineEnd - 1] == UInt8(ascii: ":") {
                return introducesQuotation(String(decoding: text.bytes[lineStart..<lineEnd], as: UTF8.self))
            }
            // A short line of the quoted notice (its label, its date): the introduction is above it.
            guard step < 2, lineEnd - lineStart <= 60 else { return false }
            let isDate = FoldedText.bytes(String(decoding: text.bytes[lineStart..<lineEnd], as: UTF8.self))
                .withUnsafeBufferPointer { DateLine.isDateLine($0) }
            guard isDate || prefixes.matches(text, lineStart..<lineEnd) else { return false }
            lineEnd = lineStart
        }
        return false
    }

    /// Whether `line` (its last sentence) says that another party speaks or wrote what follows it: a verb of saying
    /// as a third party's ("The chief executive told reporters:", "Le patron a ajouté sur LinkedIn :", "La préfecture
    /// indique :"), a piece someone ran ("The Courier ran this note:", "The note, appended on Friday, reads:", "this
    /// correction from a rival paper"), "selon" or "according to" in a whole sentence, or what readers "could read".
    /// Never in the page's own voice ("we", "our", "notre", "on vous explique"): the page introduces its own updates.
    static func introducesQuotation(_ line: String) -> Bool {
        let written = lastSentence(line).lowercased().split { !$0.isLetter }.map(String.init)
        let words = written.map(FoldedText.fold)
        for (i, word) in words.enumerated() {
            if UpdateMarker.pageVoice.contains(word) { return false }
            // "nous" as a subject is the page's; "nous a déclaré" is someone speaking to the page.
            if word == "nous", !(i + 1 < words.count && (UpdateMarker.thirdPartyAuxiliaries.contains(words[i + 1]) || words[i + 1] == "l")) {
                return false
            }
        }
        func before(_ i: Int) -> String { i > 0 ? words[i - 1] : "" }
        for (i, word) in words.enumerated() {
            let spoken = !UpdateMarker.unspokenBefore.contains(before(i))
            if spoken, UpdateMarker.quotingVerbs.contains(word) { return true }
            if spoken, UpdateMarker.frenchSayingForms.contains(written[i]) { return true }
            if UpdateMarker.frenchQuotingVerbs.contains(word),
               UpdateMarker.thirdPartyAuxiliaries.contains(before(i))
                || (UpdateMarker.saidAdverbs.contains(before(i)) && UpdateMarker.thirdPartyAuxiliaries.contains(before(i - 1))) {
                return true
            }
            // A piece's text read, now or as it stood ("The statement reads:", "Its final entry read:", "The tweet …
            // It read:"), or as French sets it out ("La note se lit ainsi :", "Sa dernière entrée disait :", "Le
            // communiqué était rédigé ainsi :").
            if word == "reads" || word == "read",
               words[..<i].contains(where: UpdateMarker.quotedPieces.contains) || (before(i) == "it" && i == words.count - 1) {
                return true
            }
            if ["lit", "lisait"].contains(word), before(i) == "se" { return true }
            if UpdateMarker.frenchWordingVerbs.contains(word), words[..<i].contains(where: UpdateMarker.quotedPieces.contains) {
                return true
            }
            if spoken, UpdateMarker.publishingVerbs.contains(word), words.contains(where: UpdateMarker.quotedPieces.contains) { return true }
            // "this correction from the Times", "this “Best Correction Ever” from the Weekly", "this “Retraction of
            // the Year” from the Weekly": the piece pointed at, a title of a few words maybe, and its source.
            if ["this", "these", "ce", "cet", "cette", "ces"].contains(word),
               let piece = words[(i + 1)..<min(words.count, i + 5)].firstIndex(where: UpdateMarker.quotedPieces.contains),
               words[(piece + 1)..<min(words.count, piece + 5)].contains(where: ["from", "de", "du", "des", "d"].contains) {
                return true
            }
            if word == "selon" || (word == "according" && i + 1 < words.count && words[i + 1] == "to"),
               words.count >= UpdateMarker.quotingSentenceWords, !UpdateMarker.presentatives.contains(words[0]) {
                return true
            }
            // What readers can read or see elsewhere; not the page's own updates it points at ("You can see the
            // latest updates below:").
            if UpdateMarker.readingVerbs.contains(word) || (UpdateMarker.seeingVerbs.contains(word) && i + 1 < words.count
                && (UpdateMarker.pointers.contains(words[i + 1]) || UpdateMarker.quotedPieces.contains(words[i + 1]))),
               UpdateMarker.readingModals.contains(before(i)), !words.contains(where: UpdateMarker.ownUpdateWords.contains) {
                return true
            }
        }
        return false
    }

    /// The last sentence of `line`: what follows its last ". ", "! " or "? " (a closing quotation mark may stand
    /// between): the words that introduce what comes below.
    private static func lastSentence(_ line: String) -> Substring {
        let scalars = Array(line.unicodeScalars)
        var i = scalars.count - 1
        while i > 0 {
            if scalars[i] == " ", ".!?".unicodeScalars.contains(scalars[i - 1])
                || (i > 1 && "”»\"’".unicodeScalars.contains(scalars[i - 1]) && ".!?".unicodeScalars.contains(scalars[i - 2])) {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[(i + 1)...])
                return Substring(String(view))
            }
            i -= 1
        }
        return Substring(line)
    }

    /// Whether the notice's first line, from `bodyStart`, says who said it, as the page does in its own voice
    /// ("…, police said.", "…, a indiqué la préfecture.", "…, selon la mairie."): a quoted party does not name
    /// itself so. The page speaks, whatever the line above it says.
    private static func attributesItself(_ scalars: ScalarText, from bodyStart: Int) -> Bool {
        var end = bodyStart
        while end < scalars.count, scalars[end] != "\n" { end += 1 }
        guard bodyStart < end else { return false }
        var view = String.UnicodeScalarView()
        for i in bodyStart..<end { view.append(scalars[i]) }
        // Each sentence's last clause, after its last comma: "police said", "a indiqué la préfecture".
        for sentence in String(view).split(whereSeparator: { ".!?;".contains($0) }) {
            guard let comma = sentence.lastIndex(of: ","), comma < sentence.endIndex else { continue }
            let written = sentence[sentence.index(after: comma)...].lowercased().split { !$0.isLetter }.map(String.init)
            let words = written.map(FoldedText.fold)
            guard !words.isEmpty, words.count <= 7, !words.contains(where: UpdateMarker.pageVoice.contains) else { continue }
            if words.contains("said") || words.contains("says") || words[0] == "selon" || words[0] == "according" { return true }
            if UpdateMarker.frenchSayingForms.contains(written[0]) { return true }
            if words.count > 1, UpdateMarker.thirdPartyAuxiliaries.contains(words[0]), UpdateMarker.frenchQuotingVerbs.contains(words[1]) { return true }
        }
        return false
    }

    /// Whether nothing but blank lines stands above `range`: the page's first line.
    private static func isPageTop(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        (0..<range.lowerBound).allSatisfy { text[$0] == UInt8(ascii: " ") || text[$0] == UInt8(ascii: "\n") }
    }

    /// Whether no text of the report stands above `range`: the page's first line, or the first under the page's
    /// furniture (a cookie banner) and the site's name, where a page sets its title.
    private static func isTitleLine(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        var lineStart = 0
        while lineStart < range.lowerBound {
            var lineEnd = lineStart
            while lineEnd < range.lowerBound, text[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            var end = lineEnd
            while end > lineStart, text[end - 1] == UInt8(ascii: " ") { end -= 1 }
            let line = lineStart..<end
            if !line.isEmpty, PageFurniture.classify(text, line) == nil, !PageFurniture.isFurnitureSentence(text, line) {
                // The site's name is one word ("MacBidouille"); a headline above the flag ("Le pont fermé") is the
                // page's title, and the flag under it heads the update.
                guard end - lineStart <= titleLineLength, !text.bytes[lineStart..<end].contains(UInt8(ascii: " ")),
                      text[end - 1] != UInt8(ascii: ".") else { return false }
            }
            lineStart = lineEnd + 1
        }
        return true
    }

    /// The fewest words of a paragraph an hour and its label open that tells what happened, in a log kept oldest
    /// first (`matches`): the hour, the label and a sentence.
    static let loggedSentenceWords = 6

    /// The longest line above a title flag that may be the site's name (`isTitleLine`).
    static let titleLineLength = 40

    /// Whether `text[range]`, a paragraph of one line, is the page's title opened by a bracketed update flag
    /// ("[UPDATE] Launch scrubbed; rescheduled for Saturday", "(Mise à jour) Retour à la normale sur la 138"), which
    /// `matches` reads as no notice: the page's notice when it shows no other (`ArticleReader`).
    static func isFlaggedTitle(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, text[range.lowerBound] == UInt8(ascii: "(") || text[range.lowerBound] == UInt8(ascii: "["),
              bracketedPrefixes.matches(text, (range.lowerBound + 1)..<range.upperBound) else { return false }
        let scalars = ScalarText(utf8: Array(text.bytes[range]))
        guard let found = UpdateMarker.match(in: scalars, at: 0, limit: scalars.count), isTitleFlag(text, range, scalars, found)
        else { return false }
        // "[Mise à jour] Windows 11 : comment installer la version 24H2": the label names the title's subject, a
        // software update, as a section's tag does; not that the page was updated.
        let words = Scalars.folded(scalars[found.bodyStart..<scalars.count]).split { !$0.isLetter && !$0.isNumber && $0 != "." }
        return !words.contains { word in
            softwareWords.contains(String(word))
                || (word.contains(".") && word.split(separator: ".").count > 1 && word.allSatisfy { $0.isNumber || $0 == "." })
        }
    }

    /// Folded words of a title whose subject is a software update (`isFlaggedTitle`): a version number ("17.2",
    /// "28.10") counts as well.
    private static let softwareWords: Set<String> = [
        "patch", "firmware", "version", "versions", "install", "installer", "installez", "download", "telecharger",
        "beta", "ios", "ipados", "macos", "android", "windows", "linux", "app", "apps", "appli", "application",
        "applications", "logiciel", "software", "driver", "drivers", "pilote", "pilotes", "bios", "build", "changelog",
    ]

    /// Whether a bracketed label opens the page's first line, its title, and a headline follows it on that line
    /// ("[MAJ] Le périphérique a rouvert", "[UPDATE] Storm closes schools"): the title says that the page was updated;
    /// the update is below. Further down, or followed by a sentence, the label opens the notice itself.
    private static func isTitleFlag(_ text: UTF8Text, _ range: Range<Int>, _ scalars: ScalarText, _ found: UpdateMarker.Match) -> Bool {
        guard found.end == nil, found.bodyStart < scalars.count, isTitleLine(text, range),
              !range.contains(where: { text[$0] == UInt8(ascii: "\n") }) else { return false }
        return NoticeBoundary.isHeadline(scalars, TextRange(found.bodyStart, scalars.count))
    }
}
