import ConveneCore

/// Checks `tasks.csv` as a whole: each task once, and no task done on a day still to come.
struct TaskChecks {
  let tasks: [PlanTask]
  static let file = "tasks.csv"

  func findings() -> [Finding] {
    RepeatedIDs.lines(tasks, id: \.id, line: \.line).map { id, line, first in
      .error(
        Self.file, line: line, field: "id", "the task id \"\(id)\" is used twice",
        hint: "first on line \(first)")
    }
  }

  /// A warning for each task marked done after `today` (a typo: `convene plan` counts it as
  /// not done). A warning, not an error: the same file was valid yesterday.
  static func doneLater(_ tasks: [PlanTask], today: LocalDate) -> [Finding] {
    tasks.compactMap { task in
      guard let done = task.done, done > today else { return nil }
      return .warning(
        file, line: task.line, field: "done",
        "the task \"\(task.id)\" is marked done on \(done), which is after today (\(today))",
        hint: "a typo? `convene plan` counts it as not done until that day")
    }
  }
}
