// The parser: tokens to statements, one function per grammar rule.

import Foundation

/// A recursive-descent parser for the statements and expressions revision files use. On a syntax
/// error it records a diagnostic and skips to the next line, so one run reports every broken line.
public struct Parser {
    let file: SourceFile
    let tokens: [Token]
    let literals: [StringLiteral]
    /// The file's bytes, where names are read from.
    let bytes: [UInt8]
    var index = 0
    var diagnostics = DiagnosticBag()
    /// The parser's own recursion (brackets, prefix operators, `**`, `lambda`), bounded so that
    /// deep input cannot overflow the stack; see `nest()`.
    var depth = 0
    /// Top-level functions whose bodies are skipped, not parsed: a command that does not run
    /// `downgrade()` does not pay for reading it (nor stop at its syntax).
    var skippedFunctions: Set<String> = []

    public init(file: SourceFile, tokens: [Token], literals: [StringLiteral]) {
        self.file = file
        self.tokens = tokens
        self.literals = literals
        self.bytes = file.bytes
    }

    /// Parses a whole file: lexing, then the statement list.
    /// `skippingBodiesOf` names top-level functions whose bodies are passed over: they come out
    /// as functions with no statements. The lexer does not tokenize those bodies either (see
    /// `Lexer.skipFunctionBody()`): a header read costs little more than the header's lines.
    public static func parse(_ file: SourceFile, skippingBodiesOf skipped: Set<String> = []) -> (statements: [Statement], diagnostics: [Diagnostic]) {
        var lexer = Lexer(file: file)
        lexer.skippedFunctions = skipped
        lexer.run()
        let parsed = parse(file, lexer.tokens, lexer.literals, lexer.diagnostics.diagnostics, skippingBodiesOf: skipped)
        // What the lexer did not report inside a body it passed over belongs to a skipped
        // function, which no one reads, only when the body ends up inside one. A `def` line that
        // a decorator or the recovery from an earlier error swallows makes no function: then
        // the body's problems are the module's, and the file is read again, every byte lexed.
        let attributed = lexer.skippedBodies.allSatisfy { body in
            parsed.statements.indices.contains { index in
                guard case .function(let name, _, _) = parsed.statements[index].kind, skipped.contains(name) else { return false }
                let end = index + 1 < parsed.statements.count ? parsed.statements[index + 1].offset : file.bytes.count + 1
                return parsed.statements[index].offset <= body.lowerBound && body.upperBound <= end
            }
        }
        guard attributed else {
            let (tokens, literals, lexDiagnostics) = Lexer.tokenize(file)
            return parse(file, tokens, literals, lexDiagnostics, skippingBodiesOf: skipped)
        }
        return parsed
    }

    /// The statements of a file already lexed.
    static func parse(_ file: SourceFile, _ tokens: [Token], _ literals: [StringLiteral], _ lexDiagnostics: [Diagnostic],
                      skippingBodiesOf skipped: Set<String>) -> (statements: [Statement], diagnostics: [Diagnostic]) {
        var parser = Parser(file: file, tokens: tokens, literals: literals)
        parser.skippedFunctions = skipped
        let statements = parser.parseModule()
        // Runaway nesting or indentation stops the lexer, which reports it; what the parser says
        // about the cut-off rest of the file (an expression or block that never ends) is noise.
        var parseDiagnostics = parser.diagnostics.diagnostics
        let gaveUp = lexDiagnostics.first { $0.message == .nestingTooDeep(Lexer.maximumNesting) || $0.message == .indentationTooDeep(Limits.indentation) }
        if let cutOff = gaveUp?.position?.offset {
            parseDiagnostics.removeAll { ($0.position?.offset ?? 0) >= cutOff }
        }
        return (statements, lexDiagnostics + parseDiagnostics)
    }

    // MARK: Token access

    var current: Token { tokens[index] }

    /// The text of a name token.
    func text(of token: Token) -> String {
        String(decoding: bytes[token.offset..<token.end], as: UTF8.self)
    }

    /// How a token reads in a message: `'('`, `'foo'`, `end of file`.
    func describe(_ token: Token) -> String {
        switch token.kind {
        case .name: return "'\(text(of: token))'"
        case .keyword(let keyword): return "'\(keyword.rawValue)'"
        case .integer(let value): return "'\(value)'"
        case .bigInteger: return "'\(text(of: token))'"
        case .float(let value): return "'\(value)'"
        case .string: return "a string"
        case .symbol(let symbol): return "'\(symbol.rawValue)'"
        case .newline: return "end of line"
        case .indent: return "an indented block"
        case .dedent: return "the end of an indented block"
        case .end: return "end of file"
        }
    }

    func peek(_ distance: Int = 1) -> Token {
        tokens[min(index + distance, tokens.count - 1)]
    }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    func isSymbol(_ symbol: Symbol) -> Bool {
        if case .symbol(symbol) = current.kind { return true }
        return false
    }

    func isKeyword(_ keyword: Keyword) -> Bool {
        if case .keyword(keyword) = current.kind { return true }
        return false
    }

    mutating func consumeSymbol(_ symbol: Symbol) -> Bool {
        guard isSymbol(symbol) else { return false }
        advance()
        return true
    }

    mutating func consumeKeyword(_ keyword: Keyword) -> Bool {
        guard isKeyword(keyword) else { return false }
        advance()
        return true
    }

    struct SyntaxError: Error {}

    /// Requires a symbol; records `expected 'x'` and throws to the statement level otherwise.
    mutating func expect(_ symbol: Symbol) throws(SyntaxError) {
        guard consumeSymbol(symbol) else {
            throw fail(.expected("'\(symbol.rawValue)'", found: describe(current)))
        }
    }

    mutating func fail(_ message: DiagnosticMessage, at offset: Int? = nil) -> SyntaxError {
        diagnostics.error(message, at: file.position(at: offset ?? current.offset))
        return SyntaxError()
    }

    /// Counts one more level of recursion; the caller undoes it with `defer { depth -= 1 }`.
    mutating func nest() throws(SyntaxError) {
        depth += 1
        guard depth <= Limits.expressionHeight else {
            throw fail(.expressionTooDeep(Limits.expressionHeight))
        }
    }

    /// Builds an expression node, refusing one higher than `Limits.expressionHeight`. Chains are
    /// built in loops, not by recursion, so this, not `nest()`, is what bounds `a + b + c ...`.
    mutating func node(_ kind: Expression.Kind, at offset: Int) throws(SyntaxError) -> Expression {
        let expression = Expression(kind, at: offset)
        guard expression.height <= Limits.expressionHeight else {
            throw fail(.expressionTooDeep(Limits.expressionHeight))
        }
        return expression
    }

    mutating func expectName() throws(SyntaxError) -> String {
        guard case .name = current.kind else {
            throw fail(.expected("a name", found: describe(current)))
        }
        let name = text(of: current)
        advance()
        return name
    }

    // MARK: Statements

    mutating func parseModule() -> [Statement] {
        var statements: [Statement] = []
        while current.kind != .end {
            if current.kind == .newline || current.kind == .indent || current.kind == .dedent {
                if current.kind == .indent {
                    diagnostics.error(.unexpectedIndent, at: file.position(at: current.offset))
                    skipBlock()
                    continue
                }
                advance()
                continue
            }
            if !skippedFunctions.isEmpty, current.kind == .keyword(.def), case .name = peek().kind, skippedFunctions.contains(text(of: peek())) {
                statements.append(skipFunction())
                continue
            }
            parseStatement(into: &statements)
        }
        return statements
    }

    /// `def NAME(...):` and its block, passed over: the line up to its end (brackets hold no line
    /// break token), then the indented block if there is one.
    mutating func skipFunction() -> Statement {
        let offset = current.offset
        let name = text(of: peek())
        while current.kind != .newline && current.kind != .end { advance() }
        if current.kind == .newline { advance() }
        if current.kind == .indent { skipBlock() }
        return Statement(.function(name: name, parameters: [], body: []), at: offset)
    }

    /// One logical line, or a compound statement with its block, appended to `statements`.
    /// Appends nothing on a syntax error, after skipping to the next line.
    mutating func parseStatement(into statements: inout [Statement]) {
        do {
            switch current.kind {
            case .keyword(.def): statements.append(try parseFunction())
            case .keyword(.async) where peek().kind == .keyword(.def):
                advance()
                statements.append(try parseFunction())
            case .keyword(.with): statements.append(try parseWith())
            case .keyword(.if): statements.append(try parseIf())
            case .keyword(.for): statements.append(try parseFor())
            case .keyword(.try): statements.append(try parseTry())
            case .keyword(.class), .keyword(.while), .keyword(.async), .symbol(.at):
                statements.append(try parseUnsupportedCompound())
            default:
                try parseSimpleStatements(into: &statements)
            }
        } catch {
            recoverToNextLine()
        }
    }

    mutating func recoverToNextLine() {
        while current.kind != .newline && current.kind != .end {
            advance()
        }
        advance()
        if current.kind == .indent { skipBlock() }
    }

    /// Skips an indented block whose INDENT is the current token.
    mutating func skipBlock() {
        var level = 0
        repeat {
            if current.kind == .indent { level += 1 }
            if current.kind == .dedent { level -= 1 }
            advance()
        } while level > 0 && current.kind != .end
    }

    /// `simple (';' simple)* NEWLINE`
    mutating func parseSimpleStatements(into statements: inout [Statement]) throws(SyntaxError) {
        statements.append(try parseSimpleStatement())
        while consumeSymbol(.semicolon) {
            if current.kind == .newline { break }
            statements.append(try parseSimpleStatement())
        }
        try expectEndOfLine()
    }

    mutating func expectEndOfLine() throws(SyntaxError) {
        if current.kind == .newline {
            advance()
        } else if current.kind != .end && current.kind != .dedent {
            throw fail(.expected("end of line", found: describe(current)))
        }
    }

    mutating func parseSimpleStatement() throws(SyntaxError) -> Statement {
        let offset = current.offset
        switch current.kind {
        case .keyword(.pass):
            advance()
            return Statement(.pass, at: offset)
        case .keyword(.import):
            return try parseImport()
        case .keyword(.from):
            return try parseFromImport()
        case .keyword(.raise):
            advance()
            if current.kind == .newline || isSymbol(.semicolon) || current.kind == .end {
                return Statement(.raise(nil), at: offset)
            }
            let value = try parseExpression()
            if consumeKeyword(.from) { _ = try parseExpression() }
            return Statement(.raise(value), at: offset)
        case .keyword(.return):
            advance()
            if current.kind == .newline || isSymbol(.semicolon) || current.kind == .end {
                return Statement(.returnStatement(nil), at: offset)
            }
            return Statement(.returnStatement(try parseExpressionList()), at: offset)
        case .keyword(let keyword) where [.global, .nonlocal, .del, .assert, .break, .continue, .yield].contains(keyword):
            while current.kind != .newline && current.kind != .end && !isSymbol(.semicolon) { advance() }
            return Statement(.unsupported(keyword.rawValue), at: offset)
        default:
            return try parseExpressionStatement()
        }
    }

    /// Expression statements and assignments: `x`, `a = b = c`, `x: T = v`, `x += 1`.
    mutating func parseExpressionStatement() throws(SyntaxError) -> Statement {
        let offset = current.offset
        let first = try parseExpressionList()
        if consumeSymbol(.colon) {
            let annotation = try parseExpression()
            var value: Expression?
            if consumeSymbol(.equal) { value = try parseExpressionList() }
            return Statement(.annotatedAssign(target: first, annotation: annotation, value: value), at: offset)
        }
        if case .symbol(let symbol) = current.kind, let augmented = symbol.augmentedOperator {
            advance()
            let value = try parseExpressionList()
            return Statement(.augmentedAssign(target: first, operator: augmented, value: value), at: offset)
        }
        guard isSymbol(.equal) else {
            return Statement(.expression(first), at: offset)
        }
        var targets = [first]
        var value = first
        while consumeSymbol(.equal) {
            value = try parseExpressionList()
            targets.append(value)
        }
        targets.removeLast()
        return Statement(.assign(targets: targets, value: value), at: offset)
    }

    /// `import a.b as c, d`
    mutating func parseImport() throws(SyntaxError) -> Statement {
        let offset = current.offset
        advance()
        var names: [ImportedName] = []
        repeat {
            let name = try parseDottedName()
            var alias: String?
            if consumeKeyword(.as) { alias = try expectName() }
            names.append(ImportedName(name: name, alias: alias))
        } while consumeSymbol(.comma)
        return Statement(.importModules(names), at: offset)
    }

    /// `from a.b import (c as d, e)`, `from . import x`, `from x import *`
    mutating func parseFromImport() throws(SyntaxError) -> Statement {
        let offset = current.offset
        advance()
        var module = ""
        while isSymbol(.dot) || isSymbol(.ellipsis) {
            module += isSymbol(.dot) ? "." : "..."
            advance()
        }
        if !isKeyword(.import) { module += try parseDottedName() }
        guard consumeKeyword(.import) else {
            throw fail(.expected("'import'", found: describe(current)))
        }
        if consumeSymbol(.star) {
            return Statement(.importFrom(module: module, names: [ImportedName(name: "*", alias: nil)]), at: offset)
        }
        let parenthesised = consumeSymbol(.leftParenthesis)
        var names: [ImportedName] = []
        repeat {
            if parenthesised && isSymbol(.rightParenthesis) { break }
            let name = try expectName()
            var alias: String?
            if consumeKeyword(.as) { alias = try expectName() }
            names.append(ImportedName(name: name, alias: alias))
        } while consumeSymbol(.comma)
        if parenthesised { try expect(.rightParenthesis) }
        return Statement(.importFrom(module: module, names: names), at: offset)
    }

    mutating func parseDottedName() throws(SyntaxError) -> String {
        var name = try expectName()
        while consumeSymbol(.dot) {
            name += "." + (try expectName())
        }
        return name
    }

    /// `def name(params) -> T: block`
    mutating func parseFunction() throws(SyntaxError) -> Statement {
        let offset = current.offset
        advance()
        let name = try expectName()
        try expect(.leftParenthesis)
        var parameters: [Parameter] = []
        var afterStar = false
        while !isSymbol(.rightParenthesis) {
            var kind: Parameter.Kind = afterStar ? .keywordOnly : .positional
            if consumeSymbol(.star) {
                kind = .variadic
                afterStar = true
            } else if consumeSymbol(.doubleStar) {
                kind = .keywords
            } else {
                _ = consumeSymbol(.slash)
            }
            if case .name = current.kind {
                let name = text(of: current)
                advance()
                if consumeSymbol(.colon) { _ = try parseExpression() }
                var defaultValue: Expression?
                if consumeSymbol(.equal) { defaultValue = try parseExpression() }
                parameters.append(Parameter(name: name, kind: kind, defaultValue: defaultValue))
            }
            if !consumeSymbol(.comma) { break }
        }
        try expect(.rightParenthesis)
        if consumeSymbol(.arrow) { _ = try parseExpression() }
        let body = try parseBlock()
        return Statement(.function(name: name, parameters: parameters, body: body), at: offset)
    }

    /// `: NEWLINE INDENT statements DEDENT`, or `: simple_statements` on the same line.
    mutating func parseBlock() throws(SyntaxError) -> [Statement] {
        try expect(.colon)
        guard current.kind == .newline else {
            var body: [Statement] = []
            try parseSimpleStatements(into: &body)
            return body
        }
        advance()
        guard current.kind == .indent else {
            throw fail(.expectedIndentedBlock)
        }
        advance()
        var body: [Statement] = []
        while current.kind != .dedent && current.kind != .end {
            if current.kind == .newline {
                advance()
                continue
            }
            if current.kind == .indent {
                diagnostics.error(.unexpectedIndent, at: file.position(at: current.offset))
                skipBlock()
                continue
            }
            parseStatement(into: &body)
        }
        if current.kind == .dedent { advance() }
        return body
    }

    /// `with a as b, c: block`
    mutating func parseWith() throws(SyntaxError) -> Statement {
        let offset = current.offset
        advance()
        let parenthesised = isSymbol(.leftParenthesis) && isParenthesisedWithItems()
        if parenthesised { advance() }
        var items: [(context: Expression, alias: Expression?)] = []
        repeat {
            if parenthesised && isSymbol(.rightParenthesis) { break }
            let context = try parseExpression()
            var alias: Expression?
            if consumeKeyword(.as) { alias = try parsePrimary() }
            items.append((context, alias))
        } while consumeSymbol(.comma)
        if parenthesised { try expect(.rightParenthesis) }
        let body = try parseBlock()
        return Statement(.with(items: items, body: body), at: offset)
    }

    /// Whether `with (` opens a parenthesised list of items (`with (a as b):`) rather than an expression.
    func isParenthesisedWithItems() -> Bool {
        var level = 0
        var position = index
        while position < tokens.count {
            switch tokens[position].kind {
            case .symbol(.leftParenthesis), .symbol(.leftBracket), .symbol(.leftBrace): level += 1
            case .symbol(.rightParenthesis), .symbol(.rightBracket), .symbol(.rightBrace):
                level -= 1
                if level == 0 {
                    return tokens[min(position + 1, tokens.count - 1)].kind == .symbol(.colon)
                }
            case .keyword(.as) where level == 1: return true
            case .newline, .end: return false
            default: break
            }
            position += 1
        }
        return false
    }

    /// `if c: block (elif c: block)* (else: block)?`
    mutating func parseIf() throws(SyntaxError) -> Statement {
        let offset = current.offset
        advance()
        var branches: [(condition: Expression, body: [Statement])] = []
        let condition = try parseExpression()
        branches.append((condition, try parseBlock()))
        var otherwise: [Statement] = []
        while true {
            if consumeKeyword(.elif) {
                let condition = try parseExpression()
                branches.append((condition, try parseBlock()))
            } else if consumeKeyword(.else) {
                otherwise = try parseBlock()
                break
            } else {
                break
            }
        }
        return Statement(.ifStatement(branches: branches, otherwise: otherwise), at: offset)
    }

    /// `for target in iterable: block`
    mutating func parseFor() throws(SyntaxError) -> Statement {
        let offset = current.offset
        advance()
        let target = try parseTargetList()
        guard consumeKeyword(.in) else { throw fail(.expected("'in'", found: describe(current))) }
        let iterable = try parseExpressionList()
        let body = try parseBlock()
        if consumeKeyword(.else) { _ = try parseBlock() }
        return Statement(.forLoop(target: target, iterable: iterable, body: body), at: offset)
    }

    /// `try: block (except [E [as n]]: block)* (else: block)? (finally: block)?`
    mutating func parseTry() throws(SyntaxError) -> Statement {
        let offset = current.offset
        advance()
        let body = try parseBlock()
        var handlers: [[Statement]] = []
        var orElse: [Statement] = []
        var finally: [Statement] = []
        while consumeKeyword(.except) {
            _ = consumeSymbol(.star)
            if !isSymbol(.colon) {
                _ = try parseExpression()
                if consumeKeyword(.as) { _ = try expectName() }
            }
            handlers.append(try parseBlock())
        }
        if consumeKeyword(.else) { orElse = try parseBlock() }
        if consumeKeyword(.finally) { finally = try parseBlock() }
        guard !handlers.isEmpty || !finally.isEmpty else {
            throw fail(.expected("'except' or 'finally'", found: describe(current)))
        }
        return Statement(.tryStatement(body: body, handlers: handlers, orElse: orElse, finally: finally), at: offset)
    }

    /// `class`, `while`, decorators: read past the whole construct, keep the keyword.
    mutating func parseUnsupportedCompound() throws(SyntaxError) -> Statement {
        let offset = current.offset
        var keyword = "decorator"
        if case .keyword(let word) = current.kind { keyword = word.rawValue }
        // Decorator lines, then the decorated definition.
        while isSymbol(.at) { skipLogicalLine() }
        // A class keeps its name, so a use of it says classes are not read (not that it is unknown).
        if current.kind == .keyword(.class), peek().kind == .name {
            let name = text(of: peek())
            if keyword == "class", let definition = parseClassDefinition(name, at: offset) { return definition }
            skipLogicalLine()
            return Statement(.classDefinition(name: name, bases: [], body: []), at: offset)
        }
        // The header and every clause (`except`, `finally`, `else`) until the construct ends.
        while true {
            skipLogicalLine()
            switch current.kind {
            case .keyword(.except), .keyword(.finally), .keyword(.else), .keyword(.elif): continue
            default: return Statement(.unsupported(keyword), at: offset)
            }
        }
    }

    /// `class Name(bases): block`, read whole so that a `TypeDecorator` subclass can be used as a
    /// column type (ApplicationTypes.swift). A class body is otherwise never run, so one this
    /// parser cannot read is passed over as before, with its diagnostics taken back: nil.
    mutating func parseClassDefinition(_ name: String, at offset: Int) -> Statement? {
        let start = index
        let reported = diagnostics
        advance()
        advance()
        do throws(SyntaxError) {
            var bases: [Argument] = []
            if consumeSymbol(.leftParenthesis) { bases = try parseArguments() }
            let body = try parseBlock()
            if diagnostics.diagnostics.count == reported.diagnostics.count {
                return Statement(.classDefinition(name: name, bases: bases, body: body), at: offset)
            }
        } catch {}
        index = start
        diagnostics = reported
        return nil
    }

    /// Skips one line and the indented block under it, if any.
    mutating func skipLogicalLine() {
        while current.kind != .newline && current.kind != .end { advance() }
        advance()
        if current.kind == .indent { skipBlock() }
    }

    // MARK: Expressions

    /// `a, b` as a tuple, or a single expression.
    mutating func parseExpressionList() throws(SyntaxError) -> Expression {
        let first = try parseExpressionOrStar()
        guard isSymbol(.comma) else { return first }
        var elements = [first]
        while consumeSymbol(.comma) {
            if isEndOfExpressionList() { break }
            elements.append(try parseExpressionOrStar())
        }
        return try node(.tuple(elements), at: first.offset)
    }

    func isEndOfExpressionList() -> Bool {
        switch current.kind {
        case .newline, .end, .symbol(.equal), .symbol(.rightParenthesis), .symbol(.colon), .symbol(.semicolon), .symbol(.rightBracket), .symbol(.rightBrace): return true
        default: return false
        }
    }

    mutating func parseExpressionOrStar() throws(SyntaxError) -> Expression {
        if isSymbol(.star) {
            let offset = current.offset
            advance()
            _ = try parseExpression()
            return Expression(.unsupported("*"), at: offset)
        }
        return try parseExpression()
    }

    /// `for` targets: names and tuples of names, without consuming `in`.
    mutating func parseTargetList() throws(SyntaxError) -> Expression {
        let first = try parseBitwiseOr()
        guard isSymbol(.comma) else { return first }
        var elements = [first]
        while consumeSymbol(.comma) {
            if isKeyword(.in) { break }
            elements.append(try parseBitwiseOr())
        }
        return try node(.tuple(elements), at: first.offset)
    }

    /// The entry point of one expression: conditionals, lambdas, `:=`.
    mutating func parseExpression() throws(SyntaxError) -> Expression {
        try nest()
        defer { depth -= 1 }
        let offset = current.offset
        if consumeKeyword(.lambda) {
            while !isSymbol(.colon) && current.kind != .newline && current.kind != .end { advance() }
            try expect(.colon)
            _ = try parseExpression()
            return Expression(.unsupported("lambda"), at: offset)
        }
        // Most expressions in a revision file are one operand (an argument, a list element)
        // followed by a token no operator level could take: they skip the levels.
        let value: Expression
        if startsAtom {
            let operand = try parsePrimary()
            if endsExpression { return operand }
            value = try parseOr(startingWith: operand)
        } else {
            value = try parseOr()
        }
        if consumeSymbol(.walrus) {
            _ = try parseExpression()
            return Expression(.unsupported(":="), at: offset)
        }
        guard isKeyword(.if), !isComprehensionContext else { return value }
        advance()
        let condition = try parseOr()
        guard consumeKeyword(.else) else { throw fail(.expected("'else'", found: describe(current))) }
        let otherwise = try parseExpression()
        return try node(.conditional(value, condition: condition, otherwise: otherwise), at: offset)
    }

    /// Set while parsing a comprehension's `for` clause, where `if` starts a filter.
    var isComprehensionContext = false

    /// Whether the current token starts an atom: an operand with no prefix operator.
    var startsAtom: Bool {
        switch current.kind {
        case .name, .integer, .bigInteger, .float, .string, .keyword(.True), .keyword(.False), .keyword(.None),
             .symbol(.leftParenthesis), .symbol(.leftBracket), .symbol(.leftBrace), .symbol(.ellipsis): true
        default: false
        }
    }

    /// Whether the current token ends an expression whatever came before it: no operator,
    /// conditional or `:=` starts with it.
    var endsExpression: Bool {
        switch current.kind {
        case .symbol(.comma), .symbol(.rightParenthesis), .symbol(.rightBracket), .symbol(.rightBrace), .symbol(.colon),
             .symbol(.equal), .symbol(.semicolon), .newline, .end: true
        default: false
        }
    }

    // The operator levels below take the expression's first operand already parsed
    // (`startingWith`, a primary) or parse it themselves (nil).

    mutating func parseOr(startingWith first: Expression? = nil) throws(SyntaxError) -> Expression {
        var left = try parseAnd(startingWith: first)
        while isKeyword(.or) {
            advance()
            left = try node(.binary("or", left, try parseAnd()), at: left.offset)
        }
        return left
    }

    mutating func parseAnd(startingWith first: Expression? = nil) throws(SyntaxError) -> Expression {
        var left = try parseNot(startingWith: first)
        while isKeyword(.and) {
            advance()
            left = try node(.binary("and", left, try parseNot()), at: left.offset)
        }
        return left
    }

    mutating func parseNot(startingWith first: Expression? = nil) throws(SyntaxError) -> Expression {
        let offset = current.offset
        if first == nil, consumeKeyword(.not) {
            try nest()
            defer { depth -= 1 }
            return try node(.unary("not", try parseNot()), at: offset)
        }
        return try parseComparison(startingWith: first)
    }

    mutating func parseComparison(startingWith first: Expression? = nil) throws(SyntaxError) -> Expression {
        var left = try parseBinary(atLeast: 1, startingWith: first)
        while true {
            var op: String?
            switch current.kind {
            case .symbol(let symbol) where symbol.isComparison:
                op = symbol.rawValue
                advance()
            case .keyword(.in):
                op = "in"
                advance()
            case .keyword(.not) where peek().kind == .keyword(.in):
                op = "not in"
                advance()
                advance()
            case .keyword(.is):
                advance()
                op = consumeKeyword(.not) ? "is not" : "is"
            default:
                break
            }
            guard let op else { return left }
            left = try node(.binary(op, left, try parseBitwiseOr()), at: left.offset)
        }
    }

    mutating func parseBitwiseOr() throws(SyntaxError) -> Expression {
        try parseBinary(atLeast: 1)
    }

    /// The left-associative binary operators from `|` to `*`, by precedence climbing: operands
    /// bind to the operator with the higher `Symbol.binaryPrecedence`.
    mutating func parseBinary(atLeast minimum: Int, startingWith first: Expression? = nil) throws(SyntaxError) -> Expression {
        var left: Expression
        if let first {
            left = try parsePower(first)
        } else {
            left = try parseUnary()
        }
        while case .symbol(let symbol) = current.kind, let precedence = symbol.binaryPrecedence, precedence >= minimum {
            advance()
            let right = try parseBinary(atLeast: precedence + 1)
            left = try node(.binary(symbol.rawValue, left, right), at: left.offset)
        }
        return left
    }

    mutating func parseUnary() throws(SyntaxError) -> Expression {
        let offset = current.offset
        if case .symbol(let symbol) = current.kind, symbol == .minus || symbol == .plus || symbol == .tilde {
            advance()
            try nest()
            defer { depth -= 1 }
            return try node(.unary(symbol.rawValue, try parseUnary()), at: offset)
        }
        if consumeKeyword(.await) {
            try nest()
            defer { depth -= 1 }
            _ = try parseUnary()
            return Expression(.unsupported("await"), at: offset)
        }
        return try parsePower(try parsePrimary())
    }

    /// `base ** operand`, or the base alone.
    mutating func parsePower(_ base: Expression) throws(SyntaxError) -> Expression {
        if consumeSymbol(.doubleStar) {
            try nest()
            defer { depth -= 1 }
            return try node(.binary("**", base, try parseUnary()), at: base.offset)
        }
        return base
    }

    /// An atom followed by `.name`, `(arguments)` and `[subscript]` trailers.
    mutating func parsePrimary() throws(SyntaxError) -> Expression {
        var value = try parseAtom()
        while true {
            if consumeSymbol(.dot) {
                value = try node(.attribute(value, try expectName()), at: value.offset)
            } else if isSymbol(.leftParenthesis) {
                advance()
                value = try node(.call(value, try parseArguments()), at: value.offset)
            } else if consumeSymbol(.leftBracket) {
                let subscriptValue = try parseSubscript()
                try expect(.rightBracket)
                value = try node(.subscripted(value, subscriptValue), at: value.offset)
            } else {
                return value
            }
        }
    }

    /// Call arguments after `(`, through `)`.
    mutating func parseArguments() throws(SyntaxError) -> [Argument] {
        var arguments: [Argument] = []
        // Most calls have a few arguments; one allocation instead of growing one by one.
        arguments.reserveCapacity(6)
        while !isSymbol(.rightParenthesis) {
            let offset = current.offset
            if consumeSymbol(.doubleStar) {
                arguments.append(Argument(label: .unpackedMapping, value: try parseExpression(), offset: offset))
            } else if consumeSymbol(.star) {
                arguments.append(Argument(label: .unpackedSequence, value: try parseExpression(), offset: offset))
            } else if case .name = current.kind, peek().kind == .symbol(.equal) {
                let name = text(of: current)
                advance()
                advance()
                arguments.append(Argument(label: .keyword(name), value: try parseExpression(), offset: offset))
            } else {
                var value = try parseExpression()
                if isKeyword(.for) {
                    value = try parseComprehension(.generator, value, at: value.offset)
                }
                arguments.append(Argument(label: .positional, value: value, offset: offset))
            }
            if !consumeSymbol(.comma) { break }
        }
        try expect(.rightParenthesis)
        return arguments
    }

    /// `a`, `a:b`, `a, b` inside `[...]`.
    mutating func parseSubscript() throws(SyntaxError) -> Expression {
        var elements: [Expression] = []
        repeat {
            if isSymbol(.rightBracket) { break }
            elements.append(try parseSliceItem())
        } while consumeSymbol(.comma)
        if elements.count == 1, let only = elements.first { return only }
        return try node(.tuple(elements), at: elements.first?.offset ?? current.offset)
    }

    mutating func parseSliceItem() throws(SyntaxError) -> Expression {
        let offset = current.offset
        var parts: [Expression?] = [nil]
        var isSlice = false
        if !isSymbol(.colon) { parts[0] = try parseExpression() }
        while consumeSymbol(.colon) {
            isSlice = true
            parts.append(isSymbol(.colon) || isSymbol(.rightBracket) || isSymbol(.comma) ? nil : try parseExpression())
        }
        guard isSlice else { return parts[0] ?? Expression(.none, at: offset) }
        while parts.count < 3 { parts.append(nil) }
        return try node(.slice(parts[0], parts[1], parts[2]), at: offset)
    }

    /// `for x in y if z` clauses after a comprehension's element.
    mutating func parseComprehension(_ kind: Comprehension.Kind, _ element: Expression, value: Expression? = nil,
                                     at offset: Int) throws(SyntaxError) -> Expression {
        let saved = isComprehensionContext
        isComprehensionContext = true
        defer { isComprehensionContext = saved }
        var clauses: [Comprehension.Clause] = []
        var isAsync = false
        while true {
            if isKeyword(.async) && peek().kind == .keyword(.for) {
                isAsync = true
                advance()
            }
            guard consumeKeyword(.for) else { break }
            let target = try parseTargetList()
            guard consumeKeyword(.in) else { throw fail(.expected("'in'", found: describe(current))) }
            let iterable = try parseOr()
            var conditions: [Expression] = []
            while consumeKeyword(.if) { conditions.append(try parseOr()) }
            clauses.append(Comprehension.Clause(target: target, iterable: iterable, conditions: conditions))
        }
        if isAsync { return Expression(.unsupported("async comprehension"), at: offset) }
        return Expression(.comprehension(Comprehension(kind: kind, element: element, value: value, clauses: clauses)), at: offset)
    }

    mutating func parseAtom() throws(SyntaxError) -> Expression {
        let token = current
        switch token.kind {
        case .keyword(.True):
            advance()
            return Expression(.boolean(true), at: token.offset)
        case .keyword(.False):
            advance()
            return Expression(.boolean(false), at: token.offset)
        case .keyword(.None):
            advance()
            return Expression(.none, at: token.offset)
        case .name:
            advance()
            return Expression(.name(text(of: token)), at: token.offset)
        case .integer(let value):
            advance()
            return Expression(.integer(value), at: token.offset)
        case .bigInteger:
            advance()
            return Expression(.bigInteger(text(of: token).replacingOccurrences(of: "_", with: "")), at: token.offset)
        case .float(let value):
            advance()
            return Expression(.float(value), at: token.offset)
        case .string:
            return parseStrings()
        case .symbol(.ellipsis):
            advance()
            return Expression(.ellipsis, at: token.offset)
        case .symbol(.leftParenthesis):
            return try parseParenthesised()
        case .symbol(.leftBracket):
            return try parseList()
        case .symbol(.leftBrace):
            return try parseDictOrSet()
        default:
            throw fail(.expected("an expression", found: describe(token)))
        }
    }

    /// Adjacent string literals are one string (`'a' 'b'` is `'ab'`). An f-string part keeps its
    /// prefix so the evaluator can interpolate it; mixing plain and f parts joins them under `f`
    /// with the plain parts' braces escaped.
    mutating func parseStrings() -> Expression {
        let offset = current.offset
        // One literal alone, the usual case, needs no joining.
        if case .string(let literal) = current.kind, !peek().isString {
            advance()
            return Expression(.string(literals[literal].value, prefix: literals[literal].prefix), at: offset)
        }
        var parts: [(value: String, prefix: StringPrefix)] = []
        while case .string(let literal) = current.kind {
            parts.append((literals[literal].value, literals[literal].prefix))
            advance()
        }
        if parts.count == 1 {
            return Expression(.string(parts[0].value, prefix: parts[0].prefix), at: offset)
        }
        let isFormatted = parts.contains { $0.prefix.contains(.formatted) }
        let joined = parts.map { part in
            isFormatted && !part.prefix.contains(.formatted)
                ? part.value.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(of: "}", with: "}}")
                : part.value
        }.joined()
        let prefix: StringPrefix = isFormatted ? .formatted : (parts.contains { $0.prefix.contains(.bytes) } ? .bytes : [])
        return Expression(.string(joined, prefix: prefix), at: offset)
    }

    mutating func parseParenthesised() throws(SyntaxError) -> Expression {
        let offset = current.offset
        advance()
        if consumeSymbol(.rightParenthesis) { return Expression(.tuple([]), at: offset) }
        let first = try parseExpressionOrStar()
        if isKeyword(.for) {
            let comprehension = try parseComprehension(.generator, first, at: offset)
            try expect(.rightParenthesis)
            return comprehension
        }
        guard isSymbol(.comma) else {
            try expect(.rightParenthesis)
            return first
        }
        var elements = [first]
        while consumeSymbol(.comma) {
            if isSymbol(.rightParenthesis) { break }
            elements.append(try parseExpressionOrStar())
        }
        try expect(.rightParenthesis)
        return try node(.tuple(elements), at: offset)
    }

    mutating func parseList() throws(SyntaxError) -> Expression {
        let offset = current.offset
        advance()
        var elements: [Expression] = []
        while !isSymbol(.rightBracket) {
            let element = try parseExpressionOrStar()
            if isKeyword(.for) {
                let comprehension = try parseComprehension(.list, element, at: offset)
                try expect(.rightBracket)
                return comprehension
            }
            elements.append(element)
            if !consumeSymbol(.comma) { break }
        }
        try expect(.rightBracket)
        return try node(.list(elements), at: offset)
    }

    mutating func parseDictOrSet() throws(SyntaxError) -> Expression {
        let offset = current.offset
        advance()
        var pairs: [(key: Expression, value: Expression)] = []
        var elements: [Expression] = []
        while !isSymbol(.rightBrace) {
            if consumeSymbol(.doubleStar) {
                _ = try parseExpression()
                pairs.append((Expression(.unsupported("**"), at: offset), Expression(.none, at: offset)))
            } else {
                let key = try parseExpression()
                var value: Expression?
                if consumeSymbol(.colon) {
                    value = try parseExpression()
                    pairs.append((key, value ?? key))
                } else {
                    elements.append(key)
                }
                if isKeyword(.for) {
                    let comprehension = try parseComprehension(value == nil ? .set : .dict, key, value: value, at: offset)
                    try expect(.rightBrace)
                    return comprehension
                }
            }
            if !consumeSymbol(.comma) { break }
        }
        try expect(.rightBrace)
        if !elements.isEmpty && pairs.isEmpty { return try node(.set(elements), at: offset) }
        if !elements.isEmpty { throw fail(.expected("':'", found: "a set element in a dict")) }
        return try node(.dict(pairs), at: offset)
    }
}
