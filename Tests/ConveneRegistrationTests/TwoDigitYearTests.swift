import ConveneCSV
import ConveneCore
import Testing

@testable import ConveneRegistration

/// Arrival dates typed with a two-digit year in a spreadsheet (`27/03/08`): 27 March 2008 day
/// first, 8 March 2027 year first. A column that cannot tell is refused like an ambiguous
/// day/month order, naming `--date-order ymd`; its own dates settle it when they can.
@Suite struct TwoDigitYearTests {
  func run(_ arrivals: [String], order: DateOrder? = nil) throws(RegistrationImport.FileProblem)
    -> RegistrationImport.Outcome
  {
    let rows = arrivals.enumerated().map {
      "Person \($0.offset),p\($0.offset)@example.org,Mayor,\($0.element)"
    }
    let table = try! CSVTable(
      text: (["Full name,Email,Category,Arrival date"] + rows).joined(separator: "\r\n") + "\r\n")
    return try RegistrationImport(event: Build.event(), dateOrder: order).run(table, into: [])
  }

  @Test func aTwoDigitYearThatMayComeFirstOrLastIsRefused() {
    #expect(
      throws: RegistrationImport.FileProblem(
        message:
          "the column \"Arrival date\" does not say where its years are: 2 dates have a two-digit year that may "
          + "come first or last (line 2: 27/03/08); give --date-order ymd (year/month/day), dmy or mdy"
      )
    ) {
      try run(["27/03/08", "27/03/09 14:00"])
    }
  }

  @Test func theOrderGivenReadsTheYearFirst() throws {
    let outcome = try run(["27/03/08", "27/03/09 14:00"], order: .yearMonthDay)
    #expect(
      outcome.participants.map(\.arrival) == [
        LocalDateTime("2027-03-08 00:00"), LocalDateTime("2027-03-09 14:00"),
      ])
    let last = try run(["27/03/08"], order: .dayMonthYear)
    #expect(last.participants.map(\.arrival) == [LocalDateTime("2008-03-27 00:00")])
  }

  /// A first number over 31 (or a date that exists only year first) settles it year first; a
  /// four-digit year, or a last number no day has, settles it year last.
  @Test(arguments: [
    (["27/03/08", "32/04/01"], "2027-03-08 00:00"), (["27/03/08", "30/02/15"], "2027-03-08 00:00"),
    (["27/03/08", "15/03/2027"], "2008-03-27 00:00"),
    (["27/03/08", "15/03/45"], "2008-03-27 00:00"),
  ])
  func theColumnsOwnDatesSettleIt(arrivals: [String], first: String) throws {
    let outcome = try run(arrivals)
    #expect(outcome.participants.first?.arrival == LocalDateTime(first), "\(arrivals)")
  }

  /// A year first only in one line and last only in another is refused, naming both.
  @Test func yearsFirstAndLastInOneColumnAreRefused() {
    #expect(throws: RegistrationImport.FileProblem.self) {
      try run(["27/03/08", "32/04/01", "15/03/2027"])
    }
  }

  /// A date that is the same either way (`05/05/05`) needs nothing.
  @Test func aDateTheSameEitherWayIsRead() throws {
    #expect(
      try run(["05/05/05"]).participants.map(\.arrival) == [LocalDateTime("2005-05-05 00:00")])
  }
}
