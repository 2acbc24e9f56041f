import ConveneCore

/// Computes the indicators of one event, or of several pooled together (`report --across`),
/// exactly; `DisclosureControl` then hides the small groups.
public struct IndicatorCalculator: Sendable {
  /// One person, or one anonymous response, with everything the indicators count.
  struct Subject {
    /// `participant id`, or `response:` and the response's id for an anonymous response.
    var key: String
    var profile: [String: String]
    var registered = false
    /// Status `confirmed`.
    var confirmed = false
    var attended = false
    /// Attended where the event recorded attendance, else confirmed: the people a response
    /// rate is taken over.
    var expected = false
    /// True when the person's event recorded attendance.
    var inObservedEvent = false
    var responded = false
    var answers: [String: String] = [:]
    var presentAt: Set<String> = []
    var city = ""
  }

  /// The group of people who did not give a value for a participant field.
  public static let notGiven = "not-given"

  /// The participant fields indicators may be broken down by, in order.
  public static let fields = IndicatorDefinition.standardDisaggregations

  let subjects: [Subject]
  let evaluation: Evaluation
  /// Every session with its key in attendance (`event/session`), in the events' order.
  let sessionKeys: [(key: String, session: Session)]
  /// The sessions of the events that recorded attendance by session (not only by day): those
  /// whose attendance per session is known, no one present included.
  let observedSessionKeys: [(key: String, session: Session)]
  let hasAttendance: Bool
  let eventID: String
  /// The name of the people a response rate is taken over: `attended` when every event
  /// recorded attendance, `confirmed` when none did.
  let expectedPopulation: String
  /// The name of the people an attendance rate is taken over: `confirmed`, or in a roll-up
  /// where some events did not record attendance, those confirmed for the others.
  let confirmedPopulation: String
  /// How many registered people each group of each participant field holds: every
  /// breakdown lists these groups, whoever its population counts.
  let registeredGroups: [String: [String: Int]]

  /// Prepares the computation over `events` (one event, or several to roll up under `all`),
  /// with the questions and indicators of `evaluation` (by default the first event's).
  public init(_ events: [EventRecords], evaluation: Evaluation? = nil) {
    var subjects: [Subject] = []
    for records in events {
      subjects += Self.subjects(of: records, evaluation: evaluation ?? records.evaluation)
    }
    self.subjects = subjects
    self.evaluation = evaluation ?? events.first?.evaluation ?? Evaluation()
    sessionKeys = events.flatMap { records in
      records.plan.sessions.map { ("\(records.plan.event.id)/\($0.id)", $0) }
    }
    // An observation always stands in the book, so any observed record means attendance.
    let observed = events.map { $0.attendance.contains { $0.status.isObserved } }
    hasAttendance = observed.contains(true)
    observedSessionKeys = events.flatMap { records in
      let bySession = records.attendance.contains { $0.status.isObserved && !Self.isDayKey($0.session) }
      return bySession ? records.plan.sessions.map { ("\(records.plan.event.id)/\($0.id)", $0) } : []
    }
    expectedPopulation =
      observed.allSatisfy { $0 }
      ? Population.attended : observed.contains(true) ? "expected" : Population.confirmed
    confirmedPopulation =
      observed.allSatisfy { $0 } ? Population.confirmed : Population.confirmedWhereObserved
    eventID = events.count == 1 ? events[0].plan.event.id : "all"
    registeredGroups = Self.groupSizes(of: subjects.filter(\.registered))
  }

  /// How many of `people` each group of each participant field holds.
  static func groupSizes(of people: [Subject]) -> [String: [String: Int]] {
    var sizes: [String: [String: Int]] = [:]
    for person in people {
      for field in fields { sizes[field, default: [:]][person.profile[field] ?? notGiven, default: 0] += 1 }
    }
    return sizes
  }

  static func subjects(of records: EventRecords, evaluation: Evaluation) -> [Subject] {
    let book = AttendanceBook(records.attendance)
    let observed = book.hasObservations
    // Where each person was present, as `event/session` (or `event/date`) keys.
    let prefix = records.plan.event.id + "/"
    var present: [String: Set<String>] = [:]
    for record in book.records where record.status == .present {
      present[record.participant, default: []].insert(prefix + record.session)
    }
    let profileQuestions = Dictionary(
      evaluation.questions.compactMap { question in question.profileField.map { ($0, question.id) } },
      uniquingKeysWith: { first, _ in first })
    var byParticipant: [String: FeedbackResponse] = [:]
    var anonymous: [FeedbackResponse] = []
    for response in records.responses {
      if response.participant.isEmpty {
        anonymous.append(response)
      } else {
        byParticipant[response.participant] = response
      }
    }
    func profile(_ person: Participant?, _ answers: [String: String]) -> [String: String] {
      var profile: [String: String] = [:]
      let fields: [(String, String)] = [
        ("category", person?.category ?? ""), ("gender", person?.gender ?? ""),
        ("age_group", person?.ageGroup ?? ""), ("region", person?.region ?? ""),
        ("country", person?.country ?? ""),
      ]
      for (field, registered) in fields {
        var value = registered
        if value.isEmpty, let question = profileQuestions[field] { value = answers[question] ?? "" }
        profile[field] = value.isEmpty ? notGiven : value
      }
      return profile
    }
    var subjects: [Subject] = []
    for person in records.plan.participants {
      let response = byParticipant[person.id]
      var subject = Subject(key: prefix + person.id, profile: profile(person, response?.answers ?? [:]))
      subject.registered = person.status != .invited
      subject.presentAt = present[person.id] ?? []
      subject.attended = !subject.presentAt.isEmpty
      subject.confirmed = person.status == .confirmed
      subject.expected = observed ? subject.attended : subject.confirmed
      subject.inObservedEvent = observed
      subject.responded = response != nil
      subject.answers = response?.answers ?? [:]
      subject.city = person.city.isEmpty ? "" : person.city.folded + "|" + person.country
      subjects.append(subject)
    }
    for response in anonymous {
      var subject = Subject(key: prefix + "response:" + response.id, profile: profile(nil, response.answers))
      subject.responded = true
      subject.answers = response.answers
      subjects.append(subject)
    }
    return subjects
  }

  /// Every indicator of the evaluation, total first and then each disaggregation.
  public func values() -> [IndicatorValue] {
    evaluation.indicators.flatMap(values(of:))
  }

  /// A digest of the records each source of populations is computed from (who registered,
  /// confirmed and came, with their groups; who answered what), to tell whether populations
  /// published before are still the same people (see `DisclosureRecord`).
  public func sourceDigests() -> [Population.Source: String] {
    sourceLines().mapValues { contentDigest($0.values.sorted().joined(separator: "\n")) }
  }

  /// What each source's records say of each person (or anonymous response), by source and
  /// person: their groups and what the source counts of them (see `DisclosureRecord`), with
  /// their city unless `places` is false (as records kept by source before cities were held).
  public func sourceLines(places: Bool = true) -> [Population.Source: [String: String]] {
    func lines(_ line: (Subject) -> [String]) -> [String: String] {
      Dictionary(
        subjects.map { subject in
          (
            subject.key,
            ([subject.key] + Self.fields.map { subject.profile[$0] ?? "" } + line(subject))
              .joined(separator: "\u{1F}")
          )
        }, uniquingKeysWith: { first, _ in first })
    }
    return [
      // The city too: a network report counts people by city.
      .registration: lines { subject in
        [subject.registered, subject.confirmed, subject.attended, subject.expected].map {
          $0 ? "1" : "0"
        } + (places ? [subject.city] : [])
      },
      .feedback: lines { subject in
        [subject.responded ? "1" : "0"]
          + subject.answers.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
      },
      // Who came to which session, and the ratings given per session.
      .sessions: lines { subject in
        subject.presentAt.sorted()
          + subject.answers.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
      },
    ]
  }

  /// The regions of each country among the people (a region's countries add up to it).
  public func regionsOfCountry() -> [String: Set<String>] {
    var regions: [String: Set<String>] = [:]
    for subject in subjects {
      regions[subject.profile["country"] ?? Self.notGiven, default: []].insert(
        subject.profile["region"] ?? Self.notGiven)
    }
    return regions
  }

  /// The values of one indicator.
  func values(of indicator: IndicatorDefinition) -> [IndicatorValue] {
    switch indicator.measure {
    case .registered: return counting(indicator, Population.registered) { $0.registered }
    case .confirmed: return counting(indicator, Population.confirmed) { $0.confirmed }
    case .attended:
      return hasAttendance ? counting(indicator, Population.attended) { $0.attended } : []
    case .responses: return counting(indicator, Population.responded) { $0.responded }
    case .attendanceRate:
      guard hasAttendance else { return [] }
      return shares(
        indicator, of: matching { $0.confirmed && $0.inObservedEvent },
        populations: (confirmedPopulation, Population.attendedOfConfirmed)
      ) { group in (count(group) { $0.attended }, group.count) }
    case .responseRate:
      // Respondents among the people who came (or confirmed): anonymous forms and forms from
      // people who did not come are in neither side.
      return shares(
        indicator, of: matching(\.expected),
        populations: (expectedPopulation, Population.responded(among: expectedPopulation))
      ) { group in (count(group) { $0.responded }, group.count) }
    case .sessionAttendance: return sessionAttendance(indicator)
    case .cities, .countries: return places(indicator)
    case .mean: return mean(indicator)
    case .share:
      return answerShares(indicator)
    case .nps: return nps(indicator)
    case .change: return change(indicator)
    case .answered:
      let question = indicator.question ?? ""
      return counting(indicator, Population.answered(question)) {
        !($0.answers[question] ?? "").isEmpty
      }
    case .distribution: return distribution(indicator)
    }
  }

  /// The indices of the subjects for which `isIncluded` holds (subjects are not copied).
  func matching(_ isIncluded: (Subject) -> Bool) -> [Int] {
    subjects.indices.filter { isIncluded(subjects[$0]) }
  }

  /// How many of `group` satisfy `isCounted`.
  func count(_ group: [Int], _ isCounted: (Subject) -> Bool) -> Int {
    group.reduce(0) { $0 + (isCounted(subjects[$1]) ? 1 : 0) }
  }

  func answering(_ question: String) -> [Int] {
    matching { !($0.answers[question] ?? "").isEmpty }
  }

  /// What one cell computes from its group: the value, n, and a percentage's numerator.
  struct Computed {
    var value: Fraction?
    var n: Int
    var numerator: Int? = nil
    /// A Net Promoter Score's promoters, passives and detractors.
    var bands: [Int]? = nil
    /// For a share of a question's answers: how many gave each answer.
    var answerCounts: [String: Int]? = nil
  }

  /// A percentage per group, each cell knowing how many people its numerator counts (so that
  /// a group of fewer than 5 behind a percentage is hidden too).
  func shares(
    _ indicator: IndicatorDefinition, of population: [Int],
    populations: (n: String, numerator: String), _ parts: ([Int]) -> (part: Int, whole: Int)
  ) -> [IndicatorValue] {
    breakdown(indicator, of: population, populations: populations) { group in
      let (part, whole) = parts(group)
      let (hundredfold, overflow) = part.multipliedReportingOverflow(by: 100)
      return Computed(value: overflow ? nil : Fraction(hundredfold, whole), n: whole, numerator: part)
    }
  }

  /// The share of those who answered a question who gave one of the indicator's answers,
  /// each cell knowing how many gave each answer (so that several shares of one question are
  /// protected together).
  func answerShares(_ indicator: IndicatorDefinition) -> [IndicatorValue] {
    let question = indicator.question ?? ""
    let counted = Set(indicator.answers)
    let populations = (Population.answered(question), Population.answer(question, indicator.answers))
    return breakdown(indicator, of: answering(question), populations: populations) { group in
      var answers: [String: Int] = [:]
      for index in group { answers[subjects[index].answers[question]!, default: 0] += 1 }
      let part = answers.reduce(0) { $0 + (counted.contains($1.key) ? $1.value : 0) }
      let (hundredfold, overflow) = part.multipliedReportingOverflow(by: 100)
      return Computed(
        value: overflow ? nil : Fraction(hundredfold, group.count), n: group.count, numerator: part,
        answerCounts: answers)
    }
  }

  func counting(
    _ indicator: IndicatorDefinition, _ population: String, _ isCounted: (Subject) -> Bool
  ) -> [IndicatorValue] {
    breakdown(indicator, of: matching(isCounted), populations: (population, nil)) { group in
      Computed(value: Fraction(group.count, 1), n: group.count)
    }
  }

  /// One cell of `indicator`; the target goes on the total only.
  func cell(
    _ indicator: IndicatorDefinition, _ computed: Computed, populations: (n: String, numerator: String?),
    field disaggregation: String = "total", group: String = "all"
  ) -> IndicatorValue {
    IndicatorValue(
      event: eventID, indicator: indicator.id, disaggregation: disaggregation, group: group,
      value: computed.value?.double, n: computed.n,
      target: disaggregation == "total" ? indicator.target : nil,
      kind: IndicatorValue.Kind(indicator.measure), population: populations.n,
      numerator: computed.numerator,
      numeratorPopulation: computed.numerator == nil ? nil : populations.numerator,
      exact: computed.value, bands: computed.bands, answerCounts: computed.answerCounts)
  }

  /// The groups a breakdown of `population` by `field` lists, in reading order, each with its
  /// members: every group of the registered, whether or not `population` counts someone in
  /// it, and any other group someone of `population` is in (anonymous responses' `not-given`).
  /// A group missing from one breakdown but listed in another would say that it counts no one
  /// there, however small it is.
  func groups(of population: [Int], by field: String) -> [(group: String, members: [Int])] {
    var byGroup = Dictionary(grouping: population) { subjects[$0].profile[field] ?? Self.notGiven }
    for group in registeredGroups[field]?.keys ?? [:].keys where byGroup[group] == nil { byGroup[group] = [] }
    return byGroup.sorted { Self.groupOrder(field, $0.key, $1.key) }.map { ($0.key, $0.value) }
  }

  /// The total over `population` and, for each disaggregation, the value per group listed
  /// (`groups(of:by:)`), each knowing how many registered people its group holds.
  func breakdown(
    _ indicator: IndicatorDefinition, of population: [Int],
    populations: (n: String, numerator: String?), _ compute: ([Int]) -> Computed
  ) -> [IndicatorValue] {
    var values = [cell(indicator, compute(population), populations: populations)]
    for field in indicator.disaggregations {
      for (group, members) in groups(of: population, by: field) {
        var value = cell(indicator, compute(members), populations: populations, field: field, group: group)
        value.registeredInGroup = registeredGroups[field]?[group] ?? 0
        values.append(value)
      }
    }
    return values
  }

  /// Groups in reading order: age groups youngest first, "other or not stated" and "not
  /// given" last, others by name.
  static func groupOrder(_ field: String, _ a: String, _ b: String) -> Bool {
    let last = [DisclosureControl.mergedGroup, notGiven]
    if last.contains(a) || last.contains(b) {
      return (last.firstIndex(of: a) ?? -1) < (last.firstIndex(of: b) ?? -1)
    }
    if field == "age_group" {
      // Youngest first; a form's own ranges (18-35, 56+) among convene's groups.
      let start = { (group: String) in DemographicValues.ageRangeStart(group) ?? Int.max }
      return (start(a), a) < (start(b), b)
    }
    return a < b
  }
}
