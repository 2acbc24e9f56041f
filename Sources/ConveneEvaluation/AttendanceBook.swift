import ConveneCore

/// The attendance records of an event, one per person and session (or day): what was observed
/// on the day (present, absent) wins over an RSVP answer, and a later observation replaces an
/// earlier one.
public struct AttendanceBook: Sendable, Equatable {
  /// The records, in the order they were first recorded.
  public private(set) var records: [AttendanceRecord] = []
  private var positions: [AttendanceKey: Int] = [:]

  /// Creates a book holding `records` (as read from `attendance.csv`).
  public init(_ records: [AttendanceRecord] = []) {
    for record in records { self.record(record) }
  }

  /// Records `record`: an observation replaces whatever was known; an RSVP answer replaces
  /// only another RSVP answer. An earlier check-in time is kept when the same person is
  /// recorded present twice.
  public mutating func record(_ record: AttendanceRecord) {
    let key = AttendanceKey(participant: record.participant, session: record.session)
    guard let index = positions[key] else {
      positions[key] = records.count
      records.append(record)
      return
    }
    let old = records[index]
    if old.status.isObserved && !record.status.isObserved { return }
    var new = record
    if old.status == .present && new.status == .present,
      let earliest = [old.checkedInAt, new.checkedInAt].filter({ !$0.isEmpty }).min()
    {
      new.checkedInAt = earliest
    }
    records[index] = new
  }

  /// The record for `participant` at `session` (a session id or a date).
  public func record(participant: String, session: String) -> AttendanceRecord? {
    positions[AttendanceKey(participant: participant, session: session)].map { records[$0] }
  }

  /// The records sorted as `attendance.csv` keeps them: days first by date, then sessions in
  /// the order of `sessions.csv`, each by participant id.
  public func sorted(sessionOrder: [String]) -> [AttendanceRecord] {
    let order = Dictionary(
      sessionOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    return records.sorted { a, b in
      let rankA = a.isForDay ? (0, a.session, 0) : (1, "", order[a.session] ?? Int.max)
      let rankB = b.isForDay ? (0, b.session, 0) : (1, "", order[b.session] ?? Int.max)
      if rankA != rankB { return rankA < rankB }
      if a.session != b.session { return a.session < b.session }
      return a.participant < b.participant
    }
  }

  /// The ids of the people recorded present at least once.
  public var presentParticipants: Set<String> {
    Set(records.lazy.filter { $0.status == .present }.map(\.participant))
  }

  /// True when anything was observed on the day (so that attendance figures mean something).
  public var hasObservations: Bool { records.contains { $0.status.isObserved } }
}
