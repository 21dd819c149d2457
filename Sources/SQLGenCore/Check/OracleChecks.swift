// Oracle's run-time refusals that the schema predicts, for `sqlgen check --dialect oracle`.

extension OracleDialect: RuntimeChecks {
    /// What Oracle would refuse when the script runs, though SQLAlchemy writes it: a VARCHAR2
    /// without a length, a TIME column, a foreign key with MATCH.
    public func runtimeProblems(of kind: Operation.Kind, in catalog: Catalog) -> [DiagnosticMessage] {
        switch kind {
        case .createTable(let table):
            var problems = table.columns.flatMap { typeProblems($0.type, column: $0.name) + $0.foreignKeys.flatMap { matchProblems($0.actions) } }
            for case .foreignKey(let foreignKey) in table.constraints { problems += matchProblems(foreignKey.actions) }
            return problems
        case .addColumn(let add):
            return typeProblems(add.column.type, column: add.column.name) + add.column.foreignKeys.flatMap { matchProblems($0.actions) }
        case .alterColumn(let alter):
            return alter.type.map { typeProblems($0, column: alter.column) } ?? []
        case .createForeignKey(_, let foreignKey):
            return matchProblems(foreignKey.actions)
        case .dropTable, .renameTable, .dropColumn, .createIndex, .dropIndex, .createPrimaryKey, .createUniqueConstraint,
             .createCheckConstraint, .createExcludeConstraint, .dropConstraint, .createTableComment, .dropTableComment,
             .bulkInsert, .execute, .data, .createEnumType, .dropEnumType:
            return []
        case .batch, .autocommit:
            // Their operations are checked one by one (`RuntimeChecks.problems`).
            return []
        }
    }

    func typeProblems(_ type: SQLType, column: String) -> [DiagnosticMessage] {
        switch type {
        case .string(nil, _), .unicode(nil, _): [.oracleVarcharWithoutLength(column)]
        case .time: [.oracleNoTimeType(column)]
        default: []
        }
    }

    func matchProblems(_ actions: ReferentialActions) -> [DiagnosticMessage] {
        actions.match == nil ? [] : [.noMatchClause("Oracle")]
    }
}
