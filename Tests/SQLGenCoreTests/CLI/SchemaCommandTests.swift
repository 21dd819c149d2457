// The built binary's parse, check and schema commands: output, exit codes, stdout empty on errors.

import Foundation
import Testing
@testable import SQLGenCore

@Suite struct SchemaCommandTests {
    @Test func parsePrintsEachFilesHeaderAndOperationsAsJSON() throws {
        let result = try Binary.run(["parse", "revisions/3a8c91d2f0e4_add_phone_number_to_users.py"])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput == """
        [
          {
            "file": "revisions/3a8c91d2f0e4_add_phone_number_to_users.py",
            "revision": "3a8c91d2f0e4",
            "down_revision": [
              "1975ea83b712"
            ],
            "branch_labels": [],
            "depends_on": [],
            "message": "add phone number to users",
            "upgrade": {
              "operations": [
                {
                  "op": "execute",
                  "line": 21,
                  "sql": "ALTER TABLE users ADD COLUMN phone_number VARCHAR(20)"
                }
              ]
            },
            "downgrade": {
              "operations": [
                {
                  "op": "drop_column",
                  "line": 25,
                  "table": "users",
                  "column": "phone_number"
                }
              ]
            }
          }
        ]

        """)
    }

    @Test func parseOfABrokenFileFailsWithNothingOnStdout() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-parse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bad.py").path
        try revisionFile(upgrade: "    op.add_colum('t', sa.Column('x', sa.Integer))").write(toFile: path, atomically: true, encoding: .utf8)
        let result = try Binary.run(["parse", "revisions/1975ea83b712_create_users_table.py", path])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError.contains("bad.py:9:5: error: unknown operation 'op.add_colum'; did you mean 'op.add_column'?"))
    }

    @Test func checkOfTheExampleFindsNothing() throws {
        let result = try Binary.run(["check", "--dialect", "mysql"])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput == "checked 5 revisions for mysql: no errors\n")
    }

    @Test func checkReportsErrorsWithTheirFileAndExitsOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlgen-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try revisionFile(upgrade: "    op.drop_table('nope')", downgrade: "    raise NotImplementedError()")
            .write(to: folder.appendingPathComponent("r1.py"), atomically: true, encoding: .utf8)
        let result = try Binary.run(["check", "--revisions", folder.path])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError.contains("r1.py:9:5: error: table 'nope' does not exist at this point of the revisions"))
        #expect(result.standardError.contains("r1.py:13:5: warning: revision 'r1' cannot be downgraded: its 'downgrade()' raises"))
    }

    @Test func schemaWritesTheHeadSchemaStampedWithTheHead() throws {
        let result = try Binary.run(["schema", "--at", "head", "--dialect", "postgres"])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.hasPrefix("BEGIN;\n\nCREATE TABLE alembic_version ("))
        #expect(result.standardOutput.contains("    phone_number VARCHAR(20), \n"))
        #expect(result.standardOutput.hasSuffix("INSERT INTO alembic_version (version_num) VALUES ('c47f05a1e8d2');\n\nCOMMIT;\n\n"))
        let missing = try Binary.run(["schema", "--at", "head"])
        #expect(missing.exitCode == 64)
        #expect(missing.standardOutput == "")
    }

    /// `bulk_insert` rows are data: the schema script leaves them out and says so, as it does
    /// for raw DDL it cannot model.
    @Test func schemaSaysItLeavesOutBulkInsertRows() throws {
        let result = try Binary.run(["schema", "--dialect", "postgres", "--revisions", "Tests/SQLGenCoreTests/Fixtures/identity-key/revisions"])
        #expect(result.exitCode == 0)
        #expect(!result.standardOutput.contains("printer on fire"))
        #expect(result.standardError.contains("4b5c6d7e8f9a_first_tickets.py:19:5: warning: these 'bulk_insert' rows are not part of the schema script, which creates tables only"))
    }
}
