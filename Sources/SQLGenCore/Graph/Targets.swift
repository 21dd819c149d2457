// The target grammar: base, head(s), ids and prefixes, labels, label@..., and relative steps, resolved as Alembic 1.20.1 resolves them.

/// Where a relative walk stands: below every base (`base`), nowhere yet (`start`, which walks up
/// from the bases and down from the heads, as Alembic's `None` does), or at a revision.
enum WalkPosition: Equatable {
    case start
    case base
    case revision(Int)

    var index: Int? {
        if case .revision(let index) = self { return index }
        return nil
    }
}

/// A relative target `[LABEL@][SYMBOL](+|-)N`, read as Alembic's `_relative_destination`
/// pattern reads it: the label is the shortest prefix before an `@` that lets the rest match, the
/// symbol is a run of word characters, and anything after the digits is ignored.
struct RelativeTarget: Equatable {
    var label: String?
    var symbol: String?
    var steps: Int

    init(label: String?, symbol: String?, steps: Int) {
        self.label = label
        self.symbol = symbol
        self.steps = steps
    }

    init?(_ text: String) {
        let characters = Array(text)
        var candidates: [(label: String?, rest: ArraySlice<Character>)] = []
        for (offset, character) in characters.enumerated() where character == "@" && offset > 0 {
            candidates.append((String(characters[..<offset]), characters[(offset + 1)...]))
        }
        candidates.append((nil, characters[...]))
        for candidate in candidates {
            if let (symbol, steps) = RelativeTarget.symbolAndSteps(candidate.rest) {
                self.label = candidate.label
                self.symbol = symbol
                self.steps = steps
                return
            }
        }
        return nil
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character == "_" || character.isLetter || character.isNumber
    }

    static func symbolAndSteps(_ text: ArraySlice<Character>) -> (String?, Int)? {
        let symbolEnd = text.firstIndex { !isWordCharacter($0) } ?? text.endIndex
        guard symbolEnd < text.endIndex, text[symbolEnd] == "+" || text[symbolEnd] == "-" else { return nil }
        let digitsStart = symbolEnd + 1
        let digitsEnd = text[digitsStart...].firstIndex { !($0.isASCII && $0.isNumber) } ?? text.endIndex
        guard digitsEnd > digitsStart, let magnitude = Int(String(text[digitsStart..<digitsEnd])) else { return nil }
        let symbol = symbolEnd > text.startIndex ? String(text[text.startIndex..<symbolEnd]) : nil
        return (symbol, text[symbolEnd] == "-" ? -magnitude : magnitude)
    }
}

/// Resolves targets against a graph. Every failure is a diagnostic that names the revisions involved.
struct TargetResolver {
    let graph: RevisionGraph

    func ids(_ indexes: [Int]) -> [String] { indexes.map { graph.ids[$0] } }

    // MARK: Absolute targets

    /// Alembic's `get_revisions` for one string: nothing for `base`, several for `heads`.
    func revisions(_ target: String) throws(DiagnosticError) -> [Int] {
        guard !target.isEmpty else { throw DiagnosticError(.emptyTarget) }
        var label: String?
        var symbol = target
        if let at = target.firstIndex(of: "@") {
            label = at > target.startIndex ? String(target[..<at]) : nil
            symbol = String(target[target.index(after: at)...])
        }
        switch symbol {
        case "heads":
            if let label { return try filter(graph.headIndexes, toLineageOf: label) }
            return graph.realHeadIndexes
        case "head":
            return try currentHead(label: label).map { [$0] } ?? []
        case "base", "":
            return []
        default:
            if let steps = Int(symbol), steps < 0 {
                // `-N` alone: N steps down from every head (of the label's branch).
                var heads = graph.realHeadIndexes
                if let label { heads = heads.filter { graph.branchLabels[$0].containsName(label) } }
                var found: [Int] = []
                for head in heads {
                    switch try walk(from: .revision(head), steps: steps, label: nil, target: target) {
                    case .revision(let index): found.append(index)
                    // Alembic keeps the marker of a walk to base here, which no range can start at.
                    case .base: throw DiagnosticError(.relativeTooFar(target, upgrading: false))
                    case .start, nil: break
                    }
                }
                return found
            }
            return [try revision(forIdentifier: symbol, label: label, target: target)]
        }
    }

    /// Alembic's `get_revision`: at most one revision; several (as `head` with several heads) is an error.
    func revision(_ target: String) throws(DiagnosticError) -> Int? {
        let found = try revisions(target)
        guard found.count <= 1 else {
            throw DiagnosticError(.multipleHeads(target, heads: ids(found), labels: labelSuggestions(for: found)))
        }
        return found.first
    }

    /// The one head of the project, or of a label's branch.
    func currentHead(label: String?) throws(DiagnosticError) -> Int? {
        var heads = graph.headIndexes
        if let label { heads = try filter(heads, toLineageOf: label) }
        guard heads.count <= 1 else {
            let argument = label.map { "\($0)@head" } ?? "head"
            throw DiagnosticError(.multipleHeads(argument, heads: ids(heads), labels: labelSuggestions(for: heads)))
        }
        return heads.first
    }

    /// For a message about several heads: a label that picks each head, where one does.
    func labelSuggestions(for heads: [Int]) -> [String] {
        heads.compactMap { head in
            graph.branchLabels[head].first { label in
                guard let owner = graph.labelOwner[label] else { return false }
                let lineage = graph.lineage(of: owner)
                return heads.filter { lineage[$0] }.count == 1
            }
        }
    }

    /// A full id, a label, or an unambiguous prefix of either (Alembic's `_revision_for_ident`);
    /// with a label, the revision must be on that label's branch.
    func revision(forIdentifier identifier: String, label: String?, target: String) throws(DiagnosticError) -> Int {
        let branch = try label.map { label throws(DiagnosticError) in try branchRevision(label) }
        var found: Int
        if let exact = graph.indexByID[identifier] ?? graph.labelOwner[identifier] {
            found = exact
        } else {
            var candidates = prefixCandidates(identifier)
            if let branch {
                let lineage = graph.lineage(of: branch)
                candidates = candidates.filter { lineage[$0.index] }
            }
            guard let first = candidates.first else {
                if identifier.unicodeScalars.count < 4 && !graph.revisions.isEmpty {
                    throw DiagnosticError(.unknownShortPrefix(identifier))
                }
                throw DiagnosticError(.unknownRevision(identifier))
            }
            guard candidates.count == 1 else {
                throw DiagnosticError(.ambiguousRevision(identifier, candidates: candidates.map(\.key)))
            }
            found = first.index
        }
        if let branch, let label, !graph.lineage(of: branch)[found] {
            throw DiagnosticError(.notOnBranch(graph.revisions[found].id, label: label))
        }
        return found
    }

    /// Ids and labels longer than three characters that start with `prefix`, ids first in file
    /// order, then labels, as Alembic lists its map's keys.
    func prefixCandidates(_ prefix: String) -> [(key: String, index: Int)] {
        let scalars = prefix.unicodeScalars
        var found: [(key: String, index: Int)] = []
        for (index, revision) in graph.revisions.enumerated()
        where revision.id.unicodeScalars.count > 3 && revision.id.unicodeScalars.starts(with: scalars) {
            found.append((revision.id, index))
        }
        for (label, owner) in graph.labelOwner.sorted(by: { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) })
        where label.unicodeScalars.count > 3 && label.unicodeScalars.starts(with: scalars) {
            found.append((label, owner))
        }
        return found
    }

    /// The revision a label names: its declaring revision, or else a revision id or prefix
    /// (Alembic's `_resolve_branch`).
    func branchRevision(_ label: String) throws(DiagnosticError) -> Int {
        if let owner = graph.labelOwner[label] ?? graph.indexByID[label] { return owner }
        do {
            return try revision(forIdentifier: label, label: nil, target: label)
        } catch {
            throw DiagnosticError(.unknownBranch(label, known: graph.labelOwner.keys.sorted()))
        }
    }

    /// The revisions among `indexes` on the branch `check` names (Alembic's `filter_for_lineage`).
    func filter(_ indexes: [Int], toLineageOf check: String) throws(DiagnosticError) -> [Int] {
        let lineage = graph.lineage(of: try branchRevision(check))
        return indexes.filter { lineage[$0] }
    }

    // MARK: Relative walks

    /// Alembic's `_walk`: `steps` up (to children) or down (to parents), each step needing exactly
    /// one way to go. Nil when the walk runs past the top or the bottom.
    func walk(from start: WalkPosition, steps: Int, label: String?, target: String) throws(DiagnosticError) -> WalkPosition? {
        var position = start
        let lineage = try label.map { label throws(DiagnosticError) in graph.lineage(of: try branchRevision(label)) }
        for _ in 0..<steps.magnitude {
            var next: [WalkPosition]
            if steps > 0 {
                var up: [Int]
                switch position {
                case .start, .base: up = graph.baseIndexes
                case .revision(let index): up = graph.children[index]
                }
                if let lineage { up = up.filter { lineage[$0] } }
                next = up.map { .revision($0) }
            } else {
                switch position {
                case .base: next = []
                case .start: next = graph.headIndexes.map { .revision($0) }
                case .revision(let index):
                    next = graph.parents[index].isEmpty ? [.base] : graph.parents[index].map { .revision($0) }
                }
            }
            guard let only = next.first else { return nil }
            guard next.count == 1 else {
                let from = position.index.map { graph.revisions[$0].id }
                throw DiagnosticError(.ambiguousWalk(target, from: from, candidates: ids(next.compactMap(\.index))))
            }
            position = only
        }
        return position
    }

    /// The revision named by the symbol of a relative target, `LABEL@SYMBOL` when the label goes with it.
    func walkStart(_ symbol: String, label: String?) throws(DiagnosticError) -> WalkPosition {
        let name = label.map { "\($0)@\(symbol)" } ?? symbol
        return try revision(name).map { .revision($0) } ?? .start
    }

    /// Alembic's `_parse_upgrade_target`: the revisions an upgrade from `current` goes up to.
    func upgradeTargets(_ target: String, current: [Int]) throws(DiagnosticError) -> [Int] {
        guard let relative = RelativeTarget(target) else { return try revisions(target) }
        guard relative.steps > 0 else {
            guard let symbol = relative.symbol else { throw DiagnosticError(.relativeWrongWay(target, upgrading: true)) }
            let reached = try walk(from: try walkStart(symbol, label: relative.label), steps: relative.steps, label: nil, target: target)
            guard let reached else { throw DiagnosticError(.relativeTooFar(target, upgrading: false)) }
            guard let index = reached.index else { return [] }
            return [index]
        }
        var start: WalkPosition
        if let symbol = relative.symbol {
            start = try revision(symbol).map { .revision($0) } ?? .start
        } else {
            var starts: [WalkPosition] = current.isEmpty ? [.start] : current.map { .revision($0) }
            if let label = relative.label {
                let lineage = graph.lineage(of: try branchRevision(label))
                let onBranch = current.filter { lineage[$0] }
                if !onBranch.isEmpty {
                    starts = onBranch.map { .revision($0) }
                } else {
                    // The branch has no current revision: start from the tips of what is applied on it.
                    let applied = graph.ancestors(of: current)
                    let active = (0..<graph.revisions.count).filter { applied[$0] && lineage[$0] }
                    var covered = Set<Int>()
                    for index in active { covered.formUnion(graph.normalizedParents[index]) }
                    let tips = active.filter { !covered.contains($0) }
                    starts = tips.isEmpty ? [.start] : tips.map { .revision($0) }
                }
            }
            guard starts.count == 1, let only = starts.first else {
                throw DiagnosticError(.ambiguousRelativeStart(target, starts: ids(starts.compactMap(\.index))))
            }
            start = only
        }
        let reached = try walk(from: start, steps: relative.steps, label: relative.label, target: target)
        guard let index = reached?.index else { throw DiagnosticError(.relativeTooFar(target, upgrading: true)) }
        return [index]
    }

    /// Alembic's `_parse_downgrade_target`: the revision a downgrade from `current` stops at (nil:
    /// base), and the branch label that narrows it.
    func downgradeTarget(_ target: String, current: [Int]) throws(DiagnosticError) -> (label: String?, revision: Int?) {
        if let relative = RelativeTarget(target) {
            if relative.steps >= 0 {
                guard let symbol = relative.symbol else { throw DiagnosticError(.relativeWrongWay(target, upgrading: false)) }
                let start = try revision(symbol).map { WalkPosition.revision($0) } ?? .start
                guard let reached = try walk(from: start, steps: relative.steps, label: relative.label, target: target) else {
                    throw DiagnosticError(.relativeTooFar(target, upgrading: true))
                }
                return (relative.label, reached.index)
            }
            var label = relative.label
            let symbol: String
            if let given = relative.symbol {
                symbol = given
            } else if let branch = label {
                var onBranch = try filter(current, toLineageOf: branch)
                if onBranch.isEmpty {
                    // The branch's heads may be hidden behind a revision that depends on them: use
                    // the applied revisions with no applied child on their own branch.
                    let applied = graph.ancestors(of: current)
                    let tops = (0..<graph.revisions.count).filter { index in
                        applied[index] && !graph.children[index].contains { applied[$0] }
                    }
                    onBranch = try filter(tops, toLineageOf: branch)
                }
                guard onBranch.count == 1, let only = onBranch.first else {
                    throw DiagnosticError(.ambiguousRelativeStart(target, starts: ids(onBranch)))
                }
                symbol = graph.revisions[only].id
            } else {
                guard let only = current.first else { throw DiagnosticError(.relativeTooFar(target, upgrading: false)) }
                guard current.count == 1 else { throw DiagnosticError(.ambiguousRelativeStart(target, starts: ids(current))) }
                symbol = graph.revisions[only].id
                label = symbol
            }
            guard let reached = try walk(from: try walkStart(symbol, label: label), steps: relative.steps, label: nil, target: target) else {
                throw DiagnosticError(.relativeTooFar(target, upgrading: false))
            }
            return (label, reached.index)
        }
        // An absolute target: the label is everything before the last '@'.
        guard let at = target.lastIndex(of: "@") else { return (nil, try revision(target)) }
        let label = String(target[..<at])
        return (label.isEmpty ? nil : label, try revision(String(target[target.index(after: at)...])))
    }

    /// The revisions a database sits at, for the start of a range: `base`, revisions and labels
    /// each naming one revision, `heads` for every head, and several separated by commas (an
    /// extension: Alembic's command line takes one).
    func startRevisions(_ text: String) throws(DiagnosticError) -> [Int] {
        var found: [Int] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            if part == "heads" {
                found += graph.realHeadIndexes
                continue
            }
            if RelativeTarget(part) != nil { throw DiagnosticError(.relativeStart(part)) }
            if let index = try revision(part) { found.append(index) }
        }
        var unique: [Int] = []
        for index in found where !unique.contains(index) { unique.append(index) }
        if let (ancestor, descendant) = graph.overlap(in: unique) {
            throw DiagnosticError(.startsOverlap(graph.revisions[ancestor].id, graph.revisions[descendant].id))
        }
        return unique
    }
}
