extension AttackModel {
  /// The pairs of populations, one inside the other, whose difference is itself a group of
  /// people (those registered who did not confirm, did not come or did not respond): a difference of 1 to t - 1 in a group gives away who they are.
  static let checkedDifferences: Set<[String]> = [
    ["registered", "confirmed"], ["registered", "attended"], ["registered", "responded"],
  ]

  /// What listing a row says. convene lists, in every table of an event broken down by a
  /// field, every group of that field someone is in: where the report says everyone counted
  /// is registered, each group holds someone among the registered. A table that lists only
  /// some of the groups (as reports of earlier versions did, a group where it counted
  /// someone) says of each row that it counts someone.
  mutating func addListedRows(_ report: PublishedReport, snapshot: Snapshot) {
    let rows = report.cells.filter(\.isFieldGroup)
    for (_, cells) in Dictionary(grouping: rows, by: { "\($0.event)\u{1F}\($0.disaggregation)" }) {
      let event = cells[0].event
      var byPopulation: [String: Set<String>] = [:]
      for cell in cells {
        byPopulation[cell.population, default: []].insert(cell.group)
        if let numerator = cell.numeratorPopulation { byPopulation[numerator, default: []].insert(cell.group) }
      }
      let universe = byPopulation.values.reduce(into: Set<String>()) { $0.formUnion($1) }
      for cell in cells where byPopulation[cell.population] != universe {
        var terms = [(variable(Self.key(cell, cell.population, snapshot: snapshot)), 1)]
        if let numerator = cell.numeratorPopulation {
          terms.append((variable(Self.key(cell, numerator, snapshot: snapshot)), 1))
        }
        relate(terms, .greaterOrEqual, 1)
      }
      guard byPopulation["registered"] != nil, report.definitions.everyoneRegistered.contains(event)
      else { continue }
      for group in universe.sorted() {
        guard let cell = cells.first(where: { $0.group == group }) else { continue }
        relate([(variable(Self.key(cell, "registered", snapshot: snapshot)), 1)], .greaterOrEqual, 1)
      }
    }
  }

  /// Where the report says everyone counted is registered, the people who attended and who
  /// responded are among the registered, in every group (figures of different sources of
  /// the same report).
  mutating func addRegisteredNesting(_ report: PublishedReport, snapshot: Snapshot) {
    for cell in report.cells where report.definitions.everyoneRegistered.contains(cell.event) {
      guard cell.disaggregation != "session", cell.disaggregation != "answer" else { continue }
      for population in [cell.population] + (cell.numeratorPopulation.map { [$0] } ?? [])
      where ["attended", "responded"].contains(population) {
        let child = Self.key(cell, population, snapshot: snapshot)
        let parent = Self.key(cell, "registered", snapshot: snapshot)
        guard let parentIndex = variables[parent], let childIndex = variables[child] else { continue }
        relate([(childIndex, 1), (parentIndex, -1)], .lessOrEqual, 0)
        if cell.isFieldGroup { addCheckedDifference(parent: parent, child: child) }
      }
    }
  }

  /// An unknown for the people of `parent` outside `child` (one group), checked like a
  /// hidden count.
  @discardableResult
  mutating func addCheckedDifference(parent: Key, child: Key) -> Int {
    let difference = variable(
      Key(
        snapshot: parent.snapshot + "−" + child.snapshot, event: parent.event,
        population: "\(parent.population)−\(child.population)", field: parent.field, group: parent.group))
    relate([(difference, 1), (variable(parent), -1), (variable(child), 1)], .equal, 0)
    markHidden(
      difference, "\(parent.event) \(parent.population) not \(child.population) \(parent.field) \(parent.group)",
      thresholds[parent.event] ?? 5)
    return difference
  }
}
