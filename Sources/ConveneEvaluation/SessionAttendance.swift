import ConveneCore

/// Which of their sessions each person attended: the sessions they were expected at (as
/// invitations and agendas count them, `EventPlan.sessions(attendedBy:)`: speaking,
/// moderating, signed up, with a cohort, and every exclusive session), on the schedule, and
/// of those the ones `attendance.csv` shows them present at.
///
/// A record for the session itself decides (present or absent); otherwise a record for the
/// day the session is scheduled on does (a day sign-in sheet or a badge scan at the door) —
/// except for sessions that overlap another of the person's: a day record cannot say which of
/// them they were at, and sessions at the same time count as one slot in the share. RSVP
/// answers are intentions, not attendance, and count for nothing here.
public struct SessionAttendance: Sendable, Equatable {
  /// One person's sessions.
  public struct Person: Sendable, Equatable {
    /// The participant.
    public var participant: Participant
    /// The sessions they were expected at, in the order of `sessions.csv`.
    public var expected: [Session]
    /// Those they attended, in the same order.
    public var attended: [Session]
    /// The times they were expected somewhere: the expected sessions, those that overlap
    /// counted once (unless the records show them at more than one of them).
    public var slots: Int

    /// The share of their time slots attended (0 when none was expected; at most 1).
    public var share: Double {
      slots == 0 ? 0 : min(1, Double(attended.count) / Double(slots))
    }

    /// True when they attended at least `minimum` (0 to 1) of their slots, and at least one.
    public func attendedAtLeast(_ minimum: Double) -> Bool {
      !attended.isEmpty && Double(attended.count) >= minimum * Double(slots) - 1e-9
    }
  }

  /// Everyone who was expected at a session, in the order of `participants.csv`.
  public var people: [Person]

  /// Works out attendance. `schedule` says which sessions took place on which day (nil: no
  /// schedule, every session counts and only records for the session itself decide).
  public init(plan: EventPlan, schedule: ScheduleDocument?, records: [AttendanceRecord]) {
    let book = AttendanceBook(records)
    let entries = Dictionary(
      (schedule?.sessions ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let signedUp = Dictionary(grouping: plan.signups, by: \.participant).mapValues {
      Set($0.map(\.session))
    }
    people = plan.participants.compactMap { person in
      let expected = plan.sessions(attendedBy: person, signedUp: signedUp[person.id] ?? [])
        .filter { schedule == nil || entries[$0.id] != nil }
      guard !expected.isEmpty else { return nil }
      let groups = Self.timeGroups(expected.compactMap { entries[$0.id] })
      let clashing = Set(groups.filter { $0.count > 1 }.joined())
      let attended = expected.filter { session in
        let day = clashing.contains(session.id) ? nil : entries[session.id]?.start.date.description
        return Self.present(person.id, at: session.id, on: day, in: book)
      }
      // A slot per time; sessions at the same time recorded one by one count each.
      let attendedIDs = Set(attended.map(\.id))
      let slots = groups.reduce(0) { $0 + max(1, $1.filter(attendedIDs.contains).count) }
      return Person(
        participant: person, expected: expected, attended: attended,
        slots: schedule == nil ? expected.count : slots)
    }
  }

  /// `entries` grouped by time: sessions that overlap (directly or through another) share a
  /// group; the others stand alone.
  static func timeGroups(_ entries: [ScheduleDocument.Entry]) -> [[String]] {
    let sorted = entries.sorted { $0.start.minutesSinceEpoch < $1.start.minutesSinceEpoch }
    var groups: [[String]] = []
    var groupEnd = Int.min
    for entry in sorted {
      if entry.start.minutesSinceEpoch < groupEnd {
        groups[groups.count - 1].append(entry.id)
      } else {
        groups.append([entry.id])
      }
      groupEnd = max(groupEnd, entry.end.minutesSinceEpoch)
    }
    return groups
  }

  /// True when the records show `participant` present at `session`: its own record when it
  /// is an observation, else the record of its day.
  static func present(
    _ participant: String, at session: String, on day: String?, in book: AttendanceBook
  )
    -> Bool
  {
    if let record = book.record(participant: participant, session: session),
      record.status.isObserved
    {
      return record.status == .present
    }
    guard let day, let record = book.record(participant: participant, session: day) else {
      return false
    }
    return record.status == .present
  }
}
