/// Plays the attacker on published reports: from the files alone (the CSV, JSON, Markdown and
/// HTML of one report or several, of single events and roll-ups, earlier and later), it
/// writes down every number shown and every relation the tables imply (`AttackModel`), then
/// decides for each count a report hides whether arithmetic pins it to 1 to `threshold - 1`
/// people: exactly, by propagating intervals and then asking lp_solve for the smallest and
/// largest whole-number value the count can take under every relation (`Solver`). A hidden
/// count is safe when some solution makes it 0 or some solution makes it `threshold` or more.
public enum DisclosureAudit {
  /// A hidden count that arithmetic narrows to a small group.
  public struct Recovered: Sendable, Equatable, CustomStringConvertible {
    /// The cells that show (or imply) the count: event, indicator, disaggregation and group
    /// (and "(numerator)" for a percentage's numerator).
    public var cells: [String]
    /// The values the count can still have: from the smallest to the largest a solution gives.
    public var values: [Int]

    public var description: String {
      let cell = cells.count == 1 ? cells[0] : "\(cells[0]) (and \(cells.count - 1) other cells of the same people)"
      return values.count == 1
        ? "\(cell) = \(values[0])" : "\(cell) is between \(values.first!) and \(values.last!)"
    }
  }

  /// What the audit found.
  public struct Result: Sendable {
    /// The relations written down.
    public var relations: Int
    /// The hidden (or only implied) counts checked.
    public var hiddenCounts: Int
    /// Hidden counts narrowed to 1 to `threshold - 1` people.
    public var recovered: [Recovered]
    /// Hidden counts the search could not decide within its step limit.
    public var undecided: [String]
    /// Files that disagree, or show what another hides, or numbers that contradict each other.
    public var findings: [String]
    /// True when the audit was asked to stop before it had checked every hidden count.
    public var stopped = false

    /// True when every hidden count was checked and nothing is recovered, undecided or wrong.
    public var passed: Bool { !stopped && recovered.isEmpty && undecided.isEmpty && findings.isEmpty }

    /// One line: how many hidden cells are recoverable, of how many, from how many relations.
    public var summary: String {
      "\(recovered.count) hidden cell\(recovered.count == 1 ? "" : "s") recoverable of \(hiddenCounts) checked against \(relations) relations"
        + (undecided.isEmpty ? "" : "; \(undecided.count) undecided")
        + (findings.isEmpty ? "" : "; \(findings.count) problem\(findings.count == 1 ? "" : "s") in the files")
        + (stopped ? "; stopped before every hidden count was checked" : "")
    }
  }

  /// Audits `reports` together (an attacker holding all of them).
  /// `seconds` bounds each question put to the solver (a count it cannot decide in time is
  /// listed as undecided, and the audit fails). `stopRequested` is asked before each hidden
  /// count: once it says true, the audit ends there, `stopped` and not passed.
  public static func run(
    _ reports: [PublishedFiles], seconds: Int = 60, stopRequested: () -> Bool = { false }
  ) -> Result {
    audit(reports.map(PublishedReport.init), seconds: seconds, stopRequested: stopRequested)
  }

  /// Audits a network report (each year's city records rolled up into the network's cells,
  /// the framework's cells counting the same people) together with `reports` (the events' own).
  public static func run(
    network: PublishedNetworkFiles, with reports: [PublishedFiles], seconds: Int = 60,
    stopRequested: () -> Bool = { false }
  ) -> Result {
    run(networks: [network], with: reports, seconds: seconds, stopRequested: stopRequested)
  }

  /// Audits several network reports (of folders over the same events or some of them)
  /// together with `reports`: the people of a city at an event are the same in each.
  public static func run(
    networks: [PublishedNetworkFiles], with reports: [PublishedFiles], seconds: Int = 60,
    stopRequested: () -> Bool = { false }
  ) -> Result {
    audit(
      networks.flatMap(PublishedReport.network) + reports.map(PublishedReport.init), seconds: seconds,
      stopRequested: stopRequested)
  }

  static func audit(_ published: [PublishedReport], seconds: Int, stopRequested: () -> Bool = { false }) -> Result {
    let snapshots = snapshots(published)
    var model = AttackModel(published, snapshots: snapshots)
    var solver = Solver(model: model, seconds: seconds)
    var started = solver.start()
    if !started && model.assumesRecordsAgree {
      // The records disagree (a form from someone not recorded present or an anonymous one,
      // a person registered under another region than her city's), and the numbers show it:
      // a reader cannot count on them either.
      model = AttackModel(published, snapshots: snapshots, assumesRecordsAgree: false)
      solver = Solver(model: model, seconds: seconds)
      started = solver.start()
    }
    var result = Result(
      relations: model.system.count, hiddenCounts: model.hidden.count, recovered: [],
      undecided: [], findings: published.flatMap(\.findings))
    guard started else {
      result.findings.append("the published numbers contradict each other")
      return result
    }
    for hidden in model.hidden.values.sorted(by: { $0.cells[0] < $1.cells[0] }) {
      if stopRequested() {
        result.stopped = true
        return result
      }
      switch solver.decide(hidden) {
      case .safe: break
      case .recovered(let values): result.recovered.append(Recovered(cells: hidden.cells, values: Array(values)))
      case .undecided: result.undecided.append(hidden.cells[0])
      }
    }
    return result
  }

  /// Which reports show the same people. Reports that name the same edition of an event's
  /// records show the same people. Otherwise an event's cells of one source in two reports
  /// that agree on every number both show are taken as the same figures, as an attacker would
  /// guess; when both name editions (which differ: a record lost, or other records), they
  /// must also show some number in common. `all` of a roll-up goes only with the same events,
  /// and a network report's cities and network only with those of reports counting the same
  /// events' records (two network folders over different events show other sums).
  static func snapshots(_ reports: [PublishedReport]) -> [Int: [String: String]] {
    struct Snapshot {
      var editions: Set<String>
      var shown: [String: (Shown, Shown)]
    }
    var groups: [String: [Snapshot]] = [:]
    var result: [Int: [String: String]] = [:]
    for (index, report) in reports.enumerated() {
      let byEvent = Dictionary(grouping: report.cells) { "\($0.event)\u{1F}\(source($0.population))" }
      // A network's city adds up the events the network counts (as their records were).
      let counted = report.definitions.networkEvents.map { event in
        event.id + "=" + event.editions.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: ";")
      }.sorted().joined(separator: ",")
      for (event, cells) in byEvent {
        let name =
          (event.hasPrefix("all\u{1F}")
            ? "\(event)[\(report.definitions.events.sorted().joined(separator: ","))]" : event)
          + (counted.isEmpty ? "" : "{\(counted)}")
        let edition = edition(event, in: report.definitions)
        let shown = Dictionary(cells.map { ($0.key, ($0.value, $0.n)) }, uniquingKeysWith: { a, _ in a })
        var known = groups[name] ?? []
        let match =
          known.firstIndex { edition != nil && $0.editions.contains(edition!) }
          ?? known.firstIndex { other in
            var common = false
            for (key, pair) in shown {
              guard let theirs = other.shown[key] else { continue }
              guard agrees(pair.0, theirs.0) && agrees(pair.1, theirs.1) else { return false }
              if case .number = pair.1, case .number = theirs.1 { common = true }
            }
            return common || edition == nil || other.editions.isEmpty
          }
        if let match {
          known[match].shown.merge(shown) { mine, _ in mine }
          if let edition { known[match].editions.insert(edition) }
          result[index, default: [:]][event] = "\(name)#\(match)"
        } else {
          known.append(Snapshot(editions: edition.map { [$0] } ?? [], shown: shown))
          result[index, default: [:]][event] = "\(name)#\(known.count - 1)"
        }
        groups[name] = known
      }
    }
    return result
  }

  /// The edition of an event's records of one source (`event` U+001F `source`), or for `all`
  /// the editions of every event it adds up; nil when the report does not say.
  static func edition(_ eventAndSource: String, in definitions: Definitions) -> String? {
    let parts = eventAndSource.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
    let (event, source) = (parts[0], parts[1])
    let events = event == "all" && definitions.events.count > 1 ? definitions.events.sorted() : [event]
    var named: [String] = []
    for name in events {
      guard let edition = definitions.editions[name]?[source] else { return nil }
      named.append("\(name)=\(edition)")
    }
    return named.joined(separator: ",")
  }

  static func agrees(_ a: Shown, _ b: Shown) -> Bool { a.agrees(with: b) }

  /// Which records a population comes from: feedback, sessions (who came to each, ratings per
  /// session), or registration and attendance.
  static func source(_ population: String) -> String {
    if population.hasPrefix("present:") || population.hasPrefix("rated:") { return "sessions" }
    return ["responded", "committed", "answered:", "answer:"].contains { population.hasPrefix($0) }
      ? "feedback" : "registration"
  }
}
