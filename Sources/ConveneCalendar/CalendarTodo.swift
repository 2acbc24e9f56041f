import CLibical
import ConveneCore

/// One VTODO: a task of the planning timeline, for the organiser's own calendar.
public struct CalendarTodo: Sendable, Equatable {
  /// Stable across runs (`TASK@plan.EVENT.convene`), so that a calendar updates the task.
  public var uid: String
  /// When the calendar was made, in seconds since 1970 (UTC).
  public var stamp: Int
  /// The due date (a whole day).
  public var due: LocalDate
  public var summary: String
  public var description: String
  /// True once done.
  public var isCompleted: Bool
  /// The day it was done, when known: written as COMPLETED at noon UTC of that day, which is
  /// the same calendar day in every zone from UTC-11 to UTC+11.
  public var completedOn: LocalDate?

  /// Creates a to-do.
  public init(
    uid: String, stamp: Int, due: LocalDate, summary: String, description: String = "",
    isCompleted: Bool, completedOn: LocalDate? = nil
  ) {
    self.uid = uid
    self.stamp = stamp
    self.due = due
    self.summary = summary
    self.description = description
    self.isCompleted = isCompleted
    self.completedOn = completedOn
  }
}

extension CalendarWriter {
  /// A calendar of to-dos for import (no METHOD: it is a file, not an iTIP message asking
  /// anyone for anything): UID, DTSTAMP, DUE (a date), SUMMARY, DESCRIPTION, STATUS
  /// `NEEDS-ACTION` or `COMPLETED`, and COMPLETED with PERCENT-COMPLETE 100 once done.
  public static func ics(todos: [CalendarTodo]) throws(ICalError) -> String {
    let calendar = try ICalComponent(ICAL_VCALENDAR_COMPONENT)
    try calendar.add(icalproperty_new_prodid(productID), "set PRODID")
    try calendar.add(icalproperty_new_version("2.0"), "set VERSION")
    try calendar.add(icalproperty_new_calscale("GREGORIAN"), "set CALSCALE")
    for todo in todos { calendar.add(try vtodo(todo)) }
    return try calendar.serialized()
  }

  static func vtodo(_ todo: CalendarTodo) throws(ICalError) -> ICalComponent {
    let component = try ICalComponent(ICAL_VTODO_COMPONENT)
    try component.add(icalproperty_new_uid(todo.uid), "set UID")
    let utc = icaltimezone_get_utc_timezone()
    try component.add(
      icalproperty_new_dtstamp(icaltime_from_timet_with_zone(time_t(todo.stamp), 0, utc)),
      "set DTSTAMP")
    var due = icaltime_null_date()
    due.year = Int32(todo.due.year)
    due.month = Int32(todo.due.month)
    due.day = Int32(todo.due.day)
    try component.add(icalproperty_new_due(due), "set DUE")
    try component.add(icalproperty_new_summary(todo.summary), "set SUMMARY")
    if !todo.description.isEmpty {
      try component.add(icalproperty_new_description(todo.description), "set DESCRIPTION")
    }
    try component.add(
      icalproperty_new_status(todo.isCompleted ? ICAL_STATUS_COMPLETED : ICAL_STATUS_NEEDSACTION),
      "set STATUS")
    if todo.isCompleted {
      try component.add(icalproperty_new_percentcomplete(100), "set PERCENT-COMPLETE")
    }
    if todo.isCompleted, let day = todo.completedOn {
      let seconds = day.daysSinceEpoch * 86_400 + 12 * 3_600
      try component.add(
        icalproperty_new_completed(icaltime_from_timet_with_zone(time_t(seconds), 0, utc)),
        "set COMPLETED")
    }
    return component
  }
}
