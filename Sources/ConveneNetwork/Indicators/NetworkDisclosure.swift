import ConveneCore
import ConveneEvaluation

/// A network report's cell as it leaves the folder: the value, or that it is hidden.
public struct PublishedNetworkValue: Sendable, Equatable {
  /// The exact cell.
  public var value: NetworkValue
  /// What of it is hidden (the value and n, or a percentage's value only), nil when shown.
  public var suppression: PublishedValue.Suppression?

  /// Creates a published cell.
  public init(value: NetworkValue, suppression: PublishedValue.Suppression?) {
    self.value = value
    self.suppression = suppression
  }

  /// The cell as the event reports publish theirs, for its texts.
  var published: PublishedValue {
    PublishedValue(value: NetworkDisclosure.indicatorValue(value), suppression: suppression)
  }

  /// True when n is hidden (and the value with it).
  public var isCountHidden: Bool { suppression == .cell }

  /// `suppressed` when the value is hidden, whatever the reason; nil when shown.
  public var hiddenText: String? { published.hiddenText }

  /// The value as published (rounded) when shown, nil when hidden or when there was nothing
  /// to compute.
  public var shownValue: Double? { published.shownValue }

  /// The value as text, or the hidden mark; empty when there was nothing to compute.
  public var valueText: String { published.valueText }

  /// n as text; a percentage hidden for its numerator alone keeps its n.
  public var nText: String { published.nText }

  /// The target as text, or empty.
  public var targetText: String {
    value.target.map { PublishedValue.format($0, kind: value.kind.indicatorKind) } ?? ""
  }
}

/// Hides the small groups of a network report: the one place where the network's cells meet
/// `DisclosureControl`. Each year stands alone (no figure adds years up). In a year, each
/// member city (and the other cities) is published like an event, and the network like the
/// roll-up of its cities: the network hides at least the groups any city hides, so that the
/// network minus the other cities never gives a city's hidden cell away; cities whose whole
/// figure is hidden are hidden in twos or more, holding at least the threshold together; a
/// network cell hidden while every city's share of it is shown gets one of them hidden. The
/// framework's indicators and the city records' network row count the same people under the
/// same population, so they share one pattern and copies of a number are hidden together.
/// Counts of cities, events and requests are not about people and are shown, except a count
/// of cities acting on commitments where a city it counts had fewer people acting than the
/// threshold (counting the city would say that they acted); that a city took part is shown
/// by its own record, which lists the events.
public enum NetworkDisclosure {
  /// The people who took part (recorded present, or confirmed at an event without attendance
  /// records), once per event.
  public static let tookPart = "took-part"

  /// What an event's own reports hid of its records as they are: the network's cells of its
  /// year, which add its people up with other events', hide at least the same groups.
  public struct EventPattern: Sendable {
    /// The year the event's people count in.
    public var year: Int
    /// The groups its reports hid.
    public var pattern: DisclosureControl.Pattern
    /// True when it recorded attendance (who took part is then who attended, else who confirmed).
    public var recordedAttendance: Bool
    /// The fields whose residual groups its reports published merged into "other or not
    /// stated" (`DisclosureRecord.merging`, whatever the state of its records): the network
    /// merges them too in the event's year, so that none of its cells splits the event's merged one.
    public var mergedFields: Set<String>
    /// The questions it asks commitments with (`Commitment.questions`): who answered one of
    /// them, in its report, is who made a commitment, in the network's.
    public var commitmentQuestions: Set<String>
    /// Its own threshold: below the network's, its report shows groups the network counts small.
    public var threshold: Int

    /// Bundles one event's pattern.
    public init(
      year: Int, pattern: DisclosureControl.Pattern, recordedAttendance: Bool, mergedFields: Set<String> = [],
      commitmentQuestions: Set<String> = [], threshold: Int = DisclosurePolicy().threshold
    ) {
      self.threshold = threshold
      self.year = year
      self.pattern = pattern
      self.recordedAttendance = recordedAttendance
      self.mergedFields = mergedFields
      self.commitmentQuestions = commitmentQuestions
    }

    /// The network's populations that count the same people as the event's `population`
    /// (where its report hid a group of them, the network hides the same group): who took
    /// part for who attended (or confirmed, without attendance records), who made a
    /// commitment for who answered a commitment question, the shared populations and
    /// those who answered one question as they are, and for those who gave some answers to a
    /// question, those who gave any answers of `answers` (the network's shares) to the same
    /// question: a share of other answers, beside the event's mean and distribution of the
    /// same people's answers, would give what the event hid.
    func networkPopulations(of population: String, answers: Set<String> = []) -> [String] {
      let shared: Set<String> = [
        Population.registered, Population.confirmed, Population.attended, Population.responded,
        Population.committed, Population.followedUp, Population.actedUpon,
      ]
      var targets: [String] = []
      if shared.contains(population) || population.hasPrefix("answered:") && !population.contains("+") {
        targets.append(population)
      }
      if population == (recordedAttendance ? Population.attended : Population.confirmed) {
        targets.append(NetworkDisclosure.tookPart)
      }
      if let questions = Population.answeredQuestions(population), questions.count == 1,
        commitmentQuestions.contains(questions[0])
      {
        targets.append(Population.committed)
      }
      if population.hasPrefix("answer:"), let equals = population.firstIndex(of: "=") {
        let question = population[...equals]
        targets += answers.filter { $0.hasPrefix(question) }.sorted()
      }
      return targets
    }
  }

  /// The published form of `values` under `policy`, hiding at least what the events' own
  /// reports hid (`events`): the cells about people with residual groups merged where one is
  /// small and rows added for hidden groups that count no one (each table's total first, then
  /// its groups in reading order); the other cells as they are, except counts of cities that
  /// rest on fewer people than the threshold (`NetworkValue.fewestBehind`). `cityGroups` gives
  /// each member city's `region`, `country` and `city_size` group: people broken down by city
  /// size add up the cities' totals, and a group holds at least one person per city of it that
  /// took part.
  public static func publish(
    _ values: [NetworkValue], policy: DisclosurePolicy = DisclosurePolicy(), events: [EventPattern] = [],
    cityGroups: [String: [String: String]] = [:]
  ) -> [PublishedNetworkValue] {
    publish(values, policy: policy, events: events, cityGroups: cityGroups, cityEvents: CityEventGroups()).values
  }

  /// The same, where `cityEvents` gives the cities' groups at each event, which every city
  /// cell adds up (`CityEventGroups`); and the events (positions) of each year and city whose
  /// officials the city records must not name.
  static func publish(
    _ values: [NetworkValue], policy: DisclosurePolicy = DisclosurePolicy(), events: [EventPattern] = [],
    cityGroups: [String: [String: String]] = [:], cityEvents: CityEventGroups
  ) -> (values: [PublishedNetworkValue], withheld: [Int: [String: Set<Int>]]) {
    let byYear = Dictionary(grouping: values.filter(\.isAboutPeople), by: \.year)
    var rows: [String: [PublishedNetworkValue]] = [:]
    var withheld: [Int: [String: Set<Int>]] = [:]
    // Each year stands alone: the years are published at the same time, on every core.
    let years = byYear.keys.sorted()
    let publications = ParallelMap.map(years) { year in
      NetworkYearDisclosure(
        byYear[year]!, policy: policy, events: events.filter { $0.year == year }, cityGroups: cityGroups,
        cityEvents: cityEvents.patterns[year] ?? [:], blocks: cityEvents.blocks[year] ?? [],
        attendance: cityEvents.attendance[year] ?? .init(), subsets: cityEvents.subsets[year] ?? [:]
      ).publishWithOfficials()
    }
    for (year, published) in zip(years, publications) {
      for row in published.rows {
        rows[tableKey(row.value), default: []].append(row)
      }
      for key in published.withheld {
        let parts = key.split(separator: "\u{1F}", omittingEmptySubsequences: false)
        withheld[year, default: [:]][String(parts[0]), default: []].insert(Int(parts[1])!)
      }
    }
    var result: [PublishedNetworkValue] = []
    result.reserveCapacity(values.count)
    var done = Set<String>()
    for value in values {
      guard value.isAboutPeople else {
        let restsOnFew = value.fewestBehind.map { $0 < policy.threshold } ?? false
        result.append(PublishedNetworkValue(value: value, suppression: restsOnFew ? .cell : nil))
        continue
      }
      let key = tableKey(value)
      guard done.insert(key).inserted else { continue }
      result += ordered(rows[key] ?? [])
    }
    return (result, withheld)
  }

  /// The table a cell belongs to: its year, figure and scope.
  static func tableKey(_ value: NetworkValue) -> String {
    [String(value.year), value.indicator, value.scope].joined(separator: "\u{1F}")
  }

  /// One table's rows: the total, then each field's groups in reading order.
  static func ordered(_ rows: [PublishedNetworkValue]) -> [PublishedNetworkValue] {
    var fields: [String] = []
    for row in rows where !row.value.isTotal && !fields.contains(row.value.disaggregation) {
      fields.append(row.value.disaggregation)
    }
    return rows.filter(\.value.isTotal)
      + fields.flatMap { field in
        rows.filter { $0.value.disaggregation == field }.sorted {
          GroupOrder.precedes(field, $0.value.group, $1.value.group)
        }
      }
  }

  /// The people a cell's n counts and its numerator counts, by what the number is: cells of
  /// the framework and of the city records that count the same people name the same
  /// population, so that one pattern hides the same groups of both.
  static func populations(_ identity: String) -> (n: String, numerator: String?) {
    switch identity {
    case NetworkMeasure.participants.rawValue: (tookPart, nil)
    case NetworkMeasure.responses.rawValue: (Population.responded, nil)
    case NetworkMeasure.commitments.rawValue: (Population.committed, nil)
    case NetworkMeasure.followedUp.rawValue: (Population.followedUp, nil)
    case NetworkMeasure.actedUpon.rawValue: (Population.actedUpon, nil)
    case NetworkMeasure.followupRate.rawValue: (Population.committed, Population.followedUp)
    case NetworkMeasure.actedUponShare.rawValue: (Population.followedUp, Population.actedUpon)
    default:
      if identity.hasPrefix("mean:") {
        (meanPopulation(identity.dropFirst("mean:".count)), nil)
      } else if identity.hasPrefix("share:"), let equals = identity.firstIndex(of: "=") {
        (
          Population.answered(String(identity[identity.index(identity.startIndex, offsetBy: 6)..<equals])),
          "answer:" + identity.dropFirst("share:".count)
        )
      } else {
        (identity, identity + ":counted")
      }
    }
  }

  /// What a mean of `question` is, whoever computes it: the mean over those who answered it,
  /// or over those who answered both questions a change compares (`pairs`), as the events'
  /// reports take it: a mean over one question less the same over both would otherwise give
  /// the answers of those who answered only one.
  static func meanIdentity(_ question: String, pairs: [String: (before: String, after: String)]) -> String {
    "mean:\(question)" + (pairs[question].map { "|" + Population.answeredBoth($0.before, $0.after) } ?? "")
  }

  /// The population after `mean:` in a mean's identity (`meanIdentity`).
  static func meanPopulation(_ body: Substring) -> String {
    guard let bar = body.firstIndex(of: "|") else { return Population.answered(String(body)) }
    return String(body[body.index(after: bar)...])
  }

  /// Those a mean of `question` counts: who answered it, or both questions of its pair.
  static func answersMean(
    _ person: NetworkPerson, _ question: String, pairs: [String: (before: String, after: String)]
  ) -> Bool {
    let questions = pairs[question].map { [$0.before, $0.after] } ?? [question]
    return questions.allSatisfy { Double(person.answers[$0] ?? "") != nil }
  }

  /// The cell as `DisclosureControl` sees it: the scope as its event.
  /// The participants of a framework row's group stand for the event's registered: every
  /// breakdown lists their groups, and a row of no one among few of them is hidden by the same rule.
  static func indicatorValue(_ value: NetworkValue) -> IndicatorValue {
    var cell = IndicatorValue(
      event: value.scope, indicator: value.indicator, disaggregation: value.disaggregation,
      group: value.group, value: value.value, n: value.n, target: value.target,
      kind: value.kind.indicatorKind, population: populations(value.identity).n,
      numerator: value.numerator, numeratorPopulation: value.numeratorPopulation)
    cell.registeredInGroup = value.participantsInGroup
    return cell
  }
}
