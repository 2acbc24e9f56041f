import ConveneCSV
import ConveneCore

/// `tasks.csv`: the planning timeline, `id,task,offset,owner,done,auto`.
public enum TasksFile {
  /// The file name.
  public static let name = "tasks.csv"
  /// The columns, in order.
  public static let columns = ["id", "task", "offset", "owner", "done", "auto"]

  /// Reads the tasks and the problems found in single rows; a workspace without the file has
  /// no tasks.
  public static func read(_ bytes: [UInt8]) -> (tasks: [PlanTask], findings: [Finding]) {
    guard !bytes.isEmpty else { return ([], []) }
    var file = CSVFile(
      name: name, bytes: bytes, expected: columns, required: ["id", "task", "offset"])
    var firstLines: [String: Int] = [:]
    let tasks = file.rows { row -> PlanTask? in
      let id = row.required("id")
      if !id.isEmpty && !PlanTask.isValidID(id) {
        row.error(
          "id", "\"\(Identifier.shown(id))\" is not a task id",
          hint: "letters, digits, - and _ only, such as venue-booked")
      } else if let first = firstLines[id] {
        // Whatever else the row holds: `plan` would write two to-dos of one UID.
        row.error("id", "the task id \"\(id)\" is used twice", hint: "first on line \(first)")
      } else if !id.isEmpty {
        firstLines[id] = row.line
      }
      let task = row.singleLine("task")
      // A task of two lines is refused by `singleLine` (which names it), not empty.
      if row.text("task").isEmpty && !id.isEmpty && !PlanTask.isStandard(id) {
        row.error("task", "is empty", hint: "say what must be done; only standard tasks may leave it empty")
      }
      let offsetText = row.required("offset")
      let offset = TaskOffset(offsetText)
      if offset == nil && !offsetText.isEmpty {
        row.error(
          "offset", "\"\(Identifier.shown(offsetText))\" is not an offset from the event",
          hint: "-16w, -10d, 0d or +1d from day 1, end+3w or end+4m from the last day (d days, w weeks, m months)")
      }
      let done = row.date("done")
      let ruleText = row.text("auto")
      let rule = TaskRule(rawValue: ruleText.lowercased())
      if rule == nil && !ruleText.isEmpty {
        row.error(
          "auto", "\"\(Identifier.shown(ruleText))\" is not something convene can see",
          hint: TaskRule.allCases.map(\.rawValue).joined(separator: ", "))
      }
      guard !id.isEmpty, PlanTask.isValidID(id), let offset else { return nil }
      return PlanTask(
        id: id, task: task, offset: offset, owner: row.singleLine("owner"), done: done, rule: rule,
        line: row.line)
    }
    return (tasks, file.findings)
  }

  /// The file's text.
  public static func write(_ tasks: [PlanTask]) -> String {
    CSVWriter.document(
      header: columns,
      rows: tasks.map {
        [
          $0.id, $0.task, $0.offset.description, $0.owner, $0.done?.description ?? "",
          $0.rule?.rawValue ?? "",
        ]
      })
  }
}
