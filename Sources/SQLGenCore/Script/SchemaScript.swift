// `sqlgen schema --at REV`: the CREATE script of the schema a revision leaves, from the replayed catalog.

/// Writes the schema at a point of the revisions as one script: the enum types, every table
/// in the order the revisions created it, their indexes and comments, foreign keys that refer to
/// a later table as separate statements, and the version table stamped with the revisions.
public struct SchemaScript {
    public let dialect: any Dialect
    public let options: ScriptOptions

    public init(dialect: any Dialect, options: ScriptOptions = ScriptOptions()) {
        self.dialect = dialect
        self.options = options
    }

    /// `definedAt` says where a table's shape was last set, for a table the dialect cannot create
    /// (a type of another dialect): the catalog itself keeps no positions.
    public func script(for catalog: Catalog, at revisions: [String], definedAt: (TableName) -> SourcePosition? = { _ in nil }) throws(DiagnosticError) -> String {
        let writer = ScriptWriter(dialect: dialect, options: options)
        var output = ""
        var problems = DiagnosticBag()
        if let transaction = dialect.transactionStatements {
            writer.append(transaction.begin, to: &output, separated: false)
        }
        var built = Catalog()
        var deferred: [(TableName, ForeignKeyConstraint)] = []
        var createdSoFar: Set<TableName> = []
        do throws(DialectError) {
            writer.append(try writer.versionTable.create(), to: &output)
            for name in catalog.creationOrder {
                if let rawSQL = catalog.unknownReason(name) {
                    problems.error(.tableShapeUnknownForSchema(name.name, since: rawSQL), at: nil)
                    continue
                }
                guard let table = catalog.table(name) else { continue }
                var definition = table.asTable
                definition.indexes = table.indexes
                // A foreign key to a table created later is added once both exist, where the
                // dialect needs the referenced table first.
                createdSoFar.insert(name)
                definition.constraints = definition.constraints.filter { constraint in
                    guard case .foreignKey(let foreignKey) = constraint, dialect.needsReferencedTablesFirst, !createdSoFar.contains(foreignKey.referredTable) else { return true }
                    deferred.append((name, foreignKey))
                    return false
                }
                // Names as the upgrade script wrote them: the catalog no longer knows which came
                // from op.f(), so every index and constraint name too long for the dialect is
                // shortened the way op.f() names are (an explicit one was refused by the upgrade).
                let generated = IdentifierLength.newNames(in: .createTable(definition)).filter { $0.what == "index" || $0.what == "constraint" }.map(\.name)
                do throws(DialectError) {
                    if case .createTable(let fitted) = try IdentifierLength.fitted(.createTable(definition), limits: dialect.identifierLimits, converted: generated) {
                        definition = fitted
                    }
                    // The renderer holds a copy of `built`; it is gone before `built` grows, which
                    // would otherwise copy every table so far, once per table (quadratic).
                    let statements = try SQLRenderer(dialect: dialect, catalog: built).createTableStatements(definition)
                    for statement in statements {
                        writer.append(statement, to: &output)
                    }
                } catch {
                    problems.error(error.message, at: definedAt(name))
                    continue
                }
                built.apply(.createTable(definition), at: SourceFile(path: "", bytes: []).position(at: 0))
            }
            let renderer = SQLRenderer(dialect: dialect, catalog: built)
            for (name, foreignKey) in deferred {
                for statement in try dialect.addConstraintStatements(.createForeignKey(name, foreignKey), table: name, clause: renderer.foreignKeyClause(foreignKey), renderer: renderer) {
                    writer.append(statement, to: &output)
                }
            }
        } catch {
            problems.error(error.message, at: nil)
        }
        for id in revisions {
            writer.append(writer.versionTable.statement(for: .insert(id)), to: &output)
        }
        if let transaction = dialect.transactionStatements {
            writer.append(transaction.commit, to: &output)
        }
        if problems.hasErrors { throw DiagnosticError(problems.diagnostics) }
        return output
    }
}
