// The syntax tree of a revision file: statements and expressions, each with its byte offset.

public struct Expression: Sendable {
    /// Only the cases that hold an expression directly are `indirect` (boxed): names, literals
    /// and lists, most of a revision file, cost no allocation of their own.
    public enum Kind: Sendable {
        case name(String)
        case integer(Int)
        /// The digits of an integer too large for `Int`.
        case bigInteger(String)
        case float(Double)
        case string(String, prefix: StringPrefix)
        case boolean(Bool)
        case none
        case ellipsis
        case list([Expression])
        case tuple([Expression])
        case set([Expression])
        case dict([(key: Expression, value: Expression)])
        indirect case attribute(Expression, String)
        indirect case call(Expression, [Argument])
        indirect case subscripted(Expression, Expression)
        indirect case slice(Expression?, Expression?, Expression?)
        indirect case unary(String, Expression)
        indirect case binary(String, Expression, Expression)
        /// `a if condition else b`
        indirect case conditional(Expression, condition: Expression, otherwise: Expression)
        /// `[x for x in xs if c]`, `{k: v for ...}`, `(x for ...)`; see `Comprehension`.
        indirect case comprehension(Comprehension)
        /// Lambdas, `await`, star expressions: parsed so the file can be read,
        /// refused by the evaluator wherever their value would matter.
        case unsupported(String)
    }

    public let kind: Kind
    /// Stored in 32 bits beside `height`, so the two take the room one `Int` did: a file is at
    /// most `Limits.maximumFileSize` bytes.
    private let storedOffset: Int32
    /// Nodes on the longest path from this one down to a leaf (a leaf is 1). Every walk over an
    /// expression recurses, and so does freeing one: the parser refuses a tree higher than
    /// `Limits.expressionHeight`, counted here as the tree is built, so no walk can run out of stack.
    public let height: Int32

    public var offset: Int { Int(storedOffset) }

    public init(_ kind: Kind, at offset: Int) {
        self.kind = kind
        self.storedOffset = Int32(clamping: offset)
        self.height = 1 &+ kind.childHeight
    }
}

extension Expression.Kind {
    /// The height of the highest expression directly inside this one; 0 for a leaf.
    var childHeight: Int32 {
        switch self {
        case .name, .integer, .bigInteger, .float, .string, .boolean, .none, .ellipsis, .unsupported: 0
        case .list(let elements), .tuple(let elements), .set(let elements): elements.maxHeight
        case .dict(let pairs): pairs.reduce(0) { max($0, $1.key.height, $1.value.height) }
        case .attribute(let base, _): base.height
        case .call(let callee, let arguments): arguments.reduce(callee.height) { max($0, $1.value.height) }
        case .subscripted(let base, let index): max(base.height, index.height)
        case .slice(let lower, let upper, let step): max(lower?.height ?? 0, upper?.height ?? 0, step?.height ?? 0)
        case .unary(_, let operand): operand.height
        case .binary(_, let left, let right): max(left.height, right.height)
        case .conditional(let value, let condition, let otherwise): max(value.height, condition.height, otherwise.height)
        case .comprehension(let comprehension):
            comprehension.clauses.reduce(max(comprehension.element.height, comprehension.value?.height ?? 0)) { highest, clause in
                max(highest, clause.target.height, clause.iterable.height, clause.conditions.maxHeight)
            }
        }
    }
}

extension [Expression] {
    var maxHeight: Int32 { reduce(0) { Swift.max($0, $1.height) } }
}

public struct Argument: Sendable {
    public enum Label: Sendable, Equatable {
        case positional
        case keyword(String)
        /// `*args`
        case unpackedSequence
        /// `**kwargs`
        case unpackedMapping
    }

    public var label: Label
    public var value: Expression
    /// Where the argument starts: its keyword, `*` or `**`, or the value itself.
    public var offset: Int
}

public struct ImportedName: Sendable, Equatable {
    /// The dotted name as imported: `sqlalchemy`, `sqlalchemy.dialects.postgresql`, `Column`.
    public var name: String
    public var alias: String?
}

public struct Statement: Sendable {
    public enum Kind: Sendable {
        case expression(Expression)
        case assign(targets: [Expression], value: Expression)
        // The three largest cases are boxed, so that a statement (nearly always an expression or
        // an assignment) is half the size to move and free.
        indirect case annotatedAssign(target: Expression, annotation: Expression, value: Expression?)
        indirect case augmentedAssign(target: Expression, operator: String, value: Expression)
        case importModules([ImportedName])
        case importFrom(module: String, names: [ImportedName])
        case function(name: String, parameters: [Parameter], body: [Statement])
        case with(items: [(context: Expression, alias: Expression?)], body: [Statement])
        case ifStatement(branches: [(condition: Expression, body: [Statement])], otherwise: [Statement])
        indirect case forLoop(target: Expression, iterable: Expression, body: [Statement])
        /// `try: body except ...: handler ... else: orElse finally: finally`. The handlers are kept
        /// only to be checked for syntax: offline, the body never raises an exception they could catch.
        indirect case tryStatement(body: [Statement], handlers: [[Statement]], orElse: [Statement], finally: [Statement])
        case raise(Expression?)
        case returnStatement(Expression?)
        case pass
        /// A statement the reader recognises but does not evaluate (`while`, `global`, `del`,
        /// ...); its keyword is kept for the message.
        case unsupported(String)
        /// `class Name...:`, read past like the unsupported statements; the name is kept so that
        /// using it (`sa.Enum(Kind)`) says classes are not supported rather than 'unknown name'.
        /// A class the parser could read whole keeps its bases and body.
        indirect case classDefinition(name: String, bases: [Argument], body: [Statement])
    }

    public var kind: Kind
    public var offset: Int

    public init(_ kind: Kind, at offset: Int) {
        self.kind = kind
        self.offset = offset
    }
}

/// A parameter of a function defined in the revision file (`def helper(table, schema=None, *args)`).
public struct Parameter: Sendable {
    public enum Kind: Sendable, Equatable {
        case positional
        /// After `*` or `*args`: given by keyword only.
        case keywordOnly
        /// `*args`
        case variadic
        /// `**kwargs`
        case keywords
    }

    public var name: String
    public var kind: Kind
    /// The default value's expression, evaluated when the function is called without it.
    public var defaultValue: Expression?
}

/// A list, set, dict or generator comprehension: the element (and, for a dict, its value)
/// computed for each combination of the `for` clauses that passes their `if` conditions.
public struct Comprehension: Sendable {
    public enum Kind: Sendable { case list, set, dict, generator }

    public struct Clause: Sendable {
        public var target: Expression
        public var iterable: Expression
        public var conditions: [Expression]
    }

    public var kind: Kind
    public var element: Expression
    /// The value of a dict comprehension (`element` is then its key).
    public var value: Expression?
    public var clauses: [Clause]
}
