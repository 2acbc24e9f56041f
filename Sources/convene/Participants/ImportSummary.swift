import ConveneCSV
import ConveneCore
import ConveneJSON
import ConveneRegistration
import ConveneSpreadsheet
import ConveneWorkspace

/// The text and JSON forms of an import report.
struct ImportSummary {
  typealias Source = ImportRun.Source

  var report: ImportReport
  var source: Source
  var file: String
  /// Participants in the workspace after the import.
  var total: Int
  var written: Bool
  var dryRun: Bool
  var acceptWarnings: Bool

  /// How many duplicate groups, and ids in each, the text lists (--json lists them all).
  static let listedClusters = 50
  static let listedIDs = 10

  var text: String {
    var lines = header()
    let waitlisted = report.waitlistedCount
    lines.append("  added      \(report.added.count)" + (waitlisted > 0 ? " (\(waitlisted) on the waitlist)" : ""))
    lines.append("  updated    \(report.updated.count)")
    if !report.notApplied.isEmpty { lines.append("  not applied \(report.notApplied.count)") }
    lines.append("  unchanged  \(report.unchanged.count)")
    lines.append("  rejected   \(report.rejected.count)")
    if !report.declined.isEmpty { lines.append("  declined   \(report.declined.count)") }
    lines += rejectedAndUpdated()
    if let first = report.placesKeptFor.first {
      let count = report.placesKeptFor.count
      lines.append(
        "Places are free for \(count == 1 ? first : "\(count) people") on the waitlist"
          + (count == 1 ? "" : " (\(report.placesKeptFor.prefix(5).joined(separator: ", "))\(count > 5 ? ", ..." : ""))")
          + ", who registered first: new people wait behind them; `convene participants promote` gives them their places.")
    }
    lines += duplicates()
    if !report.notes.isEmpty {
      lines.append("Notes:")
      for note in report.notes.prefix(100) {
        lines.append("  \(file):\(note.line): \(note.field.map { "\($0): " } ?? "")\(note.message)")
      }
      if report.notes.count > 100 { lines.append("  ... and \(report.notes.count - 100) more (see --json)") }
    }
    lines += warnings()
    lines.append(outcome)
    return lines.joined(separator: "\n")
  }

  /// Where the table was found, how each column was read, and how the dates were.
  func header() -> [String] {
    let rows = report.rows
    var lines = ["Read \(file): \(source.description), \(rows) row\(rows == 1 ? "" : "s")."]
    if let note = source.encodingNote { lines.append(note) }
    if let preamble = report.preamble {
      let skipped = preamble.count == 1 ? "line \(preamble.lowerBound)" : "lines \(preamble.lowerBound)-\(preamble.upperBound)"
      lines.append("Header on line \(report.headerLine); \(skipped) before it skipped (a report's preamble).")
    }
    for table in report.leftOutTables {
      let title = table.title.isEmpty ? "the table" : "the table \"\(table.title)\""
      lines.append("Left out: \(title) with its header on line \(table.line) (\(table.rows) row\(table.rows == 1 ? "" : "s")).")
    }
    lines += sheetsNotRead()
    lines.append("Columns: " + report.columns.map { "\($0.header) -> \(report.reading(of: $0.header, as: $0.field))" }.joined(separator: ", "))
    if !report.ignoredColumns.isEmpty {
      lines.append("Ignored columns: " + report.ignoredColumns.joined(separator: ", "))
    }
    if report.statusColumns.count > 1 {
      lines.append(
        "Statuses read from " + Self.listed(report.statusColumns.map { "\"\($0)\"" }, "and")
          + ": a row is declined when one of them declines it, waitlisted when one waitlists it.")
    }
    for choice in report.choices {
      let others = choice.passedOver.map { "\"\($0.column)\" (\($0.reason))" }.joined(separator: ", ")
      let noun = choice.field == "name" ? "Names" : "E-mail addresses"
      lines.append("\(noun) read from \"\(choice.column)\"; not from \(others).")
    }
    for date in report.dates {
      lines.append("Dates in \"\(date.column)\": \(date.reading.description).")
    }
    return lines
  }

  /// The workbook's other sheets, each with the people it holds that the sheet read does not.
  func sheetsNotRead() -> [String] {
    report.sheetsNotRead.map { sheet in
      let what: String
      if let problem = sheet.problem {
        what = "it could not be read (\(problem))"
      } else if sheet.people == 0 {
        what = "it holds no e-mail address"
      } else {
        let people = "\(sheet.people) \(sheet.people == 1 ? "person" : "people")"
        what =
          sheet.others == 0
          ? "it holds \(people), all in the sheet read"
          : "it holds \(people), \(sheet.others == sheet.people ? "none" : "\(sheet.people - sheet.others)") of them in the sheet read"
      }
      return "Sheet \"\(sheet.name)\"\(sheet.hidden ? " (hidden)" : "") not read: \(what); "
        + "--sheet \(StatusWordChoices.quoted(sheet.name)) reads it."
    }
  }

  func rejectedAndUpdated() -> [String] {
    var lines: [String] = []
    if !report.rejected.isEmpty {
      lines.append("Rejected rows:")
      for row in report.rejected.prefix(200) {
        // One row, one line: a value quoted in the reason cannot break it.
        lines.append(
          UnsafeCharacter.escapedOnOneLine(
            "  \(file):\(row.line): \(row.field.map { "\($0): " } ?? "")\(row.reason)"))
      }
      if report.rejected.count > 200 { lines.append("  ... and \(report.rejected.count - 200) more (see --json)") }
    }
    if !report.declined.isEmpty {
      lines.append("Not imported (the form tool marks the registration denied or cancelled):")
      for row in report.declined.prefix(200) {
        lines.append(
          UnsafeCharacter.escapedOnOneLine(
            "  \(file):\(row.line): \(QuotedValue.shown(row.name)) <\(QuotedValue.shown(row.email))>: \(QuotedValue.shown(row.approval))\(Self.standing(row))"))
      }
      if report.declined.count > 200 { lines.append("  ... and \(report.declined.count - 200) more (see --json)") }
    }
    if !report.updated.isEmpty {
      lines.append("Updated:")
      for row in report.updated.prefix(50) {
        lines.append("  \(row.id) (line \(row.line)): \(row.fields.joined(separator: ", "))")
      }
      if report.updated.count > 50 { lines.append("  ... and \(report.updated.count - 50) more (see --json)") }
    }
    lines += notApplied()
    return lines
  }

  /// The answers of people already registered that differ from participants.csv, kept.
  func notApplied() -> [String] {
    guard !report.notApplied.isEmpty else { return [] }
    var lines = [
      "Not applied (participants.csv holds other values, perhaps corrected since the last import; "
        + "--update applies the export's, but never a name with words left out):"
    ]
    for row in report.notApplied.prefix(50) {
      let fields = row.differences.map { "\($0.field) \"\($0.kept)\" kept, the export says \"\($0.export)\"" }
      lines.append("  \(file):\(row.line): \(row.id): " + fields.joined(separator: "; "))
    }
    if report.notApplied.count > 50 { lines.append("  ... and \(report.notApplied.count - 50) more (see --json)") }
    return lines
  }

  func duplicates() -> [String] {
    let clusters = report.duplicateClusters
    guard !clusters.isEmpty else { return [] }
    let people = clusters.reduce(0) { $0 + $1.ids.count }
    var lines = [
      "Probable duplicates (same name and city, different e-mails; not merged): \(clusters.count) group\(clusters.count == 1 ? "" : "s") of \(people) people:"
    ]
    for cluster in clusters.prefix(Self.listedClusters) {
      var ids = cluster.ids.prefix(Self.listedIDs).joined(separator: ", ")
      if cluster.ids.count > Self.listedIDs { ids += " and \(cluster.ids.count - Self.listedIDs) more" }
      let place = cluster.city.isEmpty ? "" : ", \(cluster.city)"
      lines.append("  \(cluster.name)\(place): \(cluster.ids.count) people: \(ids)")
    }
    if clusters.count > Self.listedClusters {
      lines.append("  ... and \(clusters.count - Self.listedClusters) more groups (see --json)")
    }
    return lines
  }

  func warnings() -> [String] {
    guard !report.warnings.isEmpty else { return [] }
    var lines = [
      acceptWarnings
        ? "Warnings (accepted with --accept-warnings):"
        : "Warnings (nothing is written unless --accept-warnings is given):"
    ]
    for warning in report.warnings {
      let column = warning.column.map { "\($0): " } ?? ""
      let at = warning.lines.isEmpty ? "" : " (line\(warning.lines.count == 1 ? "" : "s") \(warning.lines.map(String.init).joined(separator: ", ")))"
      lines.append("  \(column)\(warning.message)\(at)")
      lines.append("    hint: \(warning.hint)")
    }
    return lines
  }

  var outcome: String {
    if written { return "Wrote \(ParticipantsFile.name) (\(total) participants)." }
    if dryRun { return "Dry run: nothing was written." }
    let changes = !report.added.isEmpty || !report.updated.isEmpty
    if !changes { return "Nothing changed: \(ParticipantsFile.name) was left as it was." }
    if !report.warnings.isEmpty && !acceptWarnings {
      return "Nothing was written: check the warnings above, and import anyway with --accept-warnings if the file is right."
    }
    return "Nothing was written: fix the rejected rows, or import the others with --skip-invalid."
  }

  /// Why `file` could not be read, and what to do.
  static func failure(_ error: ImportTableError, file: String) -> String {
    switch error {
    case .text(.decoding(.ambiguous(let ambiguity))):
      let width = ambiguity.readings.map(\.encoding.name.count).max() ?? 0
      return "\(file):\(ambiguity.line): the encoding cannot be told for sure; this line reads differently in "
        + listed(ambiguity.readings.map(\.encoding.name), "and") + ":\n"
        + ambiguity.readings.map { "  \($0.encoding.name.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.text)" }
          .joined(separator: "\n")
        + ambiguity.dosVariants.map { variant in
          "\nCP850 is an MS-DOS code page whose variants convene cannot tell apart by the words; line \(variant.line) "
            + "reads differently in \(listed(variant.readings.map(\.encoding.name), "and")):\n"
            + variant.readings.map { "  \($0.encoding.name.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.text)" }
              .joined(separator: "\n")
        }.joined()
        + "\nChoose with "
        + listed((ambiguity.readings + ambiguity.dosVariants.map { $0.readings[1] }).map { "--encoding \($0.encoding.option)" }, "or")
        + "; nothing was imported."
    case .text(let error):
      let hint =
        if case .decoding = error { "; name the encoding with --encoding, or save the file as UTF-8" } else { "" }
      return "\(file):\(error.line): \(error.reason)\(hint); nothing was imported"
    case .sheetOfTextFile, .encodingOfWorkbook, .unsupported, .workbook:
      return "\(file): \(error); nothing was imported"
    }
  }

  /// What a declined row means for the person an earlier import registered under its e-mail:
  /// the row changes nothing (but a withdrawn consent), so a place they hold stays taken, and a
  /// place on the waitlist stays theirs, until they are cancelled.
  static func standing(_ row: ImportReport.Declined) -> String {
    if row.participant == nil, !row.sameName.isEmpty {
      // A name many share (`Mohamed Ahmed`) points at no one: it is counted, not listed.
      guard row.sameName.count <= Self.sameNameListed else {
        return "; \(row.sameName.count) people are registered under the same name at other addresses"
      }
      let ids = row.sameName.joined(separator: ", ")
      return "; \(ids) \(row.sameName.count == 1 ? "is" : "are") registered under the same name at another address: "
        + "if it is the same person, `convene participants cancel \(row.sameName[0])`"
    }
    guard let (id, status) = row.participant else { return "" }
    // Left on the waitlist, they would be given the next place free.
    if status == .waitlisted {
      return "; already waitlisted as \(id): `convene participants cancel \(id)` takes them off the waitlist"
    }
    guard status.holdsPlace else { return "; already \(status.rawValue) as \(id)" }
    return "; already \(status.rawValue) as \(id) and holding a place: "
      + "`convene participants cancel \(id)` frees it for the waitlist"
  }

  /// The most people of a declined row's name that `standing` lists by id.
  static let sameNameListed = 3

  /// `standing` in `--json`: the participant's id and status, and whether they hold a place.
  static func standingFields(_ row: ImportReport.Declined) -> [(String, JSONNode)] {
    guard let (id, status) = row.participant else { return [] }
    return [("participant", .string(id)), ("status", .string(status.rawValue)), ("holds_place", .bool(status.holdsPlace))]
  }

  /// `A, B and C`.
  static func listed(_ items: [String], _ conjunction: String) -> String {
    items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
  }

  var json: JSONNode {
    .object(
      [
        ("file", .string(file)), ("format", .string(source.sheet == nil ? "text" : "xlsx")),
        ("encoding", source.sheet == nil ? .string(source.encoding.description) : .null),
        ("encoding_reason", source.sheet == nil ? .string(source.encodingChoice.description) : .null),
        ("sheet", source.sheet.map(JSONNode.string) ?? .null),
        ("delimiter", source.sheet == nil ? .string(String(source.delimiter)) : .null), ("rows", .number(report.rows)),
        ("header_line", .number(report.headerLine)),
        ("preamble", report.preamble.map { .object([("first", .number($0.lowerBound)), ("last", .number($0.upperBound))]) } ?? .null),
        ("left_out_tables", .array(report.leftOutTables.map(Self.json))),
        ("sheets_not_read", .array(report.sheetsNotRead.map(Self.json))),
        ("written", .bool(written)),
        ("columns", .array(report.columns.map { .object([("column", .string($0.header)), ("field", .string(report.reading(of: $0.header, as: $0.field)))]) })),
        ("ignored_columns", .strings(report.ignoredColumns)),
        ("status_columns", .strings(report.statusColumns)),
        ("choices", .array(report.choices.map(Self.json))),
        ("dates", .array(report.dates.map(Self.json))),
      ] + rowsJSON + [
        ("duplicate_clusters", .array(report.duplicateClusters.map(Self.json))),
        ("places_kept_for", .array(report.placesKeptFor.map { .string($0) })),
        ("notes", .array(report.notes.map { .object([("line", .number($0.line)), ("field", $0.field.map(JSONNode.string) ?? .null), ("message", .string($0.message))]) })),
        ("warnings", .array(report.warnings.map(Self.json))),
        ("warnings_accepted", .bool(acceptWarnings)),
      ])
  }

  var rowsJSON: [(String, JSONNode)] {
    [
      ("added", .array(report.added.map { .object([("line", .number($0.line)), ("id", .string($0.id)), ("name", .string($0.name)), ("status", .string($0.waitlisted ? "waitlisted" : "registered"))]) })),
      ("updated", .array(report.updated.map { .object([("line", .number($0.line)), ("id", .string($0.id)), ("fields", .strings($0.fields))]) })),
      ("not_applied", .array(report.notApplied.map(Self.json))),
      ("unchanged", .array(report.unchanged.map { .object([("line", .number($0.line)), ("id", .string($0.id))]) })),
      ("rejected", .array(report.rejected.map { .object([("line", .number($0.line)), ("field", $0.field.map(JSONNode.string) ?? .null), ("reason", .string($0.reason))]) })),
      ("declined", .array(report.declined.map { .object([("line", .number($0.line)), ("name", .string($0.name)), ("email", .string($0.email)), ("approval", .string($0.approval))] + Self.standingFields($0)) })),
    ]
  }

  static func json(_ row: ImportReport.NotApplied) -> JSONNode {
    let differences: [JSONNode] = row.differences.map {
      .object([("field", .string($0.field)), ("kept", .string($0.kept)), ("export", .string($0.export))])
    }
    return .object([("line", .number(row.line)), ("id", .string(row.id)), ("differences", .array(differences))])
  }

  static func json(_ sheet: ImportReport.SheetNotRead) -> JSONNode {
    .object([
      ("sheet", .string(sheet.name)), ("hidden", .bool(sheet.hidden)), ("people", .number(sheet.people)), ("not_in_sheet_read", .number(sheet.others)),
      ("problem", sheet.problem.map(JSONNode.string) ?? .null),
    ])
  }

  static func json(_ table: ImportReport.LeftOutTable) -> JSONNode {
    .object([("line", .number(table.line)), ("title", .string(table.title)), ("rows", .number(table.rows))])
  }

  static func json(_ choice: ImportReport.Choice) -> JSONNode {
    let passed: [JSONNode] = choice.passedOver.map { .object([("column", .string($0.column)), ("reason", .string($0.reason))]) }
    return .object([("field", .string(choice.field)), ("column", .string(choice.column)), ("passed_over", .array(passed))])
  }

  static func json(_ date: ImportReport.DateReading) -> JSONNode {
    let reading = date.reading
    var settled: JSONNode = .null
    switch reading.settledBy {
    case .value(let example): settled = .string("line \(example.line): \(example.text)")
    case .option: settled = .string("--date-order")
    case .sameEitherWay: settled = .string("day and month the same either way")
    case .notNeeded: settled = .null
    }
    let clock: JSONNode =
      reading.twelveHour ? .string(reading.twentyFourHour ? "12- and 24-hour" : "12-hour") : reading.twentyFourHour ? .string("24-hour") : .null
    return .object([
      ("column", .string(date.column)), ("field", .string(date.field)),
      ("order", reading.order.map { .string($0.rawValue) } ?? .null), ("settled_by", settled),
      ("forms", .strings(reading.forms.map(\.rawValue))), ("clock", clock), ("offsets", .bool(reading.offsets)),
      ("description", .string(reading.description)),
    ])
  }

  static func json(_ cluster: ImportReport.DuplicateCluster) -> JSONNode {
    .object([("name", .string(cluster.name)), ("city", .string(cluster.city)), ("size", .number(cluster.ids.count)), ("ids", .strings(cluster.ids))])
  }

  static func json(_ warning: ImportReport.Warning) -> JSONNode {
    .object([
      ("kind", .string(warning.kind.rawValue)), ("column", warning.column.map(JSONNode.string) ?? .null),
      ("count", .number(warning.count)), ("lines", .array(warning.lines.map { .number($0) })),
      ("message", .string(warning.message)), ("hint", .string(warning.hint)),
    ])
  }
}

/// How the summary names the way the export was read.
extension ImportRun.Source {
  /// `sheet "Form 1" of an .xlsx workbook`, or `UTF-8 with BOM, ';'-separated`.
  var description: String {
    if let sheet { return "sheet \"\(sheet)\" of an .xlsx workbook" }
    let separator = delimiter == "\t" ? "tab" : "'\(delimiter)'"
    return "\(encoding), \(separator)-separated"
  }

  /// Why a legacy code page was chosen, or nil when there was nothing to choose.
  var encodingNote: String? {
    guard sheet == nil else { return nil }
    switch encodingChoice {
    case .plausibility, .eventLanguage, .countries:
      return "Encoding: \(encoding.name), chosen from the text (\(encodingChoice)); --encoding overrides."
    case .zeroBytes:
      return "Encoding: \(encoding.name), \(encodingChoice)."
    default:
      return nil
    }
  }
}
