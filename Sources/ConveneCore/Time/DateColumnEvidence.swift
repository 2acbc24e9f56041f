/// What the values of one date column say about how to read them, gathered value by value.
///
/// Day/month order is decided for the whole column: a value whose first number is over 12
/// proves day first, one whose second number is over 12 proves month first; both in one column
/// is a contradiction; a column where every value could be either (and some value is a
/// different date each way, as 5/3 is and 5/5 is not) cannot be read without being told.
public struct DateColumnEvidence: Sendable, Equatable {
  /// A value and the line it is on.
  public struct Example: Sendable, Equatable {
    public var line: Int
    public var text: String

    public init(line: Int, text: String) {
      self.line = line
      self.text = text
    }
  }

  /// The first value that can only be day first.
  public private(set) var dayFirst: Example?
  /// The first value that can only be month first.
  public private(set) var monthFirst: Example?
  /// The first value that is a different date each way.
  public private(set) var ambiguous: Example?
  /// How many values are a different date each way.
  public private(set) var ambiguousCount = 0
  /// The first value whose order its form fixes (year first, or a spreadsheet's date serial)
  /// that would be another date with day and month swapped (both 12 or less, and different):
  /// what a spreadsheet set to the other order makes of the dates it could read.
  public private(set) var swappable: Example?
  /// The first value whose two-digit year can only come first (`32/03/08`, `30/02/15`).
  public private(set) var yearFirst: Example?
  /// The first two-number value whose year can only come last: written in four digits
  /// (`27/03/2008`), or two that are no day (`27/03/45`).
  public private(set) var yearLast: Example?
  /// The first two-number value with a two-digit year that is a date read year first too
  /// (`27/03/08`: 27 March 2008 or 8 March 2027), and how many there are.
  public private(set) var yearEitherWay: Example?
  public private(set) var yearEitherWayCount = 0
  /// The forms seen.
  public private(set) var forms: Set<WrittenDateTime.Form> = []
  /// Whether times on a 12-hour clock (with AM/PM) were seen.
  public private(set) var twelveHour = false
  /// Whether times on a 24-hour clock were seen.
  public private(set) var twentyFourHour = false
  /// Whether some value carried an offset from UTC.
  public private(set) var offsets = false

  public init() {}

  /// Takes one value of the column into account.
  public mutating func add(_ value: WrittenDateTime, line: Int, text: @autoclosure () -> String) {
    forms.insert(value.form)
    if value.secondsOfDay != nil && !value.form.isSerial {
      if value.twelveHourClock { twelveHour = true } else { twentyFourHour = true }
    }
    if value.offsetMinutes != nil { offsets = true }
    addYearPosition(value, line: line, text: text())
    switch value.evidence {
    case .dayMonthYear: if dayFirst == nil { dayFirst = Example(line: line, text: text()) }
    case .monthDayYear: if monthFirst == nil { monthFirst = Example(line: line, text: text()) }
    case .yearMonthDay: break  // no value proves it alone (see `addYearPosition`)
    case nil:
      if swappable == nil, value.form == .yearFirst || value.form.isSerial, case .known(let date) = value.day,
        date.day <= 12, date.month <= 12, date.day != date.month
      {
        swappable = Example(line: line, text: text())
      }
      if value.isAmbiguous {
        ambiguousCount += 1
        if ambiguous == nil { ambiguous = Example(line: line, text: text()) }
      }
    }
  }

  /// Notes where `value`'s year stands, when it is written in two numbers and a year, or a
  /// two-digit year first.
  mutating func addYearPosition(_ value: WrittenDateTime, line: Int, text: @autoclosure () -> String) {
    if value.form == .yearFirst, value.twoDigitYear {
      if yearFirst == nil { yearFirst = Example(line: line, text: text()) }
      return
    }
    guard value.form == .numeric else { return }
    let last = [DateOrder.dayMonthYear, .monthDayYear].compactMap(value.date)
    guard let first = value.yearFirstDate else {
      if yearLast == nil { yearLast = Example(line: line, text: text()) }
      return
    }
    if last.isEmpty {
      if yearFirst == nil { yearFirst = Example(line: line, text: text()) }
    } else if last.contains(where: { $0 != first }) {
      yearEitherWayCount += 1
      if yearEitherWay == nil { yearEitherWay = Example(line: line, text: text()) }
    }
  }

  /// Takes into account the values of `later` (the rows after those seen so far), as if they
  /// had been added one by one: a column read in parts, each part gathering its own evidence,
  /// gives the evidence of the whole.
  public mutating func add(_ later: DateColumnEvidence) {
    dayFirst = dayFirst ?? later.dayFirst
    monthFirst = monthFirst ?? later.monthFirst
    ambiguous = ambiguous ?? later.ambiguous
    swappable = swappable ?? later.swappable
    yearFirst = yearFirst ?? later.yearFirst
    yearLast = yearLast ?? later.yearLast
    yearEitherWay = yearEitherWay ?? later.yearEitherWay
    yearEitherWayCount += later.yearEitherWayCount
    ambiguousCount += later.ambiguousCount
    forms.formUnion(later.forms)
    twelveHour = twelveHour || later.twelveHour
    twentyFourHour = twentyFourHour || later.twentyFourHour
    offsets = offsets || later.offsets
  }

  /// Why a column cannot be read.
  public enum Problem: Error, Sendable, Equatable {
    /// One value can only be day first and another only month first.
    case contradiction(dayFirst: Example, monthFirst: Example)
    /// No value settles the order and some are different dates each way.
    case ambiguous(Example, count: Int)
    /// Dates written as two numbers in a proven order next to dates whose order their form
    /// fixes and that could be swapped ones (`swappable`): a day-first export opened in a
    /// month-first spreadsheet (or the reverse) stores the dates it could read with day and
    /// month swapped and leaves the others as text, so the stored ones cannot be trusted.
    case storedBesideWritten(stored: Example, written: Example, order: DateOrder)
    /// Two-digit years that may come first or last (`27/03/08`), and no value that settles it
    /// (or one value that can only be year first and another only year last).
    case yearPosition(Example, count: Int, yearFirst: Example?, yearLast: Example?)
  }

  /// How to read the column: the order `given` (from `--date-order`), else the order its
  /// values prove.
  public func reading(given: DateOrder?) throws(Problem) -> DateColumnReading {
    var order: DateOrder?
    var settledBy = DateColumnReading.Settlement.notNeeded
    if let given {
      order = given
      settledBy = .option
    } else if let yearEitherWay, (yearFirst == nil) == (yearLast == nil) {
      throw .yearPosition(yearEitherWay, count: yearEitherWayCount, yearFirst: yearFirst, yearLast: yearLast)
    } else if yearEitherWay != nil, let yearFirst {
      order = .yearMonthDay
      settledBy = .value(yearFirst)
    } else if let dayFirst, let monthFirst {
      throw .contradiction(dayFirst: dayFirst, monthFirst: monthFirst)
    } else if let example = dayFirst ?? monthFirst {
      order = dayFirst == nil ? .monthDayYear : .dayMonthYear
      if let swappable { throw .storedBesideWritten(stored: swappable, written: example, order: order!) }
      settledBy = .value(example)
    } else if let ambiguous {
      throw .ambiguous(ambiguous, count: ambiguousCount)
    } else if forms.contains(.numeric) {
      settledBy = .sameEitherWay
    }
    return DateColumnReading(
      order: order, settledBy: settledBy, forms: WrittenDateTime.Form.allCases.filter(forms.contains),
      twelveHour: twelveHour, twentyFourHour: twentyFourHour, offsets: offsets)
  }
}

/// How the dates of one column were read, for the import's summary.
public struct DateColumnReading: Sendable, Equatable {
  /// What decided the order of day and month.
  public enum Settlement: Sendable, Equatable {
    /// A value that can only be read one way.
    case value(DateColumnEvidence.Example)
    /// `--date-order`.
    case option
    /// Every two-number date has the same day and month (5/5/2027).
    case sameEitherWay
    /// No date of two numbers and a year.
    case notNeeded
  }

  /// The order applied to two-number dates, when one was needed.
  public var order: DateOrder?
  public var settledBy: Settlement
  /// The forms the column holds.
  public var forms: [WrittenDateTime.Form]
  public var twelveHour: Bool
  public var twentyFourHour: Bool
  /// Whether some value carried an offset from UTC.
  public var offsets: Bool

  /// In words: "month/day/year (US), as line 4 shows (5/23/2027), 12-hour clock"; "no value
  /// read as a date" when every value was refused.
  public var description: String {
    var parts: [String] = []
    for form in forms {
      switch form {
      case .yearFirst: parts.append("year-month-day")
      case .monthName: parts.append("month names")
      case .serial: parts.append("Excel serial numbers (1900 date system)")
      case .serial1904: parts.append("Excel serial numbers (1904 date system)")
      case .numeric:
        switch settledBy {
        case .value(let example):
          parts.append("\(order?.words ?? ""), as line \(example.line) shows (\(example.text))")
        case .option: parts.append("\(order?.words ?? ""), from --date-order \(order?.rawValue ?? "")")
        case .sameEitherWay, .notNeeded: parts.append("day and month the same either way")
        }
      }
    }
    var text = parts.joined(separator: " and ")
    switch (twelveHour, twentyFourHour) {
    case (true, true): text += ", 12- and 24-hour clocks"
    case (true, false): text += ", 12-hour clock"
    case (false, true): text += ", 24-hour clock"
    case (false, false): break
    }
    if offsets { text += ", with UTC offsets" }
    return text.isEmpty ? "no value read as a date" : text
  }
}
