import ConveneCore
import ConveneEvaluationRuns
import ConveneTemplates
import ConveneTestSupport
import ConveneWorkspace
import Foundation

/// The Dakar example in memory, with the example's returned files read from disk.
struct DakarInMemory {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
  let files: InMemoryFileSystem
  /// A folder of its own: tests run at once, and a process joins a lock it already holds.
  let workspace: Workspace

  init() throws {
    let root = "/ws-" + UUID().uuidString
    var texts: [String: String] = [:]
    let example = Self.repository + "/Examples/dakar-regional-workshop"
    for name in try FileManager.default.contentsOfDirectory(atPath: example) {
      texts[joinPath(root, name)] = try String(contentsOfFile: example + "/" + name, encoding: .utf8)
    }
    files = InMemoryFileSystem(texts)
    workspace = Workspace(root: root, fileSystem: files)
  }

  /// A path in the workspace.
  func path(_ name: String) -> String { workspace.path(name) }

  /// A file's text in the workspace.
  func text(_ name: String) -> String? { files.text(path(name)) }

  /// A file of `Examples/returns/dakar/`.
  static func returned(_ name: String) -> String { repository + "/Examples/returns/dakar/" + name }

  static func standard() throws -> Evaluation {
    let url = TemplateBundle.workspacesURL!.appendingPathComponent("common/\(EventFile.standardEvaluationName)")
    return try EvaluationContext.standardEvaluation(from: FileManager.default.contents(atPath: url.path).map { Array($0) })
  }

  /// Imports a sign-in file of the example's returns.
  @discardableResult
  func importSheet(_ name: String, session: String? = nil, strict: Bool = false) throws -> AttendanceRun.Imported {
    try AttendanceRun.importRecords(
      FileManager.default.contents(atPath: Self.returned(name)).map { Array($0) }, file: name, session: session,
      strict: strict, dryRun: false, in: workspace, standard: Self.standard(), purpose: "test")
  }

  /// Collects the example's returned feedback files.
  @discardableResult
  func collectFeedback() throws -> FeedbackRun.Collected {
    try FeedbackRun.collect(
      Self.returned("feedback"), from: LocalFileSystem(), columnMap: [:], strict: false, dryRun: false, in: workspace,
      standard: Self.standard(), purpose: "test")
  }

  /// The workspace after the event: both sign-in files and the feedback recorded.
  func afterTheEvent() throws {
    try importSheet("sign-in-day1.csv", session: "day1")
    try importSheet("badge-scans.csv")
    try collectFeedback()
  }

  /// The answers of a late form unless a test gives others.
  static let lateAnswers = """
    {"satisfaction": 2, "knowledge_before": 3, "knowledge_after": 3,
        "intend_to_act": "no", "recommend": 3}
    """

  /// p020's answers as the example's form gives them, but for knowledge_before (1, not 3): the
  /// same form sent again with one answer changed.
  static let resentAnswersOfP020 = """
    {"satisfaction": 4, "knowledge_before": 1, "knowledge_after": 4, "intend_to_act": "yes", "recommend": 8,
      "usefulness": {"panel-mayors": 4, "b3-cohesion": 5, "closing": 4, "youth-lab-2": 3},
      "commitments": "Rédiger un plan d'action municipal avec le point focal national",
      "comments": "Des échanges très utiles entre maires."}
    """

  /// Collects one late feedback form from each of `participants` (people who came and had
  /// not answered, or who answer again), as the offline form writes it.
  @discardableResult
  func collectLateFeedback(from participants: [String], answers: String = lateAnswers) throws -> FeedbackRun.Collected {
    let folder = "/late-" + UUID().uuidString
    try files.createDirectory(folder)
    for participant in participants {
      let form = """
        {
          "format": "convene-feedback/1", "event": "dakar-2027", "response": "r-late-\(participant)",
          "participant": "\(participant)", "email": "", "submitted_at": "2027-03-14T09:00:00.000Z",
          "language": "fr",
          "answers": \(answers)
        }
        """
      try files.write(form, to: joinPath(folder, "feedback-dakar-2027-\(participant).json"))
    }
    return try FeedbackRun.collect(
      folder, from: files, columnMap: [:], strict: true, dryRun: false, in: workspace, standard: Self.standard(),
      purpose: "test")
  }

  /// Adds registrations that were declined (`p901` for 1), as an organiser appends them to
  /// `participants.csv`.
  func addDeclinedRegistrations(_ numbers: ClosedRange<Int>) throws {
    let participants = text("participants.csv") ?? ""
    let rows = numbers.map { n in
      "p9\(n < 10 ? "0" : "")\(n),Person \(n),person\(n)@example.org,local-official,Officer,City,Dakar,SN,West and Central Africa,woman,35-44,fr,,,,,,,no,declined"
    }
    try files.write(
      participants + (participants.hasSuffix("\n") ? "" : "\n") + rows.joined(separator: "\n") + "\n",
      to: path("participants.csv"))
  }

  /// Holds the workspace lock, as another command would.
  func holdLock() throws -> any WorkspaceLockHolder {
    try files.lock(workspace.lockPath, purpose: "convene schedule")
  }
}
