/// Reads an article's text into an `ArticleAnalysis`.
public enum ArticleReader {
    /// Analyses `text`; `language` overrides detection.
    /// - Complexity: O(n) in the text length.
    /// - Parameter details: whether to read each claim's numbers, dates, sources and quotes (`ArticleSentence.details`);
    ///   they cost more than the rest of the reading, and only `claims --json` shows them.
    public static func analyze(_ text: String, language: Language? = nil, details: Bool = true) -> ArticleAnalysis {
        analyze(ScalarText(text), language: language, details: details)
    }

    /// Analyses `text`, already held as UTF-8 with its scalar index (the analysis keeps it, without a copy).
    /// - Complexity: O(n) in the text length.
    public static func analyze(_ text: ScalarText, language: Language? = nil, details: Bool = true) -> ArticleAnalysis {
        text.utf8.withUnsafeBufferPointer { buffer in
            func reading(language: Language?, titleNotice: Int?) -> ArticleReading {
                var reader = ArticleReading(UTF8Text(buffer), scalars: text, language: language)
                reader.readsDetails = details
                reader.titleNotice = titleNotice
                reader.read()
                return reader
            }
            var reader = reading(language: language, titleNotice: nil)
            // A page whose only mark of an update is the flag opening its title ("[UPDATE] Launch scrubbed…"): the
            // flagged title is its notice, read again so that the title is no claim.
            if reader.notices.isEmpty, let flagged = reader.flaggedTitle {
                reader = reading(language: reader.language, titleNotice: flagged)
            }
            return ArticleAnalysis(
                scalars: text, language: reader.language, paragraphs: reader.paragraphs, claims: reader.claims,
                questions: reader.questions, notices: reader.notices, furniture: reader.furniture,
                repeatedParagraphs: reader.repeatedParagraphs)
        }
    }

    /// A sentence ending in a question mark (before any closing quotes or brackets).
    static func isQuestion(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        var i = range.end - 1
        while i >= range.start, "\"»”)]' \u{A0}\u{202F}".unicodeScalars.contains(scalars[i]) { i -= 1 }
        return i >= range.start && (scalars[i] == "?" || scalars[i] == "‽")
    }

    /// At least three words: a lone "Merci." or "Oui, bien sûr." states nothing checkable; nor does a page's date
    /// stamp ("date 2020-05", "jeudi 30 août 2018 à 14:31", "Updated: 2012-11-27 04:03"), a line of its furniture.
    static func isClaimLike(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        hasWords(scalars, range, atLeast: 3)
            && !(range.length <= UpdateMarker.longestDateStamp && UpdateMarker.isDateStamp(scalars, range))
    }

    /// Whether `scalars[range]` holds at least `count` words (stops counting there).
    static func hasWords(_ scalars: ScalarText, _ range: TextRange, atLeast count: Int) -> Bool {
        var words = 0
        var inWord = false
        for scalar in scalars[range.start..<range.end] {
            let isWord = ScalarClass.isWord(scalar)
            if isWord, !inWord { words += 1 }
            inWord = isWord
            if words >= count { return true }
        }
        return false
    }
}

/// The state of one `ArticleReader.analyze` run.
private struct ArticleReading {
    let text: UTF8Text
    let scalars: ScalarText
    let language: Language
    var offsets: ScalarOffsets
    var paragraphs: [Paragraph] = []
    /// The `.body` paragraphs in `paragraphs`.
    private var reportParagraphs = 0
    /// The paragraphs notices took beyond the one their marker opens and, for a marker alone on its line, the one
    /// below it (see `isAtTop`).
    private var paragraphsTaken = 0
    /// Whether a label alone on its line that introduces the first version ("Original story:", "Earlier reports:") was
    /// read: below it, the report has resumed and no notice stands at the top (`isAtTop`).
    private var originalResumed = false
    /// The report's paragraphs read since that label, or since the start: how much of the version a notice stands
    /// in lies above it (a notice under "Earlier reports:" closes the first version only if more of it stands above).
    private var versionParagraphs = 0
    /// The report's first paragraphs (at most `openingCount`), which a page may print again below a closing notice.
    private var openingParagraphs: [TextRange] = []
    private static let openingCount = 4
    /// How many paragraphs from the top a flagged title is looked for in (the page's furniture and name above it).
    private static let titleReach = 8
    var claims: [ArticleSentence] = []
    var questions: [ArticleSentence] = []
    var notices: [ArticleNotice] = []
    var furniture: [TextRange] = []
    var repeatedParagraphs: [[TextRange]] = []
    private var claimIndex: [ByteKey: Int] = [:]
    private var questionIndex: [ByteKey: Int] = [:]

    /// Whether claims get their details read.
    var readsDetails = true
    /// The paragraph that is the page's title opened by an update flag (`UpdateMarkerProbe.isFlaggedTitle`), if any.
    var flaggedTitle: Int?
    /// The flagged title read as the page's notice (a second reading, when the first found no other notice).
    var titleNotice: Int?

    init(_ text: UTF8Text, scalars: ScalarText, language: Language?) {
        self.text = text
        self.scalars = scalars
        self.language = language ?? Language.detect(text)
        self.offsets = ScalarOffsets(text)
    }

    mutating func read() {
        var paragraphScanner = ParagraphScanner(text)
        var found: [ParagraphScanner.Found] = []
        var ranges: [TextRange] = []
        // A converter of its own: `offsets` then serves the sentences, in increasing order too (each is O(n) only so).
        var paragraphOffsets = ScalarOffsets(text)
        while let next = paragraphScanner.next() {
            found.append(next)
            ranges.append(paragraphOffsets.range(next.range))
        }
        // A marker in another party's post the page quotes (an embedded post's signature at its end, a quotation
        // still open from above) is the page's text, not its notice: for every look ahead from a notice as well, so
        // that a post embedded in the page's timed entry does not end the entry.
        for k in found.indices where found[k].kind == .update && NoticeBoundary.isQuotedPost(scalars, ranges, at: k) {
            found[k].kind = .body
        }
        var sentenceScanner = SentenceScanner(text, language: language)
        var repeats = RepeatedParagraphs()
        var sentences: [Range<Int>] = []
        // A right of reply the page publishes (`NoticeBoundary+Reply`): from the paragraph that heads it, the page is
        // one notice.
        let reply = NoticeBoundary.replyHeading(scalars, ranges) { found[$0].kind == .furniture }
        // A correction the page publishes as itself (`NoticeBoundary+PublishedCorrection`), where it shows no notice
        // of its own first: from its heading, or its first paragraph of prose, one notice.
        let published = reply != nil ? nil : NoticeBoundary.publishedCorrection(
            scalars, ranges, isFurniture: { found[$0].kind == .furniture }, isPageLine: { isPageLine($0, found, ranges) },
            isNotice: { found[$0].kind == .update && !UpdateMarker.isBare(scalars, ranges[$0]) },
            isListItem: { LineJoining.isListItemStart(text, found[$0].range) })
        // Paragraph `k` read as the report's, each of its sentences a claim: where a notice was expected and none came.
        // A marker with nothing after it ("Mise à jour 2" ending an excerpt) is neither a notice nor a claim.
        func readAsReport(_ k: Int) {
            appendParagraph(Paragraph(range: ranges[k], kind: .body))
            guard !UpdateMarker.holdsOnlyAMarker(scalars, ranges[k]) else { return }
            repeats.add(found[k].range, ranges[k], in: text)
            sentences.removeAll(keepingCapacity: true)
            sentenceScanner.sentences(in: found[k].range) { sentences.append($0) }
            for sentence in sentences { addSentence(sentence) }
        }
        // The page's title, under its furniture and its name at most (`UpdateMarkerProbe.isFlaggedTitle`), may open
        // with an update flag.
        flaggedTitle = found.indices.prefix(Self.titleReach).first {
            found[$0].kind == .body && UpdateMarkerProbe.isFlaggedTitle(text, found[$0].range)
        }
        var index = 0
        // A dated title read over the notice under it (`isDatedTitle`), waiting for that notice: only on a page that
        // lists corrections, two such titles or more, each alone on its line; a headline or an event's line dated so
        // over one update is the report's, which the update amends ("Stadium vote set for spring (March 3)").
        var heading: Int?
        var datedTitles = 0
        for k in found.indices where datedTitles < 2 && found[k].kind == .body && isDatedTitle(k, found, ranges) { datedTitles += 1 }
        let listsCorrections = datedTitles == 2
        let entryHeadings = repeatedEntryHeadings(found, ranges)
        var longestEntry = 1
        // The first entry of a corrections log's next group, under a date line of the page.
        var datedEntry: Int?
        while index < found.count {
            let range = ranges[index]
            if index == titleNotice {
                appendParagraph(Paragraph(range: range, kind: .update))
                addNotice(range)
                if !notices.isEmpty { notices[notices.count - 1].isFlaggedTitle = true }
                index += 1
                continue
            }
            if let published, index == published.listHeading {
                appendParagraph(Paragraph(range: range, kind: .furniture))
                furniture.append(range)
                index += 1
                continue
            }
            // A right of reply or a published correction: the page answers or corrects an article printed elsewhere.
            let pageNotice: (marker: TextRange, last: Int)? = if let reply, index == reply.index {
                (reply.marker, NoticeBoundary.replyLast(from: index, scalars, ranges, isFurniture: { found[$0].kind == .furniture },
                                                         endsArticle: { found[$0].kind == .furniture && PageFurniture.endsArticle(text, found[$0].range) }))
            } else if let published, index == published.index {
                (published.marker, NoticeBoundary.publishedLast(from: published.body, isPage: published.isPage, scalars, ranges) { found[$0].kind == .furniture })
            } else if index == datedEntry {
                (NoticeBoundary.errorMarker(scalars, range) ?? published?.marker ?? range,
                 NoticeBoundary.publishedLast(from: index, isPage: true, scalars, ranges) { found[$0].kind == .furniture })
            } else {
                nil
            }
            if let pageNotice {
                // A published correction listing its errata: one notice per entry (`NoticeBoundary.publishedEntries`).
                var pieces = [(marker: pageNotice.marker, first: index)]
                if let published, index == published.index || index == datedEntry {
                    // A later group of a log (`datedEntry`, set only for a log that lists) starts at its first entry.
                    var group = published
                    if index != published.index { group.entry = index }
                    pieces += NoticeBoundary.publishedEntries(of: group, last: pageNotice.last, scalars, ranges) {
                        LineJoining.isListItemStart(text, found[$0].range)
                    }
                    // The log's next group of entries, under its date line (`NoticeBoundary.nextDatedEntry`).
                    if published.lists {
                        datedEntry = NoticeBoundary.nextDatedEntry(after: pageNotice.last, scalars, ranges) { found[$0].kind == .furniture }
                    }
                }
                for (i, piece) in pieces.enumerated() {
                    let last = i + 1 < pieces.count ? pieces[i + 1].first - 1 : pageNotice.last
                    addPageNotice(marker: piece.marker, paragraphs: piece.first...last, ranges)
                }
                index = pageNotice.last + 1
                // The note's signature: a byline, not a claim of the page.
                while index < found.count, found[index].kind != .furniture, NoticeBoundary.isSignatureLine(scalars, ranges[index]) {
                    appendParagraph(Paragraph(range: ranges[index], kind: .furniture))
                    furniture.append(ranges[index])
                    index += 1
                }
                continue
            }
            // A paragraph that opens as a reading suggestion ("Voir aussi …") but is a whole sentence of the report
            // ("Voir aussi la Lune, qui sera pleine le 9, prévient l'astronome.") is the report's.
            // A title listed under a lone label ("Read more:" / "Storm damage tops $2 million.") is a link whatever
            // it ends with.
            let isTitle = NoticeBoundary.isListedSuggestionTitle(scalars, ranges, at: index)
            let isSuggestion = isTitle || NoticeBoundary.suggestsReading(scalars, range)
            let readsAsLink = isTitle || NoticeBoundary.readsAsLink(scalars, range)
            var kind = found[index].kind == .furniture && isSuggestion && !readsAsLink ? .body : found[index].kind
            // A paragraph the scanner took for a notice but whose marker the reader does not match is the report's: no
            // text is ever dropped between the two readings.
            if kind == .update, UpdateMarker.match(in: scalars, at: range.start, limit: range.end) == nil { kind = .body }
            // The newsroom's note named alone on its line ("Editor's note", `UpdateMarker.editorNoteWords`) over a body
            // that speaks of no piece is a column's or a tip's heading ("Welcome to our spring issue", "Nous avons
            // testé cette recette …").
            if kind == .update, UpdateMarker.isLoneEditorNote(scalars, range),
               !(index + 1 < found.count && UpdateMarker.speaksOfPiece(scalars, ranges[index + 1])) { kind = .body }
            // The title of the piece a notice amends, dated in parentheses, right over it ("Story: “…” (February 16)"
            // over "Correction: …"): the notice's heading, read with it (`NoticeBoundary.isDatedTitle`).
            if kind == .body, heading == nil, index + 1 < found.count, listsCorrections, isDatedTitle(index, found, ranges),
               opensPlainNotice(index + 1, reply: reply?.index, found, ranges) {
                heading = index
                index += 1
                continue
            }
            // A version of the page dated at the top, over the first version's label and that version dated in turn
            // ("TUESDAY 5/25/2021 10:07 a.m." / the update / "ORIGINAL: Crash closes WIS 32" / "TUESDAY 5/25/2021
            // 9:16 a.m." / the first version): the date heads the update.
            if kind != .update, let last = datedVersionLast(index, found, ranges) {
                addStampedUpdate(stamp: index, last: last, ranges, marker: Scalars.trimmed(scalars, afterStoredDate(index, found, ranges)))
                index = last + 1
                continue
            }
            // A live log's entry under the poster's name that heads every entry, with the entry's date or clock
            // ("Ultimate Rugby Sep 9", `repeatedEntryHeadings`): the entry runs to the next heading.
            if kind != .update, entryHeadings.contains(index) {
                // The last entry runs no longer than the longest above it: the page's own lines may follow the log.
                let longest = entryHeadings.contains(where: { $0 > index }) ? NoticeBoundary.liveEntryParagraphs : longestEntry
                var last = index + 1
                while last + 1 < found.count, last - index < longest, !entryHeadings.contains(last + 1),
                      found[last + 1].kind != .furniture { last += 1 }
                longestEntry = max(longestEntry, last - index)
                addStampedUpdate(stamp: index, last: last, ranges)
                index = last + 1
                continue
            }
            switch kind {
            case .furniture:
                appendParagraph(Paragraph(range: range, kind: .furniture))
                furniture.append(range)
            case .update where UpdateMarker.match(in: scalars, at: range.start, limit: range.end)?.end.map { $0 < range.end } ?? false:
                // "(Actualisé avec …) WASHINGTON, 11 août (Reuters) - …": the note, then the article. Closed notes may
                // stand in a row ("[Edited …] [Edited …] The post …"): each is a notice; the article starts after the last.
                appendParagraph(Paragraph(range: range, kind: .body))
                var end = range.start
                while let close = UpdateMarker.match(in: scalars, at: end, limit: range.end)?.end, close < range.end {
                    addNotice(TextRange(end, range.end))
                    end = close
                    while end < range.end, scalars[end] == "]" || scalars[end] == ")" || Scalars.isSpace(scalars[end]) { end += 1 }
                    guard end < range.end, scalars[end] == "[" || scalars[end] == "(" else { break }
                }
                addSentences(of: found[index].range, from: end, &sentenceScanner, &sentences)
            case .update:
                if let last = headingLast(ofNoticeAt: index, found, ranges) {
                    // A correction set as the page's heading ("Correction: Budget Vote story"): its body under the
                    // page's lines.
                    // (No notice after all: the paragraph is the report's, and the loop reads the next ones as it finds them.)
                    if addNotices(startingAt: [range.start], paragraphs: index, (last, nil), found, ranges, &sentenceScanner, &sentences) {
                        index = last
                    } else {
                        readAsReport(index)
                    }
                    break
                }
                // Several notices may share a paragraph ("Erratum : … 80 000.MAJ 2 : …"); the last may run on. A marker
                // inside the first one's own ("10:10 a.m. Update:", its hour's full stop before the label) is no other.
                let opening = UpdateMarker.match(in: scalars, at: range.start, limit: range.end)?.bodyStart ?? range.start
                let starts = [range.start] + UpdateMarker.inlineMarkers(in: scalars, range: range).filter { $0 >= opening }
                let end = noticeEnd(ofNoticeAt: starts[starts.count - 1], in: index, found, ranges)
                let title = heading
                heading = nil
                if addNotices(startingAt: starts, paragraphs: index, end, found, ranges, &sentenceScanner, &sentences, heading: title) {
                    index = end.last
                } else {
                    if let title { readAsReport(title) }
                    readAsReport(index)
                }
            case .body where NoticeBoundary.isStamp(scalars, range):
                // An update's stamp alone on its line at the top, over prose and then the first version's label
                // ("Updated, Mar. 2, 7:00 a.m." / the update / "Original Story:"): the stamp heads that update.
                if let last = stampedUpdateLast(index, found, ranges) {
                    addStampedUpdate(stamp: index, last: last, ranges)
                    index = last
                    break
                }
                // An update's hour alone at the top ("Updated at 6:21 p.m. ET", `NoticeBoundary.isClockStamp`): the
                // newsroom's note that it updated the story, a notice of its line, which amends nothing it names.
                if isClockStampNotice(index, found, ranges) {
                    let line = Scalars.trimmed(scalars, range)
                    addLineNotice(line, labelLength: line.length, paragraph: range)
                    break
                }
                // A stamp ("This post was updated at 8:45 p.m."): the page's furniture, which the scanner does not
                // know; not the report's either, so that a stamp under the headline does not push a notice off the top.
                appendParagraph(Paragraph(range: range, kind: .furniture))
                furniture.append(range)
            case .body where isSuggestion && readsAsLink:
                // A reading suggestion the scanner did not know ("À voir également : …", a headline after it): the
                // page's furniture, as it is where it ends a notice.
                appendParagraph(Paragraph(range: range, kind: .furniture))
                furniture.append(range)
            case .body where NoticeBoundary.isSeparator(scalars, range):
                // A rule or the label of the first version ("Original story:", "Notre papier d'origine :"): where the
                // report resumes, no claim.
                appendParagraph(Paragraph(range: range, kind: .body))
            case .body where UpdateMarker.isBare(scalars, range):
                // A marker with nothing after it ("Mise à jour 2"): not a notice, and not a claim either.
                appendParagraph(Paragraph(range: range, kind: .body))
            case .body:
                // Prose at the top over the first version's label with no marker of its own ("AUGUSTA, Maine (AP) — …" /
                // "earlier story" / the first version): the update, the label its marker.
                if let label = unmarkedUpdateLabel(index, found, ranges) {
                    addUnmarkedUpdate(first: index, label: label, ranges)
                    index = label
                    break
                }
                // A line at the top saying what the update added ("UPDATED with Chris Hubbard being placed on the
                // reserve list.") over the report: a notice of its own line.
                if let (line, label) = topUpdatedWithLine(index, found, ranges) {
                    addLineNotice(line, labelLength: label, paragraph: range)
                    break
                }
                appendParagraph(Paragraph(range: range, kind: .body))
                repeats.add(found[index].range, range, in: text)
                sentences.removeAll(keepingCapacity: true)
                sentenceScanner.sentences(in: found[index].range) { sentences.append($0) }
                // A notice written inline — after a sentence, or glued to it ("… mois.MISE A JOUR : …") — runs to the
                // end of its paragraph, or to the next notice, and on over the paragraphs that belong to it; or to a
                // line break the text lost ("… infondée. (en savoir plus)Depuis vendredi …"), where the report resumes.
                let markers = UpdateMarker.inlineMarkers(in: scalars, range: range)
                for sentence in sentences {
                    if let first = markers.first {
                        let sentenceRange = offsets.range(sentence)
                        if sentenceRange.end > first {
                            let before = Scalars.trimmed(scalars, TextRange(sentenceRange.start, max(sentenceRange.start, first)))
                            if before.length > 0 { addSentence(scalarRange: before) }
                            break
                        }
                    }
                    addSentence(sentence)
                }
                if let lastMarker = markers.last, let first = markers.first {
                    let end = noticeEnd(ofNoticeAt: lastMarker, in: index, found, ranges)
                    if addNotices(startingAt: markers, paragraphs: index + 1, end, found, ranges, &sentenceScanner, &sentences) {
                        index = end.last
                    } else {
                        // No notice after all: the rest of the paragraph is the report's, and the loop reads the next
                        // paragraphs as it finds them.
                        addSentences(of: found[index].range, from: first, &sentenceScanner, &sentences)
                    }
                }
            }
            index += 1
        }
        repeatedParagraphs = repeats.repeated
    }

    /// The last paragraph of a correction set as the page's heading in paragraph `index` (`NoticeBoundary+Heading`):
    /// at the top, a correction's label alone or titling the story it corrects ("Correction: Budget Vote story"), with
    /// a body under it (`headingBody`); nil for any other notice.
    private func headingLast(ofNoticeAt index: Int, _ found: [ParagraphScanner.Found], _ ranges: [TextRange]) -> Int? {
        let range = ranges[index]
        guard isAtTop, let match = UpdateMarker.match(in: scalars, at: range.start, limit: range.end), match.end == nil,
              NoticeBoundary.isCorrectionLabel(scalars, match.marker),
              UpdateMarker.inlineMarkers(in: scalars, range: range).isEmpty
        else { return nil }
        let title = TextRange(match.bodyStart, range.end)
        if match.bodyStart >= range.end || NoticeBoundary.namesCorrectedStory(scalars, title: title) {
            return headingBody(under: index, found, ranges)
        }
        // A correction titled with the corrected piece's own words ("Correction: Schiller Statement"): a heading when
        // the page is the correction, its body under it (to the end or the furniture, `closingReach` paragraphs at
        // most) speaking of what the article said ("it was mistakenly asserted…"); a news headline ("Correction:
        // Council delays the pool vote") has its report under it instead.
        // The correction is its first paragraph of prose: the wire's corrected story may follow it.
        guard NoticeBoundary.isShortTitle(scalars, title), let last = headingBody(under: index, found, ranges),
              last + 1 >= found.count || found[last + 1].kind == .furniture,
              let first = ((index + 1)...last).first(where: { found[$0].kind != .furniture && !isPageLine($0, found, ranges) }),
              NoticeReferences.refersToArticle(scalars, ranges[first]) else { return nil }
        // And the paragraphs under it that go on speaking of the article's errors or apologise for them ("The article
        // also misstated …", "Nous prions nos lecteurs de nous excuser").
        var end = first
        while end < last,
              NoticeReferences.refersToArticle(scalars, ranges[end + 1]) || NoticeBoundary.apologizes(scalars, ranges[end + 1]) {
            end += 1
        }
        return end
    }

    /// The last paragraph of the body under a heading notice in paragraph `index`: past the page's lines set directly
    /// under the heading (its date stamp, section line or byline: `isPageLine`), the first paragraph, dateline or not
    /// ("CITY (AP) — In a story published …"); and every paragraph to the end of the article or its furniture when
    /// no more than `NoticeBoundary.closingReach` are left (the page is the correction), short of what addresses the
    /// reader or is still pending. Nil when no paragraph of prose stands there.
    private func headingBody(under index: Int, _ found: [ParagraphScanner.Found], _ ranges: [TextRange]) -> Int? {
        var first = index + 1
        while first < found.count, first <= index + NoticeBoundary.topReach, isPageLine(first, found, ranges) { first += 1 }
        // The body may open with a sentence that is a notice by itself ("An earlier version of this story mistakenly
        // reported …"): the heading's text, not a second notice.
        let opensWithNoticeSentence = first < found.count && found[first].kind == .update
            && UpdateMarker.match(in: scalars, at: ranges[first].start, limit: ranges[first].end)
                .map { $0.bodyStart == ranges[first].start } ?? false
        guard first < found.count, found[first].kind == .body || opensWithNoticeSentence,
              opensWithNoticeSentence || readsAsBody(first, found, ranges) else { return nil }
        var end = first + 1
        while end < found.count, end - first <= NoticeBoundary.closingReach, found[end].kind == .body, readsAsBody(end, found, ranges),
              !NoticeBoundary.addressesReader(scalars, ranges[end]), !NoticeBoundary.isPending(scalars, ranges[end]) { end += 1 }
        let closes = end >= found.count || found[end].kind == .furniture
        if closes, end - first <= NoticeBoundary.closingReach { return end - 1 }
        // The body's opening cut short as a summary over it: the body is the notice's too.
        if first + 1 < found.count, found[first + 1].kind == .body, NoticeBoundary.isCutOpening(scalars, ranges[first], of: ranges[first + 1]) {
            return first + 1
        }
        // The line that hands over to the corrected story ("A corrected version of the story is below:") closes the
        // correction: the wire writes it as the note's last sentence.
        if first + 1 < found.count, found[first + 1].kind == .body, NoticeBoundary.pointsToCorrectedVersion(scalars, ranges[first + 1]) {
            return first + 1
        }
        return first
    }

    /// Whether paragraph `k` is a dated title (`NoticeBoundary.isDatedTitle`) standing alone, not a list's item ("- Mayor
    /// vetoes the deal (March 10)").
    private func isDatedTitle(_ k: Int, _ found: [ParagraphScanner.Found], _ ranges: [TextRange]) -> Bool {
        NoticeBoundary.isDatedTitle(scalars, ranges[k]) && !LineJoining.isListItemStart(text, found[k].range)
    }

    /// Whether paragraph `k` is read as a notice by the marker opening it, in the reading loop's plain way: an
    /// update paragraph (a quoted post's was set aside before reading) that is neither the page's flagged title, nor a
    /// right of reply's head, nor a note its marker closes, nor a correction set as the page's heading.
    private func opensPlainNotice(_ k: Int, reply: Int?, _ found: [ParagraphScanner.Found], _ ranges: [TextRange]) -> Bool {
        guard found[k].kind == .update, k != titleNotice, k != reply,
              let match = UpdateMarker.match(in: scalars, at: ranges[k].start, limit: ranges[k].end), match.end == nil
        else { return false }
        return headingLast(ofNoticeAt: k, found, ranges) == nil
    }

    /// A line of the page under a heading: a furniture line, a stamp or a date stamp, a byline's name alone ("The
    /// Associated Press") or a dateline's place alone ("EMPORIA, Kan.").
    private func isPageLine(_ k: Int, _ found: [ParagraphScanner.Found], _ ranges: [TextRange]) -> Bool {
        if found[k].kind == .furniture { return PageFurniture.classify(text, found[k].range) == .line }
        return NoticeBoundary.isStamp(scalars, ranges[k]) || NoticeBoundary.isSectionStamp(scalars, ranges[k])
            || (ranges[k].length <= UpdateMarker.longestDateStamp && UpdateMarker.isDateStamp(scalars, ranges[k]))
            || NoticeBoundary.isNameLine(scalars, ranges[k]) || NoticeBoundary.isPlaceLine(scalars, ranges[k])
    }

    /// A paragraph of prose a notice may take: no separator, marker, stamp, list item or reading suggestion.
    private func readsAsBody(_ k: Int, _ found: [ParagraphScanner.Found], _ ranges: [TextRange]) -> Bool {
        !NoticeBoundary.isSeparator(scalars, ranges[k]) && !NoticeBoundary.opensWithLabel(scalars, ranges[k])
            && !UpdateMarker.isBare(scalars, ranges[k]) && !NoticeBoundary.isStamp(scalars, ranges[k])
            && !LineJoining.isListItemStart(text, found[k].range) && UpdateMarker.inlineMarkers(in: scalars, range: ranges[k]).isEmpty
            && !suggestsReading(k, ranges)
    }

    /// Whether paragraph `k` is a reading suggestion (`NoticeBoundary.suggestsReading`), or one of the titles listed
    /// under a label alone on its line (`NoticeBoundary.isListedSuggestionTitle`): furniture, where a notice ends.
    private func suggestsReading(_ k: Int, _ ranges: [TextRange]) -> Bool {
        NoticeBoundary.suggestsReading(scalars, ranges[k]) || NoticeBoundary.isListedSuggestionTitle(scalars, ranges, at: k)
    }

    /// The last paragraph of the notice whose marker starts at `start` in paragraph `index`, and where the report
    /// resumes inside it when the text lost the line break there (`NoticeBoundary.lostBreak`) or when a separator's
    /// label closes the paragraph ("… has been completed. Original story follows.", `NoticeBoundary.trailingLabel`),
    /// nil otherwise: the first such place after the marker, in the paragraphs the notice would take, ends it. A notice
    /// its marker closes ("[Update: …]") ends there already.
    private func noticeEnd(ofNoticeAt start: Int, in index: Int, _ found: [ParagraphScanner.Found], _ ranges: [TextRange])
        -> (last: Int, resume: Int?) {
        // An update set as a list's item ("• Update 2: …") is its item: the list's next item, or the report, follows.
        if isListedUpdate(index, found) { return (index, nil) }
        let last = lastParagraph(ofNoticeAt: start, in: index, found, ranges)
        guard let match = UpdateMarker.match(in: scalars, at: start, limit: ranges[index].end), match.end == nil else { return (last, nil) }
        for k in index...last where found[k].kind != .furniture {
            let from = k == index ? match.bodyStart : ranges[k].start
            guard from < ranges[k].end else { continue }
            let part = TextRange(from, ranges[k].end)
            if let resume = NoticeBoundary.lostBreak(scalars, in: part) ?? NoticeBoundary.trailingLabel(scalars, in: part) { return (k, resume) }
        }
        return (last, nil)
    }

    /// Whether paragraph `k` is an update read from a list's item, its bullet before it on its line
    /// (`ParagraphScanner`: "• Update 2: …").
    private func isListedUpdate(_ k: Int, _ found: [ParagraphScanner.Found]) -> Bool {
        let start = found[k].range.lowerBound
        guard found[k].kind == .update, start > 0, text[start - 1] != 0x0A else { return false }
        var lineStart = start
        while lineStart > 0, text[lineStart - 1] != 0x0A { lineStart -= 1 }
        return UpdateMarker.itemText(text, text.trimmed(lineStart..<found[k].range.upperBound)) == start
    }

    /// The last paragraph of the notice whose marker starts at `start` in paragraph `index` (see `NoticeBoundary`),
    /// and on over what its last paragraph announces with a colon ("… sent the following statement:") and over the
    /// paragraphs that still read as the notice (`NoticeBoundary.continues`); never past a paragraph that a separator's
    /// label closes ("… Original story follows."): the original follows it.
    private func lastParagraph(ofNoticeAt start: Int, in index: Int, _ found: [ParagraphScanner.Found], _ ranges: [TextRange]) -> Int {
        var last = paragraphsRead(ofNoticeAt: start, in: index, found, ranges)
        // Only a notice at the top reads on by its voice, its quotation, a connective or the update's time: further
        // down, the paragraph after a notice is the report's, which quotes and links on in the same ways (between two
        // stacked notices, `paragraphsRead` keeps only a quotation or the notice's voice). A notice its marker closes
        // ("(Updates with …)", "[UPDATE: Or Not]") goes on over nothing it does not hold.
        // Nor does a notice written as a headline ("Update: Police report minor found safe"): its standfirst follows.
        let open = isAtTop && !NoticeBoundary.isHeadline(scalars, TextRange(start, ranges[index].end))
            && UpdateMarker.match(in: scalars, at: start, limit: ranges[index].end).map { $0.end == nil } ?? false
        // After an announcement, the lines of a list or a table it announces ("Cochran: 50.8% (184,310 votes)").
        var announced = false
        while last + 1 < found.count, last < index + NoticeBoundary.maximumParagraphs,
              found[last + 1].kind == .body, !NoticeBoundary.isSeparator(scalars, ranges[last + 1]),
              !NoticeBoundary.opensWithDateline(scalars, ranges[last + 1]),
              UpdateMarker.inlineMarkers(in: scalars, range: ranges[last + 1]).isEmpty, !UpdateMarker.isBare(scalars, ranges[last + 1]),
              !NoticeBoundary.isStamp(scalars, ranges[last + 1]),
              NoticeBoundary.trailingLabel(scalars, in: TextRange(last == index ? start : ranges[last].start, ranges[last].end)) == nil {
            let announces = NoticeBoundary.announces(scalars, ranges[last])
            let listed = announced && NoticeBoundary.isListLine(scalars, ranges[last])
            guard announces || (announced && NoticeBoundary.isListLine(scalars, ranges[last + 1]))
                || (listed && NoticeBoundary.isShortRemark(scalars, ranges[last + 1]))
                || (open && !LineJoining.isListItemStart(text, found[last + 1].range)
                    && NoticeBoundary.continues(scalars, previous: ranges[last], next: ranges[last + 1]))
            else { break }
            announced = announced || announces
            last += 1
        }
        return last
    }

    /// Records a paragraph read, and counts the report's (a notice's own paragraphs and furniture are not the
    /// report's): counted as they come, so that asking costs nothing per notice.
    private mutating func appendParagraph(_ paragraph: Paragraph) {
        paragraphs.append(paragraph)
        if paragraph.kind == .body {
            reportParagraphs += 1
            versionParagraphs += 1
            let range = Scalars.trimmed(scalars, paragraph.range)
            // A label alone on its line: one opening a paragraph ("Texte initial : le plafond devait…", "Original
            // version: …") compares versions of a text as often as it resumes the report.
            if NoticeBoundary.isSeparator(scalars, range), !NoticeBoundary.isRule(scalars, range) {
                originalResumed = true
                versionParagraphs = 0
            }
            if openingParagraphs.count < Self.openingCount { openingParagraphs.append(range) }
        }
    }

    /// Whether `range` repeats one of the report's first paragraphs word for word: the page printing its article again
    /// (an aggregator's copy under the original's closing notice), where a closing notice ends.
    private func repeatsOpening(_ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        return openingParagraphs.contains { opening in
            opening.end <= trimmed.start && opening.length == trimmed.length
                && scalars[opening.start..<opening.end].elementsEqual(scalars[trimmed.start..<trimmed.end])
        }
    }

    /// Whether a notice found now stands at the top of the article: above the report, under at most a headline and
    /// its standfirst or byline (`NoticeBoundary.topReach` paragraphs). The paragraphs that notices above took beyond
    /// their own (`paragraphsTaken`) count as the report's here: they were read as a notice's only because that
    /// notice stood at the top, and counting them stops a chain of notices, each taking the paragraph under it, from
    /// keeping every later notice "at the top" down a whole live page.
    /// Below the label of the first version ("Earlier reports:"), a notice is the first version's own, kept with it.
    private var isAtTop: Bool { !originalResumed && reportParagraphs + paragraphsTaken <= NoticeBoundary.topReach }

    /// Why the look ahead from a notice stopped.
    private enum Stop { case none, notice, dateline, other }

    private func paragraphsRead(ofNoticeAt start: Int, in index: Int, _ found: [ParagraphScanner.Found], _ ranges: [TextRange]) -> Int {
        guard let match = UpdateMarker.match(in: scalars, at: start, limit: ranges[index].end) else { return index }
        let markerAlone = match.bodyStart >= ranges[index].end
        guard match.end == nil else { return index }
        if let last = liveEntryLast(ofNoticeAt: start, match, in: index, found, ranges) { return last }
        if let last = endMarkLast(after: index, label: match.marker, found, ranges) { return last }
        var next = index + 1
        var stop = Stop.none
        // A furniture line ("Posted by …") inside a notice that a separator closes belongs to the notice.
        var firstFurniture: Int?
        while next < found.count, next <= index + NoticeBoundary.maximumParagraphs {
            // Another notice, a bare marker ("Mise à jour 2") or a stamp of an earlier version ("This post was updated
            // at 8:45 p.m. ET.").
            if found[next].kind == .update || UpdateMarker.isBare(scalars, ranges[next]) || NoticeBoundary.isStamp(scalars, ranges[next])
                || (next + 1 < found.count && found[next + 1].kind == .update && isDatedTitle(next, found, ranges)) {
                stop = .notice
                break
            }
            // A reading suggestion ("À lire aussi : …", "Read more: …") is furniture the scanner did not know.
            if found[next].kind == .furniture || suggestsReading(next, ranges) {
                if found[next].kind == .furniture, PageFurniture.classify(text, found[next].range) != .line { break }
                if firstFurniture == nil { firstFurniture = next }
                next += 1
                continue
            }
            // A separator, alone or opening the report's paragraph ("Original: Reuters has withdrawn …"), closes it.
            // At the top, a label anywhere within reach: the update stands above the original as a block. A bare rule
            // ("***") only within `separatorReach`: the page may set it between the report and what follows it.
            if NoticeBoundary.isSeparator(scalars, ranges[next]) || NoticeBoundary.opensWithLabel(scalars, ranges[next]) {
                let labelled = !NoticeBoundary.isRule(scalars, ranges[next])
                return markerAlone || (isAtTop && labelled) || next - index <= NoticeBoundary.separatorReach ? next - 1 : index
            }
            // A paragraph holding another notice stops this one, even after a dateline ("PARIS — Update (8 p.m.): …").
            if LineJoining.isListItemStart(text, found[next].range) || !UpdateMarker.inlineMarkers(in: scalars, range: ranges[next]).isEmpty {
                stop = .other
                break
            }
            // (Right under a marker alone on its line, a dateline opens the notice's own body: "UPDATE, 5:42 p.m.
            // Tuesday:" over "CHAMPAIGN — Firefighters hope to learn more …", the story rewritten with the update.)
            if NoticeBoundary.opensWithDateline(scalars, ranges[next]), !(markerAlone && next == index + 1) {
                stop = .dateline
                break
            }
            next += 1
        }
        if let firstFurniture { next = firstFurniture }
        let between = next - index - 1
        // A notice at the top that is not a headline keeps what stands before what closes it below.
        let leads = isAtTop && !markerAlone && !NoticeBoundary.isHeadline(scalars, TextRange(start, ranges[index].end))
        // What these rules take unread must not hold what a notice amends: a statement still pending ("is still
        // missing", "pas encore", `NoticeReferences.isTimeBound`) is the report's, which a notice settles.
        let pendingBetween = ((markerAlone ? index + 2 : index + 1)..<max(next, index + 2)).contains {
            $0 < next && NoticeBoundary.isPending(scalars, ranges[$0])
        }
        // Notices stacked one above the other ("Update (10 am ET): …", "Update (9 am ET): …"): what stands between
        // two of them close together is the first one's.
        // Down the page, stacked notices keep what stands between them when it speaks as the first one (a quotation
        // it reports, a paragraph that speaks of the story): the report does not resume between two notices that way.
        // Not a connective ("Mais", "But") nor the present: the report links on and speaks so too.
        let readsOn = !markerAlone && between > 0 && ((index + 1)..<next).allSatisfy {
            NoticeBoundary.speaksAsNotice(scalars, previous: ranges[$0 - 1], next: ranges[$0])
        }
        if stop == .notice, between <= NoticeBoundary.stackReach, leads || (markerAlone && isAtTop) || readsOn, !pendingBetween { return next - 1 }
        // A notice that announces a statement ("X sent us this statement:") keeps it whole up to the notice stacked
        // under it: a statement runs over several paragraphs in its author's words ("we still …"), with no cue of the
        // notice, and what it says is not the report's.
        if stop == .notice, between > 0, between <= NoticeBoundary.stackReach, !markerAlone, NoticeBoundary.announces(scalars, ranges[index]) {
            return next - 1
        }
        // Under a notice at the top, a dateline close below opens the report ("SALT LAKE CITY — …"): what stands
        // between is the notice's, as before a separator. Not over a statement still pending: the report's lede and
        // its pending line may stand above its dateline as well (a review's probes: "A man was shot on Wednesday." /
        // "The motive is still being investigated." / "WEST VALLEY CITY — …").
        if stop == .dateline, between <= NoticeBoundary.datelineReach, leads || (markerAlone && isAtTop), !pendingBetween { return next - 1 }
        // At the end of the article (or at its furniture), a lone marker, or any notice below more of the report than
        // is left after it, takes every paragraph after it: the report does not resume below a closing notice. (A
        // notice at the top with a short article under it is not closing: the article is the report.)
        let atEnd = stop == .none && (next >= found.count || found[next].kind == .furniture) && between <= NoticeBoundary.closingReach
        if atEnd, markerAlone || (start == ranges[index].start && versionParagraphs > between) {
            // Up to what speaks to the reader ("L'article vous a plu ?"): furniture the scanner did not know; and
            // below a notice with a body of its own, up to a statement still pending: the report's.
            var last = index
            while last + 1 < next, !NoticeBoundary.addressesReader(scalars, ranges[last + 1]), !repeatsOpening(ranges[last + 1]),
                  markerAlone || !NoticeBoundary.isPending(scalars, ranges[last + 1]) { last += 1 }
            if last > index || !markerAlone { return last }
        }
        // Elsewhere a lone marker takes the paragraph below it; `lastParagraph` reads on from there.
        return markerAlone && between > 0 ? index + 1 : index
    }

    /// The paragraph that closes an update with its end mark ("… [end update]", "END UPDATE": `NoticeBoundary
    /// .endsWithEndMark`) within `NoticeBoundary.separatorReach` below it, before any other notice, and with nothing
    /// between that is the report's for sure (a dateline, a statement still pending). Only an update's label (`NoticeBoundary
    /// .updateLabels`: "Update, 2 p.m.:", "Mise à jour :"): a correction or an editor's note is closed by no such mark.
    /// Nil when no such mark stands there.
    private func endMarkLast(after index: Int, label: TextRange, _ found: [ParagraphScanner.Found], _ ranges: [TextRange]) -> Int? {
        var start = label.start
        while start < label.end, !Scalars.isLetter(scalars[start]) { start += 1 }
        let folded = Scalars.folded(scalars[start..<label.end])
        guard NoticeBoundary.updateLabels.contains(where: { folded == $0 || folded.hasPrefix($0 + " ") || folded.hasPrefix($0 + ",") })
        else { return nil }
        var next = index + 1
        while next < found.count, next <= index + NoticeBoundary.separatorReach, found[next].kind != .update {
            if NoticeBoundary.endsWithEndMark(scalars, ranges[next]) { return next }
            if NoticeBoundary.opensWithDateline(scalars, ranges[next]) || NoticeBoundary.isPending(scalars, ranges[next]) { return nil }
            next += 1
        }
        return nil
    }

    /// The last paragraph of a log's entry whose marker gives its hour (`UpdateMarker.entryTime`: "19h21 : …",
    /// "Update 9:40 p.m. EST Nov. 14: …", "UPDATE: 3:00 PM ET") or its count ("Update 2", "Update VII", "Second
    /// update": `UpdateMarker.entryCount`) when the next notice below, within `NoticeBoundary.liveEntryParagraphs`, is
    /// its neighbour in the same log (`UpdateMarker.logOrder`). Stacked newest first, each entry runs until the next,
    /// over however many paragraphs, lists and quotations it has, a statement still pending among them: such a stack
    /// holds nothing but its entries. Unless the older entry closes the page: then the newer one stands at the top and
    /// the older at the report's foot, and a statement still pending between them is the report's. Added oldest first
    /// at the report's foot, an entry keeps at most `NoticeBoundary.appendedEntryReach` paragraphs down to the next:
    /// more, and the report may stand between.
    /// Short of the lines that head the next entry or sign this one (its title, "– Jane Doe, National Desk":
    /// `entryTail`), and short of the page's furniture or a reading suggestion set between the two. Nil for any other
    /// notice, or when a separator, a dateline, a notice inside a paragraph or furniture that is no line comes first.
    private func liveEntryLast(ofNoticeAt start: Int, _ match: UpdateMarker.Match, in index: Int, _ found: [ParagraphScanner.Found],
                               _ ranges: [TextRange]) -> Int? {
        guard let upper = UpdateMarker.entryOrder(scalars, marker: match.marker, limit: ranges[index].end) else { return nil }
        // A counted label ("Update", "Update 2") heads most notices: the paragraphs below are read only when the next
        // notice within reach is its neighbour, found by the paragraphs' kinds alone.
        if case .count = upper {
            let reach = (index + 1)..<min(found.count, index + NoticeBoundary.liveEntryParagraphs + 1)
            guard let k = reach.first(where: { found[$0].kind == .update }),
                  let below = UpdateMarker.match(in: scalars, at: ranges[k].start, limit: ranges[k].end),
                  let lower = UpdateMarker.entryOrder(scalars, marker: below.marker, limit: ranges[k].end),
                  UpdateMarker.logOrder(of: lower, under: upper) != nil else { return nil }
        }
        var next = index + 1
        // The entry ends at the page's furniture or a reading suggestion ("READ MORE: …") set between two entries.
        var firstFurniture: Int?
        // Paragraphs of prose between this entry and the next (`pending`: one of them states what is still going on).
        var prose = 0
        var pending = false
        var earlierDay = false
        while next < found.count, next <= index + NoticeBoundary.liveEntryParagraphs {
            let range = ranges[next]
            if found[next].kind == .update {
                guard let below = UpdateMarker.match(in: scalars, at: range.start, limit: range.end), below.end == nil,
                      let lower = UpdateMarker.entryOrder(scalars, marker: below.marker, limit: range.end),
                      let order = earlierDay ? .newestFirst : UpdateMarker.logOrder(of: lower, under: upper),
                      order == .newestFirst || prose <= NoticeBoundary.appendedEntryReach else { return nil }
                // An update at the top over an older one at the page's foot, a statement still pending between them:
                // that is the report, which both amend, not an entry's text.
                if pending, !((next + 1)..<found.count).contains(where: { found[$0].kind == .body }) { return nil }
                // A marker alone on its line keeps at least the line below it, whatever it is ("Siege over").
                let alone = match.bodyStart >= ranges[index].end ? 1 : 0
                return max(entryTail(above: firstFurniture ?? next, after: index, found, ranges), min(index + alone, next - 1))
            }
            // A day's heading between two timed entries ("Vendredi 8 septembre"): the one under it is the earlier
            // day's, whatever its hour (`UpdateMarker.dayHeading`).
            if case .time = upper, range.length <= UpdateMarker.longestDayHeading,
               UpdateMarker.dayHeading(ScalarText(utf8: Array(text.bytes[found[next].range]))) != nil {
                earlierDay = true
                if firstFurniture == nil { firstFurniture = next }
                next += 1
                continue
            }
            if found[next].kind == .furniture || suggestsReading(next, ranges) {
                if found[next].kind == .furniture, PageFurniture.classify(text, found[next].range) != .line { return nil }
                if firstFurniture == nil { firstFurniture = next }
                next += 1
                continue
            }
            if firstFurniture == nil, NoticeBoundary.isPending(scalars, range) { pending = true }
            prose += 1
            if NoticeBoundary.isSeparator(scalars, range) || NoticeBoundary.opensWithLabel(scalars, range)
                || NoticeBoundary.opensWithDateline(scalars, range) || NoticeBoundary.isStamp(scalars, range)
                || UpdateMarker.isBare(scalars, range) || !UpdateMarker.inlineMarkers(in: scalars, range: range).isEmpty { return nil }
            next += 1
        }
        // The oldest entry of a log whose hours stand alone on their lines ("5.55am" / "Death toll rises to 12" / its
        // paragraphs) at the page's end: no original story follows, and the entry runs to the end or the furniture.
        // Not over an hour alone that was not read as an entry: the log's order is then unknown below it.
        if !pending, next >= found.count || firstFurniture != nil, match.bodyStart >= ranges[index].end,
           UpdateMarker.timeAlone(in: scalars, at: start, limit: ranges[index].end) != nil,
           !((index + 1)..<min(next, found.count)).contains(where: {
               UpdateMarker.timeAlone(in: scalars, at: ranges[$0].start, limit: ranges[$0].end) != nil }) {
            return entryTail(above: firstFurniture ?? found.count, after: index, found, ranges)
        }
        return nil
    }

    /// The last paragraph of an entry whose next entry opens paragraph `next`: the one above it, short of the lines
    /// that end the entry without being its text (furniture, a byline, the next entry's title: short lines that end no
    /// sentence, `NoticeBoundary.isListLine`), unless they go on a list: the paragraph above them announced it ("… les
    /// prévisions sont les suivantes :") or ends as its lines do, on no sentence's end.
    private func entryTail(above next: Int, after index: Int, _ found: [ParagraphScanner.Found], _ ranges: [TextRange]) -> Int {
        var last = next - 1
        while last > index, found[last].kind == .furniture || NoticeBoundary.isListLine(scalars, ranges[last]) { last -= 1 }
        let listed = NoticeBoundary.announces(scalars, ranges[last]) || NoticeBoundary.isHeadline(scalars, ranges[last])
        // Lines of figures right under the entry, and nothing else, are its table ("Jane DOE (Union) : 59.67 %"): each
        // line a label, a colon and a figure. No title or signature reads so line after line, nor do related
        // headlines that open with a number ("3 arrested after brawl …").
        let table = last == index && next - index > 2 && ((index + 1)..<next).allSatisfy {
            found[$0].kind == .body && NoticeBoundary.isFigureLine(scalars, ranges[$0])
        }
        return (last > index && listed) || table ? next - 1 : last
    }

    /// The notices from `starts` to `end` (see `noticeEnd`), with the paragraphs from `first` to `end.last` (the
    /// paragraph of the first start is already read when it holds the report too): where the report resumes inside
    /// the last one, that paragraph is the report's as well, and what follows the notice there is read as claims.
    /// Returns false, reading nothing, when no notice comes of the starts (a marker that takes no body: "mise à jour
    /// le s, who wore …"): the caller reads those paragraphs as the report's, so that no text is dropped.
    private mutating func addNotices(
        startingAt starts: [Int], paragraphs first: Int, _ end: (last: Int, resume: Int?), _ found: [ParagraphScanner.Found],
        _ ranges: [TextRange], _ scanner: inout SentenceScanner, _ sentences: inout [Range<Int>], heading: Int? = nil
    ) -> Bool {
        let before = notices.count
        addNotices(startingAt: starts, end: end.resume ?? ranges[end.last].end)
        guard notices.count > before else { return false }
        // The title over the first notice (`NoticeBoundary.isDatedTitle`) is its heading: its extent opens there.
        if let heading {
            appendParagraph(Paragraph(range: ranges[heading], kind: .update))
            notices[before].range = TextRange(ranges[heading].start, notices[before].range.end)
        }
        for k in stride(from: first, through: end.last, by: 1) {
            appendParagraph(Paragraph(range: ranges[k], kind: k == end.last && end.resume != nil ? .body : .update))
        }
        // What the first notice's own paragraphs are: the one its marker opens, and the one below a marker alone.
        // (`first` is the marker's paragraph, or the one after it when that paragraph was read as the report's too.)
        if let start = starts.first {
            let line = first < ranges.count && ranges[first].start <= start && start < ranges[first].end ? first : first - 1
            let alone = UpdateMarker.match(in: scalars, at: start, limit: ranges[line].end).map { $0.bodyStart >= ranges[line].end } ?? false
            paragraphsTaken += max(0, end.last - line - (alone ? 1 : 0))
        }
        if let resume = end.resume { addSentences(of: found[end.last].range, from: resume, &scanner, &sentences) }
        return true
    }

    /// One notice from each start to the next (the last to `end`).
    private mutating func addNotices(startingAt starts: [Int], end: Int) {
        for (i, start) in starts.enumerated() {
            let piece = Scalars.trimmed(scalars, TextRange(start, i + 1 < starts.count ? starts[i + 1] : end))
            if piece.length > 0 { addNotice(piece) }
        }
    }

    /// The last paragraph of the update headed by the stamp in paragraph `index` ("Updated, Mar. 2, 7:00 a.m.",
    /// `NoticeBoundary.isStamp` of an update's verb; a French stamp, "Mis à jour le 3 mars à 10h", is a line of the
    /// page's furniture to the scanner and never comes here): at the top, one paragraph of prose
    /// or more under it and then, within `NoticeBoundary.separatorReach`, the first version's label alone on its line
    /// ("Original Story:", "Article initial :") over a sentence of prose. Nil otherwise: a stamp over the report is the
    /// page's furniture. A rule alone ("-----") does not do: a byline's stamp stands over the story and its share bar
    /// as well.
    private func stampedUpdateLast(_ index: Int, _ found: [ParagraphScanner.Found], _ ranges: [TextRange]) -> Int? {
        // The label alone on its line, the first version's prose under it: a label before a headline on its line
        // ("Earlier: Boeing machinists reject …") links to other coverage, after the report itself.
        guard isAtTop, NoticeBoundary.isUpdateStamp(scalars, ranges[index]), let k = separatorBelow(index, found, ranges),
              !NoticeBoundary.isRule(scalars, ranges[k]), k > index + 1, k + 1 < found.count, found[k + 1].kind == .body,
              readsAsBody(k + 1, found, ranges), UpdateLinker.endsSentence(scalars, Scalars.trimmed(scalars, ranges[k + 1]))
        else { return nil }
        return k - 1
    }

    /// Whether the stamp in paragraph `index` is an update's hour alone (`NoticeBoundary.isClockStamp`) at the top,
    /// under no byline: a byline's block stamps its hour too ("The Associated Press" / "Updated 12:13PM"), the
    /// page's furniture.
    /// Over the report's prose (a sentence's end), not over a headline (a weather widget's stamp above the page's
    /// title), and on no live page, whose hours head its entries.
    private func isClockStampNotice(_ index: Int, _ found: [ParagraphScanner.Found], _ ranges: [TextRange]) -> Bool {
        guard isAtTop, NoticeBoundary.isClockStamp(scalars, ranges[index]), index + 1 < found.count,
              found[index + 1].kind == .body, readsAsBody(index + 1, found, ranges),
              UpdateLinker.endsSentence(scalars, Scalars.trimmed(scalars, ranges[index + 1])),
              !UpdateMarker.announcesLive(text, before: found[index].range.lowerBound)
        else { return false }
        guard index > 0 else { return true }
        return !isBylineBlockLine(index - 1, found, ranges)
    }

    /// Whether paragraph `k` is a line of a byline's block, which stamps its hour too: a byline ("By Jane Doe", "Par
    /// notre envoyé spécial"), a name alone as a byline sets it ("The Associated Press", `NoticeBoundary.isNameLine`),
    /// or another stamp with its verb ("Published 9:02 a.m. ET"); not a date alone, under which a newsroom types its
    /// update's hour as well ("May 2, 2016" / "Updated 10:08 p.m.").
    private func isBylineBlockLine(_ k: Int, _ found: [ParagraphScanner.Found], _ ranges: [TextRange]) -> Bool {
        if Byline.isByline(text, text.trimmed(found[k].range)) || NoticeBoundary.isNameLine(scalars, ranges[k])
            || NoticeBoundary.isStamp(scalars, ranges[k]) { return true }
        let line = Scalars.trimmed(scalars, ranges[k])
        let folded = Scalars.folded(scalars[line.start..<line.end])
        return Self.bylineOpenings.contains { folded.hasPrefix($0) }
    }

    /// Folded openings of a byline's line that `Byline` does not read: a correspondent named by role, a desk.
    static let bylineOpenings = ["par notre ", "de notre ", "by our ", "from our ", "staff ", "by staff", "de nos "]

    /// The last paragraph of the update headed by a date alone on its line at the top, in paragraph `index` (past a
    /// stored page's date: "TUESDAY 5/25/2021 10:07 a.m.", `UpdateMarker.isDateStamp`), when the page stacks its
    /// versions, each under its date: paragraphs of prose under it (a dateline may open the first), then, within
    /// `NoticeBoundary.maximumParagraphs`, the first version's label, alone or before that version's headline
    /// ("ORIGINAL:", "ORIGINAL: Crash closes all lanes of WIS 32", "Article initial :"), and a date alone under the
    /// label: the page's first version, dated as the update is, each date with its clock (a year alone, "1889", dates
    /// a work, not a version). A promise to update closing the block ("Local 5 will update this story …") is the
    /// page's, left out. Nil otherwise: a date over a story and a label over a quoted post, or over an undated original,
    /// are the page's lines (`stampedUpdateLast` reads a stamp's verb instead).
    private func datedVersionLast(_ index: Int, _ found: [ParagraphScanner.Found], _ ranges: [TextRange]) -> Int? {
        guard isAtTop, notices.isEmpty, !originalResumed else { return nil }
        let stamp = Scalars.trimmed(scalars, afterStoredDate(index, found, ranges))
        guard isDateStamp(stamp), holdsClock(stamp) else { return nil }
        var k = index + 1
        while k < found.count, k <= index + NoticeBoundary.maximumParagraphs, found[k].kind == .body,
              readsAsBody(k, found, ranges) { k += 1 }
        guard k > index + 1, k + 1 < found.count, found[k].kind == .body,
              NoticeBoundary.opensWithLabel(scalars, ranges[k])
                || (NoticeBoundary.isSeparator(scalars, ranges[k]) && !NoticeBoundary.isRule(scalars, ranges[k])),
              let dated = ((k + 1)..<min(found.count, k + 3)).first(where: {
                  found[$0].kind != .furniture || isDateStamp(Scalars.trimmed(scalars, ranges[$0]))
              }),
              isDateStamp(Scalars.trimmed(scalars, ranges[dated])), holdsClock(Scalars.trimmed(scalars, ranges[dated]))
        else { return nil }
        var last = k - 1
        while last > index + 1, NoticeBoundary.isPending(scalars, ranges[last]) { last -= 1 }
        return last > index && !NoticeBoundary.isPending(scalars, ranges[last]) ? last : nil
    }

    /// The paragraphs that head a live log's entries by repeating the poster's name over each, with the entry's
    /// date or clock ("Ultimate Rugby Sep 9", "La rédaction 22:10" over "La rédaction 21:05"): a line of at most
    /// `entryHeadingWords` words, opening on a letter, with no sentence's end (a clock's "p.m." apart) and no handle
    /// (a post's signature repeats under each post), that ends on a date (a month's name and a number) or a clock
    /// (`TimeOfDay`), the name before it the same on `entryHeadingRepeats` lines or more, the first among the page's
    /// first `entryHeadingReach` paragraphs
    /// (a log from the top, not a thread of comments under a story), each over a paragraph of its own. A log's clocks
    /// change from entry to entry, in one order (two entries may share a minute): the same clock on every line is a
    /// programme's or a card's ("Salle des fêtes 20:30"). With a date alone, the same on every line, a log is told from
    /// a page of cards by one author ("Jane Doe Jan 5" over each recipe) by its length: `dayLogRepeats` entries at
    /// least. Empty on most pages.
    private func repeatedEntryHeadings(_ found: [ParagraphScanner.Found], _ ranges: [TextRange]) -> Set<Int> {
        var byName: [String: [(index: Int, clock: Int?)]] = [:]
        for k in found.indices where found[k].kind != .update && k + 1 < found.count {
            let line = Scalars.trimmed(scalars, ranges[k])
            guard line.length > 0, line.length <= UpdateMarker.longestDateStamp, found[k + 1].kind != .furniture,
                  !scalars[line.start..<line.end].contains("\n"), !"!?:".unicodeScalars.contains(scalars[line.end - 1]),
                  // Not an embedded post's signature, repeated under each post ("— Discord (@discordapp) March 16, 2020").
                  Scalars.isLetter(scalars[line.start]), !scalars[line.start..<line.end].contains("@")
            else { continue }
            // The clock closing the line, read as the reader reads any hour (`TimeOfDay`: "22:10", "21h05", "9:45
            // p.m."), or else a month's name and a day's number.
            var clock: Int?
            var nameEnd = line.end
            for i in stride(from: line.end - 1, to: line.start, by: -1)
                where Scalars.isDigit(scalars[i]) && Scalars.isSpace(scalars[i - 1]) && line.end - i <= Self.longestClock {
                if let time = TimeOfDay.read(scalars, at: i, limit: line.end),
                   Scalars.trimmed(scalars, TextRange(time.end, line.end)).length == 0 {
                    clock = time.minutes
                    nameEnd = i
                }
            }
            // A full stop ends the line only as a clock's ("9:45 p.m."): a sentence heads no entry.
            guard clock != nil || scalars[line.end - 1] != "." else { continue }
            let words = Scalars.folded(scalars[line.start..<nameEnd]).split { !$0.isLetter && !$0.isNumber }.map(String.init)
            guard words.count <= Self.entryHeadingWords else { continue }
            let name: ArraySlice<String>
            if clock != nil {
                name = words[...]
            } else if words.count >= 3, let last = words.last, last.allSatisfy(\.isNumber),
                      DateLine.monthNames.contains(words[words.count - 2]) {
                name = words.dropLast(2)
            } else {
                continue
            }
            guard !name.isEmpty, !name.contains(where: { DateLine.monthNames.contains($0) || $0.allSatisfy(\.isNumber) }) else { continue }
            byName[name.joined(separator: " "), default: []].append((k, clock))
        }
        var headings = Set<Int>()
        for list in byName.values where list.count >= Self.entryHeadingRepeats && list[0].index < Self.entryHeadingReach
            && zip(list, list.dropFirst()).allSatisfy({ $1.index > $0.index + 1 }) {
            let clocks = list.compactMap(\.clock)
            if clocks.isEmpty {
                guard list.count >= Self.dayLogRepeats else { continue }
            } else {
                // Clocks on every line, not all the same, in one order (two entries may share a minute).
                guard clocks.count == list.count, Set(clocks).count > 1,
                      zip(clocks, clocks.dropFirst()).allSatisfy({ $0 >= $1 }) || zip(clocks, clocks.dropFirst()).allSatisfy({ $0 <= $1 })
                else { continue }
            }
            headings.formUnion(list.map(\.index))
        }
        return headings
    }

    /// The most scalars of the clock that closes a live entry's heading ("12:45 p.m.").
    static let longestClock = 10
    /// The most words of a live entry's repeated heading: a poster's name and a date.
    static let entryHeadingWords = 8
    /// How many times a poster's name repeats, at least, to head a live log's entries.
    static let entryHeadingRepeats = 3
    /// How many entries, at least, a log dated by its day alone holds (see `repeatedEntryHeadings`).
    static let dayLogRepeats = 6
    /// The paragraph of the page among whose first ones the first repeated heading stands.
    static let entryHeadingReach = 5

    /// Whether `range` holds a clock ("10:07 a.m.", "9h16"): a version's time, not a year ("1889") nor a month.
    private func holdsClock(_ range: TextRange) -> Bool {
        UpdateMarker.holdsClock(Array(scalars[range.start..<range.end])[...])
    }

    /// Whether `line` (trimmed) is a date alone (`UpdateMarker.isDateStamp`), a version's date.
    private func isDateStamp(_ line: TextRange) -> Bool {
        line.length > 0 && line.length <= UpdateMarker.longestDateStamp && UpdateMarker.isDateStamp(scalars, line)
    }

    /// The first separator below paragraph `index` (`NoticeBoundary.isSeparator`: a rule, or the first version's label
    /// alone on its line), within `NoticeBoundary.separatorReach`, over nothing but the report's prose (`readsAsBody`,
    /// no dateline, no label opening a paragraph); nil when anything else comes first.
    private func separatorBelow(_ index: Int, _ found: [ParagraphScanner.Found], _ ranges: [TextRange]) -> Int? {
        var k = index + 1
        while k < found.count, k <= index + NoticeBoundary.separatorReach {
            guard found[k].kind == .body else { return nil }
            if NoticeBoundary.isSeparator(scalars, ranges[k]) { return k }
            guard readsAsBody(k, found, ranges), !NoticeBoundary.opensWithDateline(scalars, ranges[k]) else { return nil }
            k += 1
        }
        return nil
    }

    /// The paragraph of the first version's label that closes an update with no marker starting at paragraph `index`:
    /// the page's first paragraph of prose, opening with a dateline as a newsroom's rewrite does ("AUGUSTA, Maine (AP)
    /// — …": a film review's, an audit's, a bill's or a blogger's section over "Original story" does not), at the top
    /// with no notice above, then paragraphs of prose only and, within `NoticeBoundary.separatorReach`, a news story's
    /// first version named alone on its line
    /// ("Original story posted below:", "earlier story", `NoticeBoundary.namesEarlierStory`) over the first version:
    /// as many paragraphs of prose as the update has at least, a wire story's headline first maybe. Nil otherwise. A
    /// rule alone ("-----"), a post's or a translation's original ("Original post:", "Lire l'article original"), a
    /// navigation link ("Previous story:"), a label over a credit or a link, or a label that opens a paragraph
    /// ("Earlier: Boeing machinists reject …") do not do.
    private func unmarkedUpdateLabel(_ index: Int, _ found: [ParagraphScanner.Found], _ ranges: [TextRange]) -> Int? {
        guard isAtTop, notices.isEmpty, !originalResumed, readsAsBody(index, found, ranges),
              NoticeBoundary.opensWithDateline(scalars, afterStoredDate(index, found, ranges)),
              UpdateLinker.endsSentence(scalars, Scalars.trimmed(scalars, ranges[index])),
              paragraphs.allSatisfy({ $0.kind != .body || !UpdateLinker.endsSentence(scalars, Scalars.trimmed(scalars, $0.range)) }),
              let k = separatorBelow(index, found, ranges), NoticeBoundary.namesEarlierStory(scalars, ranges[k])
        else { return nil }
        // The first version under it, as long as the update at least: paragraphs of prose, a headline first maybe (a
        // republishing credit or a link under the label is no story).
        let needed = k - index
        let below = (k + 1)..<min(found.count, k + 2 + needed)
        let prose = below.filter { found[$0].kind == .body && readsAsBody($0, found, ranges)
            && UpdateLinker.endsSentence(scalars, Scalars.trimmed(scalars, ranges[$0])) }
        return prose.count >= needed ? k : nil
    }

    /// The line of paragraph `index` (past a stored page's date), and its label's length, when it tells, at the top,
    /// what the update added
    /// (`NoticeBoundary.updatedWithLabelLength`: "UPDATED with …", "UPDATES WITH …", "Mis à jour avec …"): no notice
    /// above, one sentence or a line in capitals, its participle in capitals as a newsroom sets it or the page's very
    /// first line; over a paragraph of the report that ends a sentence, and no changelog's entry among the next
    /// `changelogReach` paragraphs. Nil otherwise: a release note says "Updated with bug fixes" over a list, a product
    /// review "Updated with USB-C and a bigger screen." under its title (the twenty-first session's review).
    private func topUpdatedWithLine(_ index: Int, _ found: [ParagraphScanner.Found], _ ranges: [TextRange]) -> (TextRange, Int)? {
        // (The report may start under the page's lines: a byline.)
        guard isAtTop, notices.isEmpty, !originalResumed,
              let report = ((index + 1)..<min(found.count, index + 3)).first(where: { found[$0].kind != .furniture }),
              found[report].kind == .body else { return nil }
        let line = Scalars.trimmed(scalars, afterStoredDate(index, found, ranges))
        guard line.length > 0, !scalars[line.start..<line.end].contains("\n"),
              let label = NoticeBoundary.updatedWithLabelLength(scalars, line) else { return nil }
        let capitalLabel = NoticeBoundary.isInCapitals(scalars, TextRange(line.start, line.start + label), least: 4)
        let firstLine = !paragraphs.contains(where: { $0.kind == .body })
        // On the page's first line with its participle in capitals, no sentence's end is needed ("UPDATED with end of
        // standoff").
        guard capitalLabel || firstLine,
              UpdateLinker.endsSentence(scalars, line) || NoticeBoundary.isInCapitals(scalars, line) || (capitalLabel && firstLine),
              readsAsBody(report, found, ranges), UpdateLinker.endsSentence(scalars, Scalars.trimmed(scalars, ranges[report]))
        else { return nil }
        let below = report..<min(found.count, report + Self.changelogReach)
        guard !below.contains(where: { NoticeBoundary.opensAsChangelogEntry(scalars, Scalars.trimmed(scalars, ranges[$0])) })
        else { return nil }
        return (line, label)
    }

    /// How many paragraphs under a line telling what an update added are read for a changelog's entries.
    static let changelogReach = 3

    /// A notice that is one line of paragraph `paragraph`, its first `labelLength` scalars its marker.
    private mutating func addLineNotice(_ line: TextRange, labelLength: Int, paragraph: TextRange) {
        appendParagraph(Paragraph(range: paragraph, kind: .update))
        notices.append(ArticleNotice(
            marker: Scalars.normalizedText(scalars, TextRange(line.start, line.start + labelLength)),
            text: Scalars.normalizedText(scalars, line), range: line))
    }

    /// Paragraph `index` past the date a stored page sets before its text ("date 2017-10-02 COLORADO SPRINGS, Colo. —
    /// …", `PageFurniture.dateStampEnd`).
    private func afterStoredDate(_ index: Int, _ found: [ParagraphScanner.Found], _ ranges: [TextRange]) -> TextRange {
        let bytes = found[index].range
        let start = text.skipSpaces(from: bytes.lowerBound, to: bytes.upperBound)
        guard let after = PageFurniture.dateStampEnd(text, start..<bytes.upperBound) else { return ranges[index] }
        // The stamp and the spaces around it are ASCII: as many scalars as bytes.
        return TextRange(ranges[index].start + (after - bytes.lowerBound), ranges[index].end)
    }

    /// The update with no marker over paragraphs `first` to the label's paragraph `label` (`unmarkedUpdateLabel`): the
    /// label is its marker; its text, the paragraphs above the label.
    private mutating func addUnmarkedUpdate(first: Int, label: Int, _ ranges: [TextRange]) {
        for k in first..<label { appendParagraph(Paragraph(range: ranges[k], kind: .update)) }
        appendParagraph(Paragraph(range: ranges[label], kind: .body))
        paragraphsTaken += label - first - 1
        let marker = Scalars.trimmed(scalars, ranges[label])
        let body = Scalars.trimmed(scalars, TextRange(ranges[first].start, ranges[label - 1].end))
        var markerEnd = marker.end
        while markerEnd > marker.start, scalars[markerEnd - 1] == ":" || Scalars.isSpace(scalars[markerEnd - 1]) { markerEnd -= 1 }
        notices.append(ArticleNotice(
            marker: Scalars.normalizedText(scalars, TextRange(marker.start, markerEnd)), text: Scalars.normalizedText(scalars, body),
            range: TextRange(body.start, marker.end)))
    }

    /// The update headed by the stamp in paragraph `stamp`, over the paragraphs after it to `last`: the stamp is its
    /// marker, the paragraphs its text.
    private mutating func addStampedUpdate(stamp: Int, last: Int, _ ranges: [TextRange], marker: TextRange? = nil) {
        for k in stamp...last { appendParagraph(Paragraph(range: ranges[k], kind: .update)) }
        paragraphsTaken += last - stamp - 1
        let marker = marker ?? Scalars.trimmed(scalars, ranges[stamp])
        let body = Scalars.trimmed(scalars, TextRange(ranges[stamp + 1].start, ranges[last].end))
        notices.append(ArticleNotice(
            marker: Scalars.normalizedText(scalars, marker), text: Scalars.normalizedText(scalars, body),
            range: TextRange(marker.start, body.end)))
    }

    /// A notice that is the page (a right of reply, a published correction) over `paragraphs`, marked by the phrase
    /// that names it wherever it stands in the first: it amends an article printed elsewhere. (Even over a story the
    /// page prints again under a correction: linked to that story's sentences, the one such development page's note
    /// took two wrong links and put its required claim no higher.)
    private mutating func addPageNotice(marker: TextRange, paragraphs: ClosedRange<Int>, _ ranges: [TextRange]) {
        for k in paragraphs { appendParagraph(Paragraph(range: ranges[k], kind: .update)) }
        paragraphsTaken += paragraphs.count - 1
        let range = Scalars.trimmed(scalars, TextRange(ranges[paragraphs.lowerBound].start, ranges[paragraphs.upperBound].end))
        notices.append(ArticleNotice(
            marker: Scalars.normalizedText(scalars, marker), text: Scalars.normalizedText(scalars, range), range: range,
            amendsElsewhere: true))
    }

    private mutating func addNotice(_ range: TextRange) {
        // A marker with no body after it is not a notice: no empty text, no id hashed from nothing.
        // A live hour written as a heading with no body under it is an entry of one line ("15h14 : réunion à Matignon").
        guard let found = UpdateMarker.match(in: scalars, at: range.start, limit: range.end),
              let match = found.bodyStart < range.end ? found : UpdateMarker.liveLine(in: scalars, at: range.start, limit: range.end),
              match.bodyStart < range.end else { return }
        // A notice its marker closes ends there; one wholly in square brackets ("[UPDATE: Or Not]") is what they hold.
        // So is one wholly in parentheses ("(Update: …)"), whose marker's match ends on the closing parenthesis.
        let closesOnBracket = match.end.map { $0 < scalars.count && (scalars[$0] == "]" || scalars[$0] == ")") } ?? false
        let begin = (scalars[range.start] == "[" || scalars[range.start] == "(") && closesOnBracket ? match.marker.start : range.start
        var end = min(range.end, match.end ?? range.end)
        // A pipe that closes a headline's cell ("**Update** | Schools reopen on Tuesday |") is the page's layout.
        while end > match.bodyStart, scalars[end - 1] == "|" || Scalars.isSpace(scalars[end - 1]) { end -= 1 }
        let range = TextRange(begin, end)
        // The emphasis that opened the label and closes the text ("***Mise à jour : le courant est rétabli***") is
        // the page's type, not the notice's words.
        var textEnd = range.end
        if scalars[range.start] == "*" || scalars[range.start] == "_" {
            while textEnd > match.bodyStart, scalars[textEnd - 1] == "*" || scalars[textEnd - 1] == "_" { textEnd -= 1 }
        }
        notices.append(ArticleNotice(
            marker: Scalars.normalizedText(scalars, match.marker),
            text: Scalars.normalizedText(scalars, TextRange(match.bodyStart, textEnd)),
            range: range))
    }

    /// Reads as claims what paragraph `bytes` holds from scalar `start` on, where the report resumes after a notice:
    /// the sentences after it, and the part after it of a sentence it cuts.
    private mutating func addSentences(of bytes: Range<Int>, from start: Int, _ scanner: inout SentenceScanner, _ sentences: inout [Range<Int>]) {
        sentences.removeAll(keepingCapacity: true)
        scanner.sentences(in: bytes) { sentences.append($0) }
        for sentence in sentences {
            let sentenceRange = offsets.range(sentence)
            // A separator where the report resumes ("Original story follows.") is no claim.
            guard sentenceRange.end > start, !NoticeBoundary.isSeparator(scalars, Scalars.trimmed(scalars, sentenceRange)) else { continue }
            if sentenceRange.start >= start {
                addSentence(sentence)
            } else {
                let after = Scalars.trimmed(scalars, TextRange(start, sentenceRange.end))
                if after.length > 0 { addSentence(scalarRange: after) }
            }
        }
    }

    /// A sentence cut short by a glued notice marker, given in scalars.
    private mutating func addSentence(scalarRange range: TextRange) {
        let isQuestion = ArticleReader.isQuestion(scalars, range)
        guard isQuestion || ArticleReader.isClaimLike(scalars, range) else { return }
        record(Scalars.normalizedText(scalars, range), range, isQuestion: isQuestion)
    }

    private mutating func addSentence(_ bytes: Range<Int>) {
        let range = offsets.range(bytes)
        let isQuestion = ArticleReader.isQuestion(scalars, range)
        // Furniture the page glued to the report's sentences ("… 5 mars. A lire aussi... (Rédigé par …)") is not a claim;
        // a reading suggestion that reads as a whole sentence ("Voir aussi l'arrêté du maire : la baignade reste
        // interdite jusqu'à lundi.") is, as its paragraph is the report's (`read`).
        let isReport = !PageFurniture.isFurnitureSentence(text, bytes)
            || (NoticeBoundary.suggestsReading(scalars, range) && !NoticeBoundary.readsAsLink(scalars, range))
        guard isQuestion || (ArticleReader.isClaimLike(scalars, range) && isReport) else { return }
        record(text.normalizedString(bytes), range, isQuestion: isQuestion)
    }

    /// Adds a sentence to the claims or the questions, or one more occurrence to the same text seen before.
    /// Each list is changed in place: passing it `inout` to a method of `self` would copy it at every call.
    private mutating func record(_ sentenceText: String, _ range: TextRange, isQuestion: Bool) {
        let key = ByteKey(sentenceText)
        if isQuestion {
            if let existing = questionIndex[key] {
                questions[existing].occurrences.append(range)
            } else {
                questionIndex[key] = questions.count
                questions.append(ArticleSentence(text: sentenceText, occurrences: [range], details: details(of: range)))
            }
        } else if let existing = claimIndex[key] {
            claims[existing].occurrences.append(range)
        } else {
            claimIndex[key] = claims.count
            claims.append(ArticleSentence(text: sentenceText, occurrences: [range], details: details(of: range)))
        }
    }

    private func details(of range: TextRange) -> ClaimDetails {
        guard readsDetails else { return ClaimDetails() }
        return ClaimDetailsReader(scalars: scalars, language: language).details(of: range)
    }
}

