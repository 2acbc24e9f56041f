import ConveneCSV
import ConveneCore
import ConveneEvaluation
import ConveneReports
import ConveneSpreadsheet
import ConveneWorkspace
import Foundation

/// `convene attendance sheets|import|mark`, each as one transaction: under the workspace lock,
/// read the plan, the records and `rsvp.csv`, compute, and write the sign-in sheets or
/// `attendance.csv` (with the RSVP answers folded in).
public enum AttendanceRun {
  /// The folder the sign-in sheets go to unless the organiser names another.
  static let sheetsFolder = "sign-in"

  /// The sign-in sheets written.
  public struct Sheets: Sendable {
    /// Each day's file with its number of pages.
    public var files: [(path: String, pages: Int)]
    /// False when there is neither a release nor `schedule.json`: the sessions are on one
    /// page set without times.
    public var scheduled: Bool
  }

  /// Writes one HTML file of sign-in sheets per day into `output` (nil: `sign-in/` in the
  /// workspace), headings in `language` (nil: the event's first), from `template`; people
  /// who declined their invitation are left out, names as `publish_name` allows when
  /// `publicNames`.
  public static func writeSheets(
    in workspace: Workspace, output: String?, language: String?, publicNames: Bool, template: String,
    standard: Evaluation, purpose: String
  ) throws -> Sheets {
    // Written inside the workspace, or inside the --output folder.
    let workspace = output.map { workspace.allowing($0) } ?? workspace
    return try workspace.transaction(purpose: purpose) {
      let context = try EvaluationContext.load(workspace, standard: standard)
      let schedule = try workspace.latestRelease() ?? workspace.loadSchedule()
      let declined = Set(
        try context.rsvpRecords().filter { $0.status == .declined }.map {
          AttendanceKey(participant: $0.participant, session: $0.session)
        })
      let language = language ?? context.plan.event.languages.first ?? "en"
      let sheets = SignInSheets(
        plan: context.plan, schedule: schedule, declined: declined, publicNames: publicNames, language: language)
      let folder = output ?? workspace.path(sheetsFolder)
      let files = try sheets.days.map { day in
        (
          path: joinPath(folder, "\(day.date.isEmpty ? "unscheduled" : day.date).html"),
          html: try SignInSheetPage.html(day, event: context.plan.event, language: language, template: template),
          pages: day.pages.count
        )
      }
      try workspace.fileSystem.createDirectory(folder)
      for file in files { try workspace.fileSystem.write(file.html, to: file.path) }
      return Sheets(files: files.map { ($0.path, $0.pages) }, scheduled: schedule != nil)
    }
  }

  /// What importing a sign-in file found and did.
  public struct Imported: Sendable {
    /// The rows recorded, matched and rejected.
    public var result: AttendanceImport.Result
    /// True when `strict` was asked and rows did not match, or when no row matched: nothing
    /// was recorded, and the command fails after its summary.
    public var refused: Bool
    /// True when `attendance.csv` was written.
    public var written: Bool
    /// Observations recorded earlier that the file says otherwise (present then absent, or
    /// the reverse), which the import replaces: by participant and session, the status before.
    public var changed: [(record: AttendanceRecord, before: AttendanceRecord.Status)] = []
  }

  /// Records the rows of a sign-in file (`bytes` of `file`, nil when it could not be read)
  /// that match a participant; `session` for rows that do not say. A text file is read in
  /// `encoding`, or the one found from its words (the event's languages settling a close
  /// call); a workbook's sheet `sheet`, or its first when it is the only one holding cells.
  /// With `strict`, nothing unless every row matches; with `dryRun`, nothing at all.
  public static func importRecords(
    _ bytes: [UInt8]?, file: String, encoding: SourceEncoding? = nil, sheet: String? = nil, session: String?,
    strict: Bool, dryRun: Bool, in workspace: Workspace, standard: Evaluation, purpose: String
  ) throws -> Imported {
    try workspace.transaction(purpose: purpose) {
      let context = try EvaluationContext.load(workspace, standard: standard)
      guard let bytes else { throw CommandFailure("\(file): cannot read the file") }
      let result = try read(
        bytes, file: file, encoding: encoding, sheet: sheet, session: session, plan: context.plan,
        placed: try workspace.placedSessionDays())
      let refused = !result.unmatched.isEmpty && (strict || result.records.isEmpty)
      let write = !dryRun && !refused
      // A Ctrl-C or SIGTERM while the rows were read stops the command before it writes.
      try Interruption.checkpoint()
      var book = AttendanceBook(try context.attendance())
      let changed = Self.changedObservations(result.records, in: book)
      if write {
        for record in result.records { book.record(record) }
        try context.write(book)
      }
      return Imported(result: result, refused: refused, written: write, changed: changed)
    }
  }

  /// The records of `records` that replace an observation of `book` with the other one
  /// (present where absent was recorded, or the reverse), with the status they replace: a
  /// second file that says otherwise is a correction, or a mistake, and the summary names it.
  static func changedObservations(
    _ records: [AttendanceRecord], in book: AttendanceBook
  ) -> [(record: AttendanceRecord, before: AttendanceRecord.Status)] {
    var seen = Set<AttendanceKey>()
    var changed: [(record: AttendanceRecord, before: AttendanceRecord.Status)] = []
    for record in records.reversed() where record.status.isObserved {
      // The last row of a person and session is the one the book keeps.
      guard seen.insert(AttendanceKey(participant: record.participant, session: record.session)).inserted,
        let old = book.record(participant: record.participant, session: record.session), old.status.isObserved,
        old.status != record.status
      else { continue }
      changed.append((record, old.status))
    }
    return changed.reversed()
  }

  /// The rows of a sign-in file, matched to participants; fails naming the file and line
  /// when it is not a table, or the column when nothing identifies people or sessions.
  static func read(
    _ bytes: [UInt8], file: String, encoding: SourceEncoding?, sheet: String? = nil, session: String?,
    plan: EventPlan, placed: [String: ClosedRange<LocalDate>]
  ) throws -> AttendanceImport.Result {
    let stop = ReadingStop { Interruption.isRequested }
    // Stopped by SIGTERM or Ctrl-C: nothing is written, and the file is not at fault.
    func interrupted() throws -> Never {
      try Interruption.checkpoint()
      throw CommandFailure("\(file): the reading was interrupted")
    }
    let table: CSVTable
    do {
      // A text file in any encoding, or a sign-in sheet typed into Excel and kept as .xlsx.
      table = try ImportTable.read(
        bytes, encoding: encoding, sheet: sheet,
        preferring: SourceEncoding.codePages(forLanguages: plan.event.languages), stop: stop)

    } catch .text(.interrupted), .workbook(.interrupted) {
      try interrupted()
    } catch .text(let error) {
      throw CommandFailure("\(file):\(error.line): \(error.reason)")
    } catch {
      throw CommandFailure("\(file): \(error)")
    }
    // A workbook of one sheet a day: the first alone would leave the other days unrecorded.
    if sheet == nil, let read = table.sheet {
      let others: [String]
      do {
        others = try ImportTable.otherSheetsHoldingCells(bytes, besides: read, stop: stop)
      } catch .workbook(.interrupted) {
        try interrupted()
      } catch {
        throw CommandFailure("\(file): \(error)")
      }
      if !others.isEmpty {
        throw CommandFailure(
          "\(file): the workbook's sheet\(others.count == 1 ? "" : "s") "
            + others.map { "\"\($0)\"" }.joined(separator: ", ") + " also hold\(others.count == 1 ? "s" : "") cells, "
            + "and only its first, \"\(read)\", would be read: import each sheet with --sheet NAME; nothing was recorded")
      }
    }
    if let formulas = UnstoredFormulas.refusal(in: table) { throw CommandFailure("\(file): \(formulas)") }
    // A sign-in sheet's hidden rows are people too: a row hidden to leave it out is deleted.
    if let hidden = HiddenCells.refusal(in: table, isRead: { _ in false }) { throw CommandFailure("\(file): \(hidden)") }
    let result: AttendanceImport.Result
    do {
      result = try AttendanceImport(plan: plan, placed: placed).read(
        table, file: file, defaults: .init(session: session, checkedInAt: ""), stop: stop)
    } catch {
      throw CommandFailure(error.findings.map(\.description).joined(separator: "\n"))
    }
    if result.stopped { try interrupted() }
    return result
  }

  /// One person recorded by hand.
  public struct Marked: Sendable {
    /// The session id or date recorded.
    public var target: String
    /// The check-in time recorded, or empty.
    public var checkedInAt: String
    /// The event's local date and time when the mark was made (`2027-03-09 08:52`).
    public var localNow: String
    /// The person's status when it holds no place (`cancelled`, `declined`, `waitlisted`):
    /// recorded present all the same, since they came.
    public var statusWithoutPlace: ParticipantStatus?
  }

  /// Records `participant` present (or `absent`) at `session` (a session id, a date or
  /// `dayN`), checked in at `at` as written, or by default at `now` in the event's time zone
  /// when that falls on the day marked.
  public static func mark(
    _ participant: String, session: String, absent: Bool, at: String?, now: Date, in workspace: Workspace,
    standard: Evaluation, purpose: String
  ) throws -> Marked {
    try workspace.transaction(purpose: purpose) {
      let context = try EvaluationContext.load(workspace, standard: standard)
      guard context.plan.participants.contains(where: { $0.id == participant }) else {
        throw CommandFailure("\"\(Identifier.shown(participant))\": no participant has this id (see `convene participants list`)")
      }
      let matcher = AttendanceImport(plan: context.plan)
      guard let target = matcher.target(session) else {
        throw CommandFailure("--session \(session): neither a session id nor a day of the event")
      }
      var at = at
      if let typed = at {
        switch matcher.checkInTime(typed: typed) {
        case .success(let read): at = read
        case .failure(let problem): throw CommandFailure("--at: \(problem.reason)")
        }
      }
      if !absent, let at, let written = LocalDateTime(at),
        let problem = AttendanceRecord.dayProblem(
          checkedInAt: at, target: target, placed: try workspace.placedSessionDays()[target],
          eventDates: context.plan.event.dates, timezone: context.plan.event.timezone)
      {
        let day = AttendanceRecord.localTime(of: written, in: context.plan.event.timezone).date
        throw CommandFailure("--at \(at): \(problem); give the time of that day, or the session of \(day)")
      }
      let localNow = EvaluationContext.localTime(now, timezone: context.plan.event.timezone)
      let time =
        absent ? "" : at ?? LocalDateTime(localNow).flatMap { matcher.checkInTime(now: $0, target: target) } ?? ""
      var book = AttendanceBook(try context.attendance())
      book.record(
        AttendanceRecord(
          participant: participant, session: target, status: absent ? .absent : .present, checkedInAt: time))
      try context.write(book)
      let person = context.plan.participants.first { $0.id == participant }
      return Marked(
        target: target, checkedInAt: time, localNow: localNow,
        statusWithoutPlace: person.flatMap { !absent && !$0.holdsPlace ? $0.status : nil })
    }
  }

}

