import ConveneCore

/// Computes the indicators of one event, or of several pooled together (`report --across`),
/// exactly; `DisclosureControl` then hides the small groups.
public struct IndicatorCalculator: Sendable {
  /// One person, or one anonymous response, with everything the indicators count.
  struct Subject {
    var profile: [String: String]
    var registered = false
    var confirmed = false
    var attended = false
    /// Confirmed or attended: the people a response rate is taken over.
    var expected = false
    var responded = false
    var answers: [String: String] = [:]
    var presentAt: Set<String> = []
    var city = ""
  }

  /// The group of people who did not give a value for a participant field.
  public static let notGiven = "not-given"

  let subjects: [Subject]
  let evaluation: Evaluation
  /// Every session with its key in attendance (`event/session`), in the events' order.
  let sessionKeys: [(key: String, session: Session)]
  let hasAttendance: Bool
  let eventID: String

  /// Prepares the computation over `events` (one event, or several to roll up under `all`).
  public init(_ events: [EventRecords]) {
    var subjects: [Subject] = []
    for records in events {
      subjects += Self.subjects(of: records)
    }
    self.subjects = subjects
    evaluation = events.first?.evaluation ?? Evaluation()
    sessionKeys = events.flatMap { records in
      records.plan.sessions.map { ("\(records.plan.event.id)/\($0.id)", $0) }
    }
    // An observation always stands in the book, so any observed record means attendance.
    hasAttendance = events.contains { $0.attendance.contains { $0.status.isObserved } }
    eventID = events.count == 1 ? events[0].plan.event.id : "all"
  }

  static func subjects(of records: EventRecords) -> [Subject] {
    let book = AttendanceBook(records.attendance)
    let observed = book.hasObservations
    // Where each person was present, as `event/session` (or `event/date`) keys.
    let prefix = records.plan.event.id + "/"
    var present: [String: Set<String>] = [:]
    for record in book.records where record.status == .present {
      present[record.participant, default: []].insert(prefix + record.session)
    }
    let profileQuestions = Dictionary(
      records.evaluation.questions.compactMap { question in
        question.profileField.map { ($0, question.id) }
      },
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
      var subject = Subject(profile: profile(person, response?.answers ?? [:]))
      subject.registered = person.status != .invited
      subject.presentAt = present[person.id] ?? []
      subject.attended = !subject.presentAt.isEmpty
      subject.confirmed = person.status == .confirmed || subject.attended
      subject.expected = observed ? subject.attended : subject.confirmed
      subject.responded = response != nil
      subject.answers = response?.answers ?? [:]
      subject.city = person.city.isEmpty ? "" : person.city.folded + "|" + person.country
      subjects.append(subject)
    }
    for response in anonymous {
      var subject = Subject(profile: profile(nil, response.answers))
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

  /// The values of one indicator.
  func values(of indicator: IndicatorDefinition) -> [IndicatorValue] {
    switch indicator.measure {
    case .registered: return counting(indicator) { $0.registered }
    case .confirmed: return counting(indicator) { $0.confirmed }
    case .attended: return hasAttendance ? counting(indicator) { $0.attended } : []
    case .responses: return counting(indicator) { $0.responded }
    case .attendanceRate:
      guard hasAttendance else { return [] }
      return shares(indicator, of: matching { $0.confirmed }) { group in
        (count(group) { $0.attended }, group.count)
      }
    case .responseRate:
      return shares(indicator, of: matching { $0.expected || $0.responded }) { group in
        (count(group) { $0.responded }, count(group) { $0.expected })
      }
    case .sessionAttendance: return sessionAttendance(indicator)
    case .cities, .countries: return places(indicator)
    case .mean: return mean(indicator)
    case .share:
      let question = indicator.question ?? ""
      let counted = Set(indicator.answers)
      return shares(indicator, of: answering(question)) { group in
        (count(group) { counted.contains($0.answers[question]!) }, group.count)
      }
    case .nps:
      let question = indicator.question ?? ""
      return breakdown(indicator, of: answering(question)) { group in
        let scores = group.compactMap { Int(subjects[$0].answers[question]!) }
        let promoters = scores.filter { $0 >= 9 }.count
        let detractors = scores.filter { $0 <= 6 }.count
        return (
          scores.isEmpty ? nil : Double(promoters - detractors) * 100 / Double(scores.count),
          scores.count
        )
      }
    case .change:
      let before = indicator.before ?? ""
      let after = indicator.after ?? ""
      let both = matching {
        Int($0.answers[before] ?? "") != nil && Int($0.answers[after] ?? "") != nil
      }
      return breakdown(indicator, of: both) { group in
        let changes = group.map {
          Double(Int(subjects[$0].answers[after]!)!) - Double(Int(subjects[$0].answers[before]!)!)
        }
        return (changes.isEmpty ? nil : changes.reduce(0, +) / Double(changes.count), changes.count)
      }
    case .answered:
      return counting(indicator) { !($0.answers[indicator.question ?? ""] ?? "").isEmpty }
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

  func percent(_ part: Int, of whole: Int) -> Double? {
    whole == 0 ? nil : Double(part) * 100 / Double(whole)
  }

  /// A percentage per group, each cell knowing how many people its numerator counts (so that
  /// a group of fewer than 5 behind a percentage is hidden too).
  func shares(
    _ indicator: IndicatorDefinition, of population: [Int],
    _ parts: ([Int]) -> (part: Int, whole: Int)
  ) -> [IndicatorValue] {
    breakdown(indicator, of: population) { group -> (value: Double?, n: Int, numerator: Int?) in
      let (part, whole) = parts(group)
      return (percent(part, of: whole), whole, part)
    }
  }

  func counting(_ indicator: IndicatorDefinition, _ isCounted: (Subject) -> Bool)
    -> [IndicatorValue]
  {
    breakdown(indicator, of: matching(isCounted)) { group in
      (Double(group.count), group.count)
    }
  }

  /// One cell of `indicator`; the target goes on the total only.
  func cell(
    _ indicator: IndicatorDefinition, _ disaggregation: String = "total", _ group: String = "all",
    value: Double?, n: Int, isPartition: Bool, numerator: Int? = nil
  ) -> IndicatorValue {
    IndicatorValue(
      event: eventID, indicator: indicator.id, disaggregation: disaggregation, group: group,
      value: value, n: n, target: disaggregation == "total" ? indicator.target : nil,
      kind: IndicatorValue.Kind(indicator.measure), isPartition: isPartition, numerator: numerator)
  }

  /// The total over `population` and, for each disaggregation, the value per group.
  func breakdown(
    _ indicator: IndicatorDefinition, of population: [Int], _ compute: ([Int]) -> (Double?, Int)
  ) -> [IndicatorValue] {
    breakdown(indicator, of: population) { group -> (Double?, Int, Int?) in
      let (value, n) = compute(group)
      return (value, n, nil)
    }
  }

  /// The same, for values that also say how many people their numerator counts.
  func breakdown(
    _ indicator: IndicatorDefinition, of population: [Int],
    _ compute: ([Int]) -> (value: Double?, n: Int, numerator: Int?)
  ) -> [IndicatorValue] {
    let total = compute(population)
    var values = [
      cell(indicator, value: total.value, n: total.n, isPartition: true, numerator: total.numerator)
    ]
    for field in indicator.disaggregations {
      let groups = Dictionary(grouping: population) { subjects[$0].profile[field] ?? Self.notGiven }
      for (group, members) in groups.sorted(by: { Self.groupOrder(field, $0.key, $1.key) }) {
        let computed = compute(members)
        guard computed.n > 0 else { continue }
        values.append(
          cell(
            indicator, field, group, value: computed.value, n: computed.n, isPartition: true,
            numerator: computed.numerator))
      }
    }
    return values
  }

  /// Groups in reading order: age groups youngest first, "not given" last, others by name.
  static func groupOrder(_ field: String, _ a: String, _ b: String) -> Bool {
    if a == notGiven || b == notGiven { return b == notGiven && a != notGiven }
    if field == "age_group" {
      // Youngest first; a form's own ranges (18-35, 56+) among convene's groups.
      let start = { (group: String) in DemographicValues.ageRangeStart(group) ?? Int.max }
      return (start(a), a) < (start(b), b)
    }
    return a < b
  }

  func sessionAttendance(_ indicator: IndicatorDefinition) -> [IndicatorValue] {
    guard hasAttendance else { return [] }
    var counts: [String: Int] = [:]
    var atSessions = 0
    for subject in subjects {
      let sessionKeys = subject.presentAt.filter { !Self.isDayKey($0) }
      if !sessionKeys.isEmpty { atSessions += 1 }
      for key in sessionKeys { counts[key, default: 0] += 1 }
    }
    var values = [cell(indicator, value: Double(atSessions), n: atSessions, isPartition: false)]
    for (key, session) in sessionKeys {
      guard let count = counts[key] else { continue }
      values.append(
        cell(
          indicator, "session", eventID == "all" ? key : session.id, value: Double(count), n: count,
          isPartition: false))
    }
    return values
  }

  static func isDayKey(_ key: String) -> Bool {
    guard let slash = key.lastIndex(of: "/") else { return LocalDate(key) != nil }
    return LocalDate(String(key[key.index(after: slash)...])) != nil
  }

  func places(_ indicator: IndicatorDefinition) -> [IndicatorValue] {
    let base = subjects.filter { hasAttendance ? $0.attended : $0.confirmed }
    let distinct =
      indicator.measure == .cities
      ? Set(base.map(\.city).filter { !$0.isEmpty })
      : Set(base.compactMap { $0.profile["country"] }.filter { $0 != Self.notGiven })
    return [cell(indicator, value: Double(distinct.count), n: base.count, isPartition: false)]
  }

  func mean(_ indicator: IndicatorDefinition) -> [IndicatorValue] {
    let id = indicator.question ?? ""
    guard let question = evaluation.question(id), question.perSession else {
      return breakdown(indicator, of: answering(id)) { group in
        let numbers = group.compactMap { Double(subjects[$0].answers[id]!) }
        return (numbers.isEmpty ? nil : numbers.reduce(0, +) / Double(numbers.count), numbers.count)
      }
    }
    // Per session: the mean of every rating as the total, then one group per session.
    let prefix = id + ":"
    var bySession: [String: [Double]] = [:]
    var raters = 0
    for subject in subjects {
      var rated = false
      for (key, answer) in subject.answers where key.hasPrefix(prefix) {
        if let number = Double(answer) {
          bySession[String(key.dropFirst(prefix.count)), default: []].append(number)
          rated = true
        }
      }
      if rated { raters += 1 }
    }
    let all = bySession.values.flatMap { $0 }
    var values = [
      cell(
        indicator, value: all.isEmpty ? nil : all.reduce(0, +) / Double(all.count), n: raters,
        isPartition: false)
    ]
    var seen = Set<String>()
    for (_, session) in sessionKeys where !seen.contains(session.id) {
      seen.insert(session.id)
      guard let ratings = bySession[session.id], !ratings.isEmpty else { continue }
      values.append(
        cell(
          indicator, "session", session.id, value: ratings.reduce(0, +) / Double(ratings.count),
          n: ratings.count, isPartition: false))
    }
    return values
  }

  func distribution(_ indicator: IndicatorDefinition) -> [IndicatorValue] {
    let id = indicator.question ?? ""
    let answered = answering(id)
    var values = [
      cell(indicator, value: Double(answered.count), n: answered.count, isPartition: true)
    ]
    var answers: [String] = []
    if let question = evaluation.question(id) {
      answers =
        question.kind == .scale
        ? (question.minimum...max(question.minimum, question.maximum)).map(String.init)
        : question.options.map(\.id)
    }
    let counts = Dictionary(grouping: answered) { subjects[$0].answers[id]! }.mapValues(\.count)
    for answer in answers + counts.keys.filter({ !answers.contains($0) }).sorted() {
      let count = counts[answer] ?? 0
      values.append(
        cell(indicator, "answer", answer, value: Double(count), n: count, isPartition: true))
    }
    return values
  }
}
