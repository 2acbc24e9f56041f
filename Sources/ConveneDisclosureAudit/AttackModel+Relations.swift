extension AttackModel {
  /// A breakdown's groups add up to its total (a group not listed counts no one).
  mutating func addPartitions(_ report: PublishedReport, snapshot: Snapshot) {
    for (key, groups) in listed.sorted(by: { $0.key < $1.key }) {
      var total = key
      (total.field, total.group) = ("total", "all")
      let terms = groups.sorted().map { group -> (Int, Int) in
        var member = key
        member.group = group
        return (variable(member), 1)
      }
      relate(terms + [(variable(total), -1)], .equal, 0)
    }
  }

  /// A question's answer counts add up to the people who answered it, and a share's numerator
  /// to the counts of its answers.
  mutating func addAnswers(_ report: PublishedReport, snapshot: Snapshot) {
    let byEvent = Dictionary(grouping: report.cells.filter { $0.disaggregation == "answer" }, by: \.event)
    for (event, cells) in byEvent {
      func total(_ population: String) -> Int {
        variable(Key(snapshot: snapshot(event, population), event: event, population: population, field: "total", group: "all"))
      }
      for (question, answers) in Dictionary(grouping: cells, by: { Self.question(of: $0.population) }) {
        relate(
          answers.map { (total($0.population), 1) } + [(total("answered:\(question)"), -1)], .equal, 0)
        let byAnswer = Dictionary(answers.map { ($0.group, total($0.population)) }, uniquingKeysWith: { a, _ in a })
        for cell in report.cells where cell.event == event && cell.disaggregation == "total" {
          guard let population = cell.numeratorPopulation, Self.question(of: population) == question
          else { continue }
          let chosen = Self.answers(of: population)
          let parts = chosen.compactMap { byAnswer[$0] }
          guard parts.count == chosen.count else { continue }
          relate(parts.map { ($0, 1) } + [(total(population), -1)], .equal, 0)
        }
      }
    }
  }

  static func question(of population: String) -> String {
    let body = population.drop { $0 != ":" }.dropFirst()
    return String(body.prefix { $0 != "=" })
  }

  static func answers(of population: String) -> [String] {
    guard let equals = population.firstIndex(of: "=") else { return [] }
    return population[population.index(after: equals)...].split(separator: "|").map(String.init)
  }

  /// The events' cells add up to the cell for all.
  mutating func addRollUp(_ report: PublishedReport, snapshot: Snapshot) {
    let events = report.definitions.events
    guard events.count > 1 || report.definitions.rollsUp else { return }
    let policy = policy(report, "all")
    let byIndicator = Dictionary(grouping: report.cells.filter { $0.event != "all" }) {
      "\($0.indicator)\u{1F}\($0.disaggregation)"
    }
    for cell in report.cells where cell.event == "all" {
      // A breakdown no event publishes (only the network's, in a network report) adds up nothing.
      guard let candidates = byIndicator["\(cell.indicator)\u{1F}\(cell.disaggregation)"] else { continue }
      let parts = candidates.filter { part in
        if cell.disaggregation == "session" { return part.population == cell.population }
        if cell.isFieldGroup && cell.group == policy.mergedGroup {
          return part.group == policy.mergedGroup || policy.residualGroups.contains(part.group)
        }
        return part.group == cell.group
      }
      relate(
        parts.map { (variable(Self.key($0, $0.population, snapshot: snapshot)), 1) }
          + [(variable(Self.key(cell, cell.population, snapshot: snapshot)), -1)], .equal, 0)
      if let population = cell.numeratorPopulation {
        let numerators = parts.compactMap { part in
          part.numeratorPopulation.map { variable(Self.key(part, $0, snapshot: snapshot)) }
        }
        relate(
          numerators.map { ($0, 1) } + [(variable(Self.key(cell, population, snapshot: snapshot)), -1)],
          .equal, 0)
      }
    }
  }

  /// The populations a population is part of, by definition.
  static func parents(_ population: String) -> [String] {
    switch population {
    case "confirmed": return ["registered"]
    case "confirmed-observed": return ["confirmed"]
    case "attended-confirmed": return ["attended", "confirmed-observed", "confirmed"]
    case "present:sessions": return ["attended"]
    case "committed": return ["responded"]
    case "followed-up": return ["committed"]
    case "acted-upon": return ["followed-up"]
    default: break
    }
    if population.hasPrefix("responded-") {
      // A response rate's numerator: those who responded among those who came (or confirmed).
      return ["responded", String(population.dropFirst("responded-".count))]
    }
    if population.hasPrefix("present:") { return ["present:sessions"] }
    if population.hasPrefix("rated:") {
      let parts = population.split(separator: ":")
      return parts.count == 3 ? ["rated:\(parts[1])"] : []
    }
    if population.hasPrefix("answer:") { return ["answered:\(question(of: population))"] }
    if population.hasPrefix("answered:") {
      let questions = population.dropFirst("answered:".count).split(separator: "+")
      return questions.count > 1 ? questions.map { "answered:\($0)" } : ["responded"]
    }
    return []
  }

  /// The people of a population are among those of the populations it is part of (a group a
  /// published breakdown leaves out counts no one).
  mutating func addSubsets() {
    for (key, child) in variables.sorted(by: { $0.value < $1.value }) {
      var parents = Self.parents(key.population)
      if key.population.hasPrefix("answer:") {
        let own = Set(Self.answers(of: key.population))
        parents += variables.keys.filter { other in
          other.population.hasPrefix("answer:") && other.population != key.population
            && other.snapshot == key.snapshot && other.event == key.event && other.field == key.field
            && other.group == key.group
            && Self.question(of: other.population) == Self.question(of: key.population)
            && own.isSubset(of: Self.answers(of: other.population))
        }.map(\.population)
      }
      for parent in parents {
        var parentKey = key
        parentKey.population = parent
        if let index = variables[parentKey] {
          relate([(child, 1), (index, -1)], .lessOrEqual, 0)
        } else if key.field != "total",
          listed[Key(snapshot: key.snapshot, event: key.event, population: parent, field: key.field, group: "")] != nil
        {
          relate([(child, 1)], .lessOrEqual, 0)
        }
        if key.field == "total" { addDifferences(child: key, parent: parent) }
      }
    }
  }

  /// For a population inside another, both broken down by the same field: the people of the
  /// larger one outside the smaller add up, over the groups, to the difference of the totals,
  /// and none is negative. Written out with one unknown per group, this lets propagation see
  /// what the two breakdowns together imply (where the totals are equal, every group is).
  mutating func addDifferences(child total: Key, parent: String) {
    var parentTotal = total
    parentTotal.population = parent
    guard let childIndex = variables[total], let parentIndex = variables[parentTotal] else { return }
    let fields = Set(listed.keys.filter {
      $0.snapshot == total.snapshot && $0.event == total.event && $0.population == total.population
    }.map(\.field))
    for field in fields.sorted() {
      let childKey = Key(snapshot: total.snapshot, event: total.event, population: total.population, field: field, group: "")
      var parentKey = childKey
      parentKey.population = parent
      guard let childGroups = listed[childKey], let parentGroups = listed[parentKey] else { continue }
      var differences: [(Int, Int)] = []
      for group in childGroups.union(parentGroups).sorted() {
        var member = childKey
        member.group = group
        var container = parentKey
        container.group = group
        let difference = system.add()
        var terms = [(difference, 1)]
        if parentGroups.contains(group) { terms.append((variable(container), -1)) }
        if childGroups.contains(group) { terms.append((variable(member), 1)) }
        relate(terms, .equal, 0)
        differences.append((difference, 1))
      }
      relate(differences + [(parentIndex, -1), (childIndex, 1)], .equal, 0)
    }
  }
}
