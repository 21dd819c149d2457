// The messages about Python values, taking the value itself: Diagnostics names no reader type,
// so the texts in Messages.swift take the value's description and these pass it.

extension DiagnosticMessage {
    static func noAttribute(_ name: String, on value: Value) -> Self { noAttribute(name, on: value.typeDescription) }
    static func notCallable(_ value: Value) -> Self { notCallable(value.typeDescription) }
    static func expectedValue(_ what: String, found: Value) -> Self { expectedValue(what, found: found.typeDescription) }
    static func argumentType(_ name: String, function: String, expected: String, found: Value) -> Self {
        argumentType(name, function: function, expected: expected, found: found.typeDescription)
    }
    static func unexpectedColumnArgument(_ value: Value) -> Self { unexpectedColumnArgument(value.typeDescription) }
}
