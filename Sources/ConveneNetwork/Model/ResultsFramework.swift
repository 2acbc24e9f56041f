/// The network's results framework (`framework.json`): outcomes, the outputs that serve them,
/// and the indicators by which each is followed year by year.
public struct ResultsFramework: Sendable, Equatable {
  /// An outcome or an output: a result the network works towards.
  public struct Result: Sendable, Equatable {
    /// The id (`outcome-1`, `output-1.2`).
    public var id: String
    /// The title by language code.
    public var title: [String: String]
    /// Its indicators.
    public var indicators: [FrameworkIndicator]
    /// For an outcome, the outputs that serve it; empty for an output.
    public var outputs: [Result]

    /// Creates a result.
    public init(
      id: String, title: [String: String], indicators: [FrameworkIndicator] = [],
      outputs: [Result] = []
    ) {
      self.id = id
      self.title = title
      self.indicators = indicators
      self.outputs = outputs
    }

    /// The title in `language`, or in English, or the id.
    public func title(in language: String) -> String { title[language] ?? title["en"] ?? id }
  }

  /// The framework's title by language code.
  public var title: [String: String]
  /// The outcomes, in order.
  public var outcomes: [Result]

  /// Creates a framework.
  public init(title: [String: String] = [:], outcomes: [Result] = []) {
    self.title = title
    self.outcomes = outcomes
  }

  /// Every indicator, outcome by outcome, each outcome's own before its outputs'.
  public var indicators: [FrameworkIndicator] {
    outcomes.flatMap { outcome in outcome.indicators + outcome.outputs.flatMap(\.indicators) }
  }
}

/// One indicator of the results framework: a measure, its breakdowns, a baseline and yearly
/// targets, and where the figures come from.
public struct FrameworkIndicator: Sendable, Equatable {
  /// The value before the framework started.
  public struct Baseline: Sendable, Equatable {
    /// The year it was measured.
    public var year: Int
    /// The value.
    public var value: Double

    /// Creates a baseline.
    public init(year: Int, value: Double) {
      self.year = year
      self.value = value
    }
  }

  /// The id, unique in the framework.
  public var id: String
  /// The label by language code.
  public var label: [String: String]
  /// How it is computed.
  public var measure: NetworkMeasure
  /// For `mean` and `share`: the feedback question.
  public var question: String?
  /// For `share`: the answers that count.
  public var answers: [String]
  /// For `resolved-within`: the days.
  public var days: Int?
  /// The fields it is broken down by.
  public var disaggregations: [String]
  /// The baseline, or nil.
  public var baseline: Baseline?
  /// Targets by year.
  public var targets: [Int: Double]
  /// Where the figures come from, in words.
  public var source: String
  /// The line in `framework.json`.
  public var line: Int

  /// Creates an indicator.
  public init(
    id: String, label: [String: String], measure: NetworkMeasure, question: String? = nil,
    answers: [String] = [], days: Int? = nil, disaggregations: [String] = [],
    baseline: Baseline? = nil, targets: [Int: Double] = [:], source: String = "", line: Int = 0
  ) {
    self.id = id
    self.label = label
    self.measure = measure
    self.question = question
    self.answers = answers
    self.days = days
    self.disaggregations = disaggregations
    self.baseline = baseline
    self.targets = targets
    self.source = source
    self.line = line
  }

  /// The label in `language`, or in English, or the id.
  public func label(in language: String) -> String { label[language] ?? label["en"] ?? id }
}
