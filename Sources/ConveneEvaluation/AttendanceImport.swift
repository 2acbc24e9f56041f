import ConveneCSV
import ConveneCore

/// Reads sign-in data (a CSV export of a sign-in sheet, a badge scanner, an online meeting's
/// attendance report) and matches each row to a participant: by participant id, then e-mail,
/// then name and organisation (a name alone when only one participant has it).
public struct AttendanceImport: Sendable {
  /// What the rows are about when they do not say.
  public struct Defaults: Sendable {
    /// The session (or day: a date or `dayN`) of rows without a session or day column.
    public var session: String?
    /// The check-in time of rows without one.
    public var checkedInAt: String

    /// Creates defaults.
    public init(session: String? = nil, checkedInAt: String = "") {
      self.session = session
      self.checkedInAt = checkedInAt
    }
  }

  /// A row that could not be recorded.
  public struct Unmatched: Sendable, Equatable {
    /// The line in the file.
    public var line: Int
    /// Why, in words.
    public var reason: String
  }

  /// What reading the file gave.
  public struct Result: Sendable {
    /// One record per matched row.
    public var records: [AttendanceRecord]
    /// The rows not recorded.
    public var unmatched: [Unmatched]
    /// How many rows were matched by id, e-mail, name and organisation, and name.
    public var matchedBy: [String: Int]
    /// The header's line and the title above it, the lines before it (a meeting report's
    /// summary) and the other tables left out (their header lines and titles), when the
    /// header is not on the file's first line.
    public var headerLine = 1
    public var title = ""
    public var preamble: ClosedRange<Int>?
    public var leftOut: [(line: Int, title: String)] = []
    /// How the dates of the check-in times were read, when some are written with day and month.
    public var timeOrder: DateOrder?
    /// True when the reading was stopped (`ReadingStop`) before every row was read: the
    /// result is incomplete and nothing of it is to be recorded.
    public var stopped = false

    /// How many attendances the records make: one per person and session or day, however
    /// many rows say it (someone who joined a meeting twice is on two rows).
    public var attendances: Int { Set(records.map { [$0.participant, $0.session] }).count }
  }

  /// The columns recognised, by what they hold.
  enum Column: String, CaseIterable {
    case participant, email, name, organisation, session, day, status, time
    /// A column ticked for those absent (`Absent`), one signed by those present (`Signature`,
    /// `Émargement`), and a status column headed by the word for present (`Présent`), ticked
    /// for those present: blank there is absent.
    case absent, signature, tick

    /// The header words of each column in every language of `LanguagePack.all` (by the
    /// meanings of its `headers`), folded.
    static let names: [Column: Set<String>] = {
      let meanings: [Column: [String]] = [
        .participant: ["participant", "badge"], .email: ["email"], .name: ["name", "attendee"],
        .organisation: ["organisation"], .session: ["session"], .day: ["day"], .status: ["status"],
        .time: ["check_in_time"], .absent: ["absent_mark"], .signature: ["signature"], .tick: [],
      ]
      return meanings.mapValues { keys in
        Set(keys.flatMap { LanguagePack.words(\.headers, $0) }.map(\.folded))
      }
    }()

    /// The header words of meeting reports' yes/no columns about something else (`Guest`).
    static let meetingFlags = Set(LanguagePack.words(\.headers, "meeting_flag").map(\.folded))

    /// The header words of a form's submission time, in every language, folded.
    static let formStamps = Set(LanguagePack.words(\.headers, "timestamp").map(\.folded))

    /// How a message names the column.
    var heading: String {
      switch self {
      case .tick: "present column"
      case .absent: "absent column"
      case .signature: "signature"
      default: rawValue
      }
    }

    static func matching(_ header: String) -> Column? {
      // `#` heads a sheet's number column: ids where they are, else the row's name decides.
      if header.trimmed == "#" { return .participant }
      let key = header.folded
      return allCases.first { names[$0]!.contains(key) }
    }
  }

  /// How many rows are read at most between two questions to `stop`: a few milliseconds.
  static let rowsBetweenStops = 1024

  let plan: EventPlan
  let byID: [String: Participant]
  let byEmail: [String: Participant]
  let byName: [String: [Participant]]
  /// The days each session runs on in the release in force (`ScheduleDocument.sessionDays`).
  let placed: [String: ClosedRange<LocalDate>]

  /// Prepares matching against the participants of `plan`; check-in times are held to the
  /// days `placed` gives each session.
  public init(plan: EventPlan, placed: [String: ClosedRange<LocalDate>] = [:]) {
    self.plan = plan
    self.placed = placed
    byID = plan.participantsByID
    byEmail = plan.participantsByEmail
    byName = Dictionary(grouping: plan.participants, by: { $0.name.foldedName })
  }

  /// The session id or date a cell names: a session id, a session title, a date (ISO, or
  /// day and month in the one order that gives a day of the event) or `dayN`.
  public func target(_ text: String) -> String? {
    let value = text.trimmed
    if plan.sessions.contains(where: { $0.id == value }) { return value }
    if let date = LocalDate(value), plan.event.dates.contains(date) { return date.description }
    if let reference = DayReference(value), let index = reference.index(in: plan.event.dates) {
      return plan.event.dates[index].description
    }
    // A date as a spreadsheet writes it (`09/03/2027`, `3/9/27`): the day of the event that
    // one order of day and month gives, when only one does.
    if let written = WrittenDateTime(value) {
      let days = Set([DateOrder.dayMonthYear, .monthDayYear].compactMap { written.date($0) }.filter(plan.event.dates.contains))
      if days.count == 1 { return days.first!.description }
    }
    let folded = value.folded
    let titled = plan.sessions.filter { $0.title.folded == folded }
    return titled.count == 1 ? titled[0].id : nil
  }

  /// The check-in time to record for someone marked present at `target` (a session id or a
  /// date) when no time is given: `now` (the event's local time) when it falls on a day of the
  /// event, and on that day when a day is marked; otherwise none, since a time months before
  /// or after the event (a list typed up later, a mark made while preparing) would be false.
  public func checkInTime(now: LocalDateTime, target: String) -> String? {
    guard plan.event.dates.contains(now.date) else { return nil }
    if let day = LocalDate(target), day != now.date { return nil }
    return LocalDateTime(date: now.date, time: now.time).description
  }

  /// Reads `table` (the file `file`). Fails, naming the file and column, when no column
  /// identifies people or nothing says which session or day the rows are about. `stop` is
  /// asked before the rows are read and every `rowsBetweenStops` rows: true ends the reading
  /// with `stopped` set.
  public func read(
    _ table: CSVTable, file: String, defaults: Defaults, stop: ReadingStop = .never
  ) throws(FindingsError) -> Result {
    if stop.isRequested { return Result(records: [], unmatched: [], matchedBy: [:], stopped: true) }
    let sheet = SignInTable(table)
    let columns = try Self.columns(of: sheet.header, line: sheet.headerLine, file: file)
    let fallback = try fallbackSession(defaults, file: file)
    guard columns[.session] != nil || columns[.day] != nil || fallback != nil else {
      throw FindingsError([
        .error(
          file, line: sheet.headerLine, "nothing says which session or day the rows are about",
          hint: "add a session or day column, or give --session SESSION (or --session 2027-03-09)")
      ])
    }
    try unreadColumns(sheet, columns: columns, file: file)
    let order = timeOrder(sheet.rows, column: columns[.time])
    var result = Result(
      records: [], unmatched: [], matchedBy: [:], headerLine: sheet.headerLine, title: sheet.title,
      preamble: sheet.preamble, leftOut: sheet.leftOut.map { ($0.line, $0.title) }, timeOrder: order)
    var matched: [(line: Int, how: String)] = []
    for (number, row) in sheet.rows.enumerated() where !row.isBlank {
      if number % Self.rowsBetweenStops == 0, stop.isRequested {
        result.stopped = true
        return result
      }
      switch reading(row, columns: columns, fallback: fallback, defaults: defaults, order: order) {
      case .recorded(let record, let how):
        result.records.append(record)
        matched.append((row.line, how))
        result.matchedBy[how, default: 0] += 1
      case .unmatched(let reason):
        result.unmatched.append(Unmatched(line: row.line, reason: reason))
      }
    }
    Self.leaveOutDisagreements(&result, matched: matched)
    return result
  }

  /// Takes back the rows of one person and session or day that say different things
  /// (present, then absent): which holds is not known, so neither is recorded, and each is
  /// listed with the other's line.
  static func leaveOutDisagreements(_ result: inout Result, matched: [(line: Int, how: String)]) {
    func key(_ record: AttendanceRecord) -> String { record.participant + "\u{0}" + record.session }
    var said: [String: [(status: AttendanceRecord.Status, line: Int)]] = [:]
    for (record, (line, _)) in zip(result.records, matched) { said[key(record), default: []].append((record.status, line)) }
    let disagreeing = said.filter { Set($0.value.map(\.status)).count > 1 }
    guard !disagreeing.isEmpty else { return }
    var kept: [AttendanceRecord] = []
    for (record, (line, how)) in zip(result.records, matched) {
      guard let rows = disagreeing[key(record)] else {
        kept.append(record)
        continue
      }
      let sayings = rows.map { "\($0.status.rawValue) (line \($0.line))" }.joined(separator: ", ")
      result.unmatched.append(
        Unmatched(
          line: line,
          reason: "\(record.participant) at \(record.session) is recorded \(sayings) in this file: which holds is not "
            + "known; keep the row that is right"))
      result.matchedBy[how, default: 1] -= 1
    }
    result.records = kept
    result.matchedBy = result.matchedBy.filter { $0.value > 0 }
    result.unmatched.sort { $0.line < $1.line }
  }

  /// The first column of each kind in `header` (on line `line`); fails when none says who
  /// signed in.
  static func columns(of header: [String], line: Int, file: String) throws(FindingsError) -> [Column: Int] {
    var columns: [Column: Int] = [:]
    for (index, name) in header.enumerated() {
      guard var column = Column.matching(name) else { continue }
      if column == .status && presentMarks.contains(name.folded) { column = .tick }
      if columns[column] == nil { columns[column] = index }
    }
    // A form's submission stamp (Google Forms' `Timestamp`, `Marca temporal`) is the check-in
    // time of a form filled in at the door.
    if columns[.time] == nil, let stamp = header.firstIndex(where: { Column.formStamps.contains($0.folded) }) {
      columns[.time] = stamp
    }
    guard columns[.participant] != nil || columns[.email] != nil || columns[.name] != nil else {
      throw FindingsError([
        .error(
          file, line: line, "no column says who signed in",
          hint: "name a column participant (the id), email, or name (with organisation)")
      ])
    }
    return columns
  }

  /// Fails when a column the import does not read holds what a column it reads would: the
  /// check-in times (a scanner's `Scan time`), the session or day of each row (a form's
  /// `Which session are you checking in to?`), or marks of who came (Zoom's `Attended`,
  /// holding `No`). Dropped, the rows would be recorded without their times, for the session
  /// `--session` gives, or present.
  func unreadColumns(_ sheet: SignInTable, columns: [Column: Int], file: String) throws(FindingsError) {
    func refuse(_ column: Int, _ holds: String, _ consequence: String, _ name: String) throws(FindingsError) {
      throw FindingsError([
        .error(
          file, line: sheet.headerLine,
          "column \(column + 1) (\"\(QuotedValue.shown(sheet.header[column]))\") holds \(holds), but its header is not one of "
            + "\(name == "time" ? "a check-in time" : "a \(name) column"): \(consequence)",
          hint: "head the column `\(name)` to have it read, or take the column out")
      ])
    }
    if columns[.time] == nil,
      let column = Self.unread(sheet, read: columns, holding: Self.isDateTime)
    {
      try refuse(
        column, "dates and times", "the rows would be recorded without their times, and their days not held to the session's",
        "time")
    }
    if columns[.session] == nil && columns[.day] == nil,
      let column = Self.unread(sheet, read: columns, holding: { !Self.isDateTime($0) && target($0) != nil })
    {
      try refuse(column, "sessions or days", "the rows would all be recorded for --session", "session")
    }
    // A meeting report's own yes/no columns (Zoom's `Guest`) say nothing of attendance.
    let flags = Set(sheet.header.indices.filter { Column.meetingFlags.contains(sheet.header[$0].folded) })
    let marks: [Column] = [.status, .tick, .absent, .signature]
    if !marks.contains(where: { columns[$0] != nil }),
      let column = Self.unread(
        sheet, read: columns, holding: { Self.status($0) != nil }, someOf: { Self.status($0) == .absent }, besides: flags)
    {
      try refuse(column, "marks of who came and who did not", "everyone on it would be recorded present", "status")
    }
  }

  /// The first column that `read` does not read (nor is among `besides`) and whose cells, more
  /// than half of those written and at least one, pass `holding`, one of them `someOf` too.
  /// Nil when none is.
  static func unread(
    _ sheet: SignInTable, read: [Column: Int], holding: (String) -> Bool, someOf: (String) -> Bool = { _ in true },
    besides: Set<Int> = []
  ) -> Int? {
    let taken = Set(read.values).union(besides)
    return sheet.header.indices.first { column in
      guard !taken.contains(column) else { return false }
      let cells = sheet.rows.compactMap { row in
        column < row.fields.count ? CSVWriter.restored(row.fields[column]).trimmed.asciiDigits : nil
      }.filter { !$0.isEmpty }
      let held = cells.filter(holding)
      return !held.isEmpty && 2 * held.count > cells.count && held.contains(where: someOf)
    }
  }

  /// True for a date with a time (`2027-04-13 08:41`, `13/04/2027 8:41 AM`), not a serial.
  static func isDateTime(_ cell: String) -> Bool {
    LocalDateTime(cell) != nil || WrittenDateTime(cell).map { $0.secondsOfDay != nil && !$0.form.isSerial } == true
  }

  /// The order of day and month in the check-in times written as a meeting report writes them
  /// (`5/11/27, 4:01:02 PM`): the order some value proves, else the one that puts more times,
  /// and more than half, on a day of the event (at an event on 11 May 2027, `5/11/27` is
  /// month first; at one on 10 and 11 May, `10/05`, `11/05` and a stray `12/05` are day
  /// first, and the stray row is not taken for its day); nil otherwise (such times are not
  /// read).
  func timeOrder(_ rows: [CSVRecord], column: Int?) -> DateOrder? {
    guard let column else { return nil }
    var evidence = DateColumnEvidence()
    var values: [WrittenDateTime] = []
    for row in rows where column < row.fields.count {
      let text = CSVWriter.restored(row.fields[column]).trimmed
      guard AttendanceRecord.checkInProblem(text) != nil, let value = WrittenDateTime(text) else { continue }
      evidence.add(value, line: row.line, text: text)
      values.append(value)
    }
    if let reading = try? evidence.reading(given: nil) { return reading.order }
    let onEventDays = [DateOrder.dayMonthYear, .monthDayYear].map { order in
      (order, values.count { value in value.date(order).map { plan.event.dates.contains($0) } ?? false })
    }
    let (dayFirst, monthFirst) = (onEventDays[0].1, onEventDays[1].1)
    guard dayFirst != monthFirst, 2 * max(dayFirst, monthFirst) > values.count else { return nil }
    return dayFirst > monthFirst ? .dayMonthYear : .monthDayYear
  }

  /// The session or day of rows that name none (`--session`); fails when it names neither.
  func fallbackSession(_ defaults: Defaults, file: String) throws(FindingsError) -> String? {
    guard let session = defaults.session else { return nil }
    guard let found = target(session) else {
      throw FindingsError([
        .error(
          file, field: "--session",
          "\"\(session)\" is neither a session id nor a day of the event")
      ])
    }
    return found
  }

  /// What one row of the file gave.
  enum RowReading {
    /// A record, and how its participant was matched.
    case recorded(AttendanceRecord, matchedBy: String)
    /// No record, and why.
    case unmatched(String)
  }

  /// The record of one row: its participant, session or day (`fallback` when the row names
  /// none), status and check-in time.
  func reading(_ row: CSVRecord, columns: [Column: Int], fallback: String?, defaults: Defaults, order: DateOrder? = nil)
    -> RowReading
  {
    func cell(_ column: Column) -> String {
      guard let index = columns[column], index < row.fields.count else { return "" }
      return CSVWriter.restored(row.fields[index]).trimmed
    }
    let (person, how, reason) = match(
      id: cell(.participant), email: cell(.email), name: cell(.name),
      organisation: cell(.organisation),
      hasOrganisationColumn: columns[.organisation] != nil)
    guard let person, let how else { return .unmatched(reason) }
    var session = fallback
    var targets: [Column: String] = [:]
    for column in [Column.session, .day] where !cell(column).isEmpty {
      guard let found = target(cell(column)) else {
        let kind = column == .session ? "session" : "day of the event"
        return .unmatched("\(column.rawValue) \"\(QuotedValue.shown(cell(column)))\" is not a \(kind)")
      }
      targets[column] = found
    }
    if let named = targets[.session] ?? targets[.day] { session = named }
    // A row naming a session and a day says two things when the session is on another day.
    if let named = targets[.session], let day = targets[.day].flatMap(LocalDate.init),
      let days = placed[named] ?? LocalDate(named).map({ $0...$0 }), !days.contains(day)
    {
      return .unmatched(
        "session \"\(QuotedValue.shown(cell(.session)))\" is on \(days.lowerBound), day \"\(QuotedValue.shown(cell(.day)))\" is \(day): "
          + "the row says two things")
    }
    guard let session else { return .unmatched("no session or day") }
    let status: AttendanceRecord.Status
    switch Self.status(marks: columns.keys.filter { [.status, .tick, .absent, .signature].contains($0) }.map { ($0, cell($0)) }) {
    case .success(let said): status = said
    case .failure(let problem): return .unmatched(problem.reason)
    }
    let time: String
    switch Self.checkInTime(
      written: cell(.time), order: order,
      undecided: "no time of the column says which, and neither order puts most of them on a day of the event")
    {
    case .success(let read): time = read
    case .failure(let problem): return .unmatched("time: \(problem.reason)")
    }
    if status == .present,
      let problem = AttendanceRecord.dayProblem(
        checkedInAt: time, target: session, placed: placed[session], eventDates: plan.event.dates,
        timezone: plan.event.timezone)
    {
      return .unmatched("time: \(problem)")
    }
    let record = AttendanceRecord(
      participant: person.id, session: session, status: status,
      checkedInAt: status == .present ? (time.isEmpty ? defaults.checkedInAt : time) : "")
    return .recorded(record, matchedBy: how)
  }

  /// A check-in time as sheets, meeting reports and people write it (`2027-03-09 08:52`,
  /// `3/9/27, 9:01:02 AM`, `8:55 PM`, `٨:٥٥ ص`, `14 h 02`), as `YYYY-MM-DD HH:MM` or `HH:MM`,
  /// its day and month in `order`; fails with why it is none (a date that is two days, one
  /// per order, when `order` is nil: `undecided` says why neither was taken).
  static func checkInTime(written text: String, order: DateOrder?, undecided: String) -> Swift.Result<String, AnswerProblem> {
    var time = text.trimmed.asciiDigits
    if AttendanceRecord.checkInProblem(time) != nil, let written = WrittenDateTime(time)?.localDateTime(order) {
      time = written.description
    }
    if AttendanceRecord.checkInProblem(time) != nil, let clock = clockTime(time) { time = clock }
    if order == nil, AttendanceRecord.checkInProblem(time) != nil, let written = WrittenDateTime(time),
      let dayFirst = written.date(.dayMonthYear), let monthFirst = written.date(.monthDayYear), dayFirst != monthFirst
    {
      return .failure(
        AnswerProblem(
          "\"\(QuotedValue.shown(time))\" is \(dayFirst) read day first and \(monthFirst) month first: \(undecided)"))
    }
    if let problem = AttendanceRecord.checkInProblem(time) { return .failure(AnswerProblem(problem)) }
    return .success(time)
  }

  /// A check-in time typed by hand (`attendance mark --at`), read as a time cell of the
  /// import is: its day and month in the order it proves or, failing that, the one that puts
  /// it on a day of the event. Fails with why it is none.
  public func checkInTime(typed text: String) -> Swift.Result<String, AnswerProblem> {
    let order = timeOrder([CSVRecord(line: 1, fields: [text.trimmed])], column: 0)
    return Self.checkInTime(
      written: text, order: order,
      undecided: "both or neither are days of the event (write it YYYY-MM-DD HH:MM)")
  }

  /// A time of day as forms and sheets write it without a date (`8:55 AM`, `8:55 ص`, `14 h 02`),
  /// as `HH:MM`; nil for anything else (a date and time is `WrittenDateTime`'s alone).
  static func clockTime(_ text: String) -> String? {
    guard !text.contains(where: { "/-".contains($0) }),
      let written = WrittenDateTime("2000-01-01 " + text.trimmed), let seconds = written.secondsOfDay,
      written.offsetMinutes == nil
    else { return nil }
    return TimeOfDay(minutes: seconds / 60).description
  }

  /// The participant a row names, how it was matched, or why it was not.
  func match(
    id: String, email: String, name: String, organisation: String, hasOrganisationColumn: Bool
  ) -> (Participant?, String?, String) {
    if !id.isEmpty {
      if let person = byID[id] {
        if let other = emailHolder(email, other: person) {
          return (nil, nil, disagreement("\(id) is \(QuotedValue.shown(person.name))", "the e-mail address \"\(QuotedValue.shown(email))\"", other))
        }
        if let other = nameHolder(name, other: person) {
          return (nil, nil, disagreement("\(id) is \(QuotedValue.shown(person.name))", "the name \"\(QuotedValue.shown(name))\"", other))
        }
        return (person, "id", "")
      }
      if email.isEmpty && name.isEmpty {
        // A typed-up sheet's `Participant` or `N.º` column often holds names: one that is
        // someone's name is read as the name it is.
        guard !named(id).isEmpty else {
          let what = id.contains(" ") ? "the id or the name" : "the id"
          return (nil, nil, "no participant has \(what) \"\(QuotedValue.shown(id))\"")
        }
        return match(id: "", email: "", name: id, organisation: organisation, hasOrganisationColumn: hasOrganisationColumn)
      }
    }
    if !email.isEmpty {
      if let address = EmailAddress.normalised(email), let person = byEmail[address] {
        if let other = nameHolder(name, other: person) {
          return (
            nil, nil,
            disagreement(
              "the e-mail address \"\(QuotedValue.shown(email))\" is \(person.id)'s (\(QuotedValue.shown(person.name)))",
              "the name \"\(QuotedValue.shown(name))\"", other, why: "an account two people share?"))
        }
        return (person, "e-mail", "")
      }
      if name.isEmpty { return (nil, nil, "no participant has the e-mail address \"\(QuotedValue.shown(email))\"") }
    }
    guard !name.isEmpty else { return (nil, nil, "the row names nobody (no id, e-mail or name)") }
    let candidates = named(name)
    if !organisation.isEmpty {
      let folded = organisation.folded
      let matching = candidates.filter { $0.organisation.folded == folded }
      if matching.count == 1 { return (matching[0], "name and organisation", "") }
      if matching.count > 1 {
        return (
          nil, nil,
          "\(matching.count) participants are called \"\(QuotedValue.shown(name))\" at \"\(QuotedValue.shown(organisation))\"; give the id or e-mail"
        )
      }
      if candidates.count == 1 && !hasOrganisationColumn { return (candidates[0], "name", "") }
      let missing = "no participant called \"\(QuotedValue.shown(name))\" at \"\(QuotedValue.shown(organisation))\""
      // Someone of that name elsewhere (the organisation written in another language?) is
      // named, so that the organiser can give the id; the row is not taken on a guess.
      guard let first = candidates.first else { return (nil, nil, missing) }
      let others = candidates.count == 1 ? "" : " and \(candidates.count - 1) more"
      return (
        nil, nil,
        "\(missing); \(first.id) of that name is at \"\(QuotedValue.shown(first.organisation))\"\(others): give the id or e-mail if it is them"
      )
    }
    if candidates.count == 1 { return (candidates[0], "name", "") }
    if candidates.count > 1 {
      return (
        nil, nil,
        "\(candidates.count) participants are called \"\(QuotedValue.shown(name))\"; give the organisation, id or e-mail"
      )
    }
    let address = email.isEmpty ? "" : "has the e-mail address \"\(QuotedValue.shown(email))\" or is "
    return (nil, nil, "no participant \(address)called \"\(QuotedValue.shown(name))\"")
  }

  /// The participants `name` may stand for: everyone any of its readings names
  /// (`readings(ofDisplayName:)`), so that a Zoom name whose two parts are two registered
  /// people (`Mamadou Diallo (Mamadou Sène)`) names both.
  func named(_ name: String) -> [Participant] {
    var found: [Participant] = []
    var seen = Set<String>()
    for reading in Self.readings(ofDisplayName: name) {
      for person in byName[reading.foldedName] ?? [] where seen.insert(person.id).inserted { found.append(person) }
    }
    return found
  }

  /// The one other participant than `person` whose address `email` is, if any.
  func emailHolder(_ email: String, other person: Participant) -> Participant? {
    guard !email.isEmpty, let address = EmailAddress.normalised(email), let holder = byEmail[address],
      holder.id != person.id
    else { return nil }
    return holder
  }

  /// The one participant `name` names when it is not `person` (a name that names nobody, or
  /// several, or `person` among others, is no contradiction: display names vary).
  func nameHolder(_ name: String, other person: Participant) -> Participant? {
    guard !name.isEmpty else { return nil }
    let people = named(name)
    guard people.count == 1, people[0].id != person.id else { return nil }
    return people[0]
  }

  /// Why a row that says one participant (`said`) and whose `second` cell is another's is
  /// not recorded.
  func disagreement(_ said: String, _ second: String, _ other: Participant, why: String? = nil) -> String {
    "\(said), but \(second) is \(other.id)'s (\(QuotedValue.shown(other.name))): they do not agree"
      + (why.map { " (\($0))" } ?? "") + "; correct the row, or record the person with `attendance mark`"
  }

  /// The names a meeting report's name cell may stand for, in the order they are tried: as
  /// written; without Teams' guest mark and given name first (`Diop, Moussa (Guest)` is Moussa
  /// Diop); and, for Zoom's `Name (Original Name)` of someone renamed in the meeting
  /// (`Hélène Ndiaye (Hélène N.)`), the name before the bracket and the one inside it.
  static func readings(ofDisplayName name: String) -> [String] {
    var readings = [name, FormToolWords.personName(fromDisplayName: name, inMeetingReport: true)]
    if name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex {
      readings.append(String(name[..<open]).trimmed)
      readings.append(String(name[name.index(after: open)..<name.index(before: name.endIndex)]).trimmed)
    }
    return readings.filter { !$0.isEmpty }
  }

  /// Attendance marks of every language of `LanguagePack.all`, folded.
  static let presentMarks = Set(LanguagePack.words(\.values.present).map(\.folded))
  static let absentMarks = Set(LanguagePack.words(\.values.absent).map(\.folded))

  /// The status a row's marks give: the status column's word (blank is present, as a typed-up
  /// list of those who came leaves it), a `Présent` column's tick (blank is absent), an `Absent`
  /// column's tick (blank says nothing), a signature (blank, or a word of absence, is absent;
  /// punctuation alone says nothing). Marks that say both, or
  /// one no column's rule reads, are why the row is not taken.
  static func status(marks: [(Column, String)]) -> Swift.Result<AttendanceRecord.Status, AnswerProblem> {
    var said: [(Column, AttendanceRecord.Status)] = []
    for (column, text) in marks.sorted(by: { $0.0.rawValue < $1.0.rawValue }) {
      if column == .signature {
        // A signature, initials or a mark say present; a word of absence written in the box
        // (`absent`, `excusée`) says absent, and punctuation alone (`-`) says neither.
        if text.isEmpty || status(text) == .absent {
          said.append((column, .absent))
        } else if text.folded.isEmpty && status(text) == nil {
          return .failure(AnswerProblem("\(column.heading) \"\(QuotedValue.shown(text))\" is neither a signature nor absent"))
        } else {
          said.append((column, .present))
        }
        continue
      }
      if text.isEmpty {
        if column == .tick { said.append((column, .absent)) }
        continue
      }
      guard let reading = status(text) else {
        return .failure(AnswerProblem("\(column.heading) \"\(QuotedValue.shown(text))\" is neither present nor absent"))
      }
      // A tick in the absent column (`x`, `✓`, `yes`) says absent; `no` there says nothing.
      if column == .absent {
        if reading == .present { said.append((column, .absent)) }
        continue
      }
      said.append((column, reading))
    }
    let statuses = Set(said.map(\.1))
    guard statuses.count <= 1 else {
      let parts = said.map { "\($0.0.heading) says \($0.1 == .present ? "present" : "absent")" }
      return .failure(AnswerProblem(parts.joined(separator: ", ") + ": the row says two things"))
    }
    return .success(statuses.first ?? .present)
  }

  /// The status a cell gives: empty, a word or yes (in any language), a tick (`✓`, `✅`) or
  /// an `x` (a sheet's mark beside those who came) means present, a word or no or a cross
  /// drawn as a symbol (`❌`, `✗`, `☒`, `🚫`) absent; any other mark (`⭐`) or punctuation
  /// alone (`-`, `?`) says neither.
  static func status(_ text: String) -> AttendanceRecord.Status? {
    let written = text.trimmed
    if written.isEmpty { return .present }
    let key = written.folded
    if !key.isEmpty {
      if presentMarks.contains(key) { return .present }
      if absentMarks.contains(key) { return .absent }
      if let flag = DemographicValues.yesNo(key) { return flag ? .present : .absent }
    }
    guard RegistrationStatusWords.holdsMark(written) else { return nil }
    switch RegistrationStatusWords.reading(written) {
    case .registered: return .present
    case .declined: return .absent
    case .waitlisted, .unknown: return nil
    }
  }
}
