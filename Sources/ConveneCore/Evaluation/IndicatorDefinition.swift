/// One indicator an event reports on, as `event.json` declares it.
public struct IndicatorDefinition: Sendable, Equatable {
  /// How an indicator is computed.
  public enum Measure: String, Sendable, CaseIterable, Equatable {
    /// People registered (every status but `invited`).
    case registered
    /// People with status `confirmed`, or who attended.
    case confirmed
    /// People recorded present at least once.
    case attended
    /// Attended as a percentage of confirmed.
    case attendanceRate = "attendance-rate"
    /// People present, per session.
    case sessionAttendance = "session-attendance"
    /// Distinct cities (city and country) of the people who took part.
    case cities
    /// Distinct countries of the people who took part.
    case countries
    /// Feedback responses received.
    case responses
    /// Responses as a percentage of the people who took part.
    case responseRate = "response-rate"
    /// The mean answer to a scale question (per session for a per-session question).
    case mean
    /// The percentage of respondents whose answer is one of `answers`.
    case share
    /// How many respondents gave each answer of a scale or choice question.
    case distribution
    /// Net Promoter Score of a 0-10 question: % answering 9-10 minus % answering 0-6.
    case nps
    /// The mean of `after` minus `before` over respondents who answered both.
    case change
    /// How many respondents answered a (text) question.
    case answered
  }

  /// The id in reports (`satisfaction-mean`).
  public var id: String
  /// The label by language code.
  public var label: [String: String]
  /// How it is computed.
  public var measure: Measure
  /// The question it is built on (mean, share, distribution, nps, answered).
  public var question: String?
  /// For `share`: the answers that count.
  public var answers: [String]
  /// For `change`: the question asked about before the event.
  public var before: String?
  /// For `change`: the question asked about after the event.
  public var after: String?
  /// The target value, or nil.
  public var target: Double?
  /// The participant fields it is broken down by (category, gender, age_group, region, country).
  public var disaggregations: [String]

  /// Creates an indicator definition.
  public init(
    id: String, label: [String: String], measure: Measure, question: String? = nil,
    answers: [String] = [], before: String? = nil, after: String? = nil, target: Double? = nil,
    disaggregations: [String] = IndicatorDefinition.standardDisaggregations
  ) {
    self.id = id
    self.label = label
    self.measure = measure
    self.question = question
    self.answers = answers
    self.before = before
    self.after = after
    self.target = target
    self.disaggregations = disaggregations
  }

  /// The label in `language`: the event's own, else the language table's for a standard
  /// indicator (one whose id and English label are the table's, `indicator.ID`), else the
  /// English label, else the id.
  public func label(in language: String) -> String {
    if let own = label[language] { return own }
    let key = "indicator." + id
    if let standard = LanguagePack.named(language)?.labels[key], label["en"] == nil || label["en"] == LanguagePack.english.labels[key] {
      return standard
    }
    return label["en"] ?? id
  }

  /// The questions the indicator reads.
  public var questionsRead: [String] { [question, before, after].compactMap { $0 } }

  /// The participant fields indicators are broken down by unless they say otherwise.
  public static let standardDisaggregations = [
    "category", "gender", "age_group", "region", "country",
  ]
}
