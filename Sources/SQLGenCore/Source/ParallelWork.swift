// Work spread over the cores with its results in order: reading files, rendering parts of a script.

import Foundation

enum ParallelWork {
    /// How many threads are worth starting for `items` pieces of work when each thread should
    /// get at least `minimumPerThread` of them: 1 means do it on this thread.
    static func threads(for items: Int, minimumPerThread: Int) -> Int {
        max(1, min(ProcessInfo.processInfo.activeProcessorCount, items / minimumPerThread))
    }

    /// `body` for every index of `0..<count`, on all cores. The results come back in index
    /// order, so whatever is built from them does not depend on the scheduling.
    static func map<Result: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        let slots = ResultSlots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.store(body(index), at: index)
        }
        return slots.take()
    }
}

/// One slot per index for `ParallelWork.map`. Each slot is written by exactly one iteration of
/// `concurrentPerform`, and read only after it has returned, so no lock is needed.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Result?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ result: Result, at index: Int) {
        slots[index] = result
    }

    func take() -> [Result] {
        slots.map { $0! }
    }
}
