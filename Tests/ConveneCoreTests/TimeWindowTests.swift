import Testing

@testable import ConveneCore

@Suite struct TimeWindowTests {
  @Test func parsesEveryForm() {
    #expect(TimeWindow("2027-03-09 09:00-12:00") == TimeWindow(day: .date(LocalDate("2027-03-09")!), start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 12)))
    #expect(TimeWindow("day2 14:00-17:00") == TimeWindow(day: .number(2), start: TimeOfDay(hour: 14), end: TimeOfDay(hour: 17)))
    #expect(TimeWindow("day3") == TimeWindow(day: .number(3)))
    #expect(TimeWindow("09:00-10:30") == TimeWindow(start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 10, minute: 30)))
    #expect(TimeWindow("morning") == TimeWindow(end: TimeOfDay(hour: 12), tag: "morning"))
    #expect(TimeWindow("day1 afternoon") == TimeWindow(day: .number(1), start: TimeOfDay(hour: 12), tag: "afternoon"))
  }

  @Test func printsWhatItParsed() {
    for text in ["2027-03-09 09:00-12:00", "day2", "morning", "day1 afternoon", "09:00-10:30"] {
      #expect(TimeWindow(text)?.description == text)
    }
  }

  @Test func rejectsEmptyOrBackwardWindows() {
    #expect(TimeWindow("day2 12:00-09:00") == nil)
    #expect(TimeWindow("lunchtime") == nil)
    #expect(TimeWindow("day0") == nil)
  }

  @Test func dayReferencesResolveAgainstTheEventDates() {
    let dates = [LocalDate("2027-03-09")!, LocalDate("2027-03-10")!]
    #expect(DayReference("day2")?.index(in: dates) == 1)
    #expect(DayReference("2027-03-09")?.index(in: dates) == 0)
    #expect(DayReference("day3")?.index(in: dates) == nil)
  }
}
