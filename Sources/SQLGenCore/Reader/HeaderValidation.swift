// The header check that keeps revision ids and branch labels from breaking out of the script's comments.

extension Evaluator {
    /// Reports each header value holding a character `RevisionText.isUnsafe` refuses, at the line
    /// that assigns it. `values` are in the order of `Evaluator.headerNames`, as `makeRevision`
    /// read them.
    mutating func checkHeaderText(_ values: [[String]], offsets: [String: Int]) {
        for (name, texts) in zip(Evaluator.headerNames, values) {
            guard let offset = offsets[name] else { continue }
            for text in texts {
                if let scalar = RevisionText.firstUnsafeScalar(in: text) {
                    record(EvaluationError(.unsafeHeaderText(name, text, character: scalar), at: offset))
                }
            }
        }
    }
}
