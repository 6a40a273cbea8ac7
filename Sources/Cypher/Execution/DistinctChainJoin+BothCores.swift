// A distinct chain join on both cores. The join's work for one input row — collecting each side's paths
// and pairing their groups — reads nothing but that row and the graph, so two threads can work on rows
// of a batch at the same time, and the batch's output is then emitted in input order. The rows, their
// order and the error reported are those of the serial run: a batch's rows are emitted in order up to
// the first row whose join failed, whose error is then thrown (an error of the input is thrown after the
// rows before it); when the sink stops early, nothing after it is emitted or thrown.
//
// Preconditions (checked by `runsOnBothCores`; the serial run is taken otherwise):
// - the statement may use more than one thread (`GraphDatabase.threads`, by default the cores);
// - it does not write, so the graph and everything cached on it stay as they are while the
//   threads read them, and it is not profiled (PROFILE's counters are one table for the statement);
// - the side plans are made of Argument, Expand and Filter only, and no Filter runs a nested plan
//   (whose operators keep state of their own);
// - before the threads start, every label, type and property key the side plans name is resolved
//   (`resolveNames`): a reference caches its id when it first finds it and writes nothing otherwise, so
//   during the run the threads write only their own frames, outputs and contexts.
// The second thread has its own ExecutionContext (`init(workerOf:)`): its own regular-expression cache,
// random numbers and interruption counter, the statement's graph, parameters, clock, limits and deadline.

import Dispatch
import Synchronization

extension DistinctChainJoin {
    /// Input rows joined per batch. Large enough that starting the threads is a small part of a batch,
    /// small enough that a LIMIT above stops the work soon after it is met.
    static let rowsPerBatch = 128

    /// True when this run may take both cores (see the file's header).
    func runsOnBothCores(_ context: ExecutionContext) -> Bool {
        guard context.threads > 1, !context.statementWrites, context.profile == nil else { return false }
        return Self.readsConcurrently(left) && Self.readsConcurrently(right)
    }

    /// True when a side plan is made of operators that two threads may run at the same time.
    private static func readsConcurrently(_ plan: Operator) -> Bool {
        var op: Operator? = plan
        while let current = op {
            switch current {
            case is Argument, is Expand: break
            case let filter as Filter:
                var runsPlan = false
                filter.predicate.visit { if case .subplan = $0 { runsPlan = true } }
                if runsPlan { return false }
            default: return false
            }
            guard current.nested.isEmpty else { return false }
            op = current.input
        }
        return true
    }

    /// Resolves every name the side plans use, so that the threads find them cached.
    private func resolveNames(_ graph: PropertyGraph) {
        var op: Operator? = left
        var sides = [right]
        while let current = op ?? sides.popLast() {
            op = nil
            if let expand = current as? Expand {
                _ = expand.typeFilter.resolve(graph)
                _ = expand.toLabels.mask(graph)
            } else if let filter = current as? Filter {
                filter.predicate.visit { e in
                    switch e {
                    case .property(_, let key, _): _ = key.id(in: graph)
                    case .hasLabels(_, let labels, _): for label in labels { _ = label.id(in: graph) }
                    case .mapProjection(_, let items, _):
                        for case .property(_, let key) in items { _ = key.id(in: graph) }
                    default: break
                    }
                }
            }
            op = current.input
        }
    }

    /// The serial run's rows, computed a batch of input rows at a time on two threads.
    func runOnBothCores(_ context: ExecutionContext, _ frame: inout Frame, _ sink: Sink) throws(CypherError) -> Bool {
        // The second thread's context, made (and the names resolved) when a batch first has two rows: a
        // join run per row of an outer plan gets one row at a time and stays on this thread.
        var contexts = [context]
        var batch: [Frame] = []
        batch.reserveCapacity(Self.rowsPerBatch)

        /// Joins the batch's rows and emits their output in order; false when the sink stopped.
        func emitBatch() throws(CypherError) -> Bool {
            guard !batch.isEmpty else { return true }
            let rows = batch
            batch.removeAll(keepingCapacity: true)
            if rows.count > 1 && contexts.count == 1 {
                resolveNames(context.graph)
                contexts.append(ExecutionContext(workerOf: context))
            }
            let outputs = join(rows, contexts)
            for (row, output) in zip(rows, outputs) {
                let joined = try output.get()
                var f = row
                for s in cleared { f[s] = .null }
                var at = 0
                for _ in 0..<joined.pairs {
                    for s in leftNeeded {
                        f[s] = joined.values[at]
                        at += 1
                    }
                    for s in rightNeeded {
                        f[s] = joined.values[at]
                        at += 1
                    }
                    if try !sink(&f) { return false }
                }
            }
            return true
        }

        let input: Result<Bool, CypherError>
        do throws(CypherError) {
            input = .success(
                try runInput(context, &frame) { f throws(CypherError) in
                    batch.append(f)
                    return batch.count < Self.rowsPerBatch ? true : try emitBatch()
                })
        } catch {
            input = .failure(error)
        }
        switch input {
        case .success(let finished):
            guard finished else { return false }
            return try emitBatch()
        case .failure(let error):
            // The rows the input produced before its error come first (an error of emitBatch itself
            // left the batch empty).
            if try !emitBatch() { return false }
            throw error
        }
    }

    /// Each row's joined pairs or its error, computed by one thread per context taking rows in turn.
    private func join(_ rows: [Frame], _ contexts: [ExecutionContext]) -> [Result<JoinedPairs, CypherError>] {
        let work = BatchWork(join: self, rows: rows, contexts: contexts)
        if rows.count < 2 || contexts.count < 2 {
            work.run(worker: 0)
        } else {
            DispatchQueue.concurrentPerform(iterations: contexts.count) { work.run(worker: $0) }
        }
        return work.outputs()
    }
}

/// The shared state of one batch. Unchecked: the join and the contexts are read-only for the run (see
/// the file's header) but for each worker's own context; rows are handed out by an atomic counter, each
/// worker writes only its own `WorkerOutputs`, and those are read after `concurrentPerform` returned.
private final class BatchWork: @unchecked Sendable {
    let join: DistinctChainJoin
    let rows: [Frame]
    let contexts: [ExecutionContext]
    let next = Atomic<Int>(0)
    let done: [WorkerOutputs]

    init(join: DistinctChainJoin, rows: [Frame], contexts: [ExecutionContext]) {
        self.join = join
        self.rows = rows
        self.contexts = contexts
        done = contexts.map { _ in WorkerOutputs() }
    }

    func run(worker: Int) {
        let context = contexts[worker], mine = done[worker]
        while true {
            let i = next.add(1, ordering: .relaxed).oldValue
            guard i < rows.count else { break }
            var joined = JoinedPairs()
            do throws(CypherError) {
                _ = try join.forEachJoinedPair(context, rows[i]) { left, right in
                    joined.pairs += 1
                    joined.values.append(contentsOf: left)
                    joined.values.append(contentsOf: right)
                    return true
                }
                mine.outputs.append((i, .success(joined)))
            } catch {
                mine.outputs.append((i, .failure(error)))
            }
        }
    }

    /// The outputs in row order.
    func outputs() -> [Result<JoinedPairs, CypherError>] {
        var ordered = [Result<JoinedPairs, CypherError>](repeating: .success(JoinedPairs()), count: rows.count)
        for worker in done {
            for (row, output) in worker.outputs { ordered[row] = output }
        }
        return ordered
    }
}

/// The rows one worker joined, with their outputs.
private final class WorkerOutputs {
    var outputs: [(row: Int, output: Result<JoinedPairs, CypherError>)] = []
}

/// The pairs one input row joined: their number, and their needed values, left then right, pair after
/// pair. The number is kept apart because a pair may need no value (the query reads only the middle node).
struct JoinedPairs {
    var pairs = 0
    var values: [Value] = []
}
