/// The names of the sets of people that indicator cells count. Two cells naming the same
/// population (in the same event and group) count the same people, whatever the indicator,
/// so they are shown or hidden together.
public enum Population {
  /// Every status but `invited`.
  public static let registered = "registered"
  /// Status `confirmed` (the people an attendance rate is taken over).
  public static let confirmed = "confirmed"
  /// Recorded present at least once.
  public static let attended = "attended"
  /// Status `confirmed`, in the events that recorded attendance (an attendance rate's n in a
  /// roll-up where some events did not).
  public static let confirmedWhereObserved = "confirmed-observed"
  /// Status `confirmed` and recorded present (an attendance rate's numerator).
  public static let attendedOfConfirmed = "attended-confirmed"
  /// Sent a feedback response.
  public static let responded = "responded"
  /// Sent a feedback response and is among `expected`, the people a response rate is taken
  /// over (`attended`, `confirmed`, or in a roll-up `expected`): the rate's numerator, so that
  /// an anonymous form, or a form from someone who did not come, counts on neither side of it.
  public static func responded(among expected: String) -> String { "\(responded)-\(expected)" }
  /// The people a response rate's numerator (`responded(among:)`) is taken out of; nil for
  /// other populations.
  static func respondedBase(_ population: String) -> String? {
    population.hasPrefix(responded + "-") ? String(population.dropFirst(responded.count + 1)) : nil
  }
  /// Present at one session or more.
  public static let presentAtSessions = "present:sessions"
  /// Wrote a commitment in their feedback (a network's figure).
  public static let committed = "committed"
  /// Answered the follow-up of their commitment.
  public static let followedUp = "followed-up"
  /// Answered that their commitment is done or in progress.
  public static let actedUpon = "acted-upon"

  /// The field a follow-up's status breaks people down by.
  public static let followupStatus = "status"
  /// The two sides of a follow-up's status: acted upon (done, in progress) or not.
  public static let followupSides: Set<String> = ["acted-upon", "not-acted-upon"]
  /// Each follow-up status with its side (`followupSides`): the statuses of one side add up
  /// to the count of commitments acted upon, or to the rest of those followed up.
  public static let followupStatusSides: [String: Set<String>] = [
    "done": ["acted-upon"], "in-progress": ["acted-upon"], "not-started": ["not-acted-upon"],
    "dropped": ["not-acted-upon"],
  ]

  /// Answered `question`.
  public static func answered(_ question: String) -> String { "answered:\(question)" }
  /// Answered both `before` and `after`.
  public static func answeredBoth(_ before: String, _ after: String) -> String {
    "answered:\(before)+\(after)"
  }
  /// The questions an `answered:` population counts answers to: one, or the two a change
  /// compares (`answeredBoth`); nil for other populations.
  public static func answeredQuestions(_ population: String) -> [String]? {
    guard population.hasPrefix("answered:") else { return nil }
    return population.dropFirst("answered:".count).split(separator: "+").map(String.init)
  }

  /// Gave one of `answers` to `question` (a share's numerator, an answer's count).
  public static func answer(_ question: String, _ answers: [String]) -> String {
    "answer:\(question)=\(answers.sorted().joined(separator: "|"))"
  }
  /// Present at `session`.
  public static func present(_ session: String) -> String { "present:\(session)" }
  /// Rated `question` for at least one session, or for `session`.
  public static func rated(_ question: String, session: String? = nil) -> String {
    session.map { "rated:\(question):\($0)" } ?? "rated:\(question)"
  }

  /// Not people: the Net Promoter Scores of the people of `population` (those who answered
  /// the question scored, `answered:recommend`) a report hid (value only), kept in the record
  /// of what was hidden so that later reports of the same records hide them again, whatever
  /// the indicator's id.
  public static func scores(_ population: String) -> String { "scores:\(population)" }
  /// Not people: the pooled total of a mean per session of the people of `population`
  /// (`rated:usefulness`), when a report hid it.
  public static func pooled(_ population: String) -> String { "pooled:\(population)" }

  /// The question of an `answer:` population (the people who gave certain answers), or nil.
  public static func answerQuestion(_ population: String) -> String? {
    guard population.hasPrefix("answer:"), let equals = population.firstIndex(of: "=") else {
      return nil
    }
    return String(population[population.index(population.startIndex, offsetBy: 7)..<equals])
  }

  /// The population a share's numerator `population` is taken out of, when the rest of it is
  /// protected like the numerator: those who answered the question, for a share of its
  /// answers (`answer:`); those whose commitment was followed up, for the acted-upon share.
  /// Nil for other numerators (those who came of those confirmed: the absentees are not
  /// protected as a group).
  public static func complementBase(of population: String) -> String? {
    if population == actedUpon { return followedUp }
    return answerQuestion(population).map(answered)
  }

  /// The populations `population` is part of, among `known`: the people confirmed are among
  /// those registered, those who answered a question among those who responded, those who
  /// gave an answer among those who answered.
  public static func parents(of population: String, among known: Set<String>) -> [String] {
    var parents: [String] = []
    switch population {
    case confirmed: parents = [registered]
    case confirmedWhereObserved: parents = [confirmed]
    case attendedOfConfirmed: parents = [attended, confirmedWhereObserved, confirmed]
    case committed: parents = [responded]
    case followedUp: parents = [committed]
    case actedUpon: parents = [followedUp]
    default:
      if let expected = respondedBase(population) {
        parents = [responded, expected]
      } else if let question = answerQuestion(population) {
        let answers = Set(population.split(separator: "=", maxSplits: 1).last?.split(separator: "|") ?? [])
        parents = [answered(question)]
          + known.filter { other in
            guard other != population, answerQuestion(other) == question else { return false }
            let others = Set(other.split(separator: "=", maxSplits: 1).last?.split(separator: "|") ?? [])
            return answers.isSubset(of: others)
          }.sorted()
      } else if let questions = answeredQuestions(population) {
        parents = questions.count > 1 ? questions.map(answered) : [responded]
      }
    }
    return parents.filter(known.contains)
  }

  /// True for the whole population of a source of records (the registered, those who
  /// responded): every other population of the source lies within it, and its hidden groups
  /// that hold someone are taken to be known to (an event's breakdowns list every group of the
  /// registered, `IndicatorCalculator.groups(of:by:)`, but a network's city records list
  /// the cities whose people took part).
  public static func listsOnlyPeople(_ population: String) -> Bool {
    population == registered || population == responded
  }

  /// The records a population comes from.
  public enum Source: Sendable, Equatable, Hashable {
    /// Registration and attendance.
    case registration
    /// Feedback.
    case feedback
    /// A session's or sessions' attendance, or ratings per session: not broken down by group.
    case sessions
  }

  /// Where `population` comes from.
  public static func source(_ population: String) -> Source {
    if population.hasPrefix("present:") || population.hasPrefix("rated:") || population.hasPrefix("pooled:") {
      return .sessions
    }
    if population.hasPrefix("scores:") { return .feedback }
    if [responded, committed, followedUp, actedUpon].contains(population) || population.hasPrefix("answered:")
      || population.hasPrefix("answer:") || respondedBase(population) != nil
    {
      return .feedback
    }
    return .registration
  }
}
