// The header check that keeps revision ids and branch labels from breaking out of the script's comments.

extension Evaluator {
    /// Reports each header value holding a character `RevisionText.isUnsafe` refuses, at the line
    /// that assigns it. Values are by header name, as `makeRevision` read them.
    mutating func checkHeaderText(_ values: [String: [String]], offsets: [String: Int]) {
        for name in Evaluator.headerNames {
            guard let offset = offsets[name] else { continue }
            for text in values[name] ?? [] {
                if let scalar = RevisionText.firstUnsafeScalar(in: text) {
                    record(EvaluationError(.unsafeHeaderText(name, text, character: scalar), at: offset))
                }
            }
        }
    }
}
