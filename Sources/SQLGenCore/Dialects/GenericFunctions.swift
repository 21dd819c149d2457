// SQLAlchemy's generic SQL functions (`sa.func.*`): which names it knows and how it spells them.

/// `sa.func.name(...)` is looked up case-insensitively in SQLAlchemy's registry of generic
/// functions. A registered function is written under its own lower-case name (`sa.func.MAX(x)`
/// is `max(x)`), the ANSI ones without parentheses when they have no arguments
/// (`CURRENT_TIMESTAMP`), and any other name exactly as the revision wrote it. Dialects spell a
/// few of them their own way (SQL Server's `now()` is `CURRENT_TIMESTAMP`) before asking here.
enum GenericFunctions {
    /// The registry's names, lower-case (`sqlalchemy.sql.functions._registry['_default']`).
    static let registered: Set<String> = [
        "aggregate_strings", "array_agg", "char_length", "coalesce", "concat", "count", "cube", "cume_dist", "current_date",
        "current_time", "current_timestamp", "current_user", "dense_rank", "grouping_sets", "localtime", "localtimestamp",
        "max", "min", "mode", "next_value", "now", "percent_rank", "percentile_cont", "percentile_disc", "pow", "random",
        "rank", "rollup", "session_user", "some", "sum", "sysdate", "user",
    ]

    /// The compiler's fixed spellings (`sqlalchemy.sql.compiler.FUNCTIONS`).
    static let spellings: [String: String] = [
        "coalesce": "coalesce", "current_date": "CURRENT_DATE", "current_time": "CURRENT_TIME",
        "current_timestamp": "CURRENT_TIMESTAMP", "current_user": "CURRENT_USER", "localtime": "LOCALTIME",
        "localtimestamp": "LOCALTIMESTAMP", "random": "random", "sysdate": "sysdate", "session_user": "SESSION_USER",
        "user": "USER", "cube": "CUBE", "rollup": "ROLLUP", "grouping_sets": "GROUPING SETS",
    ]

    /// The ANSI functions, written without parentheses when called without arguments.
    static let ansi: Set<String> = [
        "current_date", "current_time", "current_timestamp", "current_user", "localtime", "localtimestamp", "session_user",
        "sysdate", "user",
    ]

    /// The call as SQLAlchemy's base compiler writes it. `omitsEmptyParentheses` is Oracle's rule
    /// for a few argument-less names (`uid`), applied to the name as written.
    static func call(_ name: String, arguments: [String], omitsEmptyParentheses: (String) -> Bool = { _ in false }) -> String {
        let key = name.lowercased()
        let argumentList = "(" + arguments.joined(separator: ", ") + ")"
        guard registered.contains(key) else {
            return name + (arguments.isEmpty && omitsEmptyParentheses(name) ? "" : argumentList)
        }
        if let spelling = spellings[key] {
            return spelling + (arguments.isEmpty && ansi.contains(key) ? "" : argumentList)
        }
        if key == "count" && arguments.isEmpty { return "count(*)" }
        return key + (arguments.isEmpty && omitsEmptyParentheses(key) ? "" : argumentList)
    }
}
