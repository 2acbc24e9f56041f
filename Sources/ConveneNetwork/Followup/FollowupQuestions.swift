import ConveneCore
import ConveneEvaluation

/// The questions of the follow-up on a commitment, the same for every event: where the
/// commitment stands (done, in progress, not started, dropped), what changed, what got in the
/// way, and the support wanted from the network. Their texts are the language table's
/// `followup.*` labels, in every language convene speaks.
public enum FollowupQuestions {
  /// The status answers, in form order, each with its label key.
  public static let statuses: [(id: String, label: String)] = [
    ("done", "done"), ("in-progress", "inProgress"), ("not-started", "notStarted"),
    ("dropped", "dropped"),
  ]

  /// The answers that count as acting on a commitment.
  public static let acted = Set(Population.followupStatusSides.filter { $0.value.contains("acted-upon") }.keys)

  /// The question ids: `status`, then the three free-text questions.
  public static let status = "status"
  /// The free-text questions.
  public static let texts = ["changes", "obstacles", "support"]

  /// The questions as an evaluation, so that the feedback form's reader and collector read
  /// the answers.
  public static let evaluation: Evaluation = {
    func label(_ key: String) -> [String: String] {
      Dictionary(
        uniqueKeysWithValues: LanguagePack.all.map { pack in
          (pack.code, pack.labels["followup.\(key)"] ?? LanguagePack.english.labels["followup.\(key)"] ?? key)
        })
    }
    let options = statuses.map { status in
      QuestionOption(
        id: status.id, label: label(status.label),
        otherWords: LanguagePack.words { $0.values.commitmentStatuses[status.id] ?? [] })
    }
    let questions =
      [Question(id: status, kind: .choice, text: label("status"), options: options, required: true)]
      + texts.map { Question(id: $0, kind: .text, text: label($0)) }
    return Evaluation(questions: questions)
  }()
}
