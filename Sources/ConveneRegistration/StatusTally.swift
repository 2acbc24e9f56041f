import ConveneCSV
import ConveneCore

/// The registration statuses of an approval column (`RegistrationImport.approvalColumn`) that
/// `RegistrationStatusWords` cannot read with certainty: such a row is imported as registered
/// only past a warning, since it may be someone who is not coming (`Inscrit ?`, `Jalisco` in a
/// column that is no status). What the organiser says a status means (`choices`) comes first.
struct StatusTally {
  /// How many rows hold one.
  var count = 0
  /// The first lines that do.
  var lines: [Int] = []
  /// The first statuses, each once (by their comparable form), as written.
  var examples: [String] = []
  /// Every status not read, in its comparable form (`RegistrationStatusWords.comparable(_:)`).
  var unread = Set<String>()
  /// What the organiser says some statuses mean (`--status-word`).
  let choices: StatusWordChoices
  /// The statuses of `choices` met, in their comparable form.
  var met = Set<String>()
  /// The readings of the statuses met so far, as answers (`true`) or statuses: a column holds a
  /// handful of values, each read once.
  private var readings: [Bool: [String: RegistrationStatusWords.Reading]] = [:]

  /// The statuses shown in the warning at most: with more, the warning says how many others.
  static let shownStatuses = 3

  /// A tally reading the statuses with the organiser's `choices` first.
  init(choices: StatusWordChoices = StatusWordChoices()) {
    self.choices = choices
  }

  /// What `status`, on `line`, says: what the organiser's choices say of it, else read as an
  /// answer to a question whether the person will come when `isAnswer` (`Yes`, `No` read too);
  /// an unknown one is counted. A placeholder (`-`, `N/A`) says nothing; a mark (`❌`, `✓`,
  /// `X`) is read, never taken for a blank.
  mutating func read(_ status: String, line: Int, isAnswer: Bool) -> RegistrationStatusWords.Reading {
    if let known = readings[isAnswer]?[status] {
      if known == .unknown { count(status, line: line, comparable: nil) }
      return known
    }
    let comparable = RegistrationStatusWords.comparable(status)
    let reading: RegistrationStatusWords.Reading
    if let chosen = choices.reading(ofComparable: comparable) {
      met.insert(comparable)
      reading = chosen
    } else if Placeholder.matches(status), !RegistrationStatusWords.holdsMark(status) {
      reading = .registered
    } else {
      reading = isAnswer ? RegistrationStatusWords.answerReading(status) : RegistrationStatusWords.reading(status)
    }
    readings[isAnswer, default: [:]][status] = reading
    if reading == .unknown { count(status, line: line, comparable: comparable) }
    return reading
  }

  /// Counts the unknown `status` of `line`; `comparable` is its comparable form the first time
  /// it is met, nil after.
  private mutating func count(_ status: String, line: Int, comparable: String?) {
    count += 1
    if lines.count < QualityGate.sampleLines { lines.append(line) }
    guard let comparable, unread.insert(comparable).inserted else { return }
    if examples.count < Self.shownStatuses { examples.append(status) }
  }

  /// Adds the tally of the rows after this one's.
  mutating func add(_ later: StatusTally) {
    count += later.count
    lines += later.lines.prefix(max(0, QualityGate.sampleLines - lines.count))
    met.formUnion(later.met)
    for status in later.examples where examples.count < Self.shownStatuses {
      let comparable = RegistrationStatusWords.comparable(status)
      if !unread.contains(comparable) { examples.append(status) }
      unread.insert(comparable)
    }
    unread.formUnion(later.unread)
  }

  /// The warning about the statuses not read, in the column headed `column`; nil when there is
  /// none. Its hint names the fix for each status shown (`--status-word 'Regrets=STATUS'`).
  func warning(column: String) -> ImportReport.Warning? {
    guard count > 0 else { return nil }
    let more = unread.count - examples.count
    let shown =
      examples.map { "\"\($0)\"" }.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
    let fixes = examples.map { "--status-word \(StatusWordChoices.quoted($0 + "=STATUS"))" }.joined(separator: " ")
    return ImportReport.Warning(
      kind: .unknownStatuses, column: column, count: count, lines: lines,
      message: "\(shown) \(examples.count == 1 && more == 0 ? "says" : "say") "
        + "neither that the registration stands nor that the person is not coming; \(count) "
        + "row\(count == 1 ? "" : "s") would be imported as registered",
      hint:
        "say what \(examples.count == 1 && more == 0 ? "it means" : "each means") with \(fixes)"
        + (more == 0 ? "" : more == 1 ? " (and one for the other)" : " (and one for each of the \(more) others)")
        + ", STATUS being "
        + StatusWordChoices.statuses.map(\.name).joined(separator: ", ") + "; --map \(StatusWordChoices.quoted(column + "=ignore")) "
        + "if the column holds no registration status, or --accept-warnings to import them as registered"
    )
  }
}
