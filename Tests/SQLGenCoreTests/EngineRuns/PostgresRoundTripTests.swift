// sqlgen's PostgreSQL scripts on a real PostgreSQL server: upgrade, downgrade, upgrade again, step by step.

import Testing

@Suite struct PostgresRoundTripTests {
    /// The fixtures' revision folders, and the example project.
    static let projects: [String] = EngineProjects.projects(for: .postgres)

    @Test("postgres: upgrade, downgrade to base, upgrade again", arguments: projects)
    func roundTrip(project: String) throws {
        try EngineRoundTrip(engine: .postgres, dialect: "postgres", project: project).roundTrip()
    }

    @Test("postgres: one revision at a time gives the one-shot schema", arguments: projects)
    func stepByStep(project: String) throws {
        try EngineRoundTrip(engine: .postgres, dialect: "postgres", project: project).stepByStep()
    }
}
