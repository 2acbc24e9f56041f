import ConveneCore

extension IndicatorCalculator {
  func sessionAttendance(_ indicator: IndicatorDefinition) -> [IndicatorValue] {
    // Attendance recorded by day says nothing of the sessions: no figure rather than 0.
    guard !observedSessionKeys.isEmpty else { return [] }
    var counts: [String: Int] = [:]
    var atSessions = 0
    for subject in subjects {
      let sessionKeys = subject.presentAt.filter { !Self.isDayKey($0) }
      if !sessionKeys.isEmpty { atSessions += 1 }
      for key in sessionKeys { counts[key, default: 0] += 1 }
    }
    var values = [
      cell(
        indicator, Computed(value: Fraction(atSessions, 1), n: atSessions),
        populations: (Population.presentAtSessions, nil))
    ]
    // Every session has its row, those no one attended too: were they left out, a row
    // listed would say someone came, and a hidden one that 1 to 4 did.
    for (key, session) in observedSessionKeys {
      let count = counts[key] ?? 0
      values.append(
        cell(
          indicator, Computed(value: Fraction(count, 1), n: count),
          populations: (Population.present(key), nil), field: "session",
          group: eventID == "all" ? key : session.id))
    }
    return values
  }

  static func isDayKey(_ key: String) -> Bool {
    guard let slash = key.lastIndex(of: "/") else { return LocalDate(key) != nil }
    return LocalDate(String(key[key.index(after: slash)...])) != nil
  }

  func places(_ indicator: IndicatorDefinition) -> [IndicatorValue] {
    let base = subjects.filter(\.expected)
    let distinct =
      indicator.measure == .cities
      ? Set(base.map(\.city).filter { !$0.isEmpty })
      : Set(base.compactMap { $0.profile["country"] }.filter { $0 != Self.notGiven })
    return [
      cell(
        indicator, Computed(value: Fraction(distinct.count, 1), n: base.count),
        populations: (expectedPopulation, nil))
    ]
  }

  /// The mean of the answers that are numbers, exactly for whole numbers (to the millionth
  /// otherwise), and how many there were.
  static func mean(of answers: [String]) -> (value: Fraction?, count: Int) {
    let numbers = answers.compactMap { Double($0) }
    guard !numbers.isEmpty else { return (nil, 0) }
    let whole = answers.compactMap { Int($0) }
    var sum = 0
    var exact = whole.count == numbers.count
    for number in whole where exact {
      let (next, overflow) = sum.addingReportingOverflow(number)
      if overflow { exact = false } else { sum = next }
    }
    if exact { return (Fraction(sum, numbers.count), numbers.count) }
    return (approximate(numbers.reduce(0, +) / Double(numbers.count)), numbers.count)
  }

  func mean(_ indicator: IndicatorDefinition) -> [IndicatorValue] {
    let id = indicator.question ?? ""
    guard let question = evaluation.question(id), question.perSession else {
      let (population, members) = respondents(toMean: id)
      return breakdown(indicator, of: members, populations: (population, nil)) { group in
        let mean = Self.mean(of: group.map { subjects[$0].answers[id]! })
        return Computed(value: mean.value, n: mean.count)
      }
    }
    // Per session: the mean of every rating as the total, then one group per session.
    let prefix = id + ":"
    var bySession: [String: [String]] = [:]
    var ratersBySession: [String: Set<Int>] = [:]
    var raters = 0
    for (index, subject) in subjects.enumerated() {
      var rated = false
      for (key, answer) in subject.answers where key.hasPrefix(prefix) && Double(answer) != nil {
        let session = String(key.dropFirst(prefix.count))
        bySession[session, default: []].append(answer)
        ratersBySession[session, default: []].insert(index)
        rated = true
      }
      if rated { raters += 1 }
    }
    let all = Self.mean(of: bySession.values.flatMap { $0 })
    var values = [
      cell(
        indicator, Computed(value: all.value, n: raters),
        populations: (Population.rated(id), nil))
    ]
    var seen = Set<String>()
    for (_, session) in sessionKeys where !seen.contains(session.id) {
      seen.insert(session.id)
      guard let ratings = bySession[session.id], !ratings.isEmpty else { continue }
      let mean = Self.mean(of: ratings)
      var value = cell(
        indicator, Computed(value: mean.value, n: mean.count),
        populations: (Population.rated(id, session: session.id), nil), field: "session",
        group: session.id)
      value.raters = ratersBySession[session.id]
      values.append(value)
    }
    return values
  }

  /// A decimal value as a fraction in millionths (for answers that are not whole numbers).
  static func approximate(_ value: Double) -> Fraction? {
    guard value.isFinite, abs(value) < 1e12 else { return nil }
    return Fraction(Int((value * 1_000_000).rounded()), 1_000_000)
  }

  func nps(_ indicator: IndicatorDefinition) -> [IndicatorValue] {
    let question = indicator.question ?? ""
    return breakdown(
      indicator, of: answering(question), populations: (Population.answered(question), nil)
    ) { group in
      let scores = group.compactMap { Int(subjects[$0].answers[question]!) }
      let promoters = scores.filter { $0 >= 9 }.count
      let detractors = scores.filter { $0 <= 6 }.count
      return Computed(
        value: Fraction((promoters - detractors) * 100, scores.count), n: scores.count,
        bands: [promoters, scores.count - promoters - detractors, detractors])
    }
  }

  /// The `before` and `after` of the first change indicator that compares `question` with
  /// another, if any.
  func pair(of question: String) -> (before: String, after: String)? {
    Self.changePairs(of: evaluation.indicators)[question]
  }

  /// The two questions the first change indicator among `indicators` that names a question
  /// compares, by each of the two: a mean of either counts those who answered both.
  public static func changePairs(of indicators: some Sequence<IndicatorDefinition>)
    -> [String: (before: String, after: String)]
  {
    var pairs: [String: (before: String, after: String)] = [:]
    for indicator in indicators where indicator.measure == .change {
      let pair = (before: indicator.before ?? "", after: indicator.after ?? "")
      for question in [pair.before, pair.after] where pairs[question] == nil { pairs[question] = pair }
    }
    return pairs
  }

  /// Those who answered both `before` and `after` with a whole number (a change's people).
  func answeringBoth(_ before: String, _ after: String) -> [Int] {
    matching { Int($0.answers[before] ?? "") != nil && Int($0.answers[after] ?? "") != nil }
  }

  /// The people a mean of `question` is taken over, and their population's name: those who
  /// answered it, or, when a change indicator compares it with another question, those who
  /// answered both (as the change is): the means before and after and the change then add up
  /// over the same people, and their sums give no one's answer away.
  func respondents(toMean question: String) -> (population: String, members: [Int]) {
    guard let (before, after) = pair(of: question) else {
      return (Population.answered(question), answering(question))
    }
    return (Population.answeredBoth(before, after), answeringBoth(before, after))
  }

  func change(_ indicator: IndicatorDefinition) -> [IndicatorValue] {
    let before = indicator.before ?? ""
    let after = indicator.after ?? ""
    let both = answeringBoth(before, after)
    return breakdown(
      indicator, of: both, populations: (Population.answeredBoth(before, after), nil)
    ) { group in
      var sum = 0
      for index in group {
        let (difference, overflow) = Int(subjects[index].answers[after]!)!
          .subtractingReportingOverflow(Int(subjects[index].answers[before]!)!)
        let (next, overflowed) = sum.addingReportingOverflow(difference)
        if overflow || overflowed { return Computed(value: nil, n: group.count) }
        sum = next
      }
      return Computed(value: Fraction(sum, group.count), n: group.count)
    }
  }

  func distribution(_ indicator: IndicatorDefinition) -> [IndicatorValue] {
    let id = indicator.question ?? ""
    let answered = answering(id)
    var values = [
      cell(
        indicator, Computed(value: Fraction(answered.count, 1), n: answered.count),
        populations: (Population.answered(id), nil))
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
        cell(
          indicator, Computed(value: Fraction(count, 1), n: count),
          populations: (Population.answer(id, [answer]), nil), field: "answer", group: answer))
    }
    return values
  }
}
