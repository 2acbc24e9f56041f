/// Everything an attacker can write down from published reports: one unknown count per set of
/// people a cell counts (cells of several indicators counting the same people share it), the
/// numbers shown, and every relation the tables imply: a breakdown's groups add up to its
/// total, the events' cells add up to the cell for all, a rounded percentage times its n gives
/// its numerator, a question's answer counts add up to the people who answered it, commitments
/// acted upon are the follow-ups done or in progress, and the people of a population are among
/// those of the populations it is part of.
struct AttackModel {
  /// A count: whose, and of whom (`total`/`all` for a whole population).
  struct Key: Hashable, Comparable {
    var snapshot: String
    var event: String
    var population: String
    var field: String
    var group: String

    /// In the order of their parts, for a model built the same way every time.
    static func < (a: Key, b: Key) -> Bool {
      (a.snapshot, a.event, a.population, a.field, a.group) < (b.snapshot, b.event, b.population, b.field, b.group)
    }
  }

  /// A count the reports hide (or only imply), which must not be narrowed to 1 to t - 1.
  struct Hidden {
    var variable: Int
    /// The cells that show (or imply) it, first in order.
    var cells: [String]
    var threshold: Int

  }

  var system = IntegerSystem()
  var variables: [Key: Int] = [:]
  var hidden: [Int: Hidden] = [:]
  /// Relations written down (without repeats).
  var relations = Set<[Int]>()
  /// The complement of a share (n less the numerator) by the unknowns of its n and numerator.
  var complements: [[Int]: Int] = [:]
  /// Breakdowns published: snapshot, event, population and field → the groups listed.
  var listed: [Key: Set<String>] = [:]
  /// True when the model takes a network's records to agree with one another the way they
  /// usually do: the people of feedback in a city or group are among those who took part, and
  /// a person's region and country are her city's (`addParticipantFloors`).
  var assumesRecordsAgree = true
  /// The events and questions whose whole event's answers the report being read publishes.
  var distributed = Set<[String]>()
  /// The groups of each breakdown of a share whose values a report hides, when they are some
  /// but not all of its groups (`addHiddenTogether`).
  var hiddenShareGroups: [HiddenShareGroups] = []
  /// The people of a residual group inside an event's merged group, by the key the group
  /// would have apart (`mergedPart`): unknowns of their own, outside `variables`, since no
  /// breakdown of the event lists them.
  var mergedParts: [Key: Int] = [:]

  mutating func variable(_ key: Key) -> Int {
    if let index = variables[key] { return index }
    let index = system.add()
    variables[key] = index
    return index
  }

  /// Writes a relation once.
  mutating func relate(_ terms: [(Int, Int)], _ relation: IntegerSystem.Relation, _ bound: Int) {
    let signature =
      terms.sorted { $0.0 < $1.0 }.flatMap { [$0.0, $0.1] } + [bound, relation == .equal ? 0 : relation == .lessOrEqual ? 1 : 2]
    guard !relations.contains(signature) else { return }
    relations.insert(signature)
    system.add(terms, relation, bound)
  }

  /// The key of a cell's n or numerator.
  static func key(_ cell: Cell, _ population: String, snapshot: Snapshot) -> Key {
    let snapshot = snapshot(cell.event, population)
    return cell.isFieldGroup
      ? Key(snapshot: snapshot, event: cell.event, population: population, field: cell.disaggregation, group: cell.group)
      : Key(snapshot: snapshot, event: cell.event, population: population, field: "total", group: "all")
  }

  /// Names the figures a report's cells of one event and population belong to.
  typealias Snapshot = (_ event: String, _ population: String) -> String

  /// Builds the model of `reports`, whose events fall into `snapshots` (report index, event →
  /// snapshot name: reports of the same people share their unknowns).
  init(_ reports: [PublishedReport], snapshots: [Int: [String: String]], assumesRecordsAgree: Bool = true) {
    self.assumesRecordsAgree = assumesRecordsAgree
    for (index, report) in reports.enumerated() {
      let snapshot = { (event: String, population: String) in
        snapshots[index]?["\(event)\u{1F}\(DisclosureAudit.source(population))"] ?? "\(index)/\(event)"
      }
      distributed = Set(
        report.cells.filter { $0.disaggregation == "answer" }.map { [$0.event, Self.question(of: $0.population)] })
      for cell in report.cells { addCell(cell, report: report, snapshot: snapshot) }
      addPartitions(report, snapshot: snapshot)
      addAnswers(report, snapshot: snapshot)
      addRollUp(report, snapshot: snapshot)
      addCitySizes(report, snapshot: snapshot)
      addCityCounts(report, snapshot: snapshot)
      addActedUponStatuses(report, snapshot: snapshot)
      addParticipantFloors(report, snapshot: snapshot)
      collectHiddenShareGroups(report, snapshot: snapshot)
    }
    addNetworkLinks(reports, snapshots: snapshots)
    addCityEventGroups(reports, snapshots: snapshots)
    addShareClasses(reports, snapshots: snapshots)
    addHiddenTogether()
    addSubsets()
  }

  mutating func addCell(_ cell: Cell, report: PublishedReport, snapshot: Snapshot) {
    let definition = report.definitions.indicators[cell.indicator]
    let policy = policy(report, cell.event)
    let n = variable(Self.key(cell, cell.population, snapshot: snapshot))
    if cell.isFieldGroup {
      var key = Self.key(cell, cell.population, snapshot: snapshot)
      key.group = ""
      listed[key, default: []].insert(cell.group)
    }
    let name = "\(cell.event) \(cell.indicator) \(cell.disaggregation) \(cell.group)"
    if let count = cell.n.integer {
      relate([(n, 1)], .equal, count)
    } else if cell.n == .hidden {
      markHidden(n, name, policy.threshold)
    }
    let counts = ["registered", "confirmed", "attended", "responses", "answered", "distribution", "session-attendance"]
    if counts.contains(definition?.measure ?? ""), let count = cell.value.integer {
      relate([(n, 1)], .equal, count)
    }
    guard let population = cell.numeratorPopulation else { return }
    let numerator = variable(Self.key(cell, population, snapshot: snapshot))
    if cell.isFieldGroup {
      var key = Self.key(cell, population, snapshot: snapshot)
      key.group = ""
      listed[key, default: []].insert(cell.group)
    }
    // Answer counts of the whole event are shown once enough people answered; a group that
    // holds everyone (its n is the total's) repeats them.
    let total =
      cell.isFieldGroup
      ? report.cells.first {
        $0.event == cell.event && $0.indicator == cell.indicator && $0.disaggregation == "total"
      } : cell
    let answersShown =
      population.hasPrefix("answer:") && distributed.contains([cell.event, Self.question(of: population)])
      && (total?.n.integer ?? 0) >= policy.distributionMinimum
      && cell.n.integer == total?.n.integer
    if !answersShown {
      markHidden(numerator, name + " (numerator)", policy.threshold)
      if Self.protectsComplement(population) {
        // The rest of the share's n (those who gave another answer, whose commitment is not
        // acted upon) must not be narrowed to a small group either.
        let complement = complements[[n, numerator]] ?? system.add()
        complements[[n, numerator]] = complement
        relate([(complement, 1), (n, -1), (numerator, 1)], .equal, 0)
        markHidden(complement, name + " (complement)", policy.threshold)
      }
    }
    if case .number(let text) = cell.value, let value = DecimalText(text) {
      // value rounded half away from zero: 100 numerator / n within half a unit of it.
      var scale = 1
      for _ in 0...value.places { scale *= 10 }
      let centre = value.digits * 10
      relate([(numerator, 100 * scale), (n, -(centre - 5))], .greaterOrEqual, 0)
      relate([(numerator, 100 * scale), (n, -(centre + 5))], .lessOrEqual, -1)
    }
  }

  /// True for a share's numerator whose complement (n less the numerator) is protected as
  /// the numerator is: a share of a question's answers, the acted-upon share of follow-ups.
  static func protectsComplement(_ numerator: String) -> Bool {
    numerator.hasPrefix("answer:") || numerator == "acted-upon"
  }

  mutating func markHidden(_ variable: Int, _ cell: String, _ threshold: Int) {
    var entry = hidden[variable] ?? Hidden(variable: variable, cells: [], threshold: threshold)
    entry.cells = (entry.cells + [cell]).sorted()
    entry.threshold = min(entry.threshold, threshold)
    hidden[variable] = entry
  }

  func policy(_ report: PublishedReport, _ event: String) -> Definitions.Policy {
    if let policy = report.definitions.policies[event] { return policy }
    // `all`: the weakest of the events'.
    let policies = report.definitions.policies.values
    var policy = Definitions.Policy()
    if let threshold = policies.map(\.threshold).min() { policy.threshold = threshold }
    if let minimum = policies.map(\.distributionMinimum).min() { policy.distributionMinimum = minimum }
    policy.residualGroups = policies.reduce(into: Set<String>()) { $0.formUnion($1.residualGroups) }
    return policy
  }
}
