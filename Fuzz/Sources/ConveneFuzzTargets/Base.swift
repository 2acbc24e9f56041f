import ConveneCalendar
import ConveneCore
import ConveneEvaluation
import ConveneScheduling
import ConveneWorkspace
import Foundation

/// The example workspace every input is put into: its files, a published release and
/// `schedule.json` made by the solver, the ledger of the invitations for that release, the
/// standard evaluation, and the templates of the travel lists and visa letters.
final class Base: Sendable {
  static let shared = Base()

  let files: [String: [UInt8]]
  let plan: EventPlan
  let evaluation: Evaluation
  let release: ScheduleDocument?
  let ledger: InvitationLedger
  let records: EventRecords
  let logisticsTemplate: String
  let letterTemplate: String

  private init() {
    let root = FuzzTargets.repository + "/Examples/dakar-regional-workshop"
    let templates = FuzzTargets.repository + "/Templates/workspaces/common"
    var files: [String: [UInt8]] = [:]
    for name in [
      EventFile.name, RoomsFile.name, ParticipantsFile.name, SessionsFile.name, SignupsFile.name, TasksFile.name,
      TravelFile.name,
    ] {
      guard let data = FileManager.default.contents(atPath: "\(root)/\(name)") else {
        fatalError("convene-fuzz: run it from the repository's root (cannot read \(root)/\(name))")
      }
      files[name] = Array(data)
    }
    let standard = FileManager.default.contents(atPath: "\(templates)/\(EventFile.standardEvaluationName)") ?? Data()
    let workspace = Workspace(root: "/ws", fileSystem: MemoryFileSystem(files, root: "/ws"))
    guard let plan = try? workspace.load().plan else { fatalError("convene-fuzz: the example workspace does not load") }
    let evaluation =
      plan.event.evaluation.isEmpty
      ? EventFile.readEvaluation(Array(standard), name: EventFile.standardEvaluationName).0 : plan.event.evaluation
    let problem = SchedulingProblem(plan: plan)
    let solved = Solver(problem: problem, options: Solver.Options(timeLimit: nil, iterations: 200, seed: 1))
      .solve(clock: { 0 })
    let (score, _) = ScoreChecker.check(solved.schedule, in: problem)
    let release = ScheduleConversion.document(
      solved.schedule, problem: problem, plan: plan, version: 1, score: score,
      reasons: UnscheduledReasons.reasons(for: solved.schedule, in: problem))
    var current = release
    current.version = 2
    files[ScheduleFile.releaseName(1)] = Array(ScheduleFile.write(release).utf8)
    files[ScheduleFile.name] = Array(ScheduleFile.write(current).utf8)
    var ledger = InvitationLedger()
    let events = SessionEvents(plan: plan, document: release, stamp: 1_800_000_000)
    for message in InvitationPlanner(events: events).messages(ledger: ledger) {
      ledger.record(message: "outbox/v1/\(message.participant)-request.eml", entries: message.entries)
    }
    let attendance = plan.participants.prefix(30).map {
      AttendanceRecord(participant: $0.id, session: plan.event.dates[0].description, status: .present)
    }
    let responses = plan.participants.prefix(20).enumerated().map { offset, person in
      FeedbackResponse(
        id: "r-\(offset)", participant: person.id, submittedAt: "2027-03-10T17:00:00Z", source: "base",
        answers: ["satisfaction": String(offset % 5 + 1), "recommend": String(offset % 11)])
    }
    self.files = files
    self.plan = plan
    self.evaluation = evaluation
    self.release = release
    self.ledger = ledger
    self.records = EventRecords(plan: plan, evaluation: evaluation, attendance: attendance, responses: responses)
    func template(_ name: String) -> String {
      let path = "\(FuzzTargets.repository)/Templates/\(name)"
      guard let data = FileManager.default.contents(atPath: path) else { fatalError("convene-fuzz: cannot read \(path)") }
      return String(decoding: data, as: UTF8.self)
    }
    logisticsTemplate = template("logistics.html.mustache")
    letterTemplate = template("letters/visa.html.mustache")
  }
}

/// Files in memory, read-only but for writes the targets make.
final class MemoryFileSystem: FileSystem, @unchecked Sendable {
  private var files: [String: [UInt8]]

  init(_ files: [String: [UInt8]], root: String) {
    self.files = Dictionary(uniqueKeysWithValues: files.map { ("\(root)/\($0.key)", $0.value) })
  }

  func contents(of path: String) throws(WorkspaceError) -> [UInt8]? { files[path] }
  func write(_ bytes: [UInt8], to path: String) throws(WorkspaceError) { files[path] = bytes }
  func exists(_ path: String) -> Bool { files[path] != nil || isDirectory(path) }
  func isDirectory(_ path: String) -> Bool { files.keys.contains { $0.hasPrefix(path + "/") } }
  func isSymbolicLink(_ path: String) -> Bool { false }
  func createDirectory(_ path: String) throws(WorkspaceError) {}
  func list(_ path: String) throws(WorkspaceError) -> [String] {
    Set(
      files.keys.filter { $0.hasPrefix(path + "/") }.compactMap {
        $0.dropFirst(path.count + 1).split(separator: "/").first.map(String.init)
      }
    ).sorted()
  }
  func lock(_ path: String, purpose: String) throws(WorkspaceError) -> any WorkspaceLockHolder { Unlocked() }
  func append(_ bytes: [UInt8], to path: String) throws(WorkspaceError) { files[path, default: []] += bytes }
  func resolvedPath(_ path: String) -> String? { exists(path) ? path : nil }

  struct Unlocked: WorkspaceLockHolder { func release() {} }
}
