import ConveneAgenda
import ConveneCSV
import ConveneCalendar
import ConveneCheck
import ConveneCore
import ConveneEvaluation
import ConveneJSON
import ConveneLogistics
import ConvenePlanning
import ConveneRegistration
import ConveneReleases
import ConveneReports
import ConveneScheduling
import ConveneWorkspace

/// The fuzz targets: one per reader. Each takes the fuzzer's bytes as the file it reads; the
/// workspace files are put into the example workspace and, when they pass the checks that
/// the commands apply, go on through what the commands do with them. libFuzzer runs them
/// (`convene-fuzz`, Scripts/fuzz.sh) and so does the seeded mutation test of the test suite.
public enum FuzzTargets {
  /// The folder holding `Examples/` and `Templates/`; set before the first run.
  nonisolated(unsafe) public static var repository = "."

  /// The targets' names.
  public static var names: [String] { (Array(all.keys) + Array(networkTargets.keys)).sorted() }

  /// How far an input goes.
  public enum Depth: Sendable {
    /// Through its reader and `check` only.
    case readers
    /// On through what the commands do with what was read (scheduling, agendas,
    /// invitations, reports), when the commands would go on.
    case commands
  }

  /// Runs the target `name` on `bytes`; false when there is no such target.
  @discardableResult
  public static func run(_ name: String, _ bytes: [UInt8], depth: Depth = .commands) -> Bool {
    guard let target = all[name] ?? networkTargets[name] else { return false }
    target(bytes, depth)
    return true
  }

  /// Reads the example workspace once, so that the first input is not slower than the rest.
  public static func prepare() { _ = Base.shared }

  static let all: [String: @Sendable ([UInt8], Depth) -> Void] = [
    "csv": { bytes, _ in csv(bytes) },
    "json": { bytes, _ in json(bytes) },
    "event": { workspace(EventFile.name, $0, depth: $1) },
    "rooms": { workspace(RoomsFile.name, $0, depth: $1) },
    "participants": { workspace(ParticipantsFile.name, $0, depth: $1) },
    "sessions": { workspace(SessionsFile.name, $0, depth: $1) },
    "signups": { workspace(SignupsFile.name, $0, depth: $1) },
    "attendance": { workspace(AttendanceFile.name, $0, depth: $1) },
    "feedback": { workspace(FeedbackFile.name, $0, depth: $1) },
    "schedule": { workspace(ScheduleFile.name, $0, depth: $1) },
    "release": { workspace(ScheduleFile.releaseName(1), $0, depth: $1) },
    "tasks": { workspace(TasksFile.name, $0, depth: $1) },
    "travel": { workspace(TravelFile.name, $0, depth: $1) },
    "ledger": ledger,
    "notifications": notifications,
    "registration-import": registrationImport,
    "attendance-import": attendanceImport,
    "feedback-form": { feedbackExport("returned.json", $0, depth: $1) },
    "feedback-export": { feedbackExport("export.csv", $0, depth: $1) },
    "rsvp-ics": { bytes, _ in rsvp(bytes) },
  ]

  // MARK: - Parsers

  static func csv(_ bytes: [UInt8]) {
    _ = try? CSVTable(bytes: bytes)
    let text = String(decoding: bytes, as: UTF8.self)
    for delimiter: Character in [",", ";", "\t"] {
      if let records = try? CSVReader(delimiter: delimiter).records(in: text) {
        _ = CSVWriter.document(header: records.first?.fields ?? [], rows: records.dropFirst().map(\.fields))
      }
    }
  }

  static func json(_ bytes: [UInt8]) {
    guard let node = try? JSONParser.parse(String(decoding: bytes, as: UTF8.self)) else { return }
    _ = JSONWriter.string(node)
  }

  // MARK: - Workspace files

  /// `bytes` as the file `name` of the example workspace, then what the commands do.
  static func workspace(_ name: String, _ bytes: [UInt8], depth: Depth) {
    var files = Base.shared.files
    files[name] = bytes
    let workspace = Workspace(root: "/ws", fileSystem: MemoryFileSystem(files, root: "/ws"))
    guard let contents = try? workspace.load(), let plan = contents.plan else { return }
    let evaluation = plan.event.evaluation.isEmpty ? Base.shared.evaluation : plan.event.evaluation
    var findings = contents.findings
    findings += WorkspaceChecker.check(
      plan, attendance: contents.attendance, responses: contents.responses, evaluation: evaluation,
      travel: contents.travel)
    let errors = Set(findings.filter { $0.severity == .error }.map(\.file))
    let release = (try? workspace.latestRelease()) ?? nil
    let schedule = (try? workspace.loadSchedule()) ?? nil
    guard depth == .commands else { return }
    if errors.isDisjoint(with: [EventFile.name, TasksFile.name]) { timeline(plan, tasks: contents.tasks) }
    if errors.isDisjoint(with: [EventFile.name, ParticipantsFile.name, TravelFile.name]) {
      travel(plan, travel: contents.travel)
    }
    // The task list and travel reach nothing else: the rest is what the example does anyway.
    guard ![TasksFile.name, TravelFile.name].contains(name) else { return }
    if errors.isEmpty { scheduling(plan, release: release, current: schedule) }
    if errors.isDisjoint(with: [EventFile.name, ParticipantsFile.name, SessionsFile.name, SignupsFile.name]) {
      _ = SignInSheets(plan: plan, schedule: release)
      if errors.isDisjoint(with: [AttendanceFile.name, FeedbackFile.name]) {
        report(plan, evaluation: evaluation, attendance: contents.attendance, responses: contents.responses)
      }
    }
  }

  /// `schedule`, `explain`, `publish`, `agenda` and `invite --dry-run`.
  static func scheduling(_ plan: EventPlan, release: ScheduleDocument?, current: ScheduleDocument?) {
    let published = release.map { ScheduleConversion.published($0, timezone: plan.event.timezone) } ?? [:]
    let problem = SchedulingProblem(plan: plan, published: published)
    _ = PreFlight.check(problem)
    let start = release.map { ScheduleConversion.schedule(from: $0, problem: problem).schedule }
    let solver = Solver(problem: problem, options: Solver.Options(timeLimit: nil, iterations: 5, seed: 1))
    let result = solver.solve(startingFrom: start, clock: { 0 })
    let (score, _) = ScoreChecker.check(result.schedule, in: problem)
    let reasons = UnscheduledReasons.reasons(for: result.schedule, in: problem)
    let document = ScheduleConversion.document(
      result.schedule, problem: problem, plan: plan, version: (release?.version ?? 0) + 1, score: score,
      reasons: reasons)
    _ = ScheduleFile.read(Array(ScheduleFile.write(document).utf8))
    if let current {
      let (schedule, problems) = ScheduleConversion.schedule(from: current, problem: problem)
      if problems.isEmpty {
        _ = ScoreChecker.check(schedule, in: problem)
        _ = UnscheduledReasons.reasons(for: schedule, in: problem)
      }
    }
    for shown in [current, release].compactMap({ $0 }) {
      let agenda = Agenda(document: shown, release: shown.version, plan: plan, audience: .publicView)
      _ = AgendaRenderer.markdown(agenda, labels: AgendaLabels(language: "fr"))
      _ = AgendaRenderer.csv(agenda)
    }
    if let release {
      let events = SessionEvents(plan: plan, document: release, stamp: 1_800_000_000)
      let messages = InvitationPlanner(events: events).messages(ledger: InvitationLedger())
      for message in messages.prefix(1) { _ = try? CalendarWriter.ics(message.calendar) }
      _ = try? CalendarWriter.ics(events.agenda())
    }
  }

  /// `report`.
  static func report(
    _ plan: EventPlan, evaluation: Evaluation, attendance: [AttendanceRecord], responses: [FeedbackResponse]
  ) {
    let records = EventRecords(plan: plan, evaluation: evaluation, attendance: attendance, responses: responses)
    let report = IndicatorReport(events: [records, Base.shared.records])
    _ = ReportRenderer.csv(report)
    _ = ReportRenderer.json(report)
    _ = ReportRenderer.markdown(report, labels: ReportLabels(language: "en"))
  }

  /// `plan`, as text's items and as to-dos, on a day before, during and after the event.
  static func timeline(_ plan: EventPlan, tasks: [PlanTask]) {
    guard let first = plan.event.dates.first else { return }
    for offset in [-400, -30, 0, 200] {
      let timeline = Timeline(
        tasks: tasks, event: plan.event, signals: WorkspaceSignals(), today: first.adding(days: offset),
        language: "fr")
      _ = timeline.count(.late)
      _ = try? CalendarWriter.ics(todos: timeline.todos(event: plan.event.id, stamp: 1_800_000_000))
    }
  }

  /// `travel rooming|pickups|needs` in every format, and `letters visa`'s decisions and pages.
  static func travel(_ plan: EventPlan, travel: [TravelRecord]) {
    let holding = Set(plan.participants.filter(\.holdsPlace).map(\.id))
    let names = plan.participantsByID.mapValues(\.name)
    let tables = [
      RoomingList(travel: travel, holding: holding).table(names: names, language: "ar"),
      Pickups(travel: travel, holding: holding).table(names: names, language: "en"),
      NeedsCount(travel: travel, holding: holding).table(event: plan.event.id, policy: plan.event.disclosure, names: nil, language: "fr"),
      NeedsCount(travel: travel, holding: holding).table(event: plan.event.id, policy: plan.event.disclosure, names: names, language: "es"),
    ]
    for table in tables {
      _ = LogisticsRenderer.markdown(table)
      _ = LogisticsRenderer.csv(table)
      _ = JSONWriter.string(LogisticsRenderer.json(table))
      _ = try? LogisticsRenderer.html(table, template: Base.shared.logisticsTemplate)
    }
    let letters = VisaLetters(plan: plan, travel: travel)
    let date = LocalDate(year: 2027, month: 1, day: 10)!
    for decision in letters.decisions(requested: []).prefix(3) where decision.refusal == nil {
      _ = try? letters.page(
        for: decision.participant, language: "pt", date: date, template: Base.shared.letterTemplate)
    }
  }

  // MARK: - Exports and returns

  static func notifications(_ bytes: [UInt8], depth: Depth) {
    guard let ledger = try? NotificationLedger(csv: bytes) else { return }
    _ = ledger.csv()
    guard depth == .commands else { return }
    for basis in [DeliveryBasis.written, .delivered(resendingUncertain: false)] {
      _ = RegistrationNotice.planned(for: Base.shared.plan.participants, ledger: ledger, basis: basis)
    }
  }


  static func ledger(_ bytes: [UInt8], depth: Depth) {
    guard let ledger = try? InvitationLedger(csv: bytes) else { return }
    _ = ledger.csv()
    guard depth == .commands else { return }
    let base = Base.shared
    guard let release = base.release else { return }
    let events = SessionEvents(plan: base.plan, document: release, stamp: 1_800_000_000)
    _ = InvitationPlanner(events: events).messages(ledger: ledger)
  }

  static func registrationImport(_ bytes: [UInt8], depth: Depth) {
    guard let table = try? CSVTable(bytes: bytes) else { return }
    let base = Base.shared
    guard let outcome = try? RegistrationImport(event: base.plan.event).run(table, into: base.plan.participants)
    else { return }
    guard depth == .commands else { return }
    _ = ParticipantsFile.read(Array(ParticipantsFile.write(outcome.participants).utf8))
  }

  static func attendanceImport(_ bytes: [UInt8], depth: Depth) {
    guard let table = try? CSVTable(bytes: bytes) else { return }
    let base = Base.shared
    for defaults in [AttendanceImport.Defaults(), AttendanceImport.Defaults(session: "day1")] {
      guard let result = try? AttendanceImport(plan: base.plan).read(table, file: "sheet.csv", defaults: defaults)
      else { continue }
      var book = AttendanceBook(base.records.attendance)
      for record in result.records { book.record(record) }
      let text = AttendanceFile.write(book.sorted(sessionOrder: base.plan.sessions.map(\.id)))
      let (records, findings) = AttendanceFile.read(Array(text.utf8))
      if findings.isEmpty && depth == .commands { report(base.plan, evaluation: base.evaluation, attendance: records, responses: []) }
    }
  }

  static func feedbackExport(_ name: String, _ bytes: [UInt8], depth: Depth) {
    let base = Base.shared
    let questionnaire = FeedbackQuestionnaire(plan: base.plan, evaluation: base.evaluation)
    let (submissions, rejections) = FeedbackReader(questionnaire: questionnaire).read(file: name, bytes: bytes)
    let outcome = FeedbackCollector(plan: base.plan, questionnaire: questionnaire).collect(
      submissions, into: base.records.responses, rejections: rejections)
    let text = FeedbackFile.write(outcome.responses, answerColumns: questionnaire.keys)
    let (responses, findings) = FeedbackFile.read(Array(text.utf8))
    let checked = WorkspaceChecker.check(base.plan, responses: responses, evaluation: base.evaluation)
    if findings.isEmpty && !checked.contains(where: { $0.severity == .error }) && depth == .commands {
      report(base.plan, evaluation: base.evaluation, attendance: base.records.attendance, responses: responses)
    }
  }

  static func rsvp(_ bytes: [UInt8]) {
    let base = Base.shared
    let text = String(decoding: bytes, as: UTF8.self)
    _ = try? CalendarReader.read(text)
    _ = ReplyCollector(plan: base.plan, ledger: base.ledger).collect([("reply.ics", text)], into: [])
  }
}
