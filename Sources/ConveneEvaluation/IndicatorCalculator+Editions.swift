import ConveneCore

extension IndicatorCalculator {
  /// What the figures of each population a report publishes use of each person (or anonymous
  /// response) in it, by population (the population an indicator's cells take their n over:
  /// `registered`, `responded`, `answered:satisfaction`) and person: the groups the cells are
  /// broken down by and whatever the values are computed from (an answer, a share's answer
  /// falling in its numerator, a change's difference, a commitment's text, the sessions
  /// attended, a city). Those who answered both questions a change compares hold, besides the
  /// difference, each answer a mean before or after uses: a person whose two answers both
  /// moved is changed, although the difference is not. A question's mean is also kept under
  /// `meanKey(question)`, whichever population its n counts (those who answered it, or those
  /// who answered both questions a change compares): a mean over 13 people beside one over
  /// the same 13 and one more gives that person's answer, and the two are one person apart
  /// there. Two editions of a population differ by the people who entered it, left it, or whose
  /// line changed (see `DisclosureRecord`).
  public func populationLines() -> [String: [String: String]] {
    var items: [String: [String: Set<String>]] = [:]
    for indicator in evaluation.indicators {
      for use in uses(of: indicator) {
        for index in use.members {
          let subject = subjects[index]
          var line = items[use.population, default: [:]][subject.key, default: []]
          for field in indicator.disaggregations { line.insert("\(field)=\(subject.profile[field] ?? Self.notGiven)") }
          let used = use.value(subject)
          if !used.isEmpty { line.insert(used) }
          items[use.population, default: [:]][subject.key] = line
        }
      }
    }
    return items.mapValues { people in people.mapValues { $0.sorted().joined(separator: "\u{1F}") } }
  }

  /// The key under which a question's mean is kept in the published editions' lines, whatever
  /// population its n counts (`mean:knowledge_before`).
  public static func meanKey(_ question: String) -> String { meanPrefix + question }

  /// The start of every `meanKey`.
  public static let meanPrefix = "mean:"

  /// The people one indicator's cells count, under the population their n is named by, and
  /// what the cells use of each of them besides their groups.
  struct Use {
    var population: String
    var members: [Int]
    var value: (Subject) -> String = { _ in "" }
  }

  /// What the cells of `indicator` count (mirrors `values(of:)`).
  func uses(of indicator: IndicatorDefinition) -> [Use] {
    switch indicator.measure {
    case .registered, .confirmed, .attended, .responses: return headcountUses(indicator.measure)
    case .attendanceRate, .responseRate, .sessionAttendance, .cities, .countries:
      return participationUses(indicator.measure)
    case .mean: return meanUses(indicator.question ?? "")
    case .share, .nps, .change, .answered, .distribution: return answerUses(indicator)
    }
  }

  /// The people a count of registered, confirmed, attending or responding people counts.
  func headcountUses(_ measure: IndicatorDefinition.Measure) -> [Use] {
    switch measure {
    case .registered: return [Use(population: Population.registered, members: matching(\.registered))]
    case .confirmed: return [Use(population: Population.confirmed, members: matching(\.confirmed))]
    case .attended: return hasAttendance ? [Use(population: Population.attended, members: matching(\.attended))] : []
    case .responses: return [Use(population: Population.responded, members: matching(\.responded))]
    default: preconditionFailure("\(measure) is not a headcount")
    }
  }

  /// What rates of attendance and response, the sessions attended and the places people came
  /// from use of each person.
  func participationUses(_ measure: IndicatorDefinition.Measure) -> [Use] {
    switch measure {
    case .attendanceRate:
      guard hasAttendance else { return [] }
      return [
        Use(population: confirmedPopulation, members: matching { $0.confirmed && $0.inObservedEvent }) {
          "attended=\($0.attended)"
        }
      ]
    case .responseRate:
      return [
        Use(population: expectedPopulation, members: matching(\.expected)) {
          "expected=\($0.expected) responded=\($0.responded)"
        }
      ]
    case .sessionAttendance:
      guard !observedSessionKeys.isEmpty else { return [] }
      let sessions = { (subject: Subject) in subject.presentAt.filter { !Self.isDayKey($0) }.sorted() }
      return [
        Use(population: Population.presentAtSessions, members: matching { !sessions($0).isEmpty }) {
          "sessions=" + sessions($0).joined(separator: ",")
        }
      ]
    case .cities, .countries:
      return [
        Use(population: expectedPopulation, members: matching(\.expected)) {
          "place=\($0.city)|\($0.profile["country"] ?? Self.notGiven)"
        }
      ]
    default: preconditionFailure("\(measure) is not a measure of participation")
    }
  }

  /// What a mean of `question` uses: each answer, kept under the mean's key too; for a
  /// question asked per session, each session's rating.
  func meanUses(_ question: String) -> [Use] {
    guard let asked = evaluation.question(question), asked.perSession else {
      let (population, members) = respondents(toMean: question)
      let answer = { (subject: Subject) in "\(question)=\(subject.answers[question]!)" }
      return [
        Use(population: population, members: members, value: answer),
        Use(population: Self.meanKey(question), members: members, value: answer),
      ]
    }
    let prefix = question + ":"
    let ratings = { (subject: Subject) in
      subject.answers.filter { $0.key.hasPrefix(prefix) && Double($0.value) != nil }.sorted { $0.key < $1.key }
        .map { "\($0.key)=\($0.value)" }
    }
    return [
      Use(population: Population.rated(question), members: matching { !ratings($0).isEmpty }) {
        ratings($0).joined(separator: ",")
      }
    ]
  }

  /// What a share, a net promoter score, a change, the answered texts or a distribution use of
  /// each person's answers.
  func answerUses(_ indicator: IndicatorDefinition) -> [Use] {
    let question = indicator.question ?? ""
    switch indicator.measure {
    case .share:
      let counted = Set(indicator.answers)
      return [
        Use(population: Population.answered(question), members: answering(question)) {
          "\(Population.answer(question, indicator.answers))=\(counted.contains($0.answers[question]!))"
        }
      ]
    case .nps:
      return [
        Use(population: Population.answered(question), members: answering(question)) {
          let score = Int($0.answers[question]!)
          return "nps:\(question)=\(score.map { $0 >= 9 ? "promoter" : $0 <= 6 ? "detractor" : "passive" } ?? "none")"
        }
      ]
    case .change:
      let (before, after) = (indicator.before ?? "", indicator.after ?? "")
      return [
        Use(population: Population.answeredBoth(before, after), members: answeringBoth(before, after)) {
          let (difference, overflow) = Int($0.answers[after]!)!.subtractingReportingOverflow(Int($0.answers[before]!)!)
          return "\(after)-\(before)=\(overflow ? "overflow" : String(difference))"
        }
      ]
    case .answered:
      // The texts are published (a report's commitments) once enough people wrote one.
      return [
        Use(population: Population.answered(question), members: matching { !($0.answers[question] ?? "").isEmpty }) {
          "\(question)=\($0.answers[question]!.trimmed)"
        }
      ]
    case .distribution:
      return [Use(population: Population.answered(question), members: answering(question)) { "\(question)=\($0.answers[question]!)" }]
    default: preconditionFailure("\(indicator.measure) is not a measure of answers")
    }
  }
}
