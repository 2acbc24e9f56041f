import ConveneCore

/// Checks `tasks.csv` against today: no task done on a day still to come. (Each task once is
/// the file's own rule, `TasksFile`.)
enum TaskChecks {
  static let file = "tasks.csv"

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
