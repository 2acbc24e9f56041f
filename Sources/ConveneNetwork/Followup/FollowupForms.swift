import ConveneCore

/// The follow-up forms of one event: one per participant who wrote a commitment, in their
/// language, due some months after the event's last day.
public struct FollowupForms: Sendable {
  /// One participant's form.
  public struct Form: Sendable, Equatable {
    /// Who it is for.
    public var participant: Participant
    /// What they committed to.
    public var commitment: Commitment
    /// The language of the form.
    public var language: String
    /// The file's name (`followup-dakar-2027-p012.html`).
    public var fileName: String
  }

  /// The event.
  public var event: Event
  /// The forms, in the order of `participants.csv`.
  public var forms: [Form]
  /// Commitments made anonymously, which cannot be followed up.
  public var anonymous: Int
  /// Months after the event's last day.
  public var afterMonths: Int
  /// The day the follow-up is for: the last day plus `afterMonths`.
  public var due: LocalDate

  /// The forms of `plan` from the kept feedback `responses`; `language` overrides each
  /// participant's own.
  public init(
    plan: EventPlan, responses: [FeedbackResponse], evaluation: Evaluation, afterMonths: Int,
    language: String? = nil
  ) {
    event = plan.event
    self.afterMonths = afterMonths
    let lastDay = plan.event.dates.last ?? LocalDate(year: 2000, month: 1, day: 1)!
    due = lastDay.adding(months: afterMonths)
    let found = Commitment.found(in: responses, evaluation: evaluation)
    anonymous = found.anonymous
    forms = plan.participants.compactMap { person in
      guard let commitment = found.commitments[person.id] else { return nil }
      return Form(
        participant: person, commitment: commitment,
        language: language ?? Self.language(of: person, event: plan.event),
        fileName: "followup-\(plan.event.id)-\(person.id).html")
    }
  }

  /// The participant's first language among the event's that convene speaks, else the
  /// event's first such language, else English.
  static func language(of person: Participant, event: Event) -> String {
    let spoken = event.languages.filter { LanguagePack.named($0) != nil }
    return person.languages.first { spoken.contains($0) } ?? spoken.first ?? "en"
  }

  /// The columns of the CSV template for a spreadsheet or an online survey tool.
  /// The columns of `followup-template.csv`: the event first, so that a row filled in for one
  /// event is refused by another (participant ids are each event's own).
  public static let templateColumns = ["event", "participant", "email", "submitted_at"] + FollowupFile.answerColumns

  /// `recipients.csv`: who gets which form, for a mail merge.
  public var recipients: [[String]] {
    forms.map { [$0.participant.id, $0.participant.name, $0.participant.email, $0.language, $0.fileName, due.description] }
  }

  /// The columns of `recipients.csv`.
  public static let recipientColumns = ["participant", "name", "email", "language", "form", "due"]
}
