// Every message sqlgen prints, as a named value: lowercase, names in single quotes, saying what to do.

extension DiagnosticMessage {
    // MARK: Files and encodings

    public static let nulByte = DiagnosticMessage("file contains a NUL byte; revision files are text", hint: "check that this is a Python source file")
    public static let invalidUTF8 = DiagnosticMessage("file is not valid UTF-8", hint: "save the file as UTF-8")
    public static func cannotReadFile(_ path: String, reason: String) -> Self {
        Self("cannot read '\(path)': \(reason)")
    }
    public static func notRegularFile(_ path: String, kind: String) -> Self {
        Self("'\(path)' is \(kind), not a regular file; revision files are read only from regular files", hint: "move it out of the revisions folder, or rename it so that it does not end in '.py'")
    }
    public static func fileTooLarge(_ path: String, bytes: Int, limit: Int) -> Self {
        Self("'\(path)' is \(bytes) bytes; revision files larger than \(limit) bytes are refused", hint: "a revision file this large is almost certainly not a revision")
    }
    public static func revisionsFolderMissing(_ path: String) -> Self {
        Self("revisions folder '\(path)' does not exist; run sqlgen from the project root, or pass '--revisions DIR'")
    }
    public static func revisionsFolderIsProject(_ path: String, versions: String) -> Self {
        Self("'\(path)' is an Alembic project, not its versions folder", hint: "pass '--revisions \(versions)', or run sqlgen where 'alembic.ini' is and leave '--revisions' out")
    }
    public static func alembicConfigWithoutScriptLocation(_ files: String) -> Self {
        Self("\(files) has no 'script_location' in its [alembic] section", hint: "add 'script_location = ...', or pass '--revisions DIR'")
    }
    public static func alembicPackageLocation(_ location: String) -> Self {
        Self("'script_location = \(location)' names a Python package resource, which sqlgen does not look up", hint: "pass '--revisions DIR' with the versions folder")
    }
    public static func badPathSeparator(_ value: String) -> Self {
        Self("'\(value)' is not a valid path_separator", hint: "use 'os', ':', ';', 'space' or 'newline', as Alembic does")
    }
    public static let noRevisionsFound = DiagnosticMessage("no revisions folder: no './revisions', no 'alembic.ini' and no [tool.alembic] in 'pyproject.toml' here",
        hint: "run sqlgen from the project root, or pass '--revisions DIR' or '--config FILE'")
    public static func revisionsFolderEmpty(_ path: String) -> Self {
        Self("revisions folder '\(path)' holds no revision files ('*.py')", hint: "pass '--revisions DIR' to point at the folder that holds them")
    }

    public static func moreDiagnostics(_ count: Int) -> Self {
        Self("and \(count) more in this file from here on, not shown", hint: "fix the ones above first; they often cause the rest")
    }
    public static func moreInRun(_ count: Int) -> Self {
        Self("and \(count) more, not shown")
    }

    // MARK: Lexer and parser

    public static let inconsistentDedent = DiagnosticMessage("unindent does not match any outer indentation level")
    public static let unexpectedIndent = DiagnosticMessage("unexpected indent")
    public static let expectedIndentedBlock = DiagnosticMessage("expected an indented block")
    public static let unsupportedNamedEscape = DiagnosticMessage("'\\N{...}' escapes are not supported", hint: "write the character itself")
    public static func unclosedBracket(_ bracket: String) -> Self { Self("'\(bracket)' was never closed") }
    public static func unmatchedBracket(_ bracket: String) -> Self { Self("unmatched '\(bracket)'") }
    public static func mismatchedBracket(closing: String, opening: String, line: Int) -> Self {
        Self("closing '\(closing)' does not match opening '\(opening)' on line \(line)")
    }
    public static func unexpectedCharacter(_ character: String) -> Self { Self("unexpected character '\(character)'") }
    public static func invalidNumber(_ text: String) -> Self { Self("invalid number '\(text)'") }
    public static func invalidEscape(_ text: String) -> Self { Self("invalid escape '\(text)' in string") }
    public static func nestingTooDeep(_ limit: Int) -> Self {
        Self("brackets nested more than \(limit) deep", hint: "no revision file needs this; check the file is what you meant")
    }
    public static func indentationTooDeep(_ limit: Int) -> Self {
        Self("blocks indented more than \(limit) levels deep", hint: "no revision file needs this; check the file is what you meant")
    }
    public static func expressionTooDeep(_ limit: Int) -> Self {
        Self("expression nested more than \(limit) levels deep (operators, calls, attributes and brackets count)", hint: "split it over several names: 'part = ...' then 'part + ...'")
    }
    public static func valueTooLarge(_ name: String, depth: Int, size: Int) -> Self {
        Self("value of '\(name)' is nested more than \(depth) levels deep or holds more than \(size) values, counted through the names it is built from", hint: "no revision file needs this; check the file is what you meant")
    }
    public static func evaluationBudgetExceeded(_ limit: Int) -> Self {
        Self("this file builds more than \(limit) characters or elements by operations", hint: "no revision file needs this; check the file is what you meant")
    }
    public static func unterminatedString(triple: Bool) -> Self {
        Self(triple ? "unterminated triple-quoted string" : "unterminated string", hint: triple ? "close it with the same three quotes" : "close the string on the same line, or use triple quotes")
    }
    public static func expected(_ what: String, found: String) -> Self { Self("expected \(what), found \(found)") }

    // MARK: Revision header

    public static let missingRevisionVariable = DiagnosticMessage("no 'revision' variable; this is not a revision file", hint: "add \"revision = '<id>'\", or move the file out of the revisions folder")
    public static func headerType(_ name: String, expected: String) -> Self { Self("'\(name)' must be \(expected)") }
    public static func missingFunction(_ name: String) -> Self {
        Self("no '\(name)()' function, so \(name == "upgrade" ? "an upgrade" : "a downgrade") cannot go through this revision",
             hint: "define 'def \(name)():' (with 'pass' if it does nothing)"
                + (name == "downgrade" ? ", or end the downgrade above this revision" : ""))
    }

    public static func stampSeveralToSeveral(_ target: String, from: [String], to: [String]) -> Self {
        Self("stamp '\(target)' moves \(quotedList(from)) to \(quotedList(to)); sqlgen stamps one revision to one, or to and from base",
             hint: "stamp each branch on its own, e.g. 'sqlgen stamp \(from.first ?? "FROM"):\(to.first ?? "TO")'")
    }

    public static func emptyRelease(_ range: String) -> Self {
        Self("the range '\(range)' holds no revision, so there is nothing to release", hint: "check '--from' and '--to' with 'sqlgen history'")
    }
    public static func cannotWriteRelease(_ folder: String, reason: String) -> Self {
        Self("cannot write the release folder '\(folder)': \(reason)")
    }

    public static func notARelease(_ folder: String) -> Self {
        Self("'\(folder)' is not a release folder: it has no readable manifest.json", hint: "name a folder 'sqlgen release' wrote, e.g. 'out/NAME'")
    }

    public static func notAHead(_ id: String) -> Self {
        Self("revision '\(id)' is not a head revision", hint: "pass '--splice' to start a new branch from it, or '--head' with a head")
    }
    public static func revisionIDInUse(_ id: String) -> Self {
        Self("revision id '\(id)' is already in use", hint: "leave '--rev-id' out for a new random id")
    }
    public static func cannotWriteFile(_ path: String, reason: String) -> Self {
        Self("cannot write '\(path)': \(reason)")
    }

    // MARK: Override files

    public static func overrideOfReadableFunction(_ path: String, function: String) -> Self {
        Self("'\(path)' replaces '\(function)()', which sqlgen can read; the override may be stale",
             hint: "delete the override file if the revision's own '\(function)()' is what should run")
    }
    public static func unreadableWithoutOverride(_ id: String, function: String, overridePath: String) -> Self {
        Self("revision '\(id)': '\(function)()' cannot be rendered",
             hint: "fix what is reported above; where no offline tool can read it, write its SQL in '\(overridePath)' (see 'Hand-written SQL' in the README)")
    }

    // MARK: Evaluation

    public static func notSupportedYet(_ what: String) -> Self {
        Self("\(what) not supported yet", hint: "write the SQL with 'op.execute(...)' for now")
    }
    public static func unsupportedStatement(_ keyword: String) -> Self {
        Self("'\(keyword)' cannot be evaluated offline", hint: "revision bodies must be straight-line 'op.*' calls")
    }
    /// `what` is a phrase; code in it is quoted by the caller (`'with'`, `keyword arguments to 'sa.func.x'`).
    public static func unsupportedExpression(_ what: String) -> Self { Self("\(what) cannot be evaluated offline") }
    public static func unsupportedCall(_ name: String) -> Self { Self("'\(name)(...)' cannot be evaluated offline") }
    public static func unsupportedOperator(_ op: String, _ operands: String) -> Self { Self("cannot apply '\(op)' to \(operands)") }
    public static let unsupportedAssignmentTarget = DiagnosticMessage("only names and tuples of names can be assigned to")
    public static func cannotUnpack(count: Int) -> Self { Self("cannot unpack this value into \(count) names") }
    public static func classNotSupported(_ name: String) -> Self {
        Self("'\(name)' is a class defined in this file; sqlgen does not read class definitions",
             hint: "write the values out where the class is used, as autogenerate does: sa.Enum('a', 'b', name='\(name.lowercased())')")
    }
    public static func functionAsValue(_ name: String) -> Self { Self("'\(name)' is a function defined in this file; sqlgen does not call it") }
    public static func unknownName(_ name: String, suggestion: String?) -> Self {
        Self("unknown name '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""), hint: suggestion == nil ? "import it, or define it above" : nil)
    }
    public static func applicationCall(_ name: String) -> Self {
        Self("'\(displayName(name))' is not part of SQLAlchemy or Alembic; sqlgen reads revisions without running application code",
             hint: "replace the call with literal values; a column type is read from the application's source when sqlgen finds it ('--source-root DIR'), or mapped in the project's type file")
    }
    public static func applicationTypeUnreadable(_ name: String, source: String, reason: String) -> Self {
        Self("'\(displayName(name))' (\(source)) is a column type sqlgen cannot read without running it: \(reason)",
             hint: "map it in the project's type file (sqlgen.types or '--types FILE'), e.g. '\(displayName(name)) = sa.String(36)'")
    }
    public static func applicationValue(_ name: String) -> Self {
        Self("'\(displayName(name))' is a value of the application (its configuration or code); sqlgen reads revisions without running application code",
             hint: "write the value as a literal, or " + overrideHint)
    }
    public static func needsLiveDatabase(_ call: String) -> Self {
        Self("'\(call)' needs a live database; offline scripts cannot query it", hint: "write the change as 'op.*' calls or 'op.execute(...)' SQL")
    }
    public static func sqlExpressionObject(_ name: String) -> Self {
        Self("'\(name)(...)' builds a SQL expression object; sqlgen does not compile those yet", hint: "write the statement as SQL in 'op.execute(...)'")
    }
    public static let ddlSubstitution = DiagnosticMessage("'sa.DDL' substitutions ('%(name)s', 'context=') are filled in by SQLAlchemy events, which do not run offline",
        hint: "write the statement out, with '%%' for a percent sign")
    public static func indexWithoutTable(_ method: String) -> Self {
        Self("'sa.Index(...).\(method)(bind)' needs the index's table", hint: "give the columns as 't.c.name' of a 'sa.Table(...)', or use 'op.create_index' / 'op.drop_index'")
    }
    public static func extensionOperation(_ name: String, package: String) -> Self {
        Self("'\(name)' is an operation of the Alembic extension '\(package)', not of Alembic; sqlgen does not run extensions",
             hint: "write the SQL it runs with 'op.execute(...)', or in an override file (see 'Hand-written SQL' in the README)")
    }
    public static func unknownOperation(_ name: String, suggestion: String?) -> Self {
        Self("unknown operation '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
    }
    public static func unknownSQLAlchemyName(_ name: String, suggestion: String?) -> Self {
        Self("unknown name '\(displayName(name))'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
    }
    public static func unknownType(_ name: String) -> Self { Self("'\(displayName(name))' is not a column type sqlgen knows") }
    static func noAttribute(_ name: String, on value: String) -> Self { Self("\(value) has no attribute '\(name)'") }
    static func notCallable(_ value: String) -> Self { Self("\(value) cannot be called") }
    static func expectedValue(_ what: String, found: String) -> Self { Self("expected \(what), found \(found)") }

    // MARK: Arguments

    public static func missingArgument(_ name: String, function: String) -> Self { Self("'\(function)' needs the argument '\(name)'") }
    public static func duplicateArgument(_ name: String, function: String) -> Self { Self("'\(function)' got the argument '\(name)' twice") }
    public static func tooManyArguments(_ function: String, maximum: Int) -> Self {
        Self("'\(function)' takes at most \(maximum) positional argument\(maximum == 1 ? "" : "s")", hint: "pass the others by keyword")
    }
    public static func unknownKeyword(_ name: String, function: String, suggestion: String?) -> Self {
        Self("'\(function)' has no argument '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
    }
    public static func batchTableArgumentsOnRebuild(_ name: String) -> Self {
        Self("argument '\(name)' of 'op.batch_alter_table' is not supported yet where SQLite rebuilds the table",
             hint: "write the SQL with 'op.execute(...)' for now, or in an override file for this dialect (NAME.upgrade.sqlite.sql)")
    }
    public static func keywordNotSupportedYet(_ name: String, function: String) -> Self {
        Self("argument '\(name)' of '\(function)' is not supported yet", hint: "write the SQL with 'op.execute(...)' for now")
    }
    static func argumentType(_ name: String, function: String, expected: String, found: String) -> Self {
        Self("argument '\(name)' of '\(function)' must be \(expected), not \(found)")
    }
    static func unexpectedColumnArgument(_ value: String) -> Self { Self("'sa.Column' does not take \(value) here") }
    public static let columnWithoutName = DiagnosticMessage("'sa.Column' needs a name as its first argument")
    public static func columnWithoutType(_ name: String) -> Self {
        Self("column '\(name)' has no type", hint: "give its type as the second argument, e.g. 'sa.Column('\(name)', sa.Integer())'")
    }
    public static func duplicateColumn(_ name: String, table: String) -> Self { Self("column '\(name)' appears twice in table '\(table)'") }
    public static func foreignKeyColumnCount(_ local: Int, _ remote: Int) -> Self {
        Self("a foreign key needs as many referenced columns as columns (\(local) and \(remote) given)")
    }
    public static let foreignKeyMixedTables = DiagnosticMessage("all referenced columns of a foreign key must be in one table")
    public static func badForeignKeyTarget(_ target: String) -> Self {
        Self("foreign key target '\(target)' is not 'table.column' or 'schema.table.column'")
    }
    public static func invalidPhrase(_ value: String, argument: String, allowed: [String]) -> Self {
        Self("'\(value)' is not a valid '\(argument)'", hint: "use one of " + allowed.map { "'\($0)'" }.joined(separator: ", "))
    }
    public static func unsupportedDialectOption(_ option: String, function: String, dialect: String) -> Self {
        Self("option '\(option)' of '\(function)' is not supported for \(dialect) yet", hint: "write the SQL with 'op.execute(...)' for now")
    }
    public static func tableShapeUnknown(_ table: String, since position: SourcePosition) -> Self {
        Self("the shape of table '\(table)' is unknown after the raw SQL at \(position), so sqlgen cannot rebuild it",
             hint: "write that change with 'op.*' calls, or do this change in raw SQL too")
    }
    public static func tableShapeUnknownAfterUnreadable(_ table: String, revision: String, at position: SourcePosition) -> Self {
        Self("this needs the shape of table '\(table)', which revision '\(revision)' may have changed, and its 'upgrade()' cannot be read (\(position))",
             hint: "make that revision readable, or give it an override file ('NAME.upgrade.sql') so its changes are known")
    }
    public static func tableShapeUnknownForSchema(_ table: String, since position: SourcePosition) -> Self {
        Self("the shape of table '\(table)' is unknown after the raw SQL at \(position), so 'schema' cannot write it",
             hint: "write that change with 'op.*' calls")
    }
    public static let rawSQLNotInSchema = DiagnosticMessage("this raw SQL is not part of the schema script",
                                                            hint: "run it before the script if the schema needs it (a schema, an extension, a view)")
    public static let bulkInsertNotInSchema = DiagnosticMessage("these 'bulk_insert' rows are not part of the schema script, which creates tables only",
                                                                hint: "insert the rows after the script, or build the database with 'sqlgen upgrade'")
    public static func tableNotInCatalog(_ table: String) -> Self {
        Self("table '\(table)' does not exist at this point of the revisions, so sqlgen cannot rebuild it",
             hint: "check the table name, or create the table in an earlier revision")
    }
    // MARK: Check

    public static func checkMissing(_ kind: String, _ name: String) -> Self {
        Self("\(kind) '\(name)' does not exist at this point of the revisions", hint: "check the name, or the order of the revisions")
    }
    public static func checkDuplicate(_ kind: String, _ name: String) -> Self {
        Self("\(kind) '\(name)' already exists at this point of the revisions")
    }
    public static func checkDowngradeDiffers(_ id: String, _ difference: String) -> Self {
        Self("the downgrade of revision '\(id)' does not restore the schema its upgrade started from: \(difference)")
    }
    public static func checkIrreversible(_ id: String) -> Self {
        Self("revision '\(id)' cannot be downgraded: its 'downgrade()' raises")
    }
    public static func checkUpgradeRaises(_ id: String) -> Self {
        Self("revision '\(id)' cannot be upgraded: its 'upgrade()' raises")
    }
    public static func rawDefaultCallsMissingFunction(_ function: String, column: String, dialect: String) -> Self {
        let when = dialect == "sqlite" ? " (SQLite creates the table and then fails every insert that needs the default)" : ""
        return Self("the raw default of column '\(column)' calls '\(function)()', which \(dialect) does not have" + when,
             hint: "call a function \(dialect) has; for the current time write 'sa.func.now()', which sqlgen spells for each dialect")
    }
    public static func mysqlIndexNeededByForeignKey(_ index: String, foreignKey: String) -> Self {
        Self("MySQL refuses to drop index '\(index)': foreign key \(foreignKey) needs it",
             hint: "drop the foreign key first, or create another index that starts with its columns")
    }
    public static func cannotRender(_ operation: String, dialect: String, reason: String) -> Self {
        Self("cannot render 'op.\(operation)' for \(dialect): \(reason)")
    }
    public static func unknownConstraintType(_ name: String) -> Self {
        Self("unknown constraint type '\(name)'", hint: "use 'foreignkey', 'primary', 'unique' or 'check'")
    }

    public static func loopOverUnknown(_ what: String) -> Self {
        Self("a loop over \(what) cannot be evaluated offline", hint: "loop over a list written in the file, or write the operations out")
    }
    public static func badFormatString(_ detail: String) -> Self { Self("cannot format this string: \(detail)") }
    public static func indexOutOfRange(_ index: Int) -> Self { Self("index \(index) is out of range") }
    public static func missingKey(_ key: String) -> Self { Self("no key \(key) in this dict") }
    public static func badDate(_ function: String) -> Self { Self("'\(function)' needs its parts as integers (year, month, day, ...)") }
    public static let badTimeZone = DiagnosticMessage("only 'datetime.timezone.utc', 'datetime.UTC' and 'datetime.timezone(datetime.timedelta(...))' time zones can be read",
                                                      hint: "write the value with a fixed UTC offset")
    public static func nonDeterministic(_ function: String) -> Self {
        Self("'\(function)' gives a different value on every run; a reviewed script must not change between runs",
             hint: "write the value as a literal")
    }
    public static let nestedBatch = DiagnosticMessage("'op.batch_alter_table' blocks cannot be nested")
    public static func batchOperationOutsideBlock(_ name: String) -> Self { Self("'batch_op.\(name)' used outside its 'with op.batch_alter_table(...)' block") }
    public static let indexWithoutName = DiagnosticMessage("an index needs a name", hint: "name it, e.g. op.f('ix_<table>_<column>')")
    public static func executeArgument(_ found: String) -> Self {
        Self("'op.execute' takes SQL as a string, 'sa.text(...)' or a statement such as 'table.update()', not \(found)",
             hint: "write the SQL as a string")
    }
    public static func dataStatementUnknownColumn(_ column: String, table: String) -> Self {
        Self("'\(table).c' has no column '\(column)'", hint: "list the column in 'sa.table('\(table)', sa.column('\(column)', ...))'")
    }
    public static func dataStatementMethod(_ name: String, on what: String) -> Self {
        Self("'.\(name)(...)' on \(what) is not compiled by sqlgen", hint: "write the statement as SQL in 'op.execute(...)'")
    }
    public static func fromSelectColumnCount(_ names: Int, selected: Int) -> Self {
        Self("'from_select' names \(names) column\(names == 1 ? "" : "s") but its select has \(selected)", hint: "name one column for each selected value")
    }
    public static func multipleTableStatement(_ verb: String, dialect: String) -> Self {
        Self("\(verb == "UPDATE" ? "an" : "a") \(verb) whose WHERE names other tables cannot be written for \(dialect), as SQLAlchemy cannot either",
             hint: "write the statement as SQL (a subquery in the WHERE) in 'op.execute(...)'")
    }
    public static func textParameterWithoutValue(_ name: String) -> Self {
        Self("':\(name)' in 'sa.text(...)' has no value", hint: "give it one with '.bindparams(\(name)=...)'; offline there is nothing to bind later")
    }
    public static func textParameterNotInText(_ name: String) -> Self {
        Self("'.bindparams(\(name)=...)' names a parameter the text does not have", hint: "write ':\(name)' in the text, or remove the value")
    }
    public static func bulkInsertUnknownColumn(_ column: String, table: String) -> Self {
        Self("row names column '\(column)', which 'sa.table('\(table)', ...)' does not list")
    }
    public static func enumFromPythonClass(_ name: String) -> Self {
        Self("'\(displayName(name))' is a Python enum class from the application; sqlgen cannot import it",
             hint: "list the values: sa.Enum('a', 'b', name='...')")
    }
    public static let badTypeMapping = DiagnosticMessage("a type mapping line is 'dotted.Name = sa.Type' or 'dotted.Name = sa.Type(arguments)'")
    public static func badTypeMappingTarget(_ text: String) -> Self { Self("'\(text)' is not a SQLAlchemy type") }

    /// `sqlalchemy.Column` as users write it: `sa.Column`.
    static func displayName(_ qualified: String) -> String {
        if qualified.hasPrefix("sqlalchemy.dialects.") { return String(qualified.dropFirst("sqlalchemy.dialects.".count)) }
        if qualified.hasPrefix("sqlalchemy.") { return "sa." + qualified.dropFirst("sqlalchemy.".count) }
        if qualified.hasPrefix("alembic.op.") { return "op." + qualified.dropFirst("alembic.op.".count) }
        return qualified
    }

    // MARK: Revision graph and targets

    public static func duplicateRevision(_ id: String, firstFile: String) -> Self {
        Self("revision '\(id)' is defined twice, here and in '\(firstFile)'", hint: "give one of them a new id")
    }
    public static func missingParent(_ parent: String, of id: String) -> Self {
        Self("revision '\(id)' names '\(parent)' as its down_revision, but no file defines '\(parent)'",
             hint: "check the id, or add the missing revision file")
    }
    public static func cycle(_ ids: [String]) -> Self {
        Self("revisions form a cycle: " + (ids + ids.prefix(1)).map { "'\($0)'" }.joined(separator: " -> "),
             hint: "one of them must name an earlier revision as its down_revision")
    }
    public static func unknownRevision(_ target: String) -> Self {
        Self("no revision '\(target)'", hint: "run 'sqlgen history' to list the revisions")
    }
    public static func ambiguousRevision(_ prefix: String, candidates: [String]) -> Self {
        Self("revision prefix '\(prefix)' is ambiguous: it matches " + candidates.map { "'\($0)'" }.joined(separator: ", "),
             hint: "give more characters of the id")
    }
    public static let emptyTarget = DiagnosticMessage("empty revision target", hint: "use 'base', 'head' or a revision id")
    public static func badRange(_ range: String) -> Self {
        Self("'\(range)' is not a range", hint: "write 'FROM:TO', e.g. 'base:head'")
    }
    public static func downgradeNeedsRange(_ target: String) -> Self {
        Self("downgrade needs a range 'FROM:TO', not '\(target)': offline, sqlgen cannot ask the database where it is",
             hint: "e.g. 'sqlgen downgrade heads:\(target)'")
    }
    public static func rangeGoesWrongWay(_ range: String, upgrading: Bool) -> Self {
        Self("range '\(range)' does not lead \(upgrading ? "up" : "down") from its start to its end",
             hint: "for the other direction use 'sqlgen \(upgrading ? "downgrade" : "upgrade")'; for \(upgrading ? "upgrade" : "downgrade") the range is \(upgrading ? "'OLDER:NEWER'" : "'NEWER:OLDER'")")
    }
    public static func irreversible(_ id: String) -> Self {
        Self("revision '\(id)' cannot be downgraded: its 'downgrade()' raises", hint: "stop the downgrade above it, or write its downgrade")
    }
    public static func illegalRevisionID(_ id: String, characters: [String]) -> Self {
        Self("revision id '\(id)' contains " + quotedList(characters) + ", which target syntax reserves",
             hint: "give the revision an id made of letters, digits and underscores, and update the files that name it")
    }
    public static func commentHasCommandLine(dialect: String, client: String) -> Self {
        Self("this comment has a line that \(client) would run as a command (such as 'GO' or '/'); \(dialect) takes a comment only as one literal, which cannot be split",
             hint: "reword that line of the comment")
    }
    public static func identifierOverDatabaseLimit(_ what: String, _ name: String, length: Int, limit: Int, bytes: Bool, dialect: String, cut: Bool) -> Self {
        let unit = bytes ? "bytes" : "characters"
        return cut
            ? Self("\(what) name '\(name)' is \(length) \(unit); \(dialect) keeps only the first \(limit), so it names something else than written",
                   hint: "shorten it; two names cut to the same \(limit) \(unit) collide")
            : Self("\(what) name '\(name)' is \(length) \(unit); \(dialect) refuses names over \(limit)", hint: "shorten it")
    }
    public static func identifierTooLong(_ what: String, _ name: String, limit: Int) -> Self {
        Self("\(what) name '\(name)' is \(name.unicodeScalars.count) characters; SQLAlchemy refuses more than \(limit) for this dialect",
             hint: "shorten it, or write it as op.f('...') to have it shortened with SQLAlchemy's hash suffix")
    }
    public static func integerOverflow(_ op: String) -> Self {
        Self("the result of '\(op)' does not fit in 64 bits; sqlgen computes integers to 64 bits only",
             hint: "write the result as an integer literal, which is kept exactly however long it is")
    }
    public static func unsafeOptionValue(_ option: String, _ value: String, expected: String) -> Self {
        Self("'\(option)' value '\(RevisionText.inert(value))' is written into the SQL unquoted and must be \(expected)",
             hint: "anything else could end the clause it belongs to; put SQL of your own in 'op.execute(...)'")
    }
    public static func unsafeHeaderText(_ header: String, _ text: String, character: Unicode.Scalar) -> Self {
        Self("'\(header)' value '\(RevisionText.inert(text))' contains '\(RevisionText.escape(character))'; control, line-break and bidirectional-text characters are refused in revision ids and branch labels",
             hint: "they would end the script's '-- Running' comment or hide what it says; use letters, digits and underscores")
    }
    public static func duplicateBranchLabel(_ label: String, of id: String, usedBy other: String) -> Self {
        Self("branch label '\(label)' of revision '\(id)' is already used by revision '\(other)'",
             hint: "labels and revision ids share one namespace; choose another label")
    }
    public static func missingDependency(_ dependency: String, of id: String) -> Self {
        Self("revision '\(id)' names '\(dependency)' in depends_on, but no revision has that id or branch label",
             hint: "check the id or label, or add the missing revision file")
    }
    public static func multipleHeads(_ argument: String, heads: [String], labels: [String]) -> Self {
        let labelHint = labels.isEmpty ? "'LABEL@head'" : labels.map { "'\($0)@head'" }.joined(separator: " or ")
        return Self("'\(argument)' is ambiguous: it names \(heads.count) heads, " + quotedList(heads),
                    hint: "use 'heads' for all of them, \(labelHint) for one branch, or a revision id")
    }
    public static func unknownBranch(_ label: String, known: [String]) -> Self {
        Self("no branch label or revision '\(label)'",
             hint: known.isEmpty ? "this project declares no branch labels; use a revision id" : "branch labels are " + quotedList(known))
    }
    public static func unknownShortPrefix(_ prefix: String) -> Self {
        // Alembic matches a prefix of any length, but only against ids and labels longer than
        // three characters; a short id itself must be given whole.
        Self("no revision '\(prefix)'", hint: "a partial id matches only ids and labels of four characters or more, whatever its own length; run 'sqlgen history' to list the revisions")
    }
    public static func notOnBranch(_ id: String, label: String) -> Self {
        Self("revision '\(id)' is not on branch '\(label)'", hint: "run 'sqlgen history' to see which revisions carry '\(label)'")
    }
    public static func notOnBranchToDowngrade(_ target: String, label: String) -> Self {
        Self("'\(target)' is not a downgrade target on branch '\(label)'", hint: "name a revision below the branch's applied revisions")
    }
    public static func ambiguousWalk(_ target: String, from id: String?, candidates: [String]) -> Self {
        let place = id.map { "'\($0)'" } ?? "the base"
        return Self("'\(target)' is ambiguous: \(place) leads to " + quotedList(candidates),
                    hint: "walk along one branch with 'LABEL@+N', or name the revision")
    }
    public static func relativeTooFar(_ target: String, upgrading: Bool) -> Self {
        Self("'\(target)' steps past \(upgrading ? "the head" : "the base"): there are not that many revisions",
             hint: "use fewer steps, or '\(upgrading ? "heads" : "base")'")
    }
    public static func relativeWrongWay(_ target: String, upgrading: Bool) -> Self {
        Self("relative target '\(target)' goes \(upgrading ? "down" : "up"), but \(upgrading ? "upgrade" : "downgrade") goes \(upgrading ? "up" : "down")",
             hint: upgrading ? "write '+N' to upgrade N steps, or 'REV-N' for the revision N below REV" : "write '-N' to downgrade N steps, or 'REV+N' for the revision N above REV")
    }
    public static func relativeStart(_ start: String) -> Self {
        Self("the start of a range cannot be relative ('\(start)'): offline, it is where the database is",
             hint: "start at 'base', a revision id, a label, 'LABEL@head' or 'heads'")
    }
    public static func ambiguousRelativeStart(_ target: String, starts: [String]) -> Self {
        Self("'\(target)' is ambiguous: the range starts at " + (starts.isEmpty ? "no revision of that branch" : quotedList(starts)),
             hint: "count from one revision with 'REV-N' or 'LABEL@-N'")
    }
    public static func startsOverlap(_ ancestor: String, _ descendant: String) -> Self {
        Self("revisions '\(ancestor)' and '\(descendant)' overlap: '\(ancestor)' is an ancestor of '\(descendant)'",
             hint: "list only the newest revision of each branch, as the version table holds them")
    }
    public static func rangeNotOnOneBranch(_ range: String) -> Self {
        Self("range '\(range)' does not lead from its start up to its end along one branch",
             hint: "put the older revision first, e.g. 'sqlgen history base:heads'")
    }
    public static func historyRange(_ range: String) -> Self {
        Self("'\(range)' is not a history range", hint: "write 'START:END', 'START:' or ':END'")
    }
    public static func versionRowsUnclear(_ id: String, upgrading: Bool) -> Self {
        Self("cannot tell which version row the \(upgrading ? "upgrade" : "downgrade") of '\(id)' changes: the range's start does not hold its parents",
             hint: "start the range at the revisions the database's version table holds")
    }

    /// `'a', 'b', 'c'`, and how many more when the list is long.
    static func quotedList(_ names: [String], limit: Int = 10) -> String {
        let shown = names.prefix(limit).map { "'\($0)'" }.joined(separator: ", ")
        return names.count > limit ? shown + " and \(names.count - limit) more" : shown
    }
}

// MARK: Offline Python and the migration context (issue 14)

extension DiagnosticMessage {
    /// The pointer every refusal of a database read ends with: the function's SQL by hand.
    static let overrideHint = "write this function's SQL in an override file ('NAME.upgrade.sql' beside the revision; see 'Hand-written SQL' in the README)"

    public static func readsDatabaseResult(_ what: String) -> Self {
        Self("\(what) reads rows from a live database; an offline script has none to read", hint: overrideHint)
    }
    public static func inspectsDatabase(_ call: String) -> Self {
        Self("'\(call)' inspects a live database; an offline script has none to inspect", hint: overrideHint)
    }
    public static let dialectNotGiven = DiagnosticMessage(
        "this depends on the target dialect, and the command renders none", hint: "pass '--dialect D' to read it for that dialect")
    public static let dialectBranchesSkipped = DiagnosticMessage(
        "this 'if' depends on the target dialect: its branches are checked but their operations are left out",
        hint: "pass '--dialect D' to check what that dialect runs")
    public static func misplacedLoopControl(_ keyword: String) -> Self { Self("'\(keyword)' outside a loop") }
    public static func callTooDeep(_ limit: Int) -> Self {
        Self("functions of this file call each other more than \(limit) deep", hint: "no revision needs this; check for unbounded recursion")
    }
    public static func evaluationTooLong(_ limit: Int) -> Self {
        Self("evaluating this file takes more than \(limit) steps (statements run by loops, comprehension elements, calls)", hint: "no revision file needs this; check for a loop that does not end")
    }
    public static func functionArguments(_ name: String, _ problem: String) -> Self { Self("'\(name)()' \(problem)") }
    public static func rangeTooLarge(_ limit: Int) -> Self { Self("'range(...)' of more than \(limit) numbers", hint: "no revision needs this many") }
    public static func exceptionRaised(_ what: String) -> Self {
        Self("this raises \(what), which stops Alembic too", hint: "fix the expression, or leave it out of the function")
    }
    public static func noNameForUnnamed(_ what: String) -> Self {
        Self("\(what) without a name: SQLAlchemy names it from its first column, which is an expression here", hint: "give it a name")
    }
    public static func dropWithoutName(_ function: String) -> Self {
        Self("'\(function)' with None as the name: Alembic cannot drop a constraint it cannot name", hint: "give the constraint's name as it is in the database")
    }
}

extension DiagnosticMessage {
    public static func defaultNameTooLong(_ name: String, limit: Int) -> Self {
        Self("SQLAlchemy would name this '\(name)', longer than the dialect's \(limit) characters, and shorten it with a hash sqlgen does not compute",
             hint: "give the name explicitly, e.g. op.f('...')")
    }
}

// MARK: Dialects and their run-time checks

extension DiagnosticMessage {
    static func sqlServerNullabilityNeedsType(_ column: String) -> Self {
        Self("SQL Server restates the type to change the nullability of '\(column)', and neither 'type_' nor 'existing_type' gives it",
             hint: "pass existing_type=..., as Alembic requires")
    }
    static func dropIndexWithoutTable(_ index: String, dialect: String) -> Self {
        Self("\(dialect) drops index '\(index)' by its table, and no 'table_name' is given", hint: "pass table_name='...'")
    }
    static func typeNotInDialect(_ type: String, dialect: String) -> Self {
        Self("\(dialect) has no \(type)", hint: "use a type \(dialect) has, or write the SQL with 'op.execute(...)'")
    }
    static func typeOfAnotherDialect(_ module: String, _ type: String, dialect: String) -> Self {
        Self("'\(module).\(type)' is a \(module) type; \(dialect) has no such type")
    }
    static func dialectTypeNotRendered(_ module: String, _ type: String) -> Self {
        Self("'\(module).\(type)' is not a type sqlgen can render yet", hint: "write the SQL with 'op.execute(...)' for now")
    }
    static func dialectOptionValue(_ option: String, expected: String, found: String) -> Self {
        Self("'\(option)' takes \(expected), not \(found)")
    }
    static let mysqlForeignKeyMatch = DiagnosticMessage("MySQL ignores 'MATCH' and then also ignores ON DELETE / ON UPDATE; remove 'match=...'")
    static func mysqlNeedsLength(_ type: String) -> Self { Self("\(type) requires a length on dialect mysql") }
    static let mysqlIndexLength = DiagnosticMessage("'mysql_length' must be a number or a dict of column names to numbers")
    static func mysqlNoSuchType(_ type: String) -> Self { Self("MySQL has no \(type) type") }
    static func mysqlDropIndexNeedsTable(_ index: String) -> Self {
        Self("MySQL drops index '\(index)' from its table; pass 'table_name=...' to 'op.drop_index'")
    }
    static func mysqlDropConstraintNeedsType(_ constraint: String) -> Self {
        Self("MySQL has no generic DROP CONSTRAINT; pass type_='foreignkey', 'primary', 'unique' or 'check' for '\(constraint)'")
    }
    static func mysqlAlterNeedsType(_ column: String) -> Self {
        Self("MySQL restates the whole column '\(column)' in MODIFY/CHANGE; pass 'existing_type=...' (and 'existing_nullable', 'existing_server_default', 'existing_comment') to 'op.alter_column'")
    }
    static func oracleFloatPrecision(_ precision: Int) -> Self {
        Self("Oracle FLOAT takes a binary precision, which a decimal precision of \(precision) does not convert to exactly",
             hint: "use 'oracle.FLOAT(binary_precision=...)', or 'sa.Float()' without a precision")
    }
    static var oracleStoredComputed: Self {
        Self("Oracle computed columns are virtual, not stored", hint: "remove 'persisted=True'")
    }
    static func sqlServerIdentityInsertWithoutIdentity(_ table: String) -> Self {
        Self("SQL Server refuses 'SET IDENTITY_INSERT \(table) ON', which bulk_insert writes as Alembic does: '\(table)' has no identity column",
             hint: "insert the rows with 'op.execute(...)' instead")
    }
    static func sqlServerRowVersionDefault(_ column: String) -> Self {
        Self("SQL Server's TIMESTAMP is a row version, which cannot have a default (column '\(column)')",
             hint: "for a date and time use sa.DateTime or mssql.DATETIME2")
    }
    static func sqlServerNoBooleanLiteral(_ column: String, _ sql: String) -> Self {
        Self("SQL Server has no '\(sql)' literal (the default of column '\(column)')", hint: "use sa.true() or sa.false(), which write 1 and 0")
    }
    static var sqlServerNoDeferrable: Self {
        Self("SQL Server constraints cannot be DEFERRABLE or INITIALLY ...", hint: "remove deferrable= and initially=")
    }
    static func noMatchClause(_ dialect: String) -> Self {
        Self("\(dialect) foreign keys take no MATCH clause", hint: "remove match=")
    }
    static func sqlServerColumnHasDependents(_ column: String, _ dependents: [String]) -> Self {
        Self("SQL Server refuses to drop column '\(column)' while these depend on it: " + dependents.joined(separator: ", "),
             hint: "drop them first")
    }
    static func oracleVarcharWithoutLength(_ column: String) -> Self {
        Self("Oracle's VARCHAR2 needs a length (column '\(column)')", hint: "give the string type a length")
    }
    static func oracleNoTimeType(_ column: String) -> Self {
        Self("Oracle has no TIME type (column '\(column)')", hint: "use sa.DateTime or sa.Interval")
    }
    static func notABooleanValue(_ value: String) -> Self {
        Self("\(value) is not a value of a Boolean column", hint: "write True, False, 1, 0 or None, as SQLAlchemy's Boolean accepts")
    }
    static let exclusionConstraintOnlyPostgreSQL = DiagnosticMessage("exclusion constraints exist only on PostgreSQL")
    static func noArrayTypes(_ dialect: String) -> Self { Self("\(dialect) has no array types") }
    static func inColumn(_ column: String, _ message: DiagnosticMessage) -> Self { Self("column '\(column)': " + message.text, hint: message.hint) }
    static func mysqlTableOptionNotString(_ key: String) -> Self { Self("table option 'mysql_\(key.lowercased())' must be a string") }
    static let mysqlCommentNeedsAlterColumn = DiagnosticMessage("MySQL changes a column comment with the whole column definition; use 'op.alter_column' with 'existing_type'")
    static func singleWordOption(_ option: String) -> Self { Self("'\(option)' must be a single word such as 'BTREE' or 'FULLTEXT'") }
    static let postgresEnumNeedsName = DiagnosticMessage("a PostgreSQL enum type needs a name", hint: "pass name='...' to sa.Enum")
    static let postgresComputedAlwaysStored = DiagnosticMessage("PostgreSQL computed columns are always stored", hint: "remove 'persisted=False'")
}
