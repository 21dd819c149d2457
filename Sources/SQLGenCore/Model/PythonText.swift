// How Python prints plain values, for the several layers that write them back out.

extension Double {
    /// The float as Python prints it: `2.0`, `1.5`, `1e-05`.
    var pythonText: String {
        if isFinite && self == rounded() && abs(self) < 1e16 {
            return String(Int(self)) + ".0"
        }
        return String(self)
    }
}

extension OptionValue {
    /// The value as a revision writes it, short, for messages: `'InnoDB'`, `True`, `a list`.
    var pythonDescription: String {
        switch self {
        case .none: "None"
        case .bool(let flag): flag ? "True" : "False"
        case .int(let number): String(number)
        case .float(let number): number.pythonText
        case .string(let text): "'\(text)'"
        case .sql(let text): "SQL text '\(text)'"
        case .list: "a list"
        case .dict: "a dict"
        }
    }
}
