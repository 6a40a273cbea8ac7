// Running two pieces of work at the same time, for the store's bulk steps (restoring a snapshot's node
// and relationship sections, laying out both directions of a bulk load's adjacency lists).

import Dispatch

/// Runs `first` and `second` at the same time (on two threads where the machine has two cores) and
/// returns both results; when either throws, its error is rethrown (the first's when both do).
func inParallel<A: Sendable, B: Sendable, E: Error>(
    _ first: @Sendable () throws(E) -> A, _ second: @Sendable () throws(E) -> B
) throws(E) -> (A, B) {
    let results = TwoResults<A, B, E>()
    DispatchQueue.concurrentPerform(iterations: 2) { part in
        if part == 0 {
            do throws(E) { results.first = .success(try first()) } catch { results.first = .failure(error) }
        } else {
            do throws(E) { results.second = .success(try second()) } catch { results.second = .failure(error) }
        }
    }
    // Both slots are set: concurrentPerform ran both parts before returning.
    guard let first = results.first, let second = results.second else { preconditionFailure("a part of inParallel did not run") }
    return (try first.get(), try second.get())
}

/// The two results of `inParallel`. Unchecked: each part writes only its own slot, and they are read
/// after `concurrentPerform` returned, which orders the writes before the reads.
private final class TwoResults<A: Sendable, B: Sendable, E: Error>: @unchecked Sendable {
    var first: Result<A, E>?
    var second: Result<B, E>?
}
