/// What an event asks participants afterwards and the indicators built on the answers
/// (`evaluation` in `event.json`).
public struct Evaluation: Sendable, Equatable {
  /// The feedback questions, in the order the form shows them.
  public var questions: [Question]
  /// The indicators the report computes, in the order it shows them.
  public var indicators: [IndicatorDefinition]

  /// Creates an evaluation.
  public init(questions: [Question] = [], indicators: [IndicatorDefinition] = []) {
    self.questions = questions
    self.indicators = indicators
  }

  /// The question with the given id.
  public func question(_ id: String) -> Question? { questions.first { $0.id == id } }

  /// True when nothing is declared (the standard set then applies).
  public var isEmpty: Bool { questions.isEmpty && indicators.isEmpty }
}
