import FactCheckCore

/// What each fuzz target does with one input, shared by the libFuzzer executables (Fuzz/) and by the regression
/// test that replays every input a fuzzer ever crashed on (Fuzz/regressions/).
///
/// Each body checks invariants with `precondition`, so a violated invariant is a crash the fuzzer reports.
public enum FuzzBodies {
    /// Decode, read, segment, link and build annotations from arbitrary bytes; every range must lie within the text,
    /// no paragraph read as a notice's may be left out of every notice, and the built annotations must survive an
    /// encode/decode round trip.
    public static func articleReader(_ bytes: [UInt8]) {
        guard let decoded = try? ArticleDecoder.decode(bytes) else { return }
        for language in [Language.french, Language.english] {
            let analysis = ArticleReader.analyze(decoded.text, language: language)
            let count = analysis.scalars.count
            for paragraph in analysis.paragraphs {
                precondition(paragraph.range.start >= 0 && paragraph.range.end <= count, "paragraph out of range")
                let sentences = SentenceSegmenter(language: language).sentences(in: Array(analysis.scalars), range: paragraph.range)
                var last = paragraph.range.start
                for sentence in sentences {
                    precondition(sentence.start >= last && sentence.end <= paragraph.range.end, "sentence out of order or range")
                    last = sentence.end
                }
            }
            // No paragraph read as a notice's is dropped: it lies in a notice, or it holds a marker and nothing after it.
            for paragraph in analysis.paragraphs where paragraph.kind == .update {
                precondition(analysis.notices.contains { $0.range.start < paragraph.range.end && paragraph.range.start < $0.range.end }
                    || UpdateMarker.holdsOnlyAMarker(analysis.scalars, paragraph.range), "a notice's paragraph in no notice")
            }
            for claim in analysis.claims + analysis.questions {
                precondition(!claim.occurrences.isEmpty, "claim without occurrence")
                for range in claim.occurrences { precondition(range.end <= count, "claim out of range") }
            }
            let set = AnnotationSet.build(from: analysis, articlePath: "fuzz.txt")
            let text = AnnotationCodec.encode(set)
            guard let again = try? AnnotationCodec.decode(Array(text.utf8)) else {
                preconditionFailure("built annotations do not decode")
            }
            precondition(again == set, "annotations do not round-trip")
        }
    }

    /// Parse arbitrary bytes as an annotation file and as a journal line; whatever loads must write back and
    /// load again to the same value, and writing must be stable.
    public static func annotationLoader(_ bytes: [UInt8]) {
        if let set = try? AnnotationCodec.decode(bytes) {
            let text = AnnotationCodec.encode(set)
            guard let again = try? AnnotationCodec.decode(Array(text.utf8)) else {
                preconditionFailure("a loaded file does not load again after saving")
            }
            precondition(again == set, "load → save → load changed the annotations")
            precondition(AnnotationCodec.encode(again) == text, "saving is not stable")
        }
        if let record = try? EditRecord.parse(line: String(decoding: bytes, as: UTF8.self)) {
            precondition((try? EditRecord.parse(line: record.jsonLine())) == record, "journal line does not round-trip")
        }
    }
}
