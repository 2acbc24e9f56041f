import Testing

@testable import ConveneCore

@Suite struct LocalDateTests {
  @Test func parsesAndPrints() {
    #expect(LocalDate("2027-03-09")?.description == "2027-03-09")
    #expect(LocalDate("2027-02-29") == nil)
    #expect(LocalDate("2028-02-29") != nil)
    #expect(LocalDate("9/3/2027") == nil)
  }

  @Test func addsDaysAcrossMonthsAndYears() {
    #expect(LocalDate("2027-02-27")!.adding(days: 3).description == "2027-03-02")
    #expect(LocalDate("2027-12-31")!.adding(days: 1).description == "2028-01-01")
    #expect(LocalDate(daysSinceEpoch: 0).description == "1970-01-01")
  }

  @Test func knowsTheWeekday() {
    #expect(LocalDate("2027-03-08")!.isoWeekday == 1)  // a Monday
    #expect(LocalDate("2026-11-29")!.isoWeekday == 7)  // a Sunday
  }
}
