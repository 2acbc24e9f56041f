import ConveneCore

/// An iCalendar file as convene writes and reads it: a method, the time zones used, and events.
public struct CalendarDocument: Sendable, Equatable {
  /// The iTIP method.
  public enum Method: String, Sendable, Equatable {
    case publish = "PUBLISH", request = "REQUEST", cancel = "CANCEL", reply = "REPLY"
  }

  public var method: Method
  /// The METHOD as the file wrote it (`COUNTER`), "" when it has none; only the reader sets it.
  public var writtenMethod = ""
  public var timezones: [TimeZoneDefinition]
  public var events: [CalendarEvent]

  /// Creates a document.
  public init(method: Method, timezones: [TimeZoneDefinition], events: [CalendarEvent]) {
    self.method = method
    self.timezones = timezones
    self.events = events
  }
}

/// One VEVENT.
public struct CalendarEvent: Sendable, Equatable {
  public enum Status: String, Sendable, Equatable { case confirmed = "CONFIRMED", cancelled = "CANCELLED" }

  public var uid: String
  public var sequence: Int
  /// When the calendar was made, in seconds since 1970 (UTC).
  public var stamp: Int
  /// Local start and end in `timezone` (an IANA name, used as the TZID).
  public var start: LocalDateTime
  public var end: LocalDateTime
  public var timezone: String
  public var summary: String
  public var location: String
  public var description: String
  public var status: Status
  public var organizer: CalendarPerson
  public var attendees: [CalendarAttendee]

  /// Creates an event.
  public init(
    uid: String, sequence: Int, stamp: Int, start: LocalDateTime, end: LocalDateTime, timezone: String,
    summary: String, location: String, description: String, status: Status, organizer: CalendarPerson,
    attendees: [CalendarAttendee]
  ) {
    self.uid = uid
    self.sequence = sequence
    self.stamp = stamp
    self.start = start
    self.end = end
    self.timezone = timezone
    self.summary = summary
    self.location = location
    self.description = description
    self.status = status
    self.organizer = organizer
    self.attendees = attendees
  }
}

/// A name and an address.
public struct CalendarPerson: Sendable, Equatable {
  public var name: String
  public var email: String

  /// Creates a person.
  public init(name: String, email: String) {
    self.name = name
    self.email = email
  }
}

/// An attendee with the iTIP parameters convene sets.
public struct CalendarAttendee: Sendable, Equatable {
  public enum Role: String, Sendable, Equatable {
    case chair = "CHAIR", required = "REQ-PARTICIPANT", optional = "OPT-PARTICIPANT"
  }

  public enum Answer: String, Sendable, Equatable {
    case needsAction = "NEEDS-ACTION", accepted = "ACCEPTED", tentative = "TENTATIVE", declined = "DECLINED"
    /// Passed on to someone else (`DELEGATED-TO`): read from replies, never written.
    case delegated = "DELEGATED"
  }

  public var person: CalendarPerson
  public var role: Role
  public var answer: Answer
  public var rsvp: Bool

  /// Creates an attendee.
  public init(person: CalendarPerson, role: Role, answer: Answer = .needsAction, rsvp: Bool = true) {
    self.person = person
    self.role = role
    self.answer = answer
    self.rsvp = rsvp
  }
}
