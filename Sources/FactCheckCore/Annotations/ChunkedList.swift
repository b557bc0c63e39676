/// The claims of an annotation set.
public typealias ClaimList = ChunkedList<ClaimAnnotation>

/// An array that shares structure between versions, so that an edit of one element copies a chunk of elements and
/// the chunk references, never the whole list: the claims of an annotation set, the history of a claim.
///
/// Elements live in chunks of `chunkSize`; every chunk is full except the last, which is never empty. A copy of the
/// list shares every chunk; changing one element of a copy copies that chunk alone (and the array of chunk
/// references). Two versions that share chunks compare and diff chunk by chunk, skipping the shared ones.
///
/// - Complexity: reading an element is O(1); replacing or appending one is O(*n* / `chunkSize` + `chunkSize`)
///   when the list is shared, amortised O(1) when it is not; other insertions and removals rebuild the chunks, O(*n*).
public struct ChunkedList<Element: Equatable & Sendable>: Sendable {
    /// How many elements a chunk holds.
    public static var chunkSize: Int { 32 }

    private var chunks: [[Element]]
    /// How many elements the list holds.
    public private(set) var count: Int

    /// An empty list.
    public init() {
        chunks = []
        count = 0
    }

    /// The elements of `elements`, in order.
    public init<S: Sequence>(_ elements: S) where S.Element == Element {
        self.init()
        append(contentsOf: elements)
    }

    /// The indices of the elements that differ between `self` and `other`, in order; nil when the two lists do not
    /// have the same length.
    ///
    /// - Complexity: O(1) for two copies of one list; else O(*n* / `chunkSize`) for chunks the two lists share, plus
    ///   O(`chunkSize`) per chunk they do not.
    public func indicesDiffering(from other: ChunkedList) -> [Int]? {
        guard count == other.count else { return nil }
        // Two copies of one list (a claim no edit touched, in two versions of a set) share their array of chunks:
        // equal in O(1), without a walk over their chunks, which would make each edit cost O(history).
        if Self.sameChunkArray(chunks, other.chunks) { return [] }
        var indices: [Int] = []
        for (c, chunk) in chunks.enumerated() where !Self.sameStorage(chunk, other.chunks[c]) {
            let theirs = other.chunks[c]
            for i in chunk.indices where chunk[i] != theirs[i] {
                indices.append(c * Self.chunkSize + i)
            }
        }
        return indices
    }

    /// How many elements, from the first, `self` and `other` have in common.
    ///
    /// - Complexity: O(*n* / `chunkSize`) for chunks the two lists share, plus O(`chunkSize`) for the first they do not.
    public func sharedPrefixCount(with other: ChunkedList) -> Int {
        if count == other.count, Self.sameChunkArray(chunks, other.chunks) { return count }
        var shared = 0
        for (c, chunk) in chunks.enumerated() where c < other.chunks.count {
            let theirs = other.chunks[c]
            if chunk.count == theirs.count, Self.sameStorage(chunk, theirs) {
                shared += chunk.count
                continue
            }
            let common = chunk.withUnsafeBufferPointer { x in
                theirs.withUnsafeBufferPointer { y in
                    var i = 0
                    while i < x.count, i < y.count, x[i] == y[i] { i += 1 }
                    return i
                }
            }
            shared += common
            if common < Self.chunkSize { break }
        }
        return shared
    }

    /// The first `k` elements (all, when there are fewer), sharing every whole chunk with `self`.
    public func keepingFirst(_ k: Int) -> ChunkedList {
        guard k < count else { return self }
        let k = Swift.max(0, k)
        var result = self
        let whole = k / Self.chunkSize
        let rest = k % Self.chunkSize
        result.chunks.removeLast(chunks.count - whole - (rest > 0 ? 1 : 0))
        if rest > 0 { result.chunks[whole] = Array(chunks[whole].prefix(rest)) }
        result.count = k
        return result
    }

    /// Whether two arrays of chunks are one buffer (then the lists are equal without looking at their chunks).
    private static func sameChunkArray(_ a: [[Element]], _ b: [[Element]]) -> Bool {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress && x.count == y.count } }
    }

    /// Whether two chunks are one buffer (then they are equal without comparing elements).
    private static func sameStorage(_ a: [Element], _ b: [Element]) -> Bool {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress && x.count == y.count } }
    }
}

extension ChunkedList: RandomAccessCollection, MutableCollection {
    /// 0.
    public var startIndex: Int { 0 }
    /// `count`.
    public var endIndex: Int { count }

    /// The element at `position`.
    public subscript(position: Int) -> Element {
        get {
            precondition(position >= 0 && position < count, "index out of range")
            return chunks[position / Self.chunkSize][position % Self.chunkSize]
        }
        _modify {
            precondition(position >= 0 && position < count, "index out of range")
            yield &chunks[position / Self.chunkSize][position % Self.chunkSize]
        }
    }
}

extension ChunkedList: RangeReplaceableCollection {
    /// Appends `element`: to the last chunk, or in a new one when it is full.
    public mutating func append(_ element: Element) {
        if let last = chunks.indices.last, chunks[last].count < Self.chunkSize {
            chunks[last].append(element)
        } else {
            var chunk: [Element] = []
            chunk.reserveCapacity(Self.chunkSize)
            chunk.append(element)
            chunks.append(chunk)
        }
        count += 1
    }

    /// Appends every element of `elements`.
    public mutating func append<S: Sequence>(contentsOf elements: S) where S.Element == Element {
        for element in elements { append(element) }
    }

    /// Replaces the elements in `range` with `elements`; appending at the end keeps the chunks, anything else
    /// rebuilds them.
    public mutating func replaceSubrange<C: Collection>(_ range: Range<Int>, with elements: C) where C.Element == Element {
        if range.isEmpty, range.lowerBound == count {
            append(contentsOf: elements)
            return
        }
        var all = Array(self)
        all.replaceSubrange(range, with: elements)
        self = ChunkedList(all)
    }

    /// Keeps room for `minimumCapacity` elements' chunk references.
    public mutating func reserveCapacity(_ minimumCapacity: Int) {
        chunks.reserveCapacity((minimumCapacity + Self.chunkSize - 1) / Self.chunkSize)
    }
}

extension ChunkedList: ExpressibleByArrayLiteral {
    /// A list of the elements written.
    public init(arrayLiteral elements: Element...) {
        self.init(elements)
    }
}

extension ChunkedList: Equatable {
    /// Same elements in the same order; chunks both lists share are not compared element by element.
    public static func == (lhs: ChunkedList, rhs: ChunkedList) -> Bool {
        lhs.indicesDiffering(from: rhs)?.isEmpty ?? false
    }
}
