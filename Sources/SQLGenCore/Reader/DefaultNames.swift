// Names SQLAlchemy gives where a revision passes None: its default naming convention, `ix_%(column_0_label)s`.

extension Evaluator {
    /// The longest identifier each dialect takes, as SQLAlchemy counts it; a longer convention
    /// name is shortened there with an MD5 suffix, which sqlgen does not compute.
    static let maximumIdentifierLengths: [String: Int] = ["postgresql": 63, "mysql": 64, "mssql": 128, "oracle": 128]

    /// `op.create_index(None, 'users', ['email'])`: `ix_users_email`, and `ix_<schema>_users_email`
    /// with a schema, from the first column as SQLAlchemy's default convention names it. Nil
    /// when the first element is an expression, which has no such name.
    func defaultIndexName(_ table: TableName, _ elements: [Index.Element], at offset: Int) throws(EvaluationError) -> String? {
        guard case .column(let column)? = elements.first else { return nil }
        let name = Index.conventionName(table: table, column: column)
        if let targetDialect, let limit = Evaluator.maximumIdentifierLengths[targetDialect], name.utf8.count > limit {
            throw EvaluationError(.defaultNameTooLong(name, limit: limit), at: offset)
        }
        return name
    }
}
