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
