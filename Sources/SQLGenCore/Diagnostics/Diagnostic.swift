// Diagnostics: what went wrong, where, and how it is printed.

public enum Severity: String, Sendable {
    case error
    case warning
}

/// One problem found in the user's input, with the place it was found when there is one.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public var severity: Severity
    public var message: DiagnosticMessage
    public var position: SourcePosition?

    public init(_ message: DiagnosticMessage, at position: SourcePosition? = nil, severity: Severity = .error) {
        self.message = message
        self.position = position
        self.severity = severity
    }

    /// `file:line:column: error: message`, the source line and a caret under the column, then the hint.
    public var description: String {
        var text = ""
        if let position {
            text += "\(position): "
        }
        text += "\(severity.rawValue): \(message.text)"
        if let position {
            let line = position.lineText
            let prefix = line.prefix(position.column - 1)
            text += "\n\(line)\n" + String(prefix.map { $0 == "\t" ? "\t" : " " }) + "^"
        }
        if let hint = message.hint {
            text += "\nhint: \(hint)"
        }
        return text
    }
}

/// A message's text, kept apart from its position so that each message is a named value
/// (see the extensions in Messages.swift) and tests can compare them.
public struct DiagnosticMessage: Sendable, Equatable {
    public var text: String
    public var hint: String?

    public init(_ text: String, hint: String? = nil) {
        self.text = text
        self.hint = hint
    }
}

/// Thrown by any stage that cannot go on; carries every diagnostic found so far.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public init(_ message: DiagnosticMessage, at position: SourcePosition? = nil) {
        self.diagnostics = [Diagnostic(message, at: position)]
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

/// Collects diagnostics while a stage carries on, so one run reports every problem.
public struct DiagnosticBag: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public mutating func error(_ message: DiagnosticMessage, at position: SourcePosition?) {
        diagnostics.append(Diagnostic(message, at: position))
    }

    public mutating func warning(_ message: DiagnosticMessage, at position: SourcePosition?) {
        diagnostics.append(Diagnostic(message, at: position, severity: .warning))
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }
}

/// Suggests the closest known spelling for a typo, or nil when nothing is close.
public func closestMatch(to word: String, in candidates: some Sequence<String>) -> String? {
    var best: (name: String, distance: Int)?
    let limit = max(1, word.count / 3)
    for candidate in candidates {
        let distance = editDistance(word, candidate)
        if distance <= limit, distance < (best?.distance ?? Int.max) {
            best = (candidate, distance)
        }
    }
    return best?.name
}

/// Levenshtein distance over characters.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
