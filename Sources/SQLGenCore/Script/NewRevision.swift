// New revision files in Alembic's own layout (its generic template), so `alembic` reads them too.

import Foundation

/// A revision file to write: `sqlgen revision` and `sqlgen merge`.
public struct NewRevision: Sendable {
    public var id: String
    public var message: String
    public var downRevisions: [String]
    public var branchLabels: [String]
    public var dependsOn: [String]
    /// As Python prints `datetime.now()`: `2026-12-03 10:55:19.618819`.
    public var createDate: String

    public init(id: String, message: String, downRevisions: [String], branchLabels: [String] = [], dependsOn: [String] = [], createDate: String) {
        self.id = id
        self.message = message
        self.downRevisions = downRevisions
        self.branchLabels = branchLabels
        self.dependsOn = dependsOn
        self.createDate = createDate
    }

    /// `<id>_<slug>.py`, the slug as Alembic makes it: the message's words joined by `_`,
    /// lower-cased, cut at a word boundary past 40 characters.
    public var fileName: String {
        var words: [String] = []
        var word = ""
        for character in message {
            if character.isLetter || character.isNumber || character == "_" { word.append(character) } else if !word.isEmpty { words.append(word); word = "" }
        }
        if !word.isEmpty { words.append(word) }
        var slug = words.joined(separator: "_").lowercased()
        if slug.count > 40 {
            let cut = String(slug.prefix(40))
            slug = (cut.range(of: "_", options: .backwards).map { String(cut[..<$0.lowerBound]) } ?? cut) + "_"
        }
        return "\(id)_\(slug).py"
    }

    /// The file's text, as Alembic's generic `script.py.mako` renders it.
    public var text: String {
        """
        \"\"\"\(message)

        Revision ID: \(id)
        Revises: \(downRevisions.joined(separator: ", "))
        Create Date: \(createDate)

        \"\"\"
        from typing import Sequence, Union

        from alembic import op
        import sqlalchemy as sa


        # revision identifiers, used by Alembic.
        revision: str = \(NewRevision.pythonRepr(id))
        down_revision: Union[str, Sequence[str], None] = \(NewRevision.pythonRepr(downRevisions, tupleForOne: false))
        branch_labels: Union[str, Sequence[str], None] = \(NewRevision.pythonRepr(branchLabels, tupleForOne: true))
        depends_on: Union[str, Sequence[str], None] = \(NewRevision.pythonRepr(dependsOn, tupleForOne: false))


        def upgrade() -> None:
            \"\"\"Upgrade schema.\"\"\"
            pass


        def downgrade() -> None:
            \"\"\"Downgrade schema.\"\"\"
            pass

        """
    }

    /// Python's `repr` of a string: single quotes unless it holds one and no double quote.
    static func pythonRepr(_ text: String) -> String {
        let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
        var result = String(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if Character(scalar) == quote { result += "\\" + String(quote) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + String(quote)
    }

    /// None, a string, or a tuple: how Alembic passes each header value to its template.
    static func pythonRepr(_ values: [String], tupleForOne: Bool) -> String {
        if values.isEmpty { return "None" }
        if values.count == 1 && !tupleForOne { return pythonRepr(values[0]) }
        return "(" + values.map(pythonRepr).joined(separator: ", ") + (values.count == 1 ? ",)" : ")")
    }

    /// Now, as Python's `str(datetime.now())` writes local time.
    public static func now() -> String {
        var time = timeval()
        gettimeofday(&time, nil)
        var seconds = time_t(time.tv_sec)
        var parts = tm()
        localtime_r(&seconds, &parts)
        let date = String(format: "%04d-%02d-%02d %02d:%02d:%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
                          Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
        return time.tv_usec == 0 ? date : date + String(format: ".%06d", Int(time.tv_usec))
    }

    /// A new id as Alembic makes one: the last twelve hex digits of a random UUID.
    public static func randomID() -> String {
        String(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().suffix(12))
    }
}
