import Testing

@testable import ConveneCore

/// Offsets from the event, as tasks.csv writes them.
@Suite struct PlanTaskTests {
  let first = LocalDate("2027-03-09")!
  let last = LocalDate("2027-03-31")!

  @Test(arguments: [
    ("-16w", "2026-11-17"), ("-10d", "2027-02-27"), ("0d", "2027-03-09"), ("+1d", "2027-03-10"),
    ("end+1d", "2027-04-01"), ("end+3w", "2027-04-21"), ("end+4m", "2027-07-31"), ("end+1m", "2027-04-30"),
    ("-1m", "2027-02-09"), ("END-0w", "2027-03-31"), (" +2w ", "2027-03-23"),
  ])
  func offsetsCountFromDayOneOrTheLastDay(text: String, due: String) throws {
    let offset = try #require(TaskOffset(text))
    #expect(offset.date(first: first, last: last) == LocalDate(due))
    #expect(TaskOffset(offset.description) == offset)
  }

  @Test func monthsKeepTheDayOrTakeTheMonthsLastAcrossYearsAndLeapYears() {
    let offset = TaskOffset(amount: -13, unit: .months)
    #expect(offset.date(first: LocalDate("2028-03-31")!, last: first) == LocalDate("2027-02-28"))
    #expect(TaskOffset(amount: -1, unit: .months).date(first: LocalDate("2028-03-30")!, last: first) == LocalDate("2028-02-29"))
    #expect(TaskOffset(amount: 10, unit: .months).date(first: LocalDate("2027-03-09")!, last: first) == LocalDate("2028-01-09"))
  }

  /// An event near the end of the years convene reads has its follow-up after them: computed,
  /// not collapsed onto day 1; weeks and months agree where they should.
  @Test func offsetsPastTheYear2200AreComputedExactly() {
    let day = LocalDate("2200-11-30")!
    let months = TaskOffset(amount: 4, unit: .months).date(first: day, last: day)
    #expect(months.description == "2201-03-30")
    #expect(TaskOffset(amount: 3, unit: .months).date(first: day, last: day).description == "2201-02-28")
    #expect(TaskOffset(amount: 120, unit: .months).date(first: day, last: day).description == "2210-11-30")
    #expect(TaskOffset(amount: 4, unit: .weeks).date(first: day, last: day).description == "2200-12-28")
    #expect(TaskOffset(amount: -120, unit: .months).date(first: LocalDate("1900-01-31")!, last: day).description == "1890-01-31")
  }

  @Test(arguments: [
    "16w", "-16", "w", "-w", "+1y", "--2d", "+99999d", "-523w", "+121m", "end", "end3w", "-1.5w", "−16w", "+٣d", "",
  ])
  func anythingElseIsNotAnOffset(text: String) {
    #expect(TaskOffset(text) == nil)
  }

  @Test func taskIdsNameCalendarUIDs() {
    #expect(PlanTask.isValidID("venue-booked") && PlanTask.isValidID("T_1"))
    for bad in ["", "-x", "a b", "a/b", "a@b", "é", "x\r\ny", String(repeating: "a", count: 65)] {
      #expect(!PlanTask.isValidID(bad), "\(bad)")
    }
    #expect(PlanTask.isStandard("venue-booked") && !PlanTask.isStandard("menus"))
    let words = LabelSet(language: "ar", sections: ["plan"])
    #expect(PlanTask(id: "venue-booked", offset: TaskOffset(amount: 0, unit: .days)).title(words: words) == "حجز المكان")
    #expect(PlanTask(id: "menus", task: "Menus", offset: TaskOffset(amount: 0, unit: .days)).title(words: words) == "Menus")
  }
}
