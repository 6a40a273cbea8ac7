// The only code that calls Graphviz: DOT text in, SVG/PNG/PDF bytes out, laid out in-process by libgvc.
// Graphviz is not thread-safe, so every call goes through one lock.

import CGraphviz
import Synchronization

/// A Graphviz layout engine.
public enum LayoutEngine: String, Sendable, CaseIterable {
    case dot, neato, fdp, sfdp, circo, twopi
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

    public var description: String {
        switch self {
        case .invalidDOT(let m): return "Graphviz could not read the DOT text" + Self.detail(m)
        case .layoutFailed(let engine, let m): return "the \(engine.rawValue) layout failed" + Self.detail(m)
        case .renderingFailed(let format, let m): return "rendering \(format.rawValue) failed" + Self.detail(m)
        case .noContext: return "Graphviz could not start (is libgvc's plugin configuration installed? try libgvc6-config-update -c)"
        }
    }

    private static func detail(_ message: String) -> String {
        let trimmed = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        return trimmed.isEmpty ? "" : ": " + trimmed
    }
}

public enum Graphviz {
    private static let lock = Mutex(())

    /// Lays out `dot` with `engine` and renders it as `format`.
    public static func render(dot: String, engine: LayoutEngine = .dot, format: PictureFormat = .svg) throws(RenderError) -> [UInt8] {
        let outcome: Result<[UInt8], RenderError> = lock.withLock { _ in
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = cg_render(dot, engine.rawValue, format.rawValue, &data, &length)
            defer { if let data { cg_render_free(data) } }
            let messages = String(cString: cg_render_last_messages())
            switch Int(status) {
            case 0:
                guard let data else { return .failure(.renderingFailed(format: format, messages)) }
                return .success(data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) })
            case 1: return .failure(.invalidDOT(messages))
            case 2: return .failure(.layoutFailed(engine: engine, messages))
            case 3: return .failure(.renderingFailed(format: format, messages))
            default: return .failure(.noContext)
            }
        }
        return try outcome.get()
    }
}
