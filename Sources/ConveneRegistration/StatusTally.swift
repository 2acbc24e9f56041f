import ConveneCSV
import ConveneCore

/// The registration statuses of an approval column (`RegistrationImport.approvalColumn`) that
/// `RegistrationStatusWords` cannot read with certainty: such a row is imported as registered
/// only past a warning, since it may be someone who is not coming (`Inscrit ?`, `Jalisco` in a
/// column that is no status).
struct StatusTally {
  /// How many rows hold one.
  var count = 0
  /// The first lines that do.
  var lines: [Int] = []
  /// The first statuses, each once, as written.
  var examples: [String] = []
  /// The readings of the statuses met so far, as answers (`true`) or statuses: a column holds a
  /// handful of values, each read once.
  private var readings: [Bool: [String: RegistrationStatusWords.Reading]] = [:]

  /// What `status`, on `line`, says, read as an answer to a question whether the person will
  /// come when `isAnswer` (`Yes`, `No` read too); an unknown one is counted. A placeholder
  /// (`-`, `N/A`) says nothing; a mark (`❌`, `✓`, `X`) is read, never taken for a blank.
  mutating func read(_ status: String, line: Int, isAnswer: Bool) -> RegistrationStatusWords.Reading {
    if Placeholder.matches(status), !RegistrationStatusWords.holdsMark(status) { return .registered }
    let reading =
      readings[isAnswer]?[status]
      ?? (isAnswer ? RegistrationStatusWords.answerReading(status) : RegistrationStatusWords.reading(status))
    readings[isAnswer, default: [:]][status] = reading
    if reading == .unknown {
      count += 1
      if lines.count < QualityGate.sampleLines { lines.append(line) }
      if examples.count < 3, !examples.contains(status) { examples.append(status) }
    }
    return reading
  }

  /// Adds the tally of the rows after this one's.
  mutating func add(_ later: StatusTally) {
    count += later.count
    lines += later.lines.prefix(max(0, QualityGate.sampleLines - lines.count))
    for status in later.examples where examples.count < 3 && !examples.contains(status) {
      examples.append(status)
    }
  }

  /// The warning about the statuses not read, in the column headed `column`; nil when there is none.
  func warning(column: String) -> ImportReport.Warning? {
    guard count > 0 else { return nil }
    // Three statuses are shown at most: with three, there may be others.
    let shown =
      (examples.count == 3 ? "statuses such as " : "")
      + examples.map { "\"\($0)\"" }.joined(separator: ", ")
    return ImportReport.Warning(
      kind: .unknownStatuses, column: column, count: count, lines: lines,
      message: "\(shown) \(examples.count == 1 ? "says" : "say") "
        + "neither that the registration stands nor that the person is not coming; \(count) "
        + "row\(count == 1 ? "" : "s") would be imported as registered",
      hint:
        "write the status as Approved or Cancelled (in any of convene's languages), --map '\(column)=ignore' "
        + "if the column holds no registration status, or --accept-warnings to import them as registered"
    )
  }
}
