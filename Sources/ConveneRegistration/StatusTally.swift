import ConveneCSV
import ConveneCore

/// The registration statuses of one status column (`StatusColumn`) that
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
  /// The column read.
  let column: StatusColumn
  /// What the organiser says some statuses mean (`--status-word`).
  let choices: StatusWordChoices
  /// The statuses of `choices` met, in their comparable form.
  var met = Set<String>()
  /// The readings of the statuses met so far: a column holds a handful of values, each read once.
  private var readings: [String: RegistrationStatusWords.Reading] = [:]
  /// The statuses counted so far, as written.
  private var counted = Set<String>()

  /// The statuses shown in the warning at most: with more, the warning says how many others.
  static let shownStatuses = 3

  /// A tally reading the statuses of `column` with the organiser's `choices` first.
  init(column: StatusColumn, choices: StatusWordChoices = StatusWordChoices()) {
    self.column = column
    self.choices = choices
  }

  /// What `status` says: what the organiser's choices say of it, else what the column's kind
  /// reads (`StatusColumn.reading(_:)`). A box column's cells answer its own question (`No`
  /// under `Cancelled (Y/N)` is not cancelled), so the choices, which say what a status means,
  /// are not applied to them. A placeholder (`-`, `N/A`) says nothing; a mark (`❌`,
  /// `✓`, `X`) is read, never taken for a blank. An unknown one is not counted here: the row
  /// may be declined by another column (see `countUnread`).
  mutating func reading(of status: String) -> RegistrationStatusWords.Reading {
    if let known = readings[status] { return known }
    let comparable = RegistrationStatusWords.comparable(status)
    let reading: RegistrationStatusWords.Reading
    if !column.isBox, let chosen = choices.reading(ofComparable: comparable) {
      met.insert(comparable)
      reading = chosen
    } else if Placeholder.matches(status), !RegistrationStatusWords.holdsMark(status) {
      reading = .registered
    } else {
      reading = column.reading(status)
    }
    readings[status] = reading
    return reading
  }

  /// Counts the unknown `status` of a row on `line` that would be imported as registered.
  mutating func countUnread(_ status: String, line: Int) {
    count += 1
    if lines.count < QualityGate.sampleLines { lines.append(line) }
    guard counted.insert(status).inserted else { return }
    let comparable = RegistrationStatusWords.comparable(status)
    guard unread.insert(comparable).inserted else { return }
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

  /// The warning about the statuses not read; nil when there is none. Its hint names the fix
  /// for each status shown (`--status-word 'Regrets=STATUS'`).
  func warning() -> ImportReport.Warning? {
    guard count > 0 else { return nil }
    let column = self.column.header
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
