import CLibical
import ConveneCore

/// Reads calendars with libical (replies from participants' clients, and convene's own files
/// in tests).
public enum CalendarReader {
  /// The method and events of an iCalendar text; time zone definitions are not read back.
  public static func read(_ text: String) throws(ICalError) -> CalendarDocument {
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
    return CalendarDocument(method: method, timezones: [], events: events)
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
