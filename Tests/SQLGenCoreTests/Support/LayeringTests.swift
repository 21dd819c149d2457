// The library's layers point one way: each folder of Sources/SQLGenCore names only the folders below it.

import Foundation
import Testing

@Suite struct LayeringTests {
    /// What each folder may use, as Sources/SQLGenCore/README.md draws it.
    static let allowed: [String: Set<String>] = [
        "Source": [],
        "Diagnostics": ["Source"],
        "Model": ["Source", "Diagnostics"],
        "Reader": ["Source", "Diagnostics", "Model"],
        "Graph": ["Source", "Diagnostics", "Model"],
        "Catalog": ["Source", "Diagnostics", "Model"],
        "Dialects": ["Source", "Diagnostics", "Model"],
        "Check": ["Source", "Diagnostics", "Model", "Graph", "Catalog", "Dialects"],
        "Script": ["Source", "Diagnostics", "Model", "Reader", "Graph", "Catalog", "Dialects", "Check"],
        "CLI": ["Source", "Diagnostics", "Model", "Reader", "Graph", "Catalog", "Dialects", "Check", "Script"],
    ]

    static let library = Paths.packageRoot.appendingPathComponent("Sources/SQLGenCore")

    /// Every `.swift` file's text, by folder, comments and string literals blanked out.
    static func sources() throws -> [String: [String]] {
        var byFolder: [String: [String]] = [:]
        let files = FileManager.default.enumerator(atPath: library.path)?.compactMap { $0 as? String } ?? []
        for path in files where path.hasSuffix(".swift") {
            let folder = String(path.split(separator: "/").first ?? "")
            let text = try String(contentsOf: library.appendingPathComponent(path), encoding: .utf8)
            byFolder[folder, default: []].append(text)
        }
        return byFolder
    }

    /// Names declared at the top level of a file (types, functions, constants), with their folder.
    static func owners(_ sources: [String: [String]]) throws -> [String: String] {
        let declaration = try NSRegularExpression(pattern: #"^(?:(?:public|internal|private|fileprivate|final|indirect|nonisolated\(unsafe\)|@\w+) )*(?:struct|class|enum|protocol|typealias|actor|func|let|var) ([A-Za-z_]\w*)"#, options: [.anchorsMatchLines])
        var owners: [String: String] = [:]
        for (folder, texts) in sources.sorted(by: { $0.key < $1.key }) {
            for text in texts {
                for match in declaration.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    guard let range = Range(match.range(at: 1), in: text) else { continue }
                    owners[String(text[range])] = owners[String(text[range])] ?? folder
                }
            }
        }
        return owners
    }

    /// The names of other folders that a folder's code uses: type names, and lower-case names
    /// only where they are called. Comments and string literals do not count, nor generic
    /// parameters and nested types that share a name with a top-level one.
    static func uses(_ sources: [String: [String]], owners: [String: String]) throws -> [String: [String: Set<String>]] {
        let comment = try NSRegularExpression(pattern: #"//[^\n]*"#)
        let string = try NSRegularExpression(pattern: #""(?:\\.|[^"\\\n])*""#)
        let identifier = try NSRegularExpression(pattern: #"\b[A-Za-z_]\w*\b"#)
        let call = try NSRegularExpression(pattern: #"(?<![.\w])([a-z_]\w*)\("#)
        let local = try NSRegularExpression(pattern: #"<(\w+)[:,>]|^\s+(?:enum|struct|typealias) (\w+)"#, options: [.anchorsMatchLines])
        var result: [String: [String: Set<String>]] = [:]
        for (folder, texts) in sources {
            for raw in texts {
                var text = comment.stringByReplacingMatches(in: raw, range: NSRange(raw.startIndex..., in: raw), withTemplate: "")
                text = string.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "\"\"")
                let whole = NSRange(text.startIndex..., in: text)
                func captures(_ pattern: NSRegularExpression, _ groups: [Int]) -> Set<String> {
                    Set(pattern.matches(in: text, range: whole).flatMap { match in
                        groups.compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
                    })
                }
                let called = captures(call, [1]), shadowed = captures(local, [1, 2])
                for name in captures(identifier, [0]) where !shadowed.contains(name) {
                    if name.first?.isLowercase == true && !called.contains(name) { continue }
                    guard let owner = owners[name], owner != folder else { continue }
                    result[folder, default: [:]][owner, default: []].insert(name)
                }
            }
        }
        return result
    }

    @Test func everyFolderUsesOnlyTheFoldersBelowIt() throws {
        let sources = try Self.sources()
        #expect(Set(sources.keys) == Set(Self.allowed.keys), "a folder was added or removed: place it in the table and the README")
        let uses = try Self.uses(sources, owners: try Self.owners(sources))
        for (folder, used) in uses.sorted(by: { $0.key < $1.key }) {
            for (owner, names) in used.sorted(by: { $0.key < $1.key }) where !(Self.allowed[folder]?.contains(owner) ?? false) {
                Issue.record("\(folder) uses \(owner): \(names.sorted().joined(separator: ", "))")
            }
        }
    }
}
