import Foundation

/// One line of `attendance.csv`: a person at a session, or at the event on one day.
public struct AttendanceRecord: Sendable, Equatable, Hashable {
  /// What is known about the person's attendance.
  public enum Status: String, Sendable, CaseIterable, Equatable, Hashable {
    /// Signed in or marked present.
    case present
    /// Recorded as not there.
    case absent
    /// Answered the invitation: will come (from `rsvp.csv`).
    case accepted
    /// Answered the invitation: may come.
    case tentative
    /// Answered the invitation: will not come.
    case declined

    /// True for what happened on the day (present, absent), as against an RSVP answer.
    public var isObserved: Bool { self == .present || self == .absent }
  }

  /// The participant's id.
  public var participant: String
  /// A session id, or a date (`2027-03-09`) for attendance of the whole day.
  public var session: String
  /// Present, absent, or an RSVP answer.
  public var status: Status
  /// When the person signed in, as written (`2027-03-09 08:52`), or empty.
  public var checkedInAt: String
  /// The line in `attendance.csv` (0 when not read from it); not part of equality.
  public var line: Int

  /// Creates a record.
  public init(
    participant: String, session: String, status: Status, checkedInAt: String = "", line: Int = 0
  ) {
    self.participant = participant
    self.session = session
    self.status = status
    self.checkedInAt = checkedInAt
    self.line = line
  }

  /// Equal when they say the same, wherever they were read from.
  public static func == (lhs: AttendanceRecord, rhs: AttendanceRecord) -> Bool {
    (lhs.participant, lhs.session, lhs.status, lhs.checkedInAt)
      == (rhs.participant, rhs.session, rhs.status, rhs.checkedInAt)
  }

  /// Hashes what equality compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(participant)
    hasher.combine(session)
    hasher.combine(status)
    hasher.combine(checkedInAt)
  }

  /// Why `text` is not a check-in time, or nil when it is one or is empty. A check-in time is
  /// a date-time (`2027-03-09 08:52`, a year from 1900 to 2200) as `LocalDateTime` reads it,
  /// or a time of day (`08:52`): the one rule of the import, `attendance mark --at` and
  /// `check`.
  public static func checkInProblem(_ text: String) -> String? {
    let trimmed = text.trimmed
    let time = LocalDateTime(trimmed)?.time ?? TimeOfDay(trimmed)
    guard !trimmed.isEmpty, time == nil || time?.minutes == 24 * 60 else { return nil }
    return "\"\(Identifier.shown(trimmed))\" is not a check-in time (YYYY-MM-DD HH:MM, a year from \(Limits.years.lowerBound) to \(Limits.years.upperBound), or HH:MM; 00:00 to 23:59)"
  }

  /// Why a check-in at `time` (as written) cannot be one at `target` (a session id or a date):
  /// its date is not the day marked, not a day `placed` gives the session (the release in
  /// force: its start's date to its end's), or, for a session not placed, no day of the event
  /// (`eventDates`). Nil when it fits, or when the time gives no date (`08:52`). A time written
  /// with an offset (`2027-03-09T00:30+14:00`) is on the day it is in `timezone`, the event's.
  /// The one rule of the import, `attendance mark --at` and `check`.
  public static func dayProblem(
    checkedInAt time: String, target: String, placed: ClosedRange<LocalDate>?, eventDates: [LocalDate],
    timezone: String
  ) -> String? {
    guard let written = LocalDateTime(time.trimmed) else { return nil }
    let local = localTime(of: written, in: timezone)
    let date = local.date
    let shown = written.offsetMinutes == nil ? time.trimmed : "\(time.trimmed) (\(local.date) \(local.time) in \(timezone))"
    if let day = LocalDate(target) {
      return date == day ? nil : "\(shown) is not on \(day), the day marked"
    }
    if let placed {
      guard !placed.contains(date) else { return nil }
      let days = placed.lowerBound == placed.upperBound ? "\(placed.lowerBound)" : "\(placed.lowerBound) to \(placed.upperBound)"
      return written.offsetMinutes == nil ? "\(target) is on \(days), not \(date)" : "\(target) is on \(days), not \(shown)"
    }
    return eventDates.contains(date) ? nil : "\(written.offsetMinutes == nil ? date.description : shown) is not a day of the event"
  }

  /// The clock time in `timezone` of `written`: itself when written without an offset (it is
  /// the event's clock already) or when the zone is unknown.
  public static func localTime(of written: LocalDateTime, in timezone: String) -> LocalDateTime {
    guard let offset = written.offsetMinutes, let zone = TimeZone(identifier: timezone) else {
      return LocalDateTime(date: written.date, time: written.time)
    }
    let utc = written.minutesSinceEpoch - offset
    return LocalDateTime(minutesSinceEpoch: utc + TimeZoneNames.offsetMinutes(atUTCMinute: utc, in: zone))
  }

  /// True when the record is for a whole day rather than one session.
  public var isForDay: Bool { LocalDate(session) != nil }
}
