import Testing

@testable import ConveneCore

@Suite struct DateColumnEvidenceTests {
  func evidence(_ values: [String], from line: Int = 2) -> DateColumnEvidence {
    var evidence = DateColumnEvidence()
    for (offset, text) in values.enumerated() {
      evidence.add(WrittenDateTime(text)!, line: line + offset, text: text)
    }
    return evidence
  }

  @Test func oneValueOver12SettlesTheColumn() throws {
    let us = try evidence(["5/3/2027 2:02:11 PM", "5/4/2027 9:00:00 AM", "5/23/2027 4:15:00 PM"]).reading(given: nil)
    #expect(us.order == .monthDayYear)
    #expect(us.settledBy == .value(.init(line: 4, text: "5/23/2027 4:15:00 PM")))
    #expect(us.description == "month/day/year (US), as line 4 shows (5/23/2027 4:15:00 PM), 12-hour clock")
    let french = try evidence(["05/03/2027 14:02", "23/03/2027 09:00"]).reading(given: nil)
    #expect(french.order == .dayMonthYear)
    #expect(french.description == "day/month/year, as line 3 shows (23/03/2027 09:00), 24-hour clock")
  }

  @Test func aContradictionNamesBothLines() {
    #expect(throws: DateColumnEvidence.Problem.contradiction(
      dayFirst: .init(line: 3, text: "23/03/2027"), monthFirst: .init(line: 5, text: "3/24/2027"))
    ) {
      try evidence(["05/03/2027", "23/03/2027", "1/2/2027", "3/24/2027"]).reading(given: nil)
    }
  }

  @Test func anAmbiguousColumnIsRefusedUnlessTold() throws {
    let column = evidence(["5/3/2027", "6/3/2027", "7/7/2027"])
    #expect(throws: DateColumnEvidence.Problem.ambiguous(.init(line: 2, text: "5/3/2027"), count: 2)) {
      try column.reading(given: nil)
    }
    let told = try column.reading(given: .monthDayYear)
    #expect(told.order == .monthDayYear)
    #expect(told.description == "month/day/year (US), from --date-order mdy")
  }

  @Test func datesTheSameEitherWayNeedNoOrder() throws {
    let reading = try evidence(["5/5/2027", "7/7/2027 10:00"]).reading(given: nil)
    #expect(reading.order == nil)
    #expect(reading.settledBy == .sameEitherWay)
  }

  @Test func isoSerialsAndOffsetsAreDescribed() throws {
    let reading = try evidence(["2027-01-15T07:32:11+03:00", "46390.58"]).reading(given: nil)
    #expect(reading.order == nil)
    #expect(reading.description == "year-month-day and Excel serial numbers (1900 date system), 24-hour clock, with UTC offsets")
  }

  /// A column whose every value was refused says so instead of
  /// an empty description.
  @Test func aColumnWithNoDateReadSaysSo() throws {
    let reading = try evidence([]).reading(given: nil)
    #expect(reading.description == "no value read as a date")
  }

  /// A column read in parts, each gathering its own evidence, gives the evidence of the whole
  /// wherever it is cut.
  @Test func evidenceGatheredInPartsIsTheWholeColumns() {
    let values = [
      "5/3/2027", "2027-03-05", "6/3/2027 2:02:11 PM", "5/5/2027", "13/5/2027", "2027-03-10T18:02:33.000+03:00",
      "2027-03-10 17:00", "5/13/2027", "7/3/2027", "2027/03/11 1:05:00 AM GMT+3",
    ]
    let whole = evidence(values)
    for cut in 0...values.count {
      for second in cut...values.count {
        var parts = evidence(Array(values[..<cut]))
        parts.add(evidence(Array(values[cut..<second]), from: 2 + cut))
        parts.add(evidence(Array(values[second...]), from: 2 + second))
        #expect(parts == whole, "cut at \(cut) and \(second)")
      }
    }
  }

  @Test func storedDatesThatMayBeSwappedBesideWrittenOnesAreRefusedUnlessTold() throws {
    // A day-first export through US-locale Excel: 5/3 and 6/3 became 3 and 4 May as date cells.
    let column = evidence(["2027-05-03 10:00:00", "2027-05-04 10:00:00", "13/03/2027 10:00", "20/03/2027 10:00"])
    #expect(
      throws: DateColumnEvidence.Problem.storedBesideWritten(
        stored: .init(line: 2, text: "2027-05-03 10:00:00"), written: .init(line: 4, text: "13/03/2027 10:00"),
        order: .dayMonthYear)
    ) {
      try column.reading(given: nil)
    }
    #expect(try column.reading(given: .dayMonthYear).order == .dayMonthYear)
    // The same from a serial number, and found in any part of a column read in parts.
    var parts = evidence(["46510.4166"])
    parts.add(evidence(["13/03/2027 10:00"], from: 3))
    #expect(throws: DateColumnEvidence.Problem.self) { try parts.reading(given: nil) }
  }

  @Test func storedDatesThatCannotBeSwappedStandBesideWrittenOnes() throws {
    // 13 is no month, and 5 May is 5 May either way.
    let column = evidence(["2027-03-13 10:00:00", "2027-05-05", "20/03/2027 10:00"])
    #expect(try column.reading(given: nil).order == .dayMonthYear)
  }
}
