import FactCheckCore

/// A claim's status and note, as an annotation file holds them: what the robustness tests compare.
struct Verdict: Equatable, Hashable, CustomStringConvertible {
    /// "unreviewed", "verified", "disputed" or "sourced".
    var status: String
    /// The note ("" when none).
    var note: String

    /// A claim nobody has touched.
    static let unreviewed = Verdict(status: "unreviewed", note: "")

    /// "verified “note”".
    var description: String { note.isEmpty ? status : "\(status) “\(note)”" }
}

/// The verdicts of an annotation file by claim number, and the conflicts it keeps.
struct VerdictMap: Equatable {
    /// Each claim's verdict, by its reading number.
    var verdicts: [Int: Verdict]
    /// Claims in conflict: both sides' verdicts, by reading number.
    var conflicts: [Int: (ours: Verdict, theirs: Verdict)] = [:]

    /// Reads the annotation file at `path` with the core's own decoder; throws when it is missing or invalid.
    static func read(_ path: String) throws -> (map: VerdictMap, set: AnnotationSet) {
        guard let bytes = Sandbox.contents(of: path) else {
            throw PseudoTerminalError(description: "\(path): cannot be read")
        }
        return try decode(bytes, path: path)
    }

    /// Decodes annotation file bytes; throws with the decoder's message when they are not a valid file.
    static func decode(_ bytes: [UInt8], path: String) throws -> (map: VerdictMap, set: AnnotationSet) {
        let set: AnnotationSet
        do {
            set = try AnnotationCodec.decode(bytes)
        } catch {
            throw PseudoTerminalError(description: "\(path) (\(bytes.count) bytes) does not decode: \(error.description)")
        }
        var map = VerdictMap(verdicts: [:])
        for claim in set.claims {
            map.verdicts[claim.n] = Verdict(status: claim.status.rawValue, note: claim.note)
            if let conflict = claim.conflict {
                map.conflicts[claim.n] = (Verdict(status: conflict.ours.status.rawValue, note: conflict.ours.note),
                                          Verdict(status: conflict.theirs.status.rawValue, note: conflict.theirs.note))
            }
        }
        return (map, set)
    }

    /// Same verdicts and same conflicts.
    static func == (a: VerdictMap, b: VerdictMap) -> Bool {
        a.verdicts == b.verdicts && a.conflicts.keys.sorted() == b.conflicts.keys.sorted()
            && a.conflicts.allSatisfy { n, pair in b.conflicts[n].map { $0.ours == pair.ours && $0.theirs == pair.theirs } ?? false }
    }

    /// The claims whose verdict differs from `other`'s, as "#n: this vs other" lines.
    func differences(from other: VerdictMap) -> [String] {
        Set(verdicts.keys).union(other.verdicts.keys).sorted().compactMap { n in
            verdicts[n] == other.verdicts[n] ? nil
                : "#\(n): \(verdicts[n].map(String.init(describing:)) ?? "missing") vs \(other.verdicts[n].map(String.init(describing:)) ?? "missing")"
        }
    }
}
