import ConveneCore
import ConveneEvaluation

/// One event workspace of the network, with everything its figures are computed from.
public struct NetworkEvent: Sendable {
  /// The path as `network.json` gives it.
  public var path: String
  /// The plan, evaluation, attendance and feedback of the event.
  public var records: EventRecords {
    didSet { digests = Self.digests(of: records) }
  }
  /// The digests of the records by source (`IndicatorCalculator.sourceDigests`), computed once
  /// (when the event is bundled or its records change): what its published reports' records
  /// are compared with.
  public private(set) var digests: [Population.Source: String]
  /// `followup/followup.csv`.
  public var followups: [FeedbackResponse]
  /// The line of its path in `network.json` (0 when not read from it).
  public var line: Int
  /// What the event's own reports hid (`.convene/disclosure.json`).
  public var disclosure: DisclosureRecord

  /// Bundles one event.
  public init(
    path: String, records: EventRecords, followups: [FeedbackResponse] = [], line: Int = 0,
    disclosure: DisclosureRecord = DisclosureRecord()
  ) {
    self.path = path
    self.records = records
    digests = Self.digests(of: records)
    self.followups = followups
    self.line = line
    self.disclosure = disclosure
  }

  static func digests(of records: EventRecords) -> [Population.Source: String] {
    IndicatorCalculator([records], evaluation: records.evaluation).sourceDigests()
  }

  /// What the event's own reports hid of its records as they are now, and the editions of
  /// those records they named (by source name: `registration`, `feedback`); nothing for
  /// records that changed since.
  public var published: (pattern: DisclosureControl.Pattern, editions: [String: String]) {
    var editions: [String: String] = [:]
    for (source, digest) in digests where disclosure.digests[source] == digest {
      if let edition = disclosure.editions[source] { editions[DisclosureRecord.name(of: source)] = edition }
    }
    return (disclosure.earlier(for: digests), editions)
  }

  /// True when the event recorded attendance (its people took part by being present).
  public var recordedAttendance: Bool { AttendanceBook(records.attendance).hasObservations }

  /// The event's id.
  public var id: String { records.plan.event.id }
  /// The year of its first day (the year its figures count in).
  public var year: Int { records.plan.event.dates.first?.year ?? 0 }
}

/// Everything a network report is computed from: the network folder's files and its events.
public struct NetworkRecords: Sendable {
  /// `network.json`.
  public var settings: NetworkSettings
  /// `cities.csv`.
  public var cities: [MemberCity]
  /// `framework.json`.
  public var framework: ResultsFramework
  /// `requests.csv`.
  public var requests: [HelpRequest]
  /// The events, in the order of `network.json`.
  public var events: [NetworkEvent]

  /// Bundles the records.
  public init(
    settings: NetworkSettings, cities: [MemberCity], framework: ResultsFramework,
    requests: [HelpRequest], events: [NetworkEvent]
  ) {
    self.settings = settings
    self.cities = cities
    self.framework = framework
    self.requests = requests
    self.events = events
  }

  /// The policy the network report hides small groups under: the strictest of `network.json`'s
  /// and every event's (a threshold never below any event's), with the groups an event's
  /// reports merged into "other or not stated" among the residual groups (`DisclosureRecord.merging`).
  public var disclosurePolicy: DisclosurePolicy {
    DisclosurePolicy.strictest(
      [settings.disclosure]
        + events.map { $0.records.plan.event.disclosure.addingResidualGroups($0.disclosure.merging.values.joined()) })
  }

  /// The years the report covers: from the first to the last year with an event or a request.
  public var years: [Int] {
    let all = events.map(\.year).filter { $0 > 0 } + requests.map(\.date.year)
    guard let first = all.min(), let last = all.max() else { return [] }
    return Array(first...last)
  }
}
