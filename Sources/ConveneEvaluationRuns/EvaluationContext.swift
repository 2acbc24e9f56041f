import ConveneCSV
import ConveneCalendar
import ConveneCheck
import ConveneCore
import ConveneEvaluation
import ConveneReleases
import ConveneWorkspace
import Foundation

/// What the attendance, feedback and report runs read: the plan, the questions and
/// indicators in force, and the records kept so far. Load it under the workspace lock.
public struct EvaluationContext: Sendable {
  /// The event's workspace.
  let workspace: Workspace
  /// The event and its sessions, rooms and people.
  let plan: EventPlan
  /// Every file as loaded (attendance and feedback records included).
  let contents: Workspace.Contents
  /// The event's own evaluation, or the standard set when `event.json` declares none.
  let evaluation: Evaluation

  /// Loads the workspace; refuses when a file the evaluation reads holds errors. `standard`
  /// is the evaluation an event without its own uses (`standardEvaluation(from:)`).
  static func load(_ workspace: Workspace, standard: Evaluation) throws -> EvaluationContext {
    let (plan, contents) = try workspace.loadPlan(
      requiringValid: [ParticipantsFile.name, SessionsFile.name, SignupsFile.name])
    let evaluation = plan.event.evaluation.isEmpty ? standard : plan.event.evaluation
    return EvaluationContext(workspace: workspace, plan: plan, contents: contents, evaluation: evaluation)
  }

  /// The standard questions and indicators from the bytes of the file shipped with convene
  /// (`EventFile.standardEvaluationName`), nil when the installation lacks it.
  public static func standardEvaluation(from bytes: [UInt8]?) throws -> Evaluation {
    guard let bytes else {
      throw CommandFailure("the standard evaluation questions are missing from this installation of convene")
    }
    let (evaluation, findings) = EventFile.readEvaluation(bytes, name: EventFile.standardEvaluationName)
    guard findings.isEmpty else {
      throw CommandFailure(findings.map(\.description).joined(separator: "\n"))
    }
    return evaluation
  }

  /// Fails with every error among `findings`.
  static func failOnErrors(_ findings: [Finding]) throws {
    let errors = findings.filter { $0.severity == .error }
    guard errors.isEmpty else {
      throw CommandFailure(errors.map(\.description).joined(separator: "\n"))
    }
  }

  /// `attendance.csv` read afresh (under the lock, before writing it), failing on errors.
  func attendance() throws -> [AttendanceRecord] {
    let (records, findings) = AttendanceFile.read(try read(AttendanceFile.name))
    try Self.failOnErrors(findings)
    return records
  }

  /// `feedback/feedback.csv` read afresh (under the lock, before writing it), failing on
  /// errors.
  func responses() throws -> [FeedbackResponse] {
    let (responses, findings) = FeedbackFile.read(try read(FeedbackFile.name))
    try Self.failOnErrors(findings)
    return responses
  }

  /// The RSVP answers of `rsvp.csv` still in force as attendance records: an answer to a
  /// session that changed or was withdrawn since is no answer to it now.
  func rsvpRecords() throws -> [AttendanceRecord] {
    let answers = try workspace.rsvpAnswers()
    guard !answers.isEmpty else { return [] }
    let collector = ReplyCollector(plan: plan, ledger: try LedgerStore<InvitationLedger>(workspace: workspace).load())
    return answers.filter(collector.isInForce).map { answer in
      let status: AttendanceRecord.Status =
        switch answer.answer {
        case .accepted: .accepted
        case .declined: .declined
        default: .tentative
        }
      return AttendanceRecord(participant: answer.participant, session: answer.session, status: status)
    }
  }

  /// Everything the indicators are computed from, as loaded; fails when `attendance.csv` or
  /// `feedback/feedback.csv` holds errors.
  func records() throws -> EventRecords {
    let checked = WorkspaceChecker.check(
      plan, attendance: contents.attendance, responses: contents.responses, evaluation: evaluation,
      placed: try workspace.placedSessionDays()
    ).filter { $0.file == AttendanceFile.name || $0.file == FeedbackFile.name }
    try Self.failOnErrors(
      contents.findings(in: AttendanceFile.name) + contents.findings(in: FeedbackFile.name) + checked)
    return EventRecords(
      plan: plan, evaluation: evaluation, attendance: contents.attendance, responses: contents.responses)
  }

  /// What earlier reports of this event hid (`.convene/disclosure.json`), or an empty record;
  /// fails on a damaged record rather than publish figures it could not keep consistent.
  func disclosureRecord() throws -> DisclosureRecord {
    let bytes = try workspace.fileSystem.contents(of: workspace.path(DisclosureRecord.path))
    do {
      return try DisclosureRecord.read(stored: bytes)
    } catch {
      throw CommandFailure(
        "\(workspace.path(DisclosureRecord.path)):\(error.line): \(error.reason); it records what earlier reports hid, so that the next one stays consistent with them: restore it, or delete it only if no report of this event was ever shared"
      )
    }
  }

  /// Writes `attendance.csv` with the RSVP answers folded in; call it under the lock.
  func write(_ book: AttendanceBook) throws {
    var book = book
    for record in try rsvpRecords() { book.record(record) }
    let text = AttendanceFile.write(book.sorted(sessionOrder: plan.sessions.map(\.id)))
    try workspace.fileSystem.write(text, to: workspace.path(AttendanceFile.name))
  }

  /// The file's bytes, none when it is missing; a file there with no bytes at all is refused
  /// (`Finding.emptyFile`): writing over it would hide what it lost.
  func read(_ name: String) throws -> [UInt8] {
    guard let bytes = try workspace.fileSystem.contents(of: workspace.path(name)) else { return [] }
    if bytes.isEmpty { try Self.failOnErrors([.emptyFile(name)]) }
    return bytes
  }

  /// The event's local date and time at `now` (`2027-03-09 08:52`), for check-in times.
  static func localTime(_ now: Date, timezone: String) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: timezone) ?? TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.string(from: now)
  }
}
