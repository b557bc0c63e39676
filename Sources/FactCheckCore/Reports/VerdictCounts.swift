/// How many claims carry each verdict.
public struct VerdictCounts: Equatable, Sendable {
    /// Claims nobody has reviewed yet (a claim in merge conflict counts here: neither side is applied).
    public var unreviewed = 0
    /// Claims found accurate.
    public var verified = 0
    /// Claims found wrong, misleading or contested.
    public var disputed = 0
    /// Claims whose source is named and recorded.
    public var sourced = 0

    /// No claims.
    public init() {}

    /// Every claim counted.
    public var total: Int { unreviewed + verified + disputed + sourced }
    /// Claims with a verdict.
    public var reviewed: Int { verified + disputed + sourced }

    /// The count for `status`.
    public subscript(status: ClaimStatus) -> Int {
        get {
            switch status {
            case .unreviewed: unreviewed
            case .verified: verified
            case .disputed: disputed
            case .sourced: sourced
            }
        }
        set {
            switch status {
            case .unreviewed: unreviewed = newValue
            case .verified: verified = newValue
            case .disputed: disputed = newValue
            case .sourced: sourced = newValue
            }
        }
    }

    /// Adds another set of counts.
    public mutating func add(_ other: VerdictCounts) {
        for status in ClaimStatus.allCases { self[status] += other[status] }
    }

    /// Reviewed claims as a whole percentage of all claims, rounded down (so 99.6 % is never shown as done);
    /// 100 when there are no claims.
    public var percentReviewed: Int { total == 0 ? 100 : reviewed * 100 / total }
}
