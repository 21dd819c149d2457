// Finding the versions folders as Alembic does: alembic.ini, pyproject.toml's [tool.alembic], %(here)s.

import Foundation

/// What an Alembic configuration says about where revisions are. Paths are as Alembic would use
/// them: relative ones relative to the current folder, `%(here)s` the configuration file's folder.
public struct AlembicProject: Sendable, Equatable {
    /// The configuration files read, in the order their settings were looked up.
    public var configurationFiles: [String]
    /// `script_location`: the folder with `env.py`.
    public var scriptLocation: String
    /// The versions folders: `version_locations`, or `<script_location>/versions`.
    public var versionLocations: [String]
    public var recursive: Bool
    /// `prepend_sys_path`: folders Alembic puts on Python's import path, where sqlgen looks for
    /// the application's own type modules (ApplicationTypes.swift).
    public var prependSysPath: [String] = []

    /// `env.py` in the script location.
    public var environmentScript: String { (scriptLocation.hasSuffix("/") ? scriptLocation : scriptLocation + "/") + "env.py" }

    /// The project configured by `configFile` (`--config`), or by `alembic.ini` and
    /// `pyproject.toml` in `folder`; nil when there is none.
    public static func find(configFile: String?, in folder: String = ".") throws(DiagnosticError) -> AlembicProject? {
        let prefix = folder == "." ? "" : (folder.hasSuffix("/") ? folder : folder + "/")
        var ini: [String: String]?
        var files: [String] = []
        let iniPath = configFile ?? prefix + "alembic.ini"
        if configFile != nil || FileManager.default.fileExists(atPath: iniPath) {
            guard let text = try? String(contentsOfFile: iniPath, encoding: .utf8) else {
                throw DiagnosticError(.cannotReadFile(iniPath, reason: FileManager.default.fileExists(atPath: iniPath) ? "not UTF-8 text" : "no such file"))
            }
            ini = IniFile.section("alembic", of: text, here: directory(of: iniPath))
            files.append(iniPath)
        }
        let tomlFolder = configFile.map(directory(of:)) ?? (folder == "." ? "." : folder)
        let tomlPath = (tomlFolder == "." ? "" : tomlFolder + "/") + "pyproject.toml"
        var toml: [String: TomlTable.Value]?
        if let text = try? String(contentsOfFile: tomlPath, encoding: .utf8), let table = TomlTable.table("tool.alembic", of: text, here: directory(of: tomlPath)) {
            toml = table
            files.append(tomlPath)
        }
        guard ini != nil || toml != nil else { return nil }
        func string(_ key: String) -> String? {
            if let value = ini?[key] { return value }
            if case .string(let value)? = toml?[key] { return value }
            return nil
        }
        guard let scriptLocation = string("script_location") else {
            throw DiagnosticError(.alembicConfigWithoutScriptLocation(files.joined(separator: ", ")))
        }
        if scriptLocation.contains(":") && !scriptLocation.hasPrefix("/") && !FileManager.default.fileExists(atPath: scriptLocation) {
            throw DiagnosticError(.alembicPackageLocation(scriptLocation))
        }
        var locations: [String]
        if let value = ini?["version_locations"], !value.isEmpty {
            locations = try splitLocations(value, separator: ini?["path_separator"] ?? ini?["version_path_separator"])
        } else if case .list(let values)? = toml?["version_locations"] {
            locations = values
        } else {
            locations = [(scriptLocation.hasSuffix("/") ? scriptLocation : scriptLocation + "/") + "versions"]
        }
        locations = locations.filter { !$0.isEmpty }
        let recursiveText = ini?["recursive_version_locations"] ?? {
            if case .boolean(let value)? = toml?["recursive_version_locations"] { return value ? "true" : "false" }
            return nil
        }()
        let recursive = ["1", "yes", "true", "on"].contains(recursiveText?.lowercased() ?? "")
        var project = AlembicProject(configurationFiles: files, scriptLocation: scriptLocation, versionLocations: locations, recursive: recursive)
        if let value = ini?["prepend_sys_path"], !value.isEmpty {
            project.prependSysPath = ((try? splitLocations(value, separator: ini?["path_separator"])) ?? []).filter { !$0.isEmpty }
        } else if case .list(let values)? = toml?["prepend_sys_path"] {
            project.prependSysPath = values
        }
        return project
    }

    /// `version_locations` split as `path_separator` says (Alembic 1.20): `os`, `:`, `;`, `space`,
    /// `newline`; with no separator set, Alembic's older rule: spaces and commas.
    static func splitLocations(_ value: String, separator: String?) throws(DiagnosticError) -> [String] {
        guard let separator else {
            return value.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" }).map(String.init)
        }
        let character: Character
        switch separator {
        case "os", ":": character = ":"
        case ";": character = ";"
        case "space": character = " "
        case "newline": character = "\n"
        default: throw DiagnosticError(.badPathSeparator(separator))
        }
        return value.split(separator: character).map { String(Substring($0).trimmingSpaces()) }.filter { !$0.isEmpty }
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Where the versions folder of an Alembic project would be, for a hint when `--revisions`
    /// names the project's root, its `alembic.ini`, or its script location.
    public static func versionsFolderHint(for path: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if !isDirectory.boolValue {
            guard path.hasSuffix(".ini") || path.hasSuffix(".toml") else { return nil }
            return (try? find(configFile: path.hasSuffix(".ini") ? path : nil, in: directory(of: path)))??.versionLocations.first
        }
        if let project = try? find(configFile: nil, in: path) { return project.versionLocations.first }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        for candidate in ["versions", "alembic/versions", "migrations/versions"] where FileManager.default.fileExists(atPath: prefix + candidate) {
            return prefix + candidate
        }
        return nil
    }
}

/// The `[section]` of an INI file as Python's ConfigParser reads it for Alembic: `key = value`
/// or `key: value`, indented lines continue a value, `#` and `;` start comment lines, and
/// `%(here)s` is the file's folder.
enum IniFile {
    static func section(_ wanted: String, of text: String, here: String) -> [String: String]? {
        var values: [String: String] = [:]
        var inSection = false
        var found = false
        var lastKey: String?
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.trimmingSpaces()
            if trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { continue }
            if trimmed.hasPrefix("[") && trimmed.hasSuffix("]") {
                inSection = trimmed.dropFirst().dropLast() == Substring(wanted)
                found = found || inSection
                lastKey = nil
                continue
            }
            guard inSection else { continue }
            if trimmed.isEmpty { lastKey = nil; continue }
            if let key = lastKey, line.first == " " || line.first == "\t" {
                values[key, default: ""] += "\n" + trimmed
                continue
            }
            guard let separator = trimmed.firstIndex(where: { $0 == "=" || $0 == ":" }) else { continue }
            let key = String(trimmed[..<separator].trimmingSpaces()).lowercased()
            values[key] = String(trimmed[trimmed.index(after: separator)...].trimmingSpaces())
            lastKey = key
        }
        guard found else { return nil }
        return values.mapValues { interpolate($0, here: here) }
    }

    static func interpolate(_ value: String, here: String) -> String {
        value.replacingOccurrences(of: "%(here)s", with: here).replacingOccurrences(of: "%%", with: "%")
    }
}

/// One table of a TOML file, enough of TOML for `[tool.alembic]`: strings, booleans and arrays
/// of strings (over several lines too).
enum TomlTable {
    enum Value: Equatable {
        case string(String)
        case boolean(Bool)
        case list([String])
    }

    static func table(_ wanted: String, of text: String, here: String) -> [String: Value]? {
        var values: [String: Value] = [:]
        var inTable = false
        var found = false
        var pending: (key: String, text: String)?
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = stripComment(rawLine.trimmingSpaces())
            if let open = pending {
                pending = (open.key, open.text + " " + line)
                if line.contains("]") {
                    values[open.key] = .list(strings(in: pending!.text, here: here))
                    pending = nil
                }
                continue
            }
            if line.hasPrefix("[") {
                inTable = line == "[\(wanted)]"
                found = found || inTable
                continue
            }
            guard inTable, let equals = line.firstIndex(of: "=") else { continue }
            let key = String(line[..<equals].trimmingSpaces())
            let value = line[line.index(after: equals)...].trimmingSpaces()
            if value.hasPrefix("[") {
                if value.contains("]") { values[key] = .list(strings(in: String(value), here: here)) } else { pending = (key, String(value)) }
            } else if value == "true" || value == "false" {
                values[key] = .boolean(value == "true")
            } else if let string = strings(in: String(value), here: here).first {
                values[key] = .string(string)
            }
        }
        return found ? values : nil
    }

    /// A `#` outside quotes ends the line.
    static func stripComment(_ line: Substring) -> Substring {
        var quote: Character?
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" {
                return line[..<index].trimmingSpaces()
            }
        }
        return line
    }

    /// The quoted strings in `text`, in order (basic strings with `\\` escapes, literal strings as written).
    static func strings(in text: String, here: String) -> [String] {
        var result: [String] = []
        var current: String?
        var quote: Character = "\""
        var escaped = false
        for character in text {
            if var open = current {
                if escaped {
                    open.append(character == "n" ? "\n" : character == "t" ? "\t" : character)
                    escaped = false
                } else if character == "\\" && quote == "\"" {
                    escaped = true
                } else if character == quote {
                    result.append(open.replacingOccurrences(of: "%(here)s", with: here))
                    current = nil
                    continue
                } else {
                    open.append(character)
                }
                current = open
            } else if character == "\"" || character == "'" {
                quote = character
                current = ""
            }
        }
        return result
    }
}
