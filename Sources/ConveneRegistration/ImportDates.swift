import ConveneCSV
import ConveneCore

/// How the date columns of an export (submission time, arrival, departure) are read: the
/// order of day and month is decided per column from all its values, or given with
/// `--date-order`. Immutable once made: every row, in every part, refers to it.
final class ImportDates: Sendable {
  /// The order for each date field that has a column (nil: none needed), by the field's
  /// ordinal.
  private let orders: [DateOrder?]
  /// The readings, in column order, for the report.
  let readings: [ImportReport.DateReading]
  /// Every value of each date column as it was read for the decision, by row, by the field's
  /// ordinal: each is read once.
  private let values: [[StoredDate]?]
  private let firstRecord: Int
  /// The event's time zone (an IANA name): the clock of a time written without an offset.
  let eventZone: String?

  static let fields: [ImportField] = [.timestamp, .arrival, .departure]

  /// Reads every date column of `rows` once, in the parts of `split`, to decide its order;
  /// throws when a column holds contradicting orders or cannot be read without `--date-order`,
  /// and `.interrupted` when `shouldStop` (asked every 256 rows) says so.
  init(
    columns: ImportColumns, header: [String], rows: ExportRows, given: DateOrder?, eventZone: String? = nil,
    split: RowSplit = .automatic, shouldStop: @Sendable () -> Bool = { false }
  ) throws(RegistrationImport.FileProblem) {
    firstRecord = rows.startIndex
    self.eventZone = eventZone
    let present = Self.fields.compactMap { field in columns.index(of: field).map { (field, $0) } }
      .sorted { $0.1 < $1.1 }
    var values = [[StoredDate]?](repeating: nil, count: ImportField.allCases.count)
    var evidences: [DateColumnEvidence] = []
    for (field, index) in present {
      guard let (stored, evidence) = Self.read(column: index, of: rows, split: split, shouldStop: shouldStop) else {
        throw .interrupted
      }
      values[field.ordinal] = stored
      evidences.append(evidence)
    }
    self.values = values
    var orders = [DateOrder?](repeating: nil, count: ImportField.allCases.count)
    var readings: [ImportReport.DateReading] = []
    for ((field, index), evidence) in zip(present, evidences) {
      do {
        let reading = try evidence.reading(given: given)
        orders[field.ordinal] = reading.order
        readings.append(.init(column: header[index], field: field.rawValue, reading: reading))
      } catch {
        // Another column that shows its order is a hint, not a proof: each column is read on its own.
        let other = zip(present, evidences).lazy.compactMap { column, shown -> (String, DateOrder)? in
          guard let order = try? shown.reading(given: nil).order else { return nil }
          return (header[column.1], order)
        }.first
        throw RegistrationImport.FileProblem(
          message: Self.explain(error, column: header[index], sheet: rows.document.sheet, other: other))
      }
    }
    self.orders = orders
    self.readings = readings
  }

  /// One column's cells as read, by row, and what they say about its order: the rows are read
  /// in parts at the same time, each gathering its own evidence, put together in row order.
  /// Nil when `shouldStop` said to stop.
  static func read(
    column: Int, of rows: ExportRows, split: RowSplit, shouldStop: @Sendable () -> Bool = { false }
  ) -> ([StoredDate], DateColumnEvidence)? {
    let (stored, parts) = ParallelMap.build(count: rows.count, in: split.ranges(rows.count)) {
      (range, cells: inout ParallelMap.PartBuffer<StoredDate>) -> DateColumnEvidence? in
      var evidence = DateColumnEvidence()
      for offset in range {
        if offset & 255 == 255, shouldStop() {
          // The rest of the part is left empty: the caller stops.
          while cells.count < range.count { cells.append(.empty) }
          return nil
        }
        let row = rows[rows.startIndex + offset]
        let text = row[column]
        guard let written = WrittenDateTime(text) else {
          cells.append(text.trimmedCell.isEmpty ? .empty : .unreadable)
          continue
        }
        let value = rows.document.datesCountFrom1904 ? written.countingFrom1904() : written
        cells.append(StoredDate(value))
        evidence.add(value, line: row.line, text: text.trimmed)
      }
      return evidence
    }
    var evidence = DateColumnEvidence()
    for part in parts {
      guard let part else { return nil }
      evidence.add(part)
    }
    return (stored, evidence)
  }

  /// What `field`'s column holds on a row (by its record in the document).
  func value(_ field: ImportField, record: Int) -> StoredDate? {
    values[field.ordinal]?[record - firstRecord]
  }

  /// The order to read `field`'s two-number dates in.
  func order(of field: ImportField) -> DateOrder? { orders[field.ordinal] }

  /// Why a date column cannot be read, naming the column (and its sheet, in a workbook).
  static func explain(
    _ problem: DateColumnEvidence.Problem, column: String, sheet: String? = nil, other: (String, DateOrder)? = nil
  ) -> String {
    let named = "the column \"\(column)\"" + (sheet.map { " of sheet \"\($0)\"" } ?? "")
    switch problem {
    case .contradiction(let dayFirst, let monthFirst):
      return "\(named) writes dates both day first (line \(dayFirst.line): \(dayFirst.text)) "
        + "and month first (line \(monthFirst.line): \(monthFirst.text)); correct the lines that are wrong, "
        + "or give --date-order dmy or --date-order mdy to reject those that do not fit"
    case .ambiguous(let example, let count):
      return "\(named) does not say whether its dates are day/month/year or month/day/year: "
        + "no date has a day over 12, and \(count) date\(count == 1 ? " reads" : "s read") differently either way "
        + "(line \(example.line): \(example.text)); give --date-order dmy or --date-order mdy"
        + (other.map { " (the column \"\($0.0)\" is \($0.1.words))" } ?? "")
    case .yearPosition(let example, let count, let first, let last):
      let either = "\(count) date\(count == 1 ? " has" : "s have") a two-digit year that may come first or last "
        + "(line \(example.line): \(example.text))"
      let shown =
        if let first, let last {
          ", and line \(first.line) (\(first.text)) writes it first while line \(last.line) (\(last.text)) writes it last"
        } else { "" }
      return "\(named) does not say where its years are: " + either + shown
        + "; give --date-order ymd (year/month/day), dmy or mdy"
    case .storedBesideWritten(let stored, let written, let order):
      let words = order.words
      let found: String =
        "\(named) holds dates stored with a fixed order (line \(stored.line): \(stored.text)) "
        + "beside dates written \(words) (line \(written.line): \(written.text))"
      let why: String =
        "a spreadsheet set to the other order stores the \(words) dates it can read (day 12 or less) "
        + "with day and month swapped, and keeps the others as text"
      let fix: String =
        "export the form again (as CSV, or with the dates as text), or give --date-order \(order.rawValue) "
        + "to read the written dates \(words) and the stored ones as they are"
      return found + ": " + why + "; " + fix
    }
  }
}

/// A date cell as it was read, in sixteen bytes (a column of 100,000 dates is kept while the
/// column's order is decided): empty, unreadable, or the parts of a `WrittenDateTime`.
struct StoredDate {
  private var kind: UInt8
  private var form: UInt8
  private var first: UInt8
  private var second: UInt8
  private var year: UInt16
  private var offset: Int16
  private var seconds: Int32
  private var twelveHour: Bool
  /// The weekday written before the date, 1-7, or 0.
  private var weekday: UInt8
  private var twoDigitYear = false

  static let empty = StoredDate(kind: 0)
  static let unreadable = StoredDate(kind: 1)

  private init(kind: UInt8) {
    self.kind = kind
    form = 0
    first = 0
    second = 0
    year = 0
    offset = .min
    seconds = -1
    twelveHour = false
    weekday = 0
  }

  init(_ value: WrittenDateTime) {
    self.init(kind: 2)
    switch value.day {
    case .known(let date):
      (first, second, year) = (UInt8(date.month), UInt8(date.day), UInt16(date.year))
    case .numeric(let a, let b, let y):
      kind = 3
      (first, second, year) = (UInt8(a), UInt8(b), UInt16(y))
    }
    form = UInt8(WrittenDateTime.Form.allCases.firstIndex(of: value.form)!)
    offset = value.offsetMinutes.map(Int16.init) ?? .min
    seconds = value.secondsOfDay.map(Int32.init) ?? -1
    twelveHour = value.twelveHourClock
    weekday = UInt8(value.weekday ?? 0)
    twoDigitYear = value.twoDigitYear
  }

  var isEmpty: Bool { kind == 0 }

  /// The value read, or nil when it was unreadable (or empty).
  var written: WrittenDateTime? {
    let day: WrittenDateTime.Day
    switch kind {
    case 2:
      guard let date = LocalDate(year: Int(year), month: Int(first), day: Int(second)) else { return nil }
      day = .known(date)
    case 3: day = .numeric(first: Int(first), second: Int(second), year: Int(year))
    default: return nil
    }
    return WrittenDateTime(
      day: day, form: WrittenDateTime.Form.allCases[Int(form)], secondsOfDay: seconds < 0 ? nil : Int(seconds),
      twelveHourClock: twelveHour, offsetMinutes: offset == .min ? nil : Int(offset), weekday: weekday == 0 ? nil : Int(weekday),
      twoDigitYear: twoDigitYear)
  }
}
