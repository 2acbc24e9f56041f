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
    try collectForms(participants.map { ("r-late-\($0)", $0) }, answers: answers)
  }

  /// Collects one anonymous form (no participant) under each response id of `responses`.
  @discardableResult
  func collectAnonymousFeedback(_ responses: [String], answers: String = lateAnswers) throws -> FeedbackRun.Collected {
    try collectForms(responses.map { ($0, "") }, answers: answers)
  }

  /// Collects one form per response id and participant (empty for an anonymous form).
  func collectForms(_ forms: [(response: String, participant: String)], answers: String) throws -> FeedbackRun.Collected {
    let folder = "/late-" + UUID().uuidString
    try files.createDirectory(folder)
    for (response, participant) in forms {
      let form = """
        {
          "format": "convene-feedback/1", "event": "dakar-2027", "response": "\(response)",
          "participant": "\(participant)", "email": "", "submitted_at": "2027-03-14T09:00:00.000Z",
          "language": "fr",
          "answers": \(answers)
        }
        """
      try files.write(form, to: joinPath(folder, "feedback-dakar-2027-\(response).json"))
    }
    return try FeedbackRun.collect(
      folder, from: files, columnMap: [:], strict: true, dryRun: false, in: workspace, standard: Self.standard(),
      purpose: "test")
  }

  /// Removes the responses `ids` from `feedback/feedback.csv`, as an organiser cleans test
  /// submissions out of it.
  func removeResponses(_ ids: Set<String>) throws {
    let lines = (text("feedback/feedback.csv") ?? "").components(separatedBy: "\r\n")
    let kept = lines.filter { line in !ids.contains(String(line.prefix { $0 != "," })) }
    try files.write(kept.joined(separator: "\r\n"), to: path("feedback/feedback.csv"))
  }

  /// The people who answered every question of the feedback (and rated a session), in
  /// `feedback/feedback.csv` order.
  func respondentsOfEveryQuestion() -> [String] {
    let lines = (text("feedback/feedback.csv") ?? "").components(separatedBy: "\r\n")
    let header = lines[0].split(separator: ",").map(String.init)
    let questions = ["satisfaction", "knowledge_before", "knowledge_after", "intend_to_act", "commitments", "recommend"]
    let columns = questions.compactMap { header.firstIndex(of: $0) }
    let ratings = header.indices.filter { header[$0].hasPrefix("usefulness:") }
    return lines.dropFirst().compactMap { line in
      // Rows with a quoted cell are left out: a comma in it would move the columns.
      guard !line.contains("\"") else { return nil }
      let cells = line.split(separator: ",", omittingEmptySubsequences: false)
      guard cells.count > columns.max()!, !cells[1].isEmpty, columns.allSatisfy({ !cells[$0].isEmpty }),
        ratings.contains(where: { !cells[$0].isEmpty })
      else { return nil }
      return String(cells[1])
    }
  }

  /// Sets the gender of the participants `ids` in `participants.csv` (a spreadsheet's column
  /// mapped wrongly, say, or the correction of it).
  func setGender(_ gender: String, of ids: Set<String>) throws {
    let lines = (text("participants.csv") ?? "").components(separatedBy: "\r\n").map { line in
      var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard cells.count == 20, ids.contains(cells[0]) else { return line }
      cells[9] = gender
      return cells.joined(separator: ",")
    }
    try files.write(lines.joined(separator: "\r\n"), to: path("participants.csv"))
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
