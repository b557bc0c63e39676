#if canImport(Glibc)
import Glibc
#endif
import Dispatch

/// Work spread over the processors, results kept in order: how `report` and `check` use both cores.
enum ParallelMap {
    /// Processors online (at least 1).
    static var processors: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// `body(0) … body(count - 1)` on `jobs` threads, each taking every `jobs`-th index, returned in index order.
    /// - Complexity: `count` calls of `body`, about `count / jobs` on each thread.
    static func map<Result: Sendable>(_ count: Int, jobs: Int = processors, _ body: @Sendable (Int) -> Result) -> [Result] {
        guard count > 0 else { return [] }
        let slots = Slots<Result>(count: count)
        defer { slots.release() }
        let workers = max(1, min(jobs, count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var i = worker
            while i < count {
                slots.set(i, body(i))
                i += workers
            }
        }
        return (0..<count).compactMap { slots.take($0) }
    }
}

/// One slot per index, each written by exactly one worker and read after all have finished.
private final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    func set(_ i: Int, _ value: Value) { storage[i] = value }

    func take(_ i: Int) -> Value? {
        defer { storage[i] = nil }
        return storage[i]
    }

    func release() {
        storage.deinitialize()
        storage.deallocate()
    }
}
