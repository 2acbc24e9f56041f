import ConveneCSV
import ConveneCore

/// How the date columns of an export (submission time, arrival, departure) are read: the
/// order of day and month is decided per column from all its values, or given with
/// `--date-order`. A class: every row refers to it.
final class ImportDates {
  /// The order for each date field that has a column (nil: none needed).
  private var orders: [ImportField: DateOrder] = [:]
  /// The readings, in column order, for the report.
  private(set) var readings: [ImportReport.DateReading] = []

  static let fields: [ImportField] = [.timestamp, .arrival, .departure]

  /// Reads every date column of `rows` once to decide its order; throws when a column holds
  /// contradicting orders or cannot be read without `--date-order`.
  init(columns: ImportColumns, header: [String], rows: ExportRows, given: DateOrder?) throws(RegistrationImport.FileProblem) {
    let present = Self.fields.compactMap { field in columns.index(of: field).map { (field, $0) } }
      .sorted { $0.1 < $1.1 }
    let evidences = present.map { _, index in
      var evidence = DateColumnEvidence()
      for row in rows {
        let text = row[index]
        guard let value = WrittenDateTime(text) else { continue }
        evidence.add(value, line: row.line, text: text.trimmed)
      }
      return evidence
    }
    for ((field, index), evidence) in zip(present, evidences) {
      do {
        let reading = try evidence.reading(given: given)
        if let order = reading.order { orders[field] = order }
        readings.append(.init(column: header[index], field: field.rawValue, reading: reading))
      } catch {
        // Another column that shows its order is a hint, not a proof: each column is read on its own.
        let other = zip(present, evidences).lazy.compactMap { column, shown -> (String, DateOrder)? in
          guard let order = try? shown.reading(given: nil).order else { return nil }
          return (header[column.1], order)
        }.first
        throw RegistrationImport.FileProblem(message: Self.explain(error, column: header[index], other: other))
      }
    }
  }

  /// The order to read `field`'s two-number dates in.
  func order(of field: ImportField) -> DateOrder? { orders[field] }

  static func explain(_ problem: DateColumnEvidence.Problem, column: String, other: (String, DateOrder)? = nil) -> String {
    switch problem {
    case .contradiction(let dayFirst, let monthFirst):
      return "the column \"\(column)\" writes dates both day first (line \(dayFirst.line): \(dayFirst.text)) "
        + "and month first (line \(monthFirst.line): \(monthFirst.text)); correct the lines that are wrong, "
        + "or give --date-order dmy or --date-order mdy to reject those that do not fit"
    case .ambiguous(let example, let count):
      return "the column \"\(column)\" does not say whether its dates are day/month/year or month/day/year: "
        + "no date has a day over 12, and \(count) date\(count == 1 ? " reads" : "s read") differently either way "
        + "(line \(example.line): \(example.text)); give --date-order dmy or --date-order mdy"
        + (other.map { " (the column \"\($0.0)\" is \($0.1.words))" } ?? "")
    }
  }
}
