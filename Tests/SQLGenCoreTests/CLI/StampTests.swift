// sqlgen stamp: Alembic's `stamp --sql` for the fixtures' stamp lines, its mistakes, and stamps applied on real engines.

import Foundation
import Testing
@testable import SQLGenCore

/// A `stamp RANGE` line of a fixture's `ranges` file, for one dialect.
struct StampCase: CustomTestStringConvertible, Sendable {
    var fixture: String
    var dialect: String
    var range: String
    var testDescription: String { "\(fixture) \(dialect) stamp \(range)" }

    static var all: [StampCase] {
        Paths.fixtureCases.flatMap { fixture -> [StampCase] in
            let file = Paths.fixtures.appendingPathComponent(fixture).appendingPathComponent("ranges")
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
            let ranges = text.split(separator: "\n").compactMap { line -> String? in
                let words = line.split(whereSeparator: \.isWhitespace)
                return words.count >= 2 && words[0] == "stamp" ? String(words[1]) : nil
            }
            return GoldenCase.dialects(of: fixture).flatMap { dialect in ranges.map { StampCase(fixture: fixture, dialect: dialect, range: $0) } }
        }
    }
}

@Suite struct StampTests {
    /// `alembic/<dialect>-stamp-<range>.sql` is what Alembic 1.20.1 prints (scripts/regen-golden);
    /// sqlgen prints it less the documented differences (no RETURNING / OUTPUT on the INSERT).
    @Test(arguments: StampCase.all)
    func stampIsAlembicsWithTheDocumentedDifferences(_ stamp: StampCase) throws {
        let folder = Paths.fixtures.appendingPathComponent(stamp.fixture)
        let alembic = try String(contentsOf: folder.appendingPathComponent("alembic/\(stamp.dialect)-stamp-\(GoldenCase.fileNamePart(stamp.range)).sql"), encoding: .utf8)
        let result = CommandLineTool.run(["stamp", stamp.range, "--dialect", stamp.dialect, "--revisions", folder.appendingPathComponent("revisions").path])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(result.standardOutput == DeliberateDifferences.apply(to: alembic, dialect: stamp.dialect))
    }

    @Test func everyFixtureStampHasAlembicsOutput() {
        #expect(StampCase.all.count >= 25)
    }

    @Test func severalToSeveralIsRefusedWithAHint() {
        let folder = Paths.fixtures.appendingPathComponent("graph-three-branches/revisions").path
        let result = CommandLineTool.run(["stamp", "heads:a1", "--dialect", "postgres", "--revisions", folder])
        #expect(result.exitCode == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError.contains("sqlgen stamps one revision to one, or to and from base"))
    }

    /// Stamping records the revision and changes nothing else; the rows move and go as stamped.
    @Test("stamp on the engines", arguments: [(EngineKind.sqlite, "sqlite"), (.postgres, "postgres"), (.mariadb, "mysql")])
    func stampsOnTheEngines(engine: EngineKind, dialect: String) throws {
        guard let database = try Engines.makeDatabase(engine) else { return }
        func stamp(_ target: String) throws -> String {
            let result = CommandLineTool.run(["stamp", target, "--dialect", dialect, "--revisions", Paths.revisions.path])
            #expect(result.exitCode == 0, "\(result.standardError)")
            return result.standardOutput
        }
        try database.apply(try stamp("3a8c91d2f0e4"))
        #expect(try database.tableNames() == ["alembic_version"])
        #expect(try database.query("SELECT version_num FROM alembic_version") == ["3a8c91d2f0e4"])
        try database.apply(try stamp("3a8c91d2f0e4:head"))
        #expect(try database.query("SELECT version_num FROM alembic_version") == ["c47f05a1e8d2"])
        try database.apply(try stamp("head:base"))
        #expect(try database.query("SELECT version_num FROM alembic_version") == [])
    }
}
