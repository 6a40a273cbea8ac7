// The error of every reader of a graph file (GraphML, JSON Lines, edge lists): what is wrong, and where
// — file, line, column — so the user can open the file at the place.

/// Why a graph file could not be read, and where.
public struct GraphFileError: Error, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }
}
