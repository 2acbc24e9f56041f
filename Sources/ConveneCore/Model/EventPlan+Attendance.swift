extension EventPlan {
  /// The sessions `person` takes part in: those they speak at, moderate, signed up for or
  /// follow with a cohort, and every exclusive session (plenaries and ceremonies are for all).
  public func sessions(attendedBy person: Participant) -> [Session] {
    sessions(attendedBy: person, signedUp: Set(signups.filter { $0.participant == person.id }.map(\.session)))
  }

  /// The same, with the person's sign-ups already looked up (for many people at once).
  public func sessions(attendedBy person: Participant, signedUp: Set<String>) -> [Session] {
    sessions.filter { Self.takesPart(person, in: $0, signedUp: signedUp.contains($0.id)) }
  }

  /// Whether `person` takes part in `session`: they speak at it, moderate it, signed up for
  /// it (`signedUp`) or follow it with a cohort, or it is exclusive (for everyone). The one
  /// definition behind agendas, sign-in sheets, invitations and the scheduler's counts of the
  /// people a session concerns.
  public static func takesPart(_ person: Participant, in session: Session, signedUp: Bool) -> Bool {
    session.speakers.contains(person.id) || session.moderators.contains(person.id) || signedUp
      || session.isExclusive || session.audience.contains(where: person.cohorts.contains)
  }

  /// How `person` takes part in `session`: moderating, speaking, or attending.
  public func role(of person: Participant, in session: Session) -> SessionRole {
    if session.moderators.contains(person.id) { return .moderator }
    if session.speakers.contains(person.id) { return .speaker }
    return .attendee
  }
}

/// A person's part in a session.
public enum SessionRole: String, Sendable {
  case moderator, speaker, attendee
}
