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
    /// For the "and N more" diagnostic of a capped file: the N it stands for, so that a run's
    /// count of errors is the true one. Zero for every other diagnostic.
    public var omitted = 0

    public init(_ message: DiagnosticMessage, at position: SourcePosition? = nil, severity: Severity = .error) {
        self.message = message
        self.position = position
        self.severity = severity
    }

    /// How many problems this diagnostic reports: one, or the ones it stands for.
    public var count: Int { omitted > 0 ? omitted : 1 }

    /// `file:line:column: error: message`, the source line and a caret under the column, then the hint.
    public var description: String {
        var text = ""
        if let position {
            text += "\(position): "
        }
        text += "\(severity.rawValue): \(message.text)"
        // A whole-file refusal (too large, not a regular file) has a position but no text to show.
        if let position, !position.file.bytes.isEmpty {
            let (line, caretColumn) = Diagnostic.excerpt(position.lineText, column: position.column)
            let prefix = line.prefix(caretColumn - 1)
            text += "\n\(line)\n" + String(prefix.map { $0 == "\t" ? "\t" : " " }) + "^"
        }
        if let hint = message.hint {
            text += "\nhint: \(hint)"
        }
        return text
    }
}

extension Diagnostic {
    /// At most `Limits.excerptWidth` characters of `line` around `column`, marked with `...` where
    /// cut, and the column within that window: a diagnostic on a 40 KB line shows a screenful.
    static func excerpt(_ line: String, column: Int) -> (line: String, column: Int) {
        let width = Limits.excerptWidth
        guard line.utf8.count > width, line.count > width else { return (line, column) }
        let characters = Array(line)
        let start = max(0, min(column - 1 - width / 2, characters.count - width))
        let end = min(characters.count, start + width)
        let head = start > 0 ? "..." : ""
        let tail = end < characters.count ? "..." : ""
        return (head + String(characters[start..<end]) + tail, column - start + head.count)
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

/// Collects diagnostics while a stage carries on, so one run reports every problem, up to
/// `Limits.diagnosticsPerFile`: past that they are only counted, and one last diagnostic says how
/// many more there were and where the first of them is. A file of 40,000 stray characters costs
/// twenty messages, not 40,000 copies of its longest line.
public struct DiagnosticBag: Sendable {
    private var stored: [Diagnostic] = []
    private var omitted = 0
    private var omittedErrors = 0
    private var firstOmitted: SourcePosition?

    public init() {}

    /// What was recorded, ending with the "and N more" diagnostic when some were only counted.
    public var diagnostics: [Diagnostic] {
        guard omitted > 0 else { return stored }
        var more = Diagnostic(.moreDiagnostics(omitted), at: firstOmitted, severity: omittedErrors > 0 ? .error : .warning)
        more.omitted = omittedErrors > 0 ? omittedErrors : omitted
        return stored + [more]
    }

    public var hasErrors: Bool { omittedErrors > 0 || stored.contains { $0.severity == .error } }

    public mutating func error(_ message: DiagnosticMessage, at position: SourcePosition?) {
        record(Diagnostic(message, at: position))
    }

    public mutating func warning(_ message: DiagnosticMessage, at position: SourcePosition?) {
        record(Diagnostic(message, at: position, severity: .warning))
    }

    private mutating func record(_ diagnostic: Diagnostic) {
        guard stored.count >= Limits.diagnosticsPerFile else {
            stored.append(diagnostic)
            return
        }
        if omitted == 0 { firstOmitted = diagnostic.position }
        omitted += 1
        if diagnostic.severity == .error { omittedErrors += 1 }
    }

    /// Adds another stage's or file's diagnostics as they are: each was capped where it was made.
    public mutating func append(contentsOf other: [Diagnostic]) {
        stored.append(contentsOf: other)
    }
}

/// Suggests the closest known spelling for a typo, or nil when nothing is close. The distance
/// costs the product of the two lengths, so a word longer than any real name gets no suggestion,
/// and a candidate whose length alone puts it out of reach is not measured.
public func closestMatch(to word: String, in candidates: some Sequence<String>) -> String? {
    guard word.utf8.count <= 100 else { return nil }
    var best: (name: String, distance: Int)?
    let length = word.count
    let limit = max(1, length / 3)
    for candidate in candidates {
        guard candidate.utf8.count <= 400, abs(candidate.count - length) <= limit else { continue }
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
