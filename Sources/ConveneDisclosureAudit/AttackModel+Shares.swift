extension AttackModel {
  /// Several shares of one question shown for the same people (satisfied, answers 4 or 5,
  /// beside very satisfied, answer 5; or the same share defined otherwise by two reports of
  /// the same records): their answer sets cut the question's answers into classes (the
  /// answers each set holds or not alike), each numerator is the sum of its classes and n the
  /// sum of all. Every union of classes is a count a reader may work out, so each is checked
  /// like a hidden count (but where the whole event's answers are published: at the total,
  /// and in a group that holds everyone).
  mutating func addShareClasses(_ reports: [PublishedReport], snapshots: [Int: [String: String]]) {
    var published = Set<[String]>()
    var everyone = Set<[String]>()
    var thresholds: [String: Int] = [:]
    for (index, report) in reports.enumerated() {
      let totals = Dictionary(
        report.cells.filter { $0.disaggregation == "total" }.map {
          ("\($0.event) \($0.indicator)", $0.n.integer)
        },
        uniquingKeysWith: { a, _ in a })
      for cell in report.cells where cell.isFieldGroup && cell.population.hasPrefix("answered:") {
        guard let n = cell.n.integer, totals["\(cell.event) \(cell.indicator)"] == n else {
          continue
        }
        let snapshot =
          snapshots[index]?["\(cell.event)\u{1F}\(DisclosureAudit.source(cell.population))"]
          ?? "\(index)/\(cell.event)"
        everyone.insert([snapshot, cell.event, cell.population, cell.disaggregation, cell.group])
      }
      for event in Set(report.cells.map(\.event)) {
        thresholds[event] = min(thresholds[event] ?? Int.max, policy(report, event).threshold)
      }
      for cell in report.cells where cell.disaggregation == "answer" && cell.value.integer != nil {
        let snapshot =
          snapshots[index]?["\(cell.event)\u{1F}\(DisclosureAudit.source(cell.population))"]
          ?? "\(index)/\(cell.event)"
        published.insert([snapshot, cell.event, Self.question(of: cell.population)])
      }
    }
    var sets: [Key: Set<String>] = [:]
    for key in variables.keys
    where key.population.hasPrefix("answer:") && !key.population.contains("=#") {
      var place = key
      place.population = "answered:\(Self.question(of: key.population))"
      guard variables[place] != nil else { continue }
      sets[place, default: []].insert(key.population)
    }
    for (place, populations) in sets.sorted(by: { $0.key < $1.key }) where populations.count > 1 {
      let whole =
        place.field == "total"
        || everyone.contains([
          place.snapshot, place.event, place.population, place.field, place.group,
        ])
      let shown =
        whole
        && published.contains([place.snapshot, place.event, Self.question(of: place.population)])
      addClasses(
        place, populations: populations.sorted(),
        threshold: shown ? nil : thresholds[place.event] ?? 5)
    }
  }

  /// The classes of the answers of `populations` for the people of `place` (those who
  /// answered the question, in one group), related to the numerators and n; every union of
  /// them checked against `threshold` (each class alone where there are more than 6), none
  /// when it is nil.
  mutating func addClasses(_ place: Key, populations: [String], threshold: Int?) {
    let sets = populations.map { Set(Self.answers(of: $0)) }
    let answers = sets.reduce(into: Set<String>()) { $0.formUnion($1) }.sorted()
    var classes: [[Bool]: [String]] = [:]
    for answer in answers { classes[sets.map { $0.contains(answer) }, default: []].append(answer) }
    classes[sets.map { _ in false }, default: []].append("#rest")
    let kinds = classes.keys.sorted { $0.description < $1.description }
    let unknowns = kinds.map { kind -> Int in
      var key = place
      key.population =
        "class:\(Self.question(of: place.population))=\(classes[kind]!.joined(separator: "|"))"
      return variable(key)
    }
    relate(unknowns.map { ($0, 1) } + [(variables[place]!, -1)], .equal, 0)
    for (index, population) in populations.enumerated() {
      var key = place
      key.population = population
      let parts = kinds.indices.filter { kinds[$0][index] }.map { (unknowns[$0], 1) }
      relate(parts + [(variables[key]!, -1)], .equal, 0)
    }
    guard let threshold else { return }
    let name = "\(place.event) \(place.population) \(place.field) \(place.group)"
    let masks = kinds.count <= 6 ? Array(1..<(1 << kinds.count) - 1) : kinds.indices.map { 1 << $0 }
    for mask in masks {
      let members = kinds.indices.filter { mask & (1 << $0) != 0 }
      let union: Int
      if members.count == 1 {
        union = unknowns[members[0]]
      } else {
        union = system.add()
        relate(members.map { (unknowns[$0], 1) } + [(union, -1)], .equal, 0)
      }
      let answers = members.flatMap { classes[kinds[$0]]! }.map {
        $0 == "#rest" ? "other answers" : $0
      }
      markHidden(union, name + " (answers \(answers.joined(separator: ", ")))", threshold)
    }
  }
}

extension AttackModel {
  /// The groups of one breakdown of a share whose values a report hides (some, not all).
  struct HiddenShareGroups {
    /// The breakdown: snapshot, event, the share's numerator population and field (no group).
    var breakdown: Key
    var groups: [String]
    /// The cells' name: event, indicator and field.
    var name: String
    var threshold: Int
  }

  /// Notes, for each breakdown of a share of answers in `report`, the groups whose values it
  /// hides, where they are two or more but not every group listed (every group together is
  /// the total, checked as itself).
  mutating func collectHiddenShareGroups(_ report: PublishedReport, snapshot: Snapshot) {
    let cells = report.cells.filter { cell in
      cell.isFieldGroup && cell.numeratorPopulation?.hasPrefix("answer:") == true
    }
    let breakdowns = Dictionary(grouping: cells) {
      "\($0.event) \($0.indicator) \($0.disaggregation)"
    }
    for (name, rows) in breakdowns.sorted(by: { $0.key < $1.key }) {
      let hidden = rows.filter { $0.value == .hidden }.map(\.group).sorted()
      guard hidden.count > 1, hidden.count < Set(rows.map(\.group)).count else { continue }
      let cell = rows[0]
      var breakdown = Self.key(cell, cell.numeratorPopulation!, snapshot: snapshot)
      breakdown.group = ""
      hiddenShareGroups.append(
        HiddenShareGroups(
          breakdown: breakdown, groups: hidden, name: name,
          threshold: policy(report, cell.event).threshold))
    }
  }

  /// The hidden groups of a share's breakdown together hold the numerators of all of them,
  /// and the rest of their n (and, beside other shares of the question, each class of
  /// answers): a reader has each as the total less the groups shown, so none may be narrowed
  /// to 1 to `threshold - 1` people, as a hidden group alone may not.
  mutating func addHiddenTogether() {
    for entry in hiddenShareGroups {
      func members(_ population: String) -> [Int]? {
        let keys = entry.groups.map { group in
          var key = entry.breakdown
          (key.population, key.group) = (population, group)
          return key
        }
        let found = keys.compactMap { variables[$0] }
        return found.count == keys.count ? found : nil
      }
      let question = Self.question(of: entry.breakdown.population)
      guard let numerators = members(entry.breakdown.population),
        let people = members("answered:\(question)")
      else { continue }
      let name = "\(entry.name) hidden groups \(entry.groups.joined(separator: ", ")) together"
      let sum = system.add()
      relate(numerators.map { ($0, 1) } + [(sum, -1)], .equal, 0)
      markHidden(sum, name + " (numerator)", entry.threshold)
      let rest = system.add()
      relate(people.map { ($0, 1) } + numerators.map { ($0, -1) } + [(rest, -1)], .equal, 0)
      markHidden(rest, name + " (complement)", entry.threshold)
      // Each class a share of the question cut beside others in every hidden group.
      let prefix = "class:\(question)="
      let classes = Set(
        variables.keys.filter {
          $0.population.hasPrefix(prefix) && $0.snapshot == entry.breakdown.snapshot
            && $0.event == entry.breakdown.event && $0.field == entry.breakdown.field
        }.map(\.population))
      for population in classes.sorted() {
        guard let counts = members(population) else { continue }
        let together = system.add()
        relate(counts.map { ($0, 1) } + [(together, -1)], .equal, 0)
        let answers = population.dropFirst(prefix.count).split(separator: "|").map {
          $0 == "#rest" ? "other answers" : String($0)
        }.joined(separator: ", ")
        markHidden(together, name + " (answers \(answers))", entry.threshold)
      }
    }
  }
}
