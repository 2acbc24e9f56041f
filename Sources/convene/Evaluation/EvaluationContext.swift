import ConveneCalendar
import ConveneCore
import ConveneEvaluation
import ConveneTemplates
import ConveneWorkspace
import Foundation

/// What the attendance, feedback and report commands read: the plan, the questions and
/// indicators in force, and the records kept so far.
struct EvaluationContext {
  let workspace: Workspace
  let plan: EventPlan
  /// The event's own evaluation, or the standard set when `event.json` declares none.
  let evaluation: Evaluation

  /// Loads the workspace; refuses when a file the evaluation reads holds errors.
  static func load(_ workspace: Workspace) throws -> EvaluationContext {
    let plan: EventPlan
    do {
      plan = try workspace.loadPlan(
        requiringValid: [ParticipantsFile.name, SessionsFile.name, SignupsFile.name]
      ).plan
    } catch {
      throw CommandFailure(error)
    }
    var evaluation = plan.event.evaluation
    if evaluation.isEmpty {
      evaluation = try standardEvaluation()
    }
    return EvaluationContext(workspace: workspace, plan: plan, evaluation: evaluation)
  }

  /// The standard questions and indicators shipped in `Templates/`.
  static func standardEvaluation() throws -> Evaluation {
    guard
      let url = TemplateBundle.workspacesURL?.appendingPathComponent(
        "common/\(EventFile.standardEvaluationName)"),
      let data = FileManager.default.contents(atPath: url.path)
    else {
      throw CommandFailure(
        "the standard evaluation questions are missing from this installation of convene")
    }
    let (evaluation, findings) = EventFile.readEvaluation(
      Array(data), name: EventFile.standardEvaluationName)
    guard findings.isEmpty else {
      throw CommandFailure(findings.map(\.description).joined(separator: "\n"))
    }
    return evaluation
  }

  /// `attendance.csv`, failing with every problem when it holds errors.
  func attendance() throws -> [AttendanceRecord] {
    let bytes = try read(AttendanceFile.name)
    let (records, findings) = AttendanceFile.read(bytes)
    let errors = findings.filter { $0.severity == .error }
    guard errors.isEmpty else {
      throw CommandFailure(errors.map(\.description).joined(separator: "\n"))
    }
    return records
  }

  /// `feedback/feedback.csv`, failing with every problem when it holds errors.
  func responses() throws -> [FeedbackResponse] {
    let (responses, findings) = FeedbackFile.read(try read(FeedbackFile.name))
    guard findings.isEmpty else {
      throw CommandFailure(findings.map(\.description).joined(separator: "\n"))
    }
    return responses
  }

  /// The RSVP answers of `rsvp.csv` as attendance records.
  func rsvpRecords() throws -> [AttendanceRecord] {
    try RSVPCommand.Collect.load(workspace).map { answer in
      let status: AttendanceRecord.Status =
        switch answer.answer {
        case .accepted: .accepted
        case .declined: .declined
        default: .tentative
        }
      return AttendanceRecord(
        participant: answer.participant, session: answer.session, status: status)
    }
  }

  /// Everything the indicators are computed from.
  func records() throws -> EventRecords {
    EventRecords(
      plan: plan, evaluation: evaluation, attendance: try attendance(), responses: try responses())
  }

  /// Runs `body` holding the workspace lock, so that what it reads is still what it writes
  /// over (exit code 3 when another convene command holds the lock).
  func underLock<T>(_ body: () throws -> T) throws -> T {
    let lock: any WorkspaceLockHolder
    do {
      lock = try workspace.fileSystem.lock(
        workspace.lockPath, purpose: CommandLine.arguments.dropFirst().joined(separator: " "))
    } catch {
      throw CommandFailure(error)
    }
    defer { lock.release() }
    return try body()
  }

  /// Writes `attendance.csv` with the RSVP answers folded in; call it under the lock.
  func write(_ book: AttendanceBook) throws {
    var book = book
    for record in try rsvpRecords() { book.record(record) }
    let text = AttendanceFile.write(book.sorted(sessionOrder: plan.sessions.map(\.id)))
    do {
      try workspace.fileSystem.write(text, to: workspace.path(AttendanceFile.name))
    } catch {
      throw CommandFailure(error)
    }
  }

  func read(_ name: String) throws -> [UInt8] {
    do {
      return try workspace.fileSystem.contents(of: workspace.path(name)) ?? []
    } catch {
      throw CommandFailure(error)
    }
  }

  /// The event's local date and time now (`2027-03-09 08:52`), for check-in times.
  static func localNow(timezone: String, now: Date = Date()) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: timezone) ?? TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.string(from: now)
  }
}
