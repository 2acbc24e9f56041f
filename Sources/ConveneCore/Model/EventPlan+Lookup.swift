extension EventPlan {
  /// The participants by id (the first one where an id repeats, which `check` reports).
  public var participantsByID: [String: Participant] {
    Dictionary(participants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The participants who gave an e-mail address, by that address (stored in lower case).
  public var participantsByEmail: [String: Participant] {
    Dictionary(
      participants.filter { !$0.email.isEmpty }.map { ($0.email, $0) },
      uniquingKeysWith: { first, _ in first })
  }
}
