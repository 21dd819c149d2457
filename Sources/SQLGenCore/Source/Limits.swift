// Every limit sqlgen puts on its input, in one place: what keeps a hostile or broken file from
// overflowing the stack, hanging a run or flooding the terminal.

/// Each limit is far above anything a revision file needs and has its own diagnostic, so a file
/// that reaches one is told which and where. The recursive walks over a file (parser, evaluator,
/// value printing, freeing a syntax tree) are bounded by `bracketNesting`, `indentation`,
/// `expressionHeight` and `valueNesting` together; the rest bound time and memory.
public enum Limits {
    /// Brackets open at once, as CPython's parser allows. The lexer counts them, and gives up
    /// on the rest of the file past this.
    public static let bracketNesting = 200

    /// Indented blocks inside one another; CPython allows 100.
    public static let indentation = 100

    /// The height of an expression's syntax tree: what every recursive walk over it needs in stack.
    /// A left-associative chain (`a + b + c`, `x.a.b`, `f()()`) is as high as it is long, though
    /// the parser builds it in a loop, so the height is counted as nodes are built (`Expression.height`).
    /// The parser's own recursion (unary operators, `not`, `**`, `lambda`, conditionals,
    /// brackets) has the same bound, and so has the evaluator's.
    public static let expressionHeight = 300

    /// Lists, tuples, dicts and model values (types, columns, SQL expressions) nested in one
    /// another in a value a name holds, and the values it holds: values grow through names
    /// (`x = [x]`, `x = (x, x)`) with no deep or long expression, and rendering or freeing one
    /// walks all of it. Kept as an upper bound beside each name (`Weight`).
    public static let valueNesting = expressionHeight
    public static let valueSize = 100_000

    /// Characters and elements the evaluator may build by operations (`+`, `%`, f-strings, string
    /// methods) in one file: eight times the largest file, so that `x = x + x` repeated stops
    /// long before it costs memory.
    public static let evaluationBudget = 8 * maximumFileSize

    /// Files larger than this are refused before reading: no revision file comes near it, and
    /// it keeps a stray data file from costing memory and time.
    public static let maximumFileSize = 8 * 1024 * 1024

    /// Steps the evaluator may take in one file: each `for` iteration counts its body's
    /// statements (loops nest as deep as blocks, and a hundred nested loops over a list would
    /// never end), each comprehension element and each call of the file's own functions one.
    /// One budget for all of them, so a file cannot spend two.
    public static let evaluationSteps = 200_000

    /// Diagnostics printed for one file, and for one run; the rest are counted ("and N more").
    public static let diagnosticsPerFile = 20
    public static let diagnosticsPerRun = 100

    /// Characters of a source line shown under a diagnostic: a window this wide around the column.
    public static let excerptWidth = 120
}
