import CLibical
import ConveneCore

/// Reads calendars with libical (replies from participants' clients, and convene's own files
/// in tests).
public enum CalendarReader {
  /// The method and events of an iCalendar text; time zone definitions are not read back.
  public static func read(_ text: String) throws(ICalError) -> CalendarDocument {
    if let problem = stampOrSequenceProblem(in: text) { throw .unreadable(problem) }
    let root = try ICalComponent(parsing: text)
    let calendars = root.kind == ICAL_VCALENDAR_COMPONENT ? [root] : root.children(ICAL_VCALENDAR_COMPONENT)
    guard let calendar = calendars.first else { throw .unreadable("no VCALENDAR") }
    let method: CalendarDocument.Method
    switch icalcomponent_get_method(calendar.pointer) {
    case ICAL_METHOD_REQUEST: method = .request
    case ICAL_METHOD_CANCEL: method = .cancel
    case ICAL_METHOD_REPLY: method = .reply
    default: method = .publish
    }
    let events = calendar.children(ICAL_VEVENT_COMPONENT).map { event(from: $0) }
    var document = CalendarDocument(method: method, timezones: [], events: events)
    document.writtenMethod = writtenMethod(in: text)
    return document
  }

  /// The value of the first `METHOD:` line of `text`, upper-cased; "" when there is none.
  static func writtenMethod(in text: String) -> String {
    for line in text.split(whereSeparator: \.isNewline) where line.uppercased().hasPrefix("METHOD:") {
      return String(line.dropFirst("METHOD:".count)).trimmed.uppercased()
    }
    return ""
  }

  /// Why a DTSTAMP or SEQUENCE of `text` cannot be taken as it is written, or nil. libical
  /// reads `DTSTAMP:99999999T999999Z` or `DTSTAMP:2027` as no time (-1 or 0) and a SEQUENCE of
  /// 20 digits as -1; the latest answer is decided by them, so they are checked as written:
  /// DTSTAMP a UTC date and time `YYYYMMDDTHHMMSSZ` in the years 1900 to 2200, SEQUENCE a
  /// whole number of at most 9 digits.
  static func stampOrSequenceProblem(in text: String) -> String? {
    // Long lines are folded: a line break followed by a space or a tab continues the line.
    let unfolded = text.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\n ", with: "").replacingOccurrences(of: "\n\t", with: "")
    for line in unfolded.split(separator: "\n") {
      let upper = line.prefix(9).uppercased()
      let name = upper.hasPrefix("DTSTAMP") ? "DTSTAMP" : upper.hasPrefix("SEQUENCE") ? "SEQUENCE" : nil
      guard let name, let colon = line.firstIndex(of: ":") else { continue }
      let after = line.dropFirst(name.count).first
      guard after == ":" || after == ";" else { continue }
      let value = String(line[line.index(after: colon)...]).trimmed
      if name == "SEQUENCE" {
        if value.isEmpty || value.count > 9 || !value.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
          return "SEQUENCE \"\(QuotedValue.shown(value))\" is not a whole number from 0 to 999999999"
        }
      } else if !isUTCDateTime(value) {
        return "DTSTAMP \"\(QuotedValue.shown(value))\" is not a date and time (YYYYMMDDTHHMMSSZ, in the years \(Limits.years.lowerBound) to \(Limits.years.upperBound))"
      }
    }
    return nil
  }

  /// True for `YYYYMMDDTHHMMSSZ` (the `Z` may be left out) naming a real date in
  /// `Limits.years` and a real time.
  static func isUTCDateTime(_ value: String) -> Bool {
    var digits = Array(value.utf8)
    if digits.last == UInt8(ascii: "Z") { digits.removeLast() }
    guard digits.count == 15, digits[8] == UInt8(ascii: "T") else { return false }
    digits.remove(at: 8)
    guard digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
    func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
    return LocalDate(year: number(0..<4), month: number(4..<6), day: number(6..<8)) != nil
      && number(8..<10) < 24 && number(10..<12) < 60 && number(12..<14) <= 60
  }

  static func text(_ value: UnsafePointer<CChar>?) -> String { value.map { String(cString: $0) } ?? "" }

  static func localTime(_ time: icaltimetype) -> LocalDateTime {
    LocalDateTime(
      date: LocalDate(year: Int(time.year), month: Int(time.month), day: Int(time.day)) ?? LocalDate(daysSinceEpoch: 0),
      time: TimeOfDay(hour: Int(time.hour), minute: Int(time.minute)))
  }

  static func address(_ value: String) -> String {
    value.lowercased().hasPrefix("mailto:") ? String(value.dropFirst(7)) : value
  }

  static func parameter(_ property: OpaquePointer, _ kind: icalparameter_kind) -> OpaquePointer? {
    icalproperty_get_first_parameter(property, kind)
  }

  static func event(from component: ICalComponent) -> CalendarEvent {
    let pointer = component.pointer
    var timezone = ""
    if let start = component.properties(ICAL_DTSTART_PROPERTY).first, let tzid = parameter(start, ICAL_TZID_PARAMETER) {
      timezone = text(icalparameter_get_tzid(tzid))
    }
    var organizer = CalendarPerson(name: "", email: "")
    if let property = component.properties(ICAL_ORGANIZER_PROPERTY).first {
      organizer = CalendarPerson(
        name: parameter(property, ICAL_CN_PARAMETER).map { text(icalparameter_get_cn($0)) } ?? "",
        email: address(text(icalproperty_get_organizer(property))))
    }
    let attendees = component.properties(ICAL_ATTENDEE_PROPERTY).map { property -> CalendarAttendee in
      let person = CalendarPerson(
        name: parameter(property, ICAL_CN_PARAMETER).map { text(icalparameter_get_cn($0)) } ?? "",
        email: address(text(icalproperty_get_attendee(property))))
      var role = CalendarAttendee.Role.optional
      if let value = parameter(property, ICAL_ROLE_PARAMETER) {
        switch icalparameter_get_role(value) {
        case ICAL_ROLE_CHAIR: role = .chair
        case ICAL_ROLE_REQPARTICIPANT: role = .required
        default: role = .optional
        }
      }
      var answer = CalendarAttendee.Answer.needsAction
      if let value = parameter(property, ICAL_PARTSTAT_PARAMETER) {
        switch icalparameter_get_partstat(value) {
        case ICAL_PARTSTAT_ACCEPTED: answer = .accepted
        case ICAL_PARTSTAT_DELEGATED: answer = .delegated
        case ICAL_PARTSTAT_TENTATIVE: answer = .tentative
        case ICAL_PARTSTAT_DECLINED: answer = .declined
        default: answer = .needsAction
        }
      }
      let rsvp = parameter(property, ICAL_RSVP_PARAMETER).map { icalparameter_get_rsvp($0) == ICAL_RSVP_TRUE } ?? false
      return CalendarAttendee(person: person, role: role, answer: answer, rsvp: rsvp)
    }
    let stamp = icalcomponent_get_dtstamp(pointer)
    defer { icalerror_clear_errno() }
    return CalendarEvent(
      uid: text(icalcomponent_get_uid(pointer)), sequence: Int(icalcomponent_get_sequence(pointer)),
      stamp: Int(icaltime_as_timet(stamp)), start: localTime(icalcomponent_get_dtstart(pointer)),
      end: localTime(icalcomponent_get_dtend(pointer)), timezone: timezone,
      summary: text(icalcomponent_get_summary(pointer)), location: text(icalcomponent_get_location(pointer)),
      description: text(icalcomponent_get_description(pointer)),
      status: icalcomponent_get_status(pointer) == ICAL_STATUS_CANCELLED ? .cancelled : .confirmed,
      organizer: organizer, attendees: attendees)
  }
}
