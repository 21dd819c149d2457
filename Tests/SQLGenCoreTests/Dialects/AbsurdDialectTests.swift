// Every fixture rendered for a dialect that spells everything strangely: shared code that writes a quote, literal or terminator itself fails here.

import Foundation
import Testing
@testable import SQLGenCore

@Suite struct AbsurdDialectTests {
    /// Spellings of the real dialects that the absurd dialect never writes: found outside its
    /// string literals, they come from shared code that did not ask the dialect.
    static let foreignSpellings = ["\"", "'", "[", "]", ";", "TRUE", "FALSE", "BEGIN", "COMMIT", "VARCHAR", "INTEGER", "BOOLEAN", "\nGO", "\n/"]

    /// The fixtures whose revisions read without a dialect (graph-only fixtures have no operations).
    static var cases: [String] { Paths.fixtureCases }

    @Test(arguments: cases)
    func sharedCodeSpellsNothingItself(_ name: String) throws {
        let folder = Paths.fixtures.appendingPathComponent(name).appendingPathComponent("revisions").path
        let graph = try RevisionGraph(try RevisionLoader.load(folder: folder))
        let dialect = AbsurdDialect()
        var catalog = Catalog()
        var checked = 0
        let order = graph.parentsFirst(graph.revisions.map(\.id))
        // Upgrades parents first, then downgrades children first, each over the schema before it.
        let steps = order.map { ($0, $0.upgrade.operations) } + order.reversed().map { ($0, $0.downgrade.operations) }
        for (revision, operations) in steps {
            for operation in operations {
                defer { catalog.apply(operation) }
                let statements: [String]
                do {
                    statements = try SQLRenderer(dialect: dialect, catalog: catalog).render(operation)
                } catch {
                    // What the absurd dialect cannot spell (its one refused type) is not the point here.
                    continue
                }
                for statement in statements where !Self.carriesRevisionText(operation.kind) {
                    let bare = Self.withoutLiterals(statement)
                    for spelling in Self.foreignSpellings where bare.uppercased().contains(spelling) {
                        Issue.record("\(name) \(revision.id) \(operation.functionName): '\(spelling)' in \(statement)")
                    }
                    checked += 1
                }
            }
        }
        let hasOperations = graph.revisions.contains { !$0.upgrade.operations.isEmpty }
        #expect(!hasOperations || checked > 0, "\(name): no statement was rendered")
    }

    /// Operations whose statements hold SQL text from the revision (`op.execute`, raw defaults and
    /// CHECK conditions are text the revision wrote, in the real dialect's spelling).
    static func carriesRevisionText(_ kind: SQLGenCore.Operation.Kind) -> Bool {
        func raw(_ column: Column) -> Bool {
            if case .text? = column.serverDefault { return true }
            return column.computed != nil || !column.checks.isEmpty
        }
        switch kind {
        case .execute, .data: return true
        case .createTable(let table):
            return table.columns.contains(where: raw) || table.constraints.contains { if case .check = $0 { true } else { false } }
                || table.indexes.contains { $0.elements.contains { if case .expression = $0 { true } else { false } } }
        case .addColumn(let add): return raw(add.column)
        case .alterColumn(let alter):
            if case .set(.text) = alter.serverDefault { return true }
            return false
        case .createCheckConstraint, .createExcludeConstraint: return true
        case .createIndex(let index): return index.elements.contains { if case .expression = $0 { true } else { false } } || index.options.values.contains { if case .sql = $0 { true } else { false } }
        case .batch(let batch): return batch.operations.contains { carriesRevisionText($0.kind) }
        case .autocommit(let operations): return operations.contains { carriesRevisionText($0.kind) }
        case .dropTable, .renameTable, .dropColumn, .dropIndex, .createPrimaryKey, .createUniqueConstraint, .createForeignKey,
             .dropConstraint, .createTableComment, .dropTableComment, .bulkInsert, .createEnumType, .dropEnumType:
            return false
        }
    }

    /// The statement with the absurd dialect's `%...%` string literals and `` `...` `` quoted
    /// names taken out: a name or a text may hold any character.
    static func withoutLiterals(_ statement: String) -> String {
        var result = ""
        var open: Character?
        var characters = Array(statement)[...]
        while let character = characters.popFirst() {
            if let quote = open {
                guard character == quote else { continue }
                if characters.first == quote { characters.removeFirst(); continue }
                open = nil
            } else if character == "%" || character == "`" {
                open = character
            } else {
                result.append(character)
            }
        }
        return result
    }
}
