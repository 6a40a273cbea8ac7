// The only code that calls Graphviz: DOT text in, SVG/PNG/PDF bytes out, laid out by libgvc in a forked
// child process (the CGraphviz shim) — Graphviz cannot stop a layout, and a crash in it must not take the
// database down: the parent polls the child, kills it when the caller says stop (Ctrl-C), and says so
// once when a layout takes long. Calls are serialised by one lock (Graphviz's messages buffer is shared).

import CGraphviz
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A Graphviz layout engine.
public enum LayoutEngine: String, Sendable, CaseIterable {
    case dot, neato, fdp, sfdp, circo, twopi
    /// Every node where its `pos` says (a geographic picture); only overlapping nodes are spread.
    case nop
}

/// A rendered picture's format.
public enum PictureFormat: String, Sendable, CaseIterable {
    case svg, png, pdf
}

/// Why a picture could not be made.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    case invalidDOT(String)
    case layoutFailed(engine: LayoutEngine, String)
    case renderingFailed(format: PictureFormat, String)
    case noContext
    /// The caller stopped the render (Ctrl-C).
    case interrupted
    /// Graphviz died (a signal) or could not be started.
    case crashed(String)

    public var description: String {
        switch self {
        case .invalidDOT(let m): return "Graphviz could not read the DOT text" + Self.detail(m)
        case .layoutFailed(let engine, let m): return "the \(engine.rawValue) layout failed" + Self.detail(m)
        case .renderingFailed(let format, let m): return "rendering \(format.rawValue) failed" + Self.detail(m)
        case .noContext: return "Graphviz could not start (is libgvc's plugin configuration installed? try libgvc6-config-update -c)"
        case .interrupted: return "the picture was interrupted; nothing was written"
        case .crashed(let m): return "Graphviz failed" + Self.detail(m)
        }
    }

    private static func detail(_ message: String) -> String {
        let trimmed = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        return trimmed.isEmpty ? "" : ": " + trimmed
    }
}

public enum Graphviz {
    private static let lock = Mutex(())

    /// How long a layout may take before `onSlow` is called.
    public static let slowAfter: Duration = .seconds(1)

    /// Lays out `dot` with `engine` and renders it as `format`, in a child process. `shouldStop` is
    /// asked every 50 ms; when it says yes, the child is killed and the render fails with `.interrupted`.
    /// `onSlow` is called once if the work is still running after `slowAfter`.
    public static func render(
        dot: String, engine: LayoutEngine = .dot, format: PictureFormat = .svg,
        shouldStop: () -> Bool = { false }, onSlow: () -> Void = {}
    ) throws(RenderError) -> [UInt8] {
        let outcome: Result<[UInt8], RenderError> = lock.withLock { _ in
            var job = cg_render_job()
            guard cg_render_start(dot, engine.rawValue, format.rawValue, &job) == 0 else {
                return .failure(.crashed("could not start a process for Graphviz (errno \(errno))"))
            }
            let clock = ContinuousClock()
            let start = clock.now
            var warned = false
            while true {
                let state = cg_render_poll(&job, 50)
                if state == 1 { break }
                if state < 0 || shouldStop() {
                    cg_render_cancel(&job)
                    return .failure(state < 0 ? .crashed("lost the Graphviz process's answer") : .interrupted)
                }
                if !warned, clock.now - start > slowAfter {
                    warned = true
                    onSlow()
                }
            }
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = cg_render_finish(&job, &data, &length)
            defer { free(data) }
            let messages = String(cString: cg_render_last_messages())
            switch Int(status) {
            case 0:
                guard let data else { return .failure(.renderingFailed(format: format, messages)) }
                return .success(data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) })
            case 1: return .failure(.invalidDOT(messages))
            case 2: return .failure(.layoutFailed(engine: engine, messages))
            case 3: return .failure(.renderingFailed(format: format, messages))
            case 4: return .failure(.noContext)
            default: return .failure(.crashed(messages))
            }
        }
        return try outcome.get()
    }
}
