import CLibical
import ConveneCore
import Testing

@testable import ConveneCalendar

/// The planning timeline's to-dos, read back with libical's own parser.
@Suite struct CalendarTodoTests {
  let todos = [
    CalendarTodo(
      uid: "venue-booked@plan.dakar-2027.convene", stamp: 1_800_000_000, due: LocalDate("2026-11-17")!,
      summary: "Réserver le lieu", description: "logistics", isCompleted: true,
      completedOn: LocalDate("2026-11-05")),
    CalendarTodo(
      uid: "menus@plan.dakar-2027.convene", stamp: 1_800_000_000, due: LocalDate("2027-02-09")!,
      summary: "Menus; halal, vegetarian\nand <more>", isCompleted: false),
  ]

  @Test func eachTaskIsAToDoWithADueDateAStatusAndWhenItWasDone() throws {
    let text = try CalendarWriter.ics(todos: todos)
    let calendar = try ICalComponent(parsing: text)
    let parsed = calendar.children(ICAL_VTODO_COMPONENT)
    #expect(parsed.count == 2)
    func value(_ component: ICalComponent, _ kind: icalproperty_kind) -> String? {
      component.properties(kind).first.map { String(cString: icalproperty_get_value_as_string($0)) }
    }
    #expect(value(parsed[0], ICAL_UID_PROPERTY) == "venue-booked@plan.dakar-2027.convene")
    #expect(value(parsed[0], ICAL_SUMMARY_PROPERTY) == "Réserver le lieu")
    let due = icalproperty_get_due(parsed[0].properties(ICAL_DUE_PROPERTY)[0])
    #expect(due.is_date == 1 && due.year == 2026 && due.month == 11 && due.day == 17)
    #expect(icalproperty_get_status(parsed[0].properties(ICAL_STATUS_PROPERTY)[0]) == ICAL_STATUS_COMPLETED)
    let completed = icalproperty_get_completed(parsed[0].properties(ICAL_COMPLETED_PROPERTY)[0])
    #expect(completed.is_date == 0 && completed.year == 2026 && completed.day == 5 && completed.hour == 12)
    #expect(icaltime_is_utc(completed) == 1)
    #expect(icalproperty_get_status(parsed[1].properties(ICAL_STATUS_PROPERTY)[0]) == ICAL_STATUS_NEEDSACTION)
    #expect(parsed[1].properties(ICAL_COMPLETED_PROPERTY).isEmpty)
    #expect(parsed[1].properties(ICAL_PERCENTCOMPLETE_PROPERTY).isEmpty)
    #expect(String(cString: icalproperty_get_summary(parsed[1].properties(ICAL_SUMMARY_PROPERTY)[0])) == "Menus; halal, vegetarian\nand <more>")
    #expect(text.contains("SUMMARY:Menus\\; halal\\, vegetarian\\nand <more>"))
    #expect(text.contains("DUE;VALUE=DATE:20270209\r\n"))
    // A file to import, not an iTIP message: no METHOD, and nothing libical finds wrong.
    #expect(!text.contains("METHOD:"))
    let problems = try CalendarWriter.restrictionProblems(inText: text)
    #expect(problems == [], "\(problems)")
  }
}
