/// The three-way merge of one update notice present on both sides: relation and issuer as values, links one by one.
enum UpdateMerge {
    /// Where the notice stands in the article: derived from the text.
    private struct Anchor: Equatable {
        var marker: String, text: String, range: TextRange

        init(_ update: UpdateAnnotation) {
            (marker, text, range) = (update.marker, update.text, update.range)
        }
    }

    /// The merged update, and the conflict when the sides read it differently.
    static func merge(base: UpdateAnnotation?, ours: UpdateAnnotation, theirs: UpdateAnnotation) -> (UpdateAnnotation, MergeConflict?) {
        var merged = ours
        if let anchor = ThreeWay.pick(base: base.map(Anchor.init), ours: Anchor(ours), theirs: Anchor(theirs)), anchor != Anchor(ours) {
            merged.marker = theirs.marker
            merged.text = theirs.text
            merged.range = theirs.range
        }
        var disagree = false
        if let relation = ThreeWay.pick(base: base?.relation, ours: ours.relation, theirs: theirs.relation) {
            merged.relation = relation
        } else {
            merged.relation = base?.relation ?? ours.relation
            disagree = true
        }
        let baseIssuer: String?? = base.map { $0.issuer }
        if let issuer = ThreeWay.pick(base: baseIssuer, ours: ours.issuer, theirs: theirs.issuer) {
            merged.issuer = issuer
        } else {
            merged.issuer = base?.issuer ?? ours.issuer
            disagree = true
        }
        let (links, linksDisagree) = mergeLinks(base: base?.amends, ours: ours.amends, theirs: theirs.amends)
        merged.amends = links
        merged.unlinked = mergeSet(base: base?.unlinked, ours: ours.unlinked, theirs: theirs.unlinked)

        var conflict: MergeConflict?
        if disagree || linksDisagree {
            merged.conflict = UpdateConflict(ours: ours.reading, theirs: theirs.reading)
            conflict = .update(id: ours.id, marker: merged.marker, ours: ours.reading, theirs: theirs.reading)
        } else {
            let baseConflict: UpdateConflict?? = base.map { $0.conflict }
            merged.conflict = ThreeWay.pick(base: baseConflict, ours: ours.conflict, theirs: theirs.conflict) ?? ours.conflict
        }
        merged.extra = ThreeWay.members(base: base?.extra, ours: ours.extra, theirs: theirs.extra)
        return (merged, conflict)
    }

    /// A list of distinct ids merged by membership: an id added on one side is added, removed on one side is
    /// removed; ours' order first.
    static func mergeSet(base: [String]?, ours: [String], theirs: [String]) -> [String] {
        if ours == theirs { return ours }
        var ids = ours
        for id in theirs where !ids.contains(id) { ids.append(id) }
        return ids.filter { id in
            let inBase: Bool? = base.map { $0.contains(id) }
            return ThreeWay.pick(base: inBase, ours: ours.contains(id), theirs: theirs.contains(id)) ?? true
        }
    }

    /// Links merged by claim id, ours' order first. Two sides that changed a link differently both keep it: the
    /// confirmed state wins (an editor looked), with that side's score. A link removed on one side and changed on
    /// the other is kept and reported as a disagreement.
    static func mergeLinks(base: [Amendment]?, ours: [Amendment], theirs: [Amendment]) -> (links: [Amendment], disagree: Bool) {
        if ours == theirs { return (ours, false) }
        var ids = ours.map(\.claim)
        for link in theirs where !ids.contains(link.claim) { ids.append(link.claim) }
        var links: [Amendment] = []
        var disagree = false
        for id in ids {
            let o = ours.first { $0.claim == id }, t = theirs.first { $0.claim == id }
            let b: Amendment?? = base.map { list in list.first { $0.claim == id } }
            if let picked = ThreeWay.pick(base: b, ours: o, theirs: t) {
                if let picked { links.append(picked) }
                continue
            }
            switch (o, t) {
            case let (.some(mine), .some(other)):
                var link = mine
                if other.confirmed && !mine.confirmed || (other.confirmed == mine.confirmed && other.score > mine.score) {
                    link = other
                }
                links.append(link)
            case let (.some(only), nil), let (nil, .some(only)):
                links.append(only)
                // With no common ancestor a link on one side only was added there, not removed on the other.
                if base != nil { disagree = true }
            case (nil, nil):
                continue
            }
        }
        return (links, disagree)
    }
}
