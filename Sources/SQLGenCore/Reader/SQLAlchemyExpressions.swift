// SQLAlchemy expression functions beyond `text`, `true`, `false` and `null`: `literal(value)`.

extension Evaluator {
    static let literalSignature = Signature(name: "sa.literal", positional: ["value", "type_"], required: 1, keywordOnly: ["literal_execute"])

    /// `sa.literal(False)` and friends, as SQLAlchemy compiles them with literal binds: the value
    /// as a SQL literal. Nil for a name that is none of these.
    mutating func callSQLAlchemyExpression(_ shortName: String, _ arguments: [Argument], at offset: Int) throws(EvaluationError) -> Value? {
        switch shortName {
        case "and_", "or_":
            return try dataConjunction(shortName == "and_" ? "AND" : "OR", arguments, at: offset)
        case "literal":
            let bound = try bind(arguments, to: Evaluator.literalSignature, callOffset: offset)
            switch try resolved(bound["value"] ?? .none) {
            case .bool(let flag): return .sql(.boolean(flag))
            case .int(let number): return .sql(.integer(number))
            case .float(let number): return .sql(.float(number))
            case .string(let text): return .sql(.string(text))
            case .none: return .sql(.null)
            case let other: throw EvaluationError(.expectedValue("a plain value in 'sa.literal'", found: other), at: bound.offset(of: "value"))
            }
        default:
            return nil
        }
    }
}
