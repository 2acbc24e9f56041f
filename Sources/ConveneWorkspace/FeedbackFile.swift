import ConveneCSV
import ConveneCore

/// `feedback/feedback.csv`: the collected responses, one row each, normalised: the fixed
/// columns, then one column per question (`question:session` for per-session questions).
public enum FeedbackFile {
  /// The path inside the workspace.
  public static let name = "feedback/feedback.csv"
  /// The columns every row has, before the answers.
  public static let fixedColumns = [
    "response", "participant", "submitted_at", "source", "language",
  ]

  /// Reads the responses and the problems found in single rows; `file` names the file in
  /// findings (`followup/followup.csv` keeps follow-up answers in the same layout).
  public static func read(_ bytes: [UInt8], file name: String = name) -> (
    responses: [FeedbackResponse], findings: [Finding]
  ) {
    guard !bytes.isEmpty else { return ([], []) }
    let table: CSVTable
    do {
      table = try CSVTable(strictUTF8: bytes)
    } catch {
      return ([], [.error(name, line: error.line, error.reason)])
    }
    var findings = CSVFile.undecodableCells(table, file: name) + CSVFile.unsafeCells(table, file: name)
    let header = table.header.map { $0.trimmed }
    for column in ["response", "participant"] where !header.contains(column) {
      findings.append(.error(name, line: 1, field: column, "the column is missing"))
    }
    guard findings.isEmpty else { return ([], findings) }
    let answerColumns = header.enumerated().filter { !fixedColumns.contains($0.element) }
    var responses: [FeedbackResponse] = []
    for record in table.rows {
      func cell(_ column: String) -> String {
        guard let index = header.firstIndex(of: column), index < record.fields.count else {
          return ""
        }
        return CSVWriter.restored(record.fields[index])
      }
      var answers: [String: String] = [:]
      for (index, key) in answerColumns where index < record.fields.count {
        let value = CSVWriter.restored(record.fields[index])
        if !value.isEmpty { answers[key] = value }
      }
      let id = cell("response").trimmed
      guard !id.isEmpty else {
        findings.append(.error(name, line: record.line, field: "response", "is empty"))
        continue
      }
      if let problem = FeedbackResponse.idProblem(id) {
        findings.append(.error(name, line: record.line, field: "response", problem))
        continue
      }
      let participant = cell("participant").trimmed
      if !participant.isEmpty, let problem = Identifier.problem(participant) {
        findings.append(.error(name, line: record.line, field: "participant", problem))
        continue
      }
      // The latest answer of a person counts, told by comparing these texts: only the UTC
      // form convene writes compares in time order (a year of five digits would win over
      // every real answer).
      let submitted = cell("submitted_at").trimmed
      if !submitted.isEmpty && SubmissionTime.utc(submitted) != submitted {
        findings.append(
          .error(
            name, line: record.line, field: "submitted_at",
            "\"\(Identifier.shown(submitted))\" is not a date and time as convene writes it",
            hint: "write it in UTC as 2027-03-11T14:02:33Z"))
        continue
      }
      let written = cell("language").trimmed
      guard let language = written.isEmpty ? "" : Language.code(inCell: written) else {
        let unknown = Language.unknown(written)
        findings.append(.error(name, line: record.line, field: "language", unknown.message, hint: unknown.hint))
        continue
      }
      responses.append(
        FeedbackResponse(
          id: id, participant: participant, submittedAt: submitted,
          source: cell("source"), language: language, answers: answers,
          line: record.line))
    }
    return (responses, findings)
  }

  /// The file's text: `answerColumns` first in the order given, then any other answer key
  /// found in the responses, sorted.
  public static func write(_ responses: [FeedbackResponse], answerColumns: [String]) -> String {
    var columns = answerColumns
    let known = Set(answerColumns)
    let others = Set(responses.flatMap(\.answers.keys)).subtracting(known).sorted()
    columns += others
    return CSVWriter.document(
      header: fixedColumns + columns,
      rows: responses.map { response in
        [
          response.id, response.participant, response.submittedAt, response.source,
          response.language,
        ]
          + columns.map { response.answers[$0] ?? "" }
      })
  }
}
