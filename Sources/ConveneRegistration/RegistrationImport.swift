import ConveneCSV
import ConveneCore

/// Turns a registration export (Google Forms, Microsoft Forms, KoboToolbox, a Zoom or Teams
/// report, a spreadsheet) into participants: finds its header (after a report's preamble),
/// maps its columns, reads its dates column by column, normalises e-mails, countries,
/// categories and the rest, matches people by e-mail so that a re-import updates instead of
/// duplicating, gives new people the next free ids, puts them on the waitlist when the event
/// or their category is full, groups probable duplicates, and says what looks wrong.
public struct RegistrationImport: Sendable {
  /// The event (categories, capacity, quotas).
  public var event: Event
  /// Column overrides, header (as written, any case) to field.
  public var columnMap: [String: ImportField]
  /// The columns `--map COLUMN=status` reads as the registration status, keyed as `columnMap`.
  public var statusColumnsGiven: Set<String> = []
  /// What the organiser says some statuses of the status column mean (`--status-word`).
  public var statusWords = StatusWordChoices()
  /// How to read dates such as 5/3/2027 when a column does not show it (`--date-order`).
  public var dateOrder: DateOrder?
  /// The workbook's sheets other than the one read (`ImportTable.eachOtherSheet`), each with
  /// the people it holds or why it cannot be read: the summary names them.
  public var otherSheets: [OtherSheet] = []
  /// How the rows are cut into parts read at the same time (the outcome does not depend on it).
  var split = RowSplit.automatic
  /// Ids no longer in the list but not to be given again (`RetiredIDs`): new people are
  /// numbered beyond these too.
  public var retiredIDs: Set<String> = []
  /// True when a re-import's answers replace what participants.csv holds (`--update`);
  /// otherwise they only fill its empty fields (`ReimportFill`) and the others are listed.
  public var updatesExisting = false
  /// Asked now and then during the long steps (every 256 rows): true stops the import
  /// with `FileProblem.interrupted` (or, past the rows, with what was found so far), for a
  /// caller that was asked to stop (SIGTERM, Ctrl-C) and writes nothing then.
  public var shouldStop: @Sendable () -> Bool = { false }

  /// Creates an import for `event`.
  public init(event: Event, columnMap: [String: ImportField] = [:], dateOrder: DateOrder? = nil) {
    self.event = event
    self.columnMap = Dictionary(columnMap.map { (Self.key(of: $0.key), $0.value) }, uniquingKeysWith: { _, last in last })
    self.dateOrder = dateOrder
  }

  /// The outcome: the full participant list after the import, and the report.
  public struct Outcome: Sendable {
    /// Every participant: existing ones (updated in place), then the new ones in registration order.
    public var participants: [Participant]
    /// What happened, row by row.
    public var report: ImportReport
  }

  /// A problem with the file as a whole (no e-mail column, a `--map` naming no column, a
  /// date column that cannot be read).
  public struct FileProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }

    /// The import stopped because `shouldStop` said so.
    public static let interrupted = FileProblem(message: "the import was interrupted")
  }

  /// Imports a table (an export read some other way, or a test's) into `existing`.
  public func run(_ file: CSVTable, into existing: consuming [Participant]) throws(FileProblem) -> Outcome {
    try run(CSVDocument(file), into: existing)
  }

  /// Imports `file` into `existing`. Rows that are rejected are left out of the outcome, and
  /// the report's warnings say what looks wrong; whether to write it anyway is the caller's
  /// decision.
  public func run(_ file: consuming CSVDocument, into existing: consuming [Participant]) throws(FileProblem) -> Outcome {
    var report = ImportReport()
    // The rows are read in a step of their own, so that the export is let go before the new
    // people are numbered, grouped and written. The merge is held by one variable only: a
    // second reference would make finishing it copy every new participant.
    var (merge, categoryColumn, leftOut) = try readRows(
      ImportSheet(consume file, fields: fieldsOfHeader), into: consume existing, report: &report)
    if shouldStop() { throw .interrupted }
    let participants = merge.finish(event: event, retired: retiredIDs, report: &report)
    if shouldStop() { throw .interrupted }
    report.duplicateClusters = DuplicateClusters.find(
      in: participants, touched: merge.isTouched, split: split, shouldStop: shouldStop)
    if let warning = QualityGate.emptyCategories(
      event: event, column: categoryColumn, imported: merge.imported,
      empty: merge.withoutCategory.count, lines: merge.withoutCategory.lines)
    {
      report.warnings.append(warning)
    }
    report.warnings += leftOut
    return Outcome(participants: participants, report: report)
  }

  /// What reading the rows leaves: the merge of the valid ones, the header of the category
  /// column, and the warnings about tables left out (reported last).
  typealias ReadRows = (merge: ImportMerge, categoryColumn: String?, leftOut: [ImportReport.Warning])

  /// Maps the columns, decides the dates' order, reads every row into the merge and adds the
  /// warnings that need the rows (mojibake, placeholder names, columns read as nothing).
  func readRows(
    _ sheet: consuming ImportSheet, into existing: consuming [Participant], report: inout ImportReport
  ) throws(FileProblem) -> ReadRows {
    let table = sheet.table
    try Self.describe(sheet, in: &report)
    let plan: ReadingPlan
    do {
      plan = try self.plan(table, report: &report)
    } catch {
      // The header did not read as given, and another encoding reads the file better: that
      // is the cause to name, not what the header looks like in the wrong one.
      guard case .givenDespite(let doubt) = sheet.encodingChoice, error != .interrupted else { throw error }
      let options = doubt.readings.dropFirst().map { "--encoding \($0.encoding.option)" }.joined(separator: " or ")
      throw FileProblem(
        message: QualityGate.givenEncoding(doubt).message + "; its header cannot be read as "
          + "\(doubt.readings[0].encoding.name): import it with \(options)")
    }
    var reading = try read(table, plan)
    var merge = ImportMerge(existing: consume existing, rows: reading.takePeople())
    merge.updatesExisting = updatesExisting
    let cut = Self.cutRows(table.rows, header: table.header, fields: plan.mapped.fields)
    take(reading, of: table.rows, cut: cut, into: &merge, report: &report)
    report.warnings = rowWarnings(reading, plan: plan, table: table, report: report)
    report.warnings += QualityGate.datesFarFromEvent(
      plan.dates, event: event, columns: plan.columns, header: table.header, rows: table.rows)
    report.warnings += QualityGate.ambiguousColumns([plan.columns.names, plan.columns.emails])
    report.warnings += QualityGate.formulasWithoutValue(sheet.formulasWithoutValue, sheet: sheet.sheetName, header: table.header)
    report.warnings += QualityGate.formulasReadingZero(sheet.formulasReadingZero, sheet: sheet.sheetName, header: table.header)
    report.warnings += QualityGate.hiddenCells(
      rows: sheet.hiddenRows, columns: sheet.hiddenColumns, table: table, fields: plan.mapped.fields)
    if case .givenDespite(let doubt) = sheet.encodingChoice {
      report.warnings.insert(QualityGate.givenEncoding(doubt), at: 0)
    }
    let emailColumn = report.choices.first(where: { $0.field == "email" })?.column ?? plan.mapped.header(of: .email)
    if let warning = QualityGate.sharedEmails(merge.sharedEmails, column: emailColumn) {
      report.warnings.append(warning)
    }
    if let warning = QualityGate.otherPeople(merge.otherPeople, column: emailColumn) {
      report.warnings.append(warning)
    }
    if let warning = QualityGate.untimedRows(merge.untimedLines, column: plan.mapped.header(of: .timestamp)) {
      report.warnings.append(warning)
    }
    if let warning = QualityGate.sharedTickets(rows: table.rows, header: table.header, emails: plan.columns.emails) {
      report.warnings.append(warning)
    }
    report.sheetsNotRead = OtherSheet.notRead(otherSheets, besides: table, fields: fieldsOfHeader)
    return (merge, plan.mapped.header(of: .category), QualityGate.leftOutTables(sheet, fields: fieldsOfHeader))
  }

  /// Puts what the sheet is (its header's line, preamble, tables left out, rows) in the report;
  /// throws when it holds no rows.
  static func describe(_ sheet: borrowing ImportSheet, in report: inout ImportReport) throws(FileProblem) {
    let table = sheet.table
    report.headerLine = table.headerLine
    report.preamble = sheet.preamble
    report.leftOutTables = sheet.leftOut.map { .init(line: $0.headerLine, title: $0.title, rows: $0.rows.count) }
    report.rows = table.rows.count
    if table.rows.isEmpty && table.header.allSatisfy(\.isEmpty) {
      throw FileProblem(
        message: "the \(sheet.sheetName == nil ? "file" : "sheet") is empty: it holds no header and no rows; "
          + "export the responses again")
    }
    if table.rows.isEmpty {
      throw FileProblem(
        message: "the \(sheet.sheetName == nil ? "file" : "sheet") holds a header (line \(table.headerLine)) but no rows under it: "
          + "a download cut short, or a form nobody has answered yet? Export the responses again")
    }
  }

  /// How the rows are to be read: the columns' fields, the columns chosen, the dates' order,
  /// the gender letters and the status columns.
  struct ReadingPlan {
    var mapped: MappedColumns
    var columns: ImportColumns
    var dates: ImportDates
    var genders: (readings: [String: String], warnings: [ImportReport.Warning])
    var statusColumns: [StatusColumn]
  }

  /// Maps the columns of `table`, chooses its name and e-mail columns, reads its dates' order
  /// and finds its status columns, putting what it found in the report.
  func plan(_ table: ImportSheet.Table, report: inout ImportReport) throws(FileProblem) -> ReadingPlan {
    var mapped = try mapColumns(table.header, rows: table.rows, report: &report)
    leaveOutMeetingRoles(&mapped, rows: table.rows, report: &report)
    leaveOutMeetingTimes(&mapped, report: &report)
    let multiSelect = MultiSelectColumns(header: table.header, rows: table.rows)
    let columns = ImportColumns(
      mapped.fields, header: table.header, rows: table.rows, multiSelect: multiSelect.isEmpty ? nil : multiSelect)
    if !multiSelect.isEmpty {
      Self.listChoiceColumns(multiSelect, header: table.header, mapped: &mapped, report: &report)
    }
    report.choices = [columns.names.report, columns.emails.report].compactMap { $0 }
    let dates = try ImportDates(
      columns: columns, header: table.header, rows: table.rows, given: dateOrder, eventZone: event.timezone, split: split,
      shouldStop: shouldStop)
    report.dates = dates.readings
    let genders = QualityGate.genderLetters(column: columns.index(of: .gender), header: table.header, rows: table.rows)
    let columnMap = columnMap
    let statusColumns = StatusColumn.columns(of: table.header, given: statusColumnsGiven.contains) {
      Self.field(of: $0, in: columnMap) != nil
    }
    report.statusColumns = statusColumns.map(\.header)
    return ReadingPlan(mapped: mapped, columns: columns, dates: dates, genders: genders, statusColumns: statusColumns)
  }

  /// Reads every row of `table` by `plan`; throws when the import is stopped, or when a
  /// `--status-word` names no status of the status columns.
  func read(_ table: ImportSheet.Table, _ plan: ReadingPlan) throws(FileProblem) -> RowReading {
    let reading = RowReading(
      table, columns: plan.columns, dates: plan.dates, event: event, genderLetters: plan.genders.readings,
      statusColumns: plan.statusColumns, statusWords: statusWords, split: split, shouldStop: shouldStop)
    if reading.stopped { throw .interrupted }
    try checkStatusWords(
      met: reading.statuses.reduce(into: Set<String>()) { $0.formUnion($1.met) }, columns: plan.statusColumns.map(\.header))
    return reading
  }

  /// Throws when the organiser said what a status means (`statusWords`) and the file has no
  /// status column, or none of the statuses of its status columns is that one: a word the
  /// file does not hold is a typing mistake or the wrong file, never passed over.
  func checkStatusWords(met: Set<String>, columns: [String]) throws(FileProblem) {
    guard !statusWords.isEmpty else { return }
    guard !columns.isEmpty else {
      throw FileProblem(
        message: "--status-word says what a registration status means, but the file has no status column "
          + "(a column headed Status, Statut, Estado, Situação, الحالة, Approval Status, Attendee Status, "
          + "or a question such as Can you attend?)")
    }
    let unmatched = statusWords.unmatched(met)
    guard let first = unmatched.first else { return }
    let others = unmatched.dropFirst().map { "\"\($0.written)\"" }
    throw FileProblem(
      message: "--status-word \(StatusWordChoices.quoted(first.written + "=" + first.status)): no status of the "
        + "column\(columns.count == 1 ? "" : "s") \(columns.map { "\"\($0)\"" }.joined(separator: ", ")) is \"\(first.written)\" "
        + "(statuses are compared whole, in any case and accents)"
        + (others.isEmpty ? "" : "; nor \(others.joined(separator: ", "))"))
  }

  /// The warnings that need the rows read: mojibake, names, columns read as nothing, gender
  /// letters, a nickname column and statuses not read.
  func rowWarnings(
    _ reading: RowReading, plan: ReadingPlan, table: ImportSheet.Table, report: ImportReport
  ) -> [ImportReport.Warning] {
    let mapped = plan.mapped
    var warnings = reading.mojibake.warnings(header: table.header)
    if let warning = QualityGate.swallowedRows(reading.swallowingRows) { warnings.append(warning) }
    warnings += Self.nameWarnings(reading.names, column: report.choices.first { $0.field == "name" }?.column, mapped)
    let halves = QualityGate.passedOverHalves(plan.columns.names, fields: mapped.fields)
    // A form account's name (`Name`: "anonymous") is no half of anyone's name.
    var nameFields = halves.fields
    for column in ColumnChoice.formsAccountColumns(mapped.fields, header: table.header) { nameFields[column] = nil }
    warnings += QualityGate.unreadColumns(
      (mapped.unread + halves.columns).sorted(), header: table.header, rows: table.rows, fields: nameFields,
      passedOver: Set(halves.columns))
    warnings += QualityGate.repeatedColumns(mapped.unread, header: table.header, fields: mapped.fields, rows: table.rows)
    warnings += plan.genders.warnings
    let columnMap = columnMap
    if let warning = NicknameColumn.warning(
      fields: mapped.fields, header: table.header, mapped: { Self.field(of: $0, in: columnMap) != nil }, rows: table.rows)
    {
      warnings.append(warning)
    }
    warnings += reading.statuses.compactMap { $0.warning() }
    return warnings
  }

  /// What the names read look like: letters lost as `?`, placeholders, devices' names. The
  /// column is the chosen name column, or the mapped one, or the name parts' (`First name +
  /// Last name`), which letters lost and placeholders are told of.
  static func nameWarnings(_ names: QualityGate.NameTally, column chosen: String?, _ mapped: MappedColumns) -> [ImportReport.Warning] {
    guard let column = chosen ?? mapped.header(of: .name) else {
      let parts = ImportField.nameParts.compactMap(mapped.header(of:))
      guard !parts.isEmpty else { return [] }
      let column = parts.joined(separator: " + ")
      return [
        QualityGate.lostLetters(column: column, names), QualityGate.placeholderNames(column: column, names),
        QualityGate.formulaNames(column: column, names),
      ].compactMap { $0 }
    }
    return [
      QualityGate.lostLetters(column: column, names), QualityGate.placeholderNames(column: column, names),
      QualityGate.deviceNames(column: column, names), QualityGate.formulaNames(column: column, names),
    ].compactMap { $0 }
  }

  /// Lays the rows read over the merge in file order: the declined and rejected ones go to the
  /// report, the others with their notes to the merge.
  func take(
    _ reading: RowReading, of rows: ExportRows, cut: [Int: ImportReport.Rejected] = [:], into merge: inout ImportMerge,
    report: inout ImportReport
  ) {
    var rejections = reading.rejections.makeIterator(), nextRejection = rejections.next()
    var notes = reading.notes.makeIterator(), nextNote = notes.next()
    var declined = reading.declined.makeIterator(), nextDeclined = declined.next()
    let cancellations = Self.cancellations(reading)
    for (row, facts) in reading.facts.enumerated() {
      if var left = nextDeclined, left.row == row {
        let email = EmailAddress.normalised(left.declined.email) ?? ""
        let person = merge.existingPerson(withEmail: email)
        if person == nil {
          left.declined.sameName = merge.existingPeople(named: left.declined.name, besides: email)
            .filter { $0.status != .cancelled && $0.status != .declined }.map(\.id)
        }
        if let person {
          left.declined.participant = (person.id, person.status)
          // A withdrawn consent is applied whatever else the row says: it must never wait.
          if left.declined.withdrawsConsent, merge.withdrawConsent(ofEmail: email) {
            report.updated.append(.init(line: left.declined.line, id: person.id, fields: ["publish_name"]))
          }
        }
        report.declined.append(left.declined)
        nextDeclined = declined.next()
        continue
      }
      if let rejected = nextRejection, rejected.row == row {
        report.rejected.append(cut[row] ?? rejected.rejection)
        nextRejection = rejections.next()
        continue
      }
      if let short = cut[row] {
        report.rejected.append(short)
        continue
      }
      while let note = nextNote, note.row == row {
        report.notes.append(note.note)
        nextNote = notes.next()
      }
      let line = rows[rows.startIndex + row].line
      let email = merge.email(ofRow: row)
      let named = [Self.cancellationKey(email, merge.name(ofRow: row)), Self.cancellationKey(email, "")]
      if let cancel = named.compactMap({ cancellations[$0] }).first(where: { $0.comesAfter(row: row, submitted: facts.submitted) }) {
        report.notes.append(
          .init(
            line: line, field: "email",
            message: "cancelled by line \(cancel.line) (\(cancel.approval)), sent later from the same address; not imported"))
        continue
      }
      if let other = cancellations[Self.anyName(email)], other.comesAfter(row: row, submitted: facts.submitted) {
        report.notes.append(
          .init(
            line: line, field: "name",
            message: "line \(other.line) (\(other.approval)), sent later from the same address, names someone else: "
              + "imported; if it was this registration's cancellation, run `participants cancel`"))
      }
      merge.take(row: row, line: line, facts: facts, report: &report)
    }
  }

  /// A declined row of the file, as it bears on the other rows of its address: a registration
  /// cancelled after it was sent is not imported.
  struct Cancellation {
    var row: Int
    var submitted: Int?
    var line: Int
    var approval: String

    /// True when the cancellation was sent after the row at `row`: by their submission times
    /// when both have one, else by their order in the file.
    func comesAfter(row other: Int, submitted otherSubmitted: Int?) -> Bool {
      if let submitted, let otherSubmitted, submitted != otherSubmitted { return submitted > otherSubmitted }
      return row > other
    }
  }

  /// The latest declined row of each address and name in the file (`cancellationKey`): a
  /// cancellation is its own person's, and another name from the same address (a family's or an
  /// office's) cancels no one else's registration; a declined row that names no one is the
  /// address's.
  static func cancellations(_ reading: RowReading) -> [String: Cancellation] {
    var latest: [String: Cancellation] = [:]
    for (row, declined) in reading.declined {
      guard let email = EmailAddress.normalised(declined.email) else { continue }
      let cancel = Cancellation(
        row: row, submitted: reading.facts[row].submitted, line: declined.line, approval: declined.approval)
      for key in [cancellationKey(email, declined.name), anyName(email)] {
        if let known = latest[key], !cancel.comesAfter(row: known.row, submitted: known.submitted) { continue }
        latest[key] = cancel
      }
    }
    return latest
  }

  /// The key of the address's latest cancellation whatever the name.
  static func anyName(_ email: String) -> String { email + "\u{1}" }

  /// The key of a cancellation: the address and the name, folded as names are matched.
  static func cancellationKey(_ email: String, _ name: String) -> String {
    email + "\u{0}" + name.foldedName
  }

  /// Rows with fewer cells than the header (up to its last named column), by position: an
  /// export cut short (a download interrupted mid-row) reads like blank answers. They are
  /// accepted only when every row of the file stops at the same cell and the columns none of
  /// them reaches are neither name nor e-mail (a tool that leaves out trailing columns no one
  /// answered), and the last of them is not the file's last row without a line break after it
  /// (cut short); otherwise each is rejected naming its line.
  static func cutRows(_ rows: ExportRows, header: [String], fields: [ImportField?]) -> [Int: ImportReport.Rejected] {
    guard let last = header.lastIndex(where: { !$0.trimmed.isEmpty }) else { return [:] }
    let width = last + 1
    var short: [Int] = []
    var counts = Set<Int>()
    for (position, row) in rows.enumerated() {
      let count = row.count
      counts.insert(min(count, width))
      if count < width { short.append(position) }
    }
    guard let first = short.first else { return [:] }
    let reached = rows[rows.startIndex + first].count
    let required = Set(ImportField.allCases.filter(\.isName) + [.email])
    // The last row short with no line break after it was cut where the download stopped,
    // whatever the other rows do.
    let lastCut = short.last == rows.count - 1 && rows.last.map { !$0.document.endsWithLineBreak } == true
    if counts.count == 1, !lastCut,
      !fields[reached..<min(width, fields.count)].contains(where: { $0.map(required.contains) == true })
    {
      return [:]
    }
    if lastCut && counts.count == 1 { short = [rows.count - 1] }
    var cut: [Int: ImportReport.Rejected] = [:]
    for position in short {
      let row = rows[rows.startIndex + position]
      cut[position] = ImportReport.Rejected(
        line: row.line, field: nil,
        reason: shortRowReason(row, width: width))
    }
    return cut
  }

  /// Why a row has fewer cells than the header: a line of Ctrl-Z between joined DOS files, a
  /// row written with another delimiter (an export joined on), or a row cut short.
  static func shortRowReason(_ row: ExportRow, width: Int) -> String {
    if isEndOfFileMark(row) {
      return "the line holds only Ctrl-Z, the end-of-file mark of DOS programs: delete it, and check that the lines "
        + "after it belong to this file (files joined with copy /b keep each one's mark)"
    }
    let cells = (0..<row.count).map { row[$0] }
    let delimiter = row.document.delimiter
    let others: [(Character, String)] = [(";", "semicolons"), (",", "commas"), ("\t", "tabs")]
    for (other, name) in others where other != delimiter {
      let split = cells.reduce(0) { $0 + $1.split(separator: other, omittingEmptySubsequences: false).count }
      if split >= width {
        return "row has \(row.count) of \(width) cells, but \(split) when read with \(name) between them: is an export "
          + "with another delimiter joined on here? (import each export from a file of its own)"
      }
    }
    return "row has \(row.count) of \(width) cells: is the file cut short? (export it again, or fill in the row)"
  }

  /// True for a row of one cell holding nothing but Ctrl-Z (0x1A) marks.
  static func isEndOfFileMark(_ row: ExportRow) -> Bool {
    row.count == 1 && !row[0].isEmpty && row[0].unicodeScalars.allSatisfy { $0 == "\u{1A}" }
  }

  /// The field each header cell names, `--map` first.
  func fields(for header: [String]) -> [ImportField?] { fieldsOfHeader(header) }

  /// `fields(for:)` as a function that holds the column map alone: `fields(for:)` passed as a
  /// function holds a copy of the whole import (the event and its lists), and the search for
  /// the header made one for every row of the file.
  var fieldsOfHeader: ([String]) -> [ImportField?] {
    let columnMap = columnMap
    return { header in header.map { Self.field(of: $0, in: columnMap) ?? ImportField.matching(header: $0) } }
  }

  /// How `--map` keys a column: its header trimmed, in lower case.
  static func key(of header: String) -> String { header.trimmed.lowercased() }

  /// The field `columnMap` gives the column headed `header` (`--map`), or nil when it names
  /// none.
  static func field(of header: String, in columnMap: [String: ImportField]) -> ImportField? {
    columnMap[key(of: header)]
  }

  /// The field `--map` gives the column headed `header`, or nil.
  func mappedField(_ header: String) -> ImportField? { Self.field(of: header, in: columnMap) }

  /// The columns of a header: the field of each cell, and the cells read as nothing.
  struct MappedColumns {
    var header: [String]
    var fields: [ImportField?]
    /// Columns that name no field (not those left out on purpose).
    var unread: [Int]

    func header(of field: ImportField) -> String? { fields.firstIndex(of: field).map { header[$0] } }
  }

  /// Headers whose column gives way to another column of the same field (`Nationality`: the
  /// country of residence is the one a city network reports by), folded.
  static let secondaryHeaders = Set(LanguagePack.words(\.headers, "secondary").map(\.folded))

  static func isSecondary(_ header: String) -> Bool { secondaryHeaders.contains(header.folded) }

  /// The word for "name" alone in every language (`Name`, `Nom`, `Nombre`, `Nome`, `الاسم`), folded.
  static let bareNames = Set(LanguagePack.all.flatMap(\.bareNames).map(\.folded))

  /// The field of each header cell, and the cells read as nothing; throws when `--map` names
  /// a column the file lacks, or no column gives names or e-mail addresses (naming a column of
  /// `rows` read as nothing that holds them).
  func mapColumns(_ header: [String], rows: ExportRows, report: inout ImportReport) throws(FileProblem) -> MappedColumns {
    let keys = Set(header.map(Self.key(of:)))
    for column in columnMap.keys.sorted() + statusColumnsGiven.sorted() where !keys.contains(column) {
      throw FileProblem(
        message: "--map names the column \"\(column)\", which the file does not have; its columns are: "
          + header.joined(separator: ", "))
    }
    var mapping = ColumnMapping()
    for (index, cell) in header.enumerated() {
      mapColumn(index, cell, header: header, into: &mapping, report: &report)
    }
    mapping.unread.sort()
    readBareName(header, into: &mapping, report: &report)
    readSurveyEndDate(header, into: &mapping, report: &report)
    do {
      try Self.requireNamesAndEmails(mapping, header: header, rows: rows)
    } catch {
      throw withSheetHint(error)
    }
    return MappedColumns(header: header, fields: mapping.fields, unread: mapping.unread)
  }

  /// The columns mapped so far: each one's field, those read as nothing, the fields taken.
  struct ColumnMapping {
    var fields: [ImportField?] = []
    var unread: [Int] = []
    var taken = Set<ImportField>()
  }

  /// Maps the column at `index` (headed `cell`) after those before it.
  func mapColumn(
    _ index: Int, _ cell: String, header: [String], into mapping: inout ColumnMapping, report: inout ImportReport
  ) {
    // A meeting tool's approval column (`حالة الموافقة`, approval status) is read for the
    // declined rows only, never as a field whose words it holds (`الموافقة`, consent).
    let given = mappedField(cell) ?? (statusColumnsGiven.contains(Self.key(of: cell)) ? .ignore : nil)
    var field = given ?? (StatusColumn.isStatusHeader(cell) ? .ignore : ImportField.matching(header: cell))
    // A second column for the same field is read as nothing, except for names and e-mail
    // addresses, whose columns are chosen by what they hold; but it takes the place of a
    // first one whose header the language table calls secondary (`Nationality` beside
    // `Country of residence`), or that only mentions the field where it names it wholly
    // (`Organisation size` before `Organisation`); a secondary header never takes a place.
    if let chosen = field, chosen != .ignore, chosen != .name, chosen != .email, mapping.taken.contains(chosen),
      given == nil
    {
      if let first = mapping.fields.firstIndex(of: chosen), mappedField(header[first]) == nil,
        !Self.isSecondary(cell),
        Self.isSecondary(header[first])
          || ImportField.namesWholly(cell, chosen) && !ImportField.namesWholly(header[first], chosen)
      {
        mapping.fields[first] = nil
        report.columns.removeAll { $0.header == header[first] }
        report.ignoredColumns.append(header[first])
        mapping.unread.append(first)
      } else {
        field = nil
      }
    }
    if let field {
      mapping.taken.insert(field)
      report.columns.append((cell, field))
    } else if !cell.isEmpty {
      report.ignoredColumns.append(cell)
      mapping.unread.append(index)
    }
    mapping.fields.append(field == .ignore ? nil : field)
  }

  /// True when a header is a bare name word (`Nom`, `identite/Nom`), plural marks left out
  /// (`Nom(s)`, `Name(s)`).
  static func isBareName(_ header: String) -> Bool {
    [header, ImportField.question(of: header)].contains { cell in
      Self.bareNames.contains(cell.folded)
        || ImportField.withoutPluralMarks(cell).map { Self.bareNames.contains($0.folded) } == true
    }
  }

  /// "Nom" beside "Prénom" (or "Name" beside "First name") is the family name; "Nombre"
  /// beside "Apellidos" (or "Nome" beside "Sobrenome", "الاسم" beside "اسم العائلة") the given name.
  /// Of several bare names (a form account's `Name` before the questions `Prénom`, `Nom`), the
  /// one nearest the other half, and of two as near, the one on the side a name's half goes
  /// (a family name after the given name, a given name before the family name); a Microsoft
  /// Forms account's column is never one.
  func readBareName(_ header: [String], into mapping: inout ColumnMapping, report: inout ImportReport) {
    guard mapping.taken.contains(.firstName) != mapping.taken.contains(.lastName) else { return }
    let field: ImportField = mapping.taken.contains(.firstName) ? .lastName : .firstName
    guard let half = mapping.fields.firstIndex(of: field == .lastName ? .firstName : .lastName) else { return }
    let account = ColumnChoice.formsAccountColumns(mapping.fields, header: header)
    let bare = mapping.fields.indices.filter { index in
      mapping.fields[index] == .name && mappedField(header[index]) == nil && !account.contains(index)
        && Self.isBareName(header[index])
    }
    // Nearest first; of two as near, the one after the given name or before the family name.
    func distance(_ index: Int) -> (Int, Int) {
      (abs(index - half), (field == .lastName) == (index > half) ? 0 : 1)
    }
    guard let index = bare.min(by: { distance($0) < distance($1) }) else { return }
    mapping.fields[index] = field
    if let entry = report.columns.firstIndex(where: { $0.header == header[index] }) {
      report.columns[entry].field = field
    }
    if !mapping.fields.contains(.name) { mapping.taken.remove(.name) }
    mapping.taken.insert(field)
  }

  /// SurveyMonkey's headers (`Respondent ID`, `Collector ID`, read as nothing) and, beside
  /// them, `End Date`, folded.
  static let surveySheetHeaders = Set(LanguagePack.words(\.headers, "survey_sheet").map(\.folded))
  static let surveyEndHeaders = Set(LanguagePack.words(\.headers, "survey_end").map(\.folded))

  /// In SurveyMonkey's export (a header of `surveySheetHeaders`), `End Date` is when the form
  /// was sent: the submission time, unless another column gives one or `--map` names it.
  func readSurveyEndDate(_ header: [String], into mapping: inout ColumnMapping, report: inout ImportReport) {
    guard !mapping.taken.contains(.timestamp), header.contains(where: { Self.surveySheetHeaders.contains($0.folded) }),
      let index = header.firstIndex(where: { Self.surveyEndHeaders.contains($0.folded) }),
      mapping.fields[index] == nil, mappedField(header[index]) == nil
    else { return }
    mapping.fields[index] = .timestamp
    mapping.taken.insert(.timestamp)
    mapping.unread.removeAll { $0 == index }
    report.ignoredColumns.removeAll { $0 == header[index] }
    report.columns.append((header[index], .timestamp))
    Self.putInHeaderOrder(&report.columns, header: header)
  }

  /// Sorts the report's columns into the order of `header` (a column found later, appended
  /// at the end, goes to its place).
  static func putInHeaderOrder(_ columns: inout [(header: String, field: ImportField)], header: [String]) {
    let order = Dictionary(header.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
    columns = columns.enumerated()
      .sorted { (order[$0.element.header] ?? 0, $0.offset) < (order[$1.element.header] ?? 0, $1.offset) }
      .map(\.element)
  }

  /// `problem` naming the other sheet of the workbook that holds people (a workbook whose
  /// first sheet is a title page, the people on `Data`), with the `--sheet` that reads it: a
  /// visible sheet before a hidden one (an old copy kept out of sight), then the one with the
  /// most addresses, then the first.
  func withSheetHint(_ problem: FileProblem) -> FileProblem {
    func rank(_ sheet: (offset: Int, element: OtherSheet)) -> (Int, Int, Int) {
      (sheet.element.hidden ? 1 : 0, -(sheet.element.addresses?.count ?? 0), sheet.offset)
    }
    let holding = otherSheets.enumerated().filter { $0.element.addresses?.isEmpty == false }
    guard let sheet = holding.min(by: { rank($0) < rank($1) })?.element else { return problem }
    return FileProblem(
      message: problem.message + "; the \(sheet.hidden ? "hidden " : "")sheet \"\(sheet.name)\" holds \(sheet.addresses!.count) e-mail address"
        + (sheet.addresses!.count == 1 ? "" : "es") + ": read it with --sheet \"\(sheet.name)\"")
  }

  /// Throws when no column gives e-mail addresses or none gives names (naming a header that
  /// looks double-encoded first, when one does, and a column read as nothing whose answers
  /// are addresses, or names: its header is one the language table does not know).
  static func requireNamesAndEmails(_ mapping: ColumnMapping, header: [String], rows: ExportRows) throws(FileProblem) {
    let taken = mapping.taken
    if !taken.contains(.email) || !taken.contains(where: \.isName), let damaged = QualityGate.doubleEncodedHeader(header) {
      throw damaged
    }
    guard taken.contains(.email) else {
      if let column = QualityGate.column(holding: .email, among: mapping.unread, rows: rows) {
        throw FileProblem(
          message: "no column is headed as e-mail addresses, but \"\(header[column])\" holds them; "
            + "read it with --map \"\(header[column])=email\"")
      }
      throw FileProblem(
        message: "no column holds e-mail addresses (columns: \(header.joined(separator: ", "))); "
          + "name it with --map COLUMN=email")
    }
    guard taken.contains(where: \.isName) else {
      if let column = QualityGate.column(holding: .name, among: mapping.unread, rows: rows) {
        throw FileProblem(
          message: "no column is headed as names, but \"\(header[column])\" holds them; "
            + "read it with --map \"\(header[column])=name\"")
      }
      throw FileProblem(
        message: "no column holds names (columns: \(header.joined(separator: ", "))); "
          + "name it with --map COLUMN=name, or, for names in two columns, --map GIVEN=first_name --map FAMILY=last_name")
    }
  }

  /// A title column whose every answer is a meeting tool's role (Teams' `Role`: `Organizer`,
  /// `Presenter`, `Attendee`) tells how someone joined a call, not their job: it is read as
  /// nothing, and the summary shows it left out.
  func leaveOutMeetingRoles(_ mapped: inout MappedColumns, rows: ExportRows, report: inout ImportReport) {
    guard let column = mapped.fields.firstIndex(of: .title), mappedField(mapped.header[column]) == nil else { return }
    var answered = false
    for row in rows {
      let answer = row[column].folded
      if answer.isEmpty { continue }
      guard FormToolWords.isMeetingRole(answer) else { return }
      answered = true
    }
    guard answered else { return }
    mapped.fields[column] = nil
    if let entry = report.columns.firstIndex(where: { $0.header == mapped.header[column] }) {
      report.columns[entry].field = .ignore
    }
  }

  /// The headers of a column only meeting reports have (Teams' `In-Meeting Duration`, Zoom's
  /// `Duración (minutos)`), folded.
  static let meetingReportHeaders = Set(LanguagePack.words(\.headers, "meeting_report").map(\.folded))

  /// In a meeting report (a header of `meetingReportHeaders`), the columns whose words say
  /// arrival or departure (`Dernier départ`, `Hora de salida`, `Última saída`) hold when each
  /// person joined and left the call, not when they come to the event and leave it: they are
  /// read as nothing, unless `--map` names them.
  func leaveOutMeetingTimes(_ mapped: inout MappedColumns, report: inout ImportReport) {
    guard mapped.header.contains(where: { Self.meetingReportHeaders.contains($0.folded) }) else { return }
    for column in mapped.fields.indices where mapped.fields[column] == .arrival || mapped.fields[column] == .departure {
      guard mappedField(mapped.header[column]) == nil else { continue }
      mapped.fields[column] = nil
      if let entry = report.columns.firstIndex(where: { $0.header == mapped.header[column] }) {
        report.columns[entry].field = .ignore
      }
    }
  }

  /// A row left out because `column`, one of `statusColumns`, says the registration was denied
  /// or cancelled.
  static func declined(
    _ record: ExportRow, by column: StatusColumn, among statusColumns: [StatusColumn], columns: ImportColumns
  ) -> ImportReport.Declined {
    var declined = ImportReport.Declined(
      line: record.line, name: columns.names.value(in: record) { !Placeholder.matchesName($0) },
      email: columns.emails.value(in: record) { EmailAddress.normalised($0) != nil },
      approval: StatusColumn.shown(record, declinedBy: column, among: statusColumns))
    // Only a plain yes publishes a name (`ImportRow.readConsent`): any other answer withdraws.
    if let consent = columns.index(of: .publishName).map({ record[$0].trimmed }), !consent.isEmpty {
      declined.withdrawsConsent = DemographicValues.consent(consent) != true
    }
    return declined
  }

  /// Shows KoboToolbox's per-choice columns as read into their field, not as ignored.
  static func listChoiceColumns(
    _ multiSelect: MultiSelectColumns, header: [String], mapped: inout MappedColumns, report: inout ImportReport
  ) {
    var fieldOf: [String: ImportField] = [:]
    for field in MultiSelectColumns.listFields {
      for (column, _) in multiSelect.choices[field] ?? [] { fieldOf[header[column]] = field }
      for column in multiSelect.typed[field] ?? [] { fieldOf[header[column]] = field }
    }
    report.ignoredColumns.removeAll { fieldOf[$0] != nil }
    mapped.unread.removeAll { fieldOf[header[$0]] != nil }
    var shown = Set<String>()
    for entry in report.columns.indices {
      guard let field = fieldOf[report.columns[entry].header] else { continue }
      report.columns[entry].field = field
      shown.insert(report.columns[entry].header)
    }
    for cell in header where fieldOf[cell] != nil && shown.insert(cell).inserted {
      report.columns.append((cell, fieldOf[cell]!))
    }
    putInHeaderOrder(&report.columns, header: header)
  }

  /// `incoming`'s answers laid over `existing`: only fields the row answered change; the id
  /// and status stay.
  static func merge(_ incoming: Participant, into existing: Participant, answered: ImportFieldSet) -> Participant {
    var merged = existing
    func take<Value>(_ field: ImportField, _ path: WritableKeyPath<Participant, Value>) {
      if answered.contains(field) { merged[keyPath: path] = incoming[keyPath: path] }
    }
    if answered.contains(.name) {
      merged.name = incoming.name
    }
    take(.category, \.category)
    take(.title, \.title)
    take(.organisation, \.organisation)
    take(.city, \.city)
    take(.country, \.country)
    if answered.contains(.region) || (answered.contains(.country) && incoming.country != existing.country) {
      merged.region = incoming.region
    }
    take(.gender, \.gender)
    take(.ageGroup, \.ageGroup)
    take(.languages, \.languages)
    take(.needs, \.needs)
    take(.timezone, \.timezone)
    take(.arrival, \.arrival)
    take(.departure, \.departure)
    take(.unavailable, \.unavailable)
    take(.cohorts, \.cohorts)
    take(.publishName, \.publishName)
    return merged
  }

  static func changedFields(_ before: Participant, _ after: Participant) -> [String] {
    let names = ParticipantFields.names
    let old = ParticipantFields.cells(before), new = ParticipantFields.cells(after)
    return names.indices.filter { old[$0] != new[$0] }.map { names[$0] }
  }

}

/// Hands out participant ids after the highest `pNNN` already used.
struct IDAllocator {
  private var nextNumber: Int

  init(existing: [String]) {
    // Numbers of a billion or more are no ids convene gave: counting on from them could
    // overflow, and new ids below them cannot collide with them.
    let numbers = existing.compactMap { id -> Int? in
      guard id.hasPrefix("p"), let number = Int(id.dropFirst()), number < 1_000_000_000 else { return nil }
      return number
    }
    nextNumber = (numbers.max() ?? 0) + 1
  }

  mutating func next() -> String {
    defer { nextNumber += 1 }
    let digits = String(nextNumber)
    return "p" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
  }
}
