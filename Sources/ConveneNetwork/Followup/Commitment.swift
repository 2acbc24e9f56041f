import ConveneCore

/// What one participant wrote, at the end of an event, that they would do next.
public struct Commitment: Sendable, Equatable {
  /// The participant's id.
  public var participant: String
  /// The text, as written.
  public var text: String

  /// Creates a commitment.
  public init(participant: String, text: String) {
    self.participant = participant
    self.text = text
  }

  /// The questions an event asks commitments with: those its `answered` indicators count.
  public static func questions(of evaluation: Evaluation) -> [String] {
    var seen = Set<String>()
    return evaluation.indicators.filter { $0.measure == .answered }.compactMap(\.question)
      .filter { seen.insert($0).inserted }
  }

  /// The commitments in the kept feedback `responses`, by participant; an anonymous response's
  /// commitment cannot be followed up and is counted in `anonymous` instead.
  public static func found(in responses: [FeedbackResponse], evaluation: Evaluation) -> (
    commitments: [String: Commitment], anonymous: Int
  ) {
    let questions = questions(of: evaluation)
    var commitments: [String: Commitment] = [:]
    var anonymous = 0
    for response in responses {
      let text = questions.compactMap { response.answers[$0]?.trimmed }.filter { !$0.isEmpty }
        .joined(separator: "\n")
      guard !text.isEmpty else { continue }
      if response.participant.isEmpty {
        anonymous += 1
      } else {
        commitments[response.participant] = Commitment(participant: response.participant, text: text)
      }
    }
    return (commitments, anonymous)
  }
}
