import ConveneCore

/// One e-mail telling a person where their registration stands, after their status changed.
public struct RegistrationNotice: Sendable, Equatable {
  /// What the notice says.
  public enum Kind: String, Sendable, CaseIterable {
    /// Registration received: the person holds a place.
    case registered
    /// The place is confirmed.
    case confirmed
    /// The event (or the person's category) is full: they are on the waitlist, at `position`.
    case waitlisted
    /// A place became free and is theirs (from the waitlist to `registered`).
    case offered
    /// The registration is cancelled (or the person declined): the place is released.
    case cancelled
  }

  public var participant: String
  public var kind: Kind
  /// The person's place on the waitlist (1 first), for `waitlisted`.
  public var position: Int?

  /// Creates a notice.
  public init(participant: String, kind: Kind, position: Int? = nil) {
    self.participant = participant
    self.kind = kind
    self.position = position
  }

  /// The notice a person's status calls for, given the last notice they were given; nil when
  /// they already know where they stand. A change of waitlist position alone is not news; a
  /// cancellation goes only to people who were told something before; `invited` is the
  /// organisers' own list and gets nothing.
  public static func kind(for status: ParticipantStatus, lastGiven: Kind?) -> Kind? {
    switch status {
    case .invited:
      return nil
    case .registered:
      switch lastGiven {
      case .waitlisted: return .offered
      case .registered, .offered, .confirmed: return nil
      case .cancelled, nil: return .registered
      }
    case .confirmed:
      return lastGiven == .confirmed ? nil : .confirmed
    case .waitlisted:
      return lastGiven == .waitlisted ? nil : .waitlisted
    case .cancelled, .declined:
      return lastGiven == nil || lastGiven == .cancelled ? nil : .cancelled
    }
  }

  /// The notices to give again at a corrected address: for each person with an address whose
  /// status calls for no new notice (`planned` holds none for them) and whose latest notice
  /// given (`basis`) went to another address than theirs now (`recipient` reads a message's
  /// address, normalised), that notice again (a waitlist notice with their place now): the
  /// new address has heard nothing.
  public static func readdressed(
    for participants: [Participant], planned: [RegistrationNotice], ledger: NotificationLedger,
    basis: DeliveryBasis, recipient: (String) throws -> String?
  ) rethrows -> [RegistrationNotice] {
    let told = Set(planned.map(\.participant))
    var position = 0
    var notices: [RegistrationNotice] = []
    for person in participants {
      if person.status == .waitlisted { position += 1 }
      guard !told.contains(person.id), let now = EmailAddress.normalised(person.email),
        let last = ledger.latest(person.id, among: basis.given),
        let before = try recipient(last.message), before != now
      else { continue }
      notices.append(
        RegistrationNotice(
          participant: person.id, kind: last.notice, position: last.notice == .waitlisted ? position : nil))
    }
    return notices
  }

  /// The notices the participants' statuses call for, given what `ledger` says each was given
  /// (`basis`): at most one per person, for their current status. People without an e-mail
  /// address get none.
  public static func planned(
    for participants: [Participant], ledger: NotificationLedger, basis: DeliveryBasis
  ) -> [RegistrationNotice] {
    var position = 0
    var notices: [RegistrationNotice] = []
    for person in participants {
      if person.status == .waitlisted { position += 1 }
      guard !person.email.isEmpty else { continue }
      let last = ledger.latest(person.id, among: basis.given)?.notice
      guard let kind = kind(for: person.status, lastGiven: last) else { continue }
      notices.append(
        RegistrationNotice(
          participant: person.id, kind: kind, position: kind == .waitlisted ? position : nil))
    }
    return notices
  }
}
