import Foundation
import CLibical
import ConveneCore

/// Writes calendars with libical.
public enum CalendarWriter {
  /// The product identifier in every calendar.
  public static let productID = "-//convene//convene 0.1//EN"

  /// The iCalendar text of `document`.
  public static func ics(_ document: CalendarDocument) throws(ICalError) -> String {
    try component(document).serialized()
  }

  /// libical's iTIP restriction check on `document`: its complaints, if any.
  public static func restrictionProblems(_ document: CalendarDocument) throws(ICalError) -> [String] {
    try component(document).restrictionProblems()
  }

  /// libical's iTIP restriction check on an iCalendar text.
  public static func restrictionProblems(inText text: String) throws(ICalError) -> [String] {
    try ICalComponent(parsing: text).restrictionProblems()
  }

  static func component(_ document: CalendarDocument) throws(ICalError) -> ICalComponent {
    let calendar = try ICalComponent(ICAL_VCALENDAR_COMPONENT)
    try calendar.add(icalproperty_new_prodid(productID), "set PRODID")
    try calendar.add(icalproperty_new_version("2.0"), "set VERSION")
    try calendar.add(icalproperty_new_calscale("GREGORIAN"), "set CALSCALE")
    try calendar.add(icalproperty_new_method(method(document.method)), "set METHOD")
    for zone in document.timezones { calendar.add(try timezone(zone)) }
    for event in document.events { calendar.add(try vevent(event)) }
    return calendar
  }

  static func method(_ method: CalendarDocument.Method) -> icalproperty_method {
    switch method {
    case .publish: ICAL_METHOD_PUBLISH
    case .request: ICAL_METHOD_REQUEST
    case .cancel: ICAL_METHOD_CANCEL
    case .reply: ICAL_METHOD_REPLY
    }
  }

  static func time(_ value: LocalDateTime) -> icaltimetype {
    var time = icaltime_null_time()
    time.year = Int32(value.date.year)
    time.month = Int32(value.date.month)
    time.day = Int32(value.date.day)
    time.hour = Int32(value.time.minutes / 60)
    time.minute = Int32(value.time.minutes % 60)
    time.second = 0
    time.is_date = 0
    return time
  }

  static func timezone(_ zone: TimeZoneDefinition) throws(ICalError) -> ICalComponent {
    let component = try ICalComponent(ICAL_VTIMEZONE_COMPONENT)
    try component.add(icalproperty_new_tzid(zone.identifier), "set TZID")
    for observance in zone.observances {
      let part = try ICalComponent(observance.isDaylight ? ICAL_XDAYLIGHT_COMPONENT : ICAL_XSTANDARD_COMPONENT)
      try part.add(icalproperty_new_dtstart(time(observance.start)), "set an observance's DTSTART")
      try part.add(icalproperty_new_tzoffsetfrom(Int32(observance.offsetFrom * 60)), "set TZOFFSETFROM")
      try part.add(icalproperty_new_tzoffsetto(Int32(observance.offsetTo * 60)), "set TZOFFSETTO")
      try part.add(icalproperty_new_tzname(observance.name), "set TZNAME")
      component.add(part)
    }
    return component
  }

  static func vevent(_ event: CalendarEvent) throws(ICalError) -> ICalComponent {
    let component = try ICalComponent(ICAL_VEVENT_COMPONENT)
    try component.add(icalproperty_new_uid(event.uid), "set UID")
    let stamp = icaltime_from_timet_with_zone(time_t(event.stamp), 0, icaltimezone_get_utc_timezone())
    try component.add(icalproperty_new_dtstamp(stamp), "set DTSTAMP")
    try component.add(icalproperty_new_dtstart(time(event.start)), parameters: [icalparameter_new_tzid(event.timezone)], "set DTSTART")
    try component.add(icalproperty_new_dtend(time(event.end)), parameters: [icalparameter_new_tzid(event.timezone)], "set DTEND")
    try component.add(icalproperty_new_sequence(Int32(event.sequence)), "set SEQUENCE")
    try component.add(icalproperty_new_status(event.status == .confirmed ? ICAL_STATUS_CONFIRMED : ICAL_STATUS_CANCELLED), "set STATUS")
    try component.add(icalproperty_new_summary(event.summary), "set SUMMARY")
    if !event.location.isEmpty { try component.add(icalproperty_new_location(event.location), "set LOCATION") }
    if !event.description.isEmpty { try component.add(icalproperty_new_description(event.description), "set DESCRIPTION") }
    try component.add(
      icalproperty_new_organizer("mailto:\(event.organizer.email)"), parameters: [icalparameter_new_cn(commonName(event.organizer.name))],
      "set ORGANIZER")
    for attendee in event.attendees {
      try component.add(
        icalproperty_new_attendee("mailto:\(attendee.person.email)"),
        parameters: [
          icalparameter_new_cn(commonName(attendee.person.name)), icalparameter_new_role(role(attendee.role)),
          icalparameter_new_partstat(answer(attendee.answer)),
          icalparameter_new_rsvp(attendee.rsvp ? ICAL_RSVP_TRUE : ICAL_RSVP_FALSE),
        ], "set ATTENDEE")
    }
    return component
  }

  /// A name as a `CN` parameter's value: libical writes `"` as RFC 6868's `^'` but leaves a
  /// `^` as it is, so a name holding `^n` would be read back with a line break; `^` is `^^`.
  static func commonName(_ name: String) -> String {
    name.replacingOccurrences(of: "^", with: "^^")
  }

  static func role(_ role: CalendarAttendee.Role) -> icalparameter_role {
    switch role {
    case .chair: ICAL_ROLE_CHAIR
    case .required: ICAL_ROLE_REQPARTICIPANT
    case .optional: ICAL_ROLE_OPTPARTICIPANT
    }
  }

  static func answer(_ answer: CalendarAttendee.Answer) -> icalparameter_partstat {
    switch answer {
    case .needsAction: ICAL_PARTSTAT_NEEDSACTION
    case .accepted: ICAL_PARTSTAT_ACCEPTED
    case .tentative: ICAL_PARTSTAT_TENTATIVE
    case .declined: ICAL_PARTSTAT_DECLINED
    case .delegated: ICAL_PARTSTAT_DELEGATED
    }
  }
}
