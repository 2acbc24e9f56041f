import ConveneCore

/// Reads participants' answers (METHOD:REPLY calendars) and keeps those that answer an
/// invitation convene sent: the ATTENDEE must be a participant who was invited to that UID.
public struct ReplyCollector: Sendable {
  /// One recorded answer.
  public struct Answer: Sendable, Equatable {
    public var participant: String
    public var session: String
    public var answer: CalendarAttendee.Answer
    /// The file it came from.
    public var file: String
    /// When the participant's client made the reply (seconds since 1970).
    public var stamp: Int
    /// The SEQUENCE of the invitation it answers.
    public var sequence: Int

    /// Creates an answer.
    public init(
      participant: String, session: String, answer: CalendarAttendee.Answer, file: String, stamp: Int, sequence: Int = 0
    ) {
      self.participant = participant
      self.session = session
      self.answer = answer
      self.file = file
      self.stamp = stamp
      self.sequence = sequence
    }

    /// Later versions first, then later replies: a reply to SEQUENCE 1 outranks any reply to
    /// SEQUENCE 0, whatever its DTSTAMP (RFC 5546, 2.1.5).
    func outranks(_ other: Answer) -> Bool { (sequence, stamp) > (other.sequence, other.stamp) }
  }

  /// A file or event that was not taken, and why.
  public struct Rejection: Sendable, Equatable {
    /// The reply file.
    public var file: String
    /// Why, in words.
    public var reason: String

    /// `file` was not taken for `reason`.
    public init(file: String, reason: String) {
      self.file = file
      self.reason = reason
    }
  }

  public let plan: EventPlan
  public let ledger: InvitationLedger
  /// The time of the collection (seconds since 1970, UTC), when it is known: a reply stamped
  /// later than an hour after it comes from a calendar whose clock is wrong, and would
  /// outrank every real answer after it.
  public let now: Int?

  /// A collector of the replies to the invitations `ledger` records, at `now`.
  public init(plan: EventPlan, ledger: InvitationLedger, now: Int? = nil) {
    self.plan = plan
    self.ledger = ledger
    self.now = now
  }

  /// How far after `now` a reply's DTSTAMP may be (clocks are never quite right).
  static let clockSkew = 3600

  /// True when `answer` answers the invitation in force: the ledger shows no cancellation of
  /// the session for the person and no later SEQUENCE sent since (an answer the ledger knows
  /// nothing of, written into `rsvp.csv` by hand, is taken as written).
  public func isInForce(_ answer: Answer) -> Bool {
    guard let sent = ledger.entry(answer.participant, "\(answer.session)@\(plan.event.id).convene") else { return true }
    return sent.method == .request && answer.sequence >= sent.sequence
  }

  /// The answers in `files` (name and text), latest per participant and session, added to
  /// the answers of `existing` still in force; those no longer in force are returned apart
  /// (`superseded`: the session changed or was withdrawn since they were given). Replies that
  /// answer differently with the same SEQUENCE and DTSTAMP as the latest are rejected, and
  /// the answer `existing` held, if any, stays.
  public func collect(_ files: [(name: String, text: String)], into existing: [Answer]) -> (
    answers: [Answer], rejected: [Rejection], superseded: [Answer]
  ) {
    let superseded = existing.filter { !isInForce($0) }
    var answers = Dictionary(
      existing.filter(isInForce).map { ("\($0.participant)|\($0.session)", $0) }, uniquingKeysWith: { _, last in last })
    let before = answers
    // Replies as late as the one kept for their person and session, answering otherwise.
    var tied: [String: [Answer]] = [:]
    var rejected: [Rejection] = []
    let byEmail = plan.participantsByEmail
    let suffix = "@\(plan.event.id).convene"
    for (name, text) in files {
      let document: CalendarDocument
      do {
        document = try CalendarReader.read(text)
      } catch {
        rejected.append(.init(file: name, reason: "\(error)"))
        continue
      }
      guard document.method == .reply else {
        rejected.append(.init(file: name, reason: Self.notAReply(document.writtenMethod)))
        continue
      }
      // A reply is one person's answer: a file whose events name several attendees would let
      // one person answer for another.
      let repliers = Set(document.events.flatMap { $0.attendees.map { $0.person.email.lowercased() } })
      guard repliers.count <= 1 else {
        rejected.append(
          .init(
            file: name,
            reason: "the reply names \(repliers.count) attendees (\(repliers.sorted().map { QuotedValue.shown($0) }.joined(separator: ", "))): "
              + "a reply is one person's answer, and a calendar sends each person's from their own address"))
        continue
      }
      for event in document.events {
        guard !event.uid.isEmpty else {
          rejected.append(.init(file: name, reason: "the reply has no UID, so it names no session (a calendar writes the invitation's UID back)"))
          continue
        }
        guard event.uid.hasSuffix(suffix) else {
          rejected.append(.init(file: name, reason: "\(QuotedValue.shown(event.uid)) is not a session of \(plan.event.id)"))
          continue
        }
        guard event.attendees.count == 1, let attendee = event.attendees.first else {
          rejected.append(.init(file: name, reason: "\(QuotedValue.shown(event.uid)): a reply must name exactly one ATTENDEE"))
          continue
        }
        guard let person = byEmail[attendee.person.email.lowercased()] else {
          rejected.append(.init(file: name, reason: "\(QuotedValue.shown(event.uid)): \(QuotedValue.shown(attendee.person.email)) is not a participant"))
          continue
        }
        let uid = QuotedValue.shown(event.uid)
        guard let sent = ledger.entry(person.id, event.uid) else {
          rejected.append(.init(file: name, reason: "\(uid): \(person.id) was not invited to this session"))
          continue
        }
        guard sent.method == .request else {
          rejected.append(.init(file: name, reason: "\(uid): \(person.id)'s invitation to this session was withdrawn (a cancellation was sent)"))
          continue
        }
        guard event.sequence >= sent.sequence else {
          rejected.append(
            .init(
              file: name,
              reason:
                "\(uid): the reply answers an earlier version of the session (SEQUENCE \(event.sequence)); the invitation in force is SEQUENCE \(sent.sequence), sent after the session changed, and its answer is still to come"
            ))
          continue
        }
        guard event.sequence <= sent.sequence else {
          rejected.append(
            .init(
              file: name,
              reason: "\(uid): the reply answers SEQUENCE \(event.sequence), a version never sent (the invitation sent is SEQUENCE \(sent.sequence))"))
          continue
        }
        guard attendee.answer != .needsAction else {
          rejected.append(.init(file: name, reason: "\(uid): the reply gives no answer (PARTSTAT)"))
          continue
        }
        guard attendee.answer != .delegated else {
          rejected.append(
            .init(
              file: name,
              reason: "\(uid): \(person.id) delegated the invitation; only the invited person's own answer is recorded (register the delegate to invite them)"))
          continue
        }
        if let now, event.stamp > now + Self.clockSkew {
          rejected.append(
            .init(
              file: name,
              reason:
                "\(uid): the reply is stamped \(Self.utc(event.stamp)) UTC (DTSTAMP), later than now (\(Self.utc(now)) UTC): a calendar whose clock is wrong; ask \(person.id) to answer again"
            ))
          continue
        }
        let session = String(event.uid.dropLast(suffix.count))
        let key = "\(person.id)|\(session)"
        let answer = Answer(
          participant: person.id, session: session, answer: attendee.answer, file: name, stamp: event.stamp,
          sequence: event.sequence)
        if let earlier = answers[key] {
          if earlier.outranks(answer) { continue }
          if !answer.outranks(earlier) {
            // As late as the answer kept: the same answer again changes nothing; another is a
            // tie nobody can settle.
            if answer.answer != earlier.answer { tied[key, default: [earlier]].append(answer) }
            continue
          }
        }
        answers[key] = answer
        tied[key] = nil
      }
    }
    for (key, group) in tied.sorted(by: { $0.key < $1.key }) {
      answers[key] = before[key]
      rejected += Self.rejections(tied: group.filter { $0 != before[key] }, besides: group)
    }
    return (answers.values.sorted { ($0.participant, $0.session) < ($1.participant, $1.session) }, rejected, superseded)
  }

  /// Why each of `replies` is not taken: they, and the others of `group`, answer the same
  /// version of a session differently with the same DTSTAMP, so which came last cannot be
  /// told (a reply collected earlier keeps its place).
  static func rejections(tied replies: [Answer], besides group: [Answer]) -> [Rejection] {
    replies.map { reply in
      let others = group.filter { $0 != reply }.map { "\($0.answer.rawValue.lowercased()) in \($0.file)" }
      return Rejection(
        file: reply.file,
        reason:
          "\(reply.session): \(reply.participant) answered \(reply.answer.rawValue.lowercased()) here and "
          + others.joined(separator: ", ") + ", stamped the same moment (\(utc(reply.stamp)) UTC, DTSTAMP) for the same "
          + "version of the session: which came last cannot be told; ask \(reply.participant) to answer again")
    }
  }

  /// `stamp` (seconds since 1970) as a UTC date and time (`2027-03-05 12:00`).
  static func utc(_ stamp: Int) -> String {
    LocalDateTime(minutesSinceEpoch: stamp >= 0 ? stamp / 60 : (stamp - 59) / 60).description
  }

  /// Why a calendar that is not a reply is not taken.
  static func notAReply(_ method: String) -> String {
    switch method {
    case "": "the calendar has no METHOD; a reply says METHOD:REPLY"
    case "COUNTER":
      "METHOD is COUNTER (a proposal of another time), not REPLY: only answers are recorded; answer the proposal yourself"
    default: "METHOD is \(QuotedValue.shown(method)), not REPLY"
    }
  }
}
