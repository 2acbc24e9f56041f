import ConveneCore

/// Checks `tasks.csv` as a whole: each task once.
struct TaskChecks {
  let tasks: [PlanTask]
  static let file = "tasks.csv"

  func findings() -> [Finding] {
    WorkspaceChecker.repeats(tasks, id: \.id, line: \.line).map { id, line, first in
      .error(
        Self.file, line: line, field: "id", "the task id \"\(id)\" is used twice",
        hint: "first on line \(first)")
    }
  }
}
