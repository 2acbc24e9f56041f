import ConveneCore

/// The planning timeline on one day: each task of `tasks.csv` with its due date and whether it
/// is done, due or late — done when the organiser wrote a date no later than today (a date
/// still to come is a typo, which `check` reports), or when the workspace shows it (its rule). `today` is given by the caller: nothing here reads the clock.
public struct Timeline: Sendable {
  /// Where a task stands.
  public enum Status: String, Sendable, Equatable {
    case done
    /// Not done, and its date has not passed.
    case due
    /// Not done, and its date has passed.
    case late
  }

  /// One task on the day.
  public struct Item: Sendable, Equatable {
    public var task: PlanTask
    /// The task's words: the organiser's, or the standard task's in the timeline's language.
    public var title: String
    public var due: LocalDate
    public var status: Status
    /// True when done because the workspace shows it (the organiser gave no date, or one
    /// still to come).
    public var seen: Bool
    /// What the workspace shows, for a task with a rule.
    public var evidence: String?
    /// Days from today to the due date: negative once it has passed.
    public var days: Int
  }

  /// The tasks, by due date (then the order of the file).
  public let items: [Item]
  public let today: LocalDate
  /// The language of the words.
  public let language: String

  /// The timeline of `tasks` for `event` on `today`, with what `signals` show, in `language`.
  public init(
    tasks: [PlanTask], event: Event, signals: WorkspaceSignals, today: LocalDate, language: String
  ) {
    let words = LabelSet(language: language, sections: ["plan"])
    let first = event.dates.first ?? today
    let last = event.dates.last ?? first
    self.today = today
    self.language = words.language
    items = tasks.enumerated().map { index, task in
      let due = task.offset.date(first: first, last: last)
      let marked = task.done.map { $0 <= today } ?? false
      let seen = !marked && (task.rule?.isDone(signals, today: today) ?? false)
      let status: Status = marked || seen ? .done : today > due ? .late : .due
      return (
        index,
        Item(
          task: task, title: task.title(words: words), due: due, status: status, seen: seen,
          evidence: task.rule?.evidence(signals, words: words),
          days: due.daysSinceEpoch - today.daysSinceEpoch)
      )
    }.sorted { ($0.1.due, $0.0) < ($1.1.due, $1.0) }.map(\.1)
  }

  /// How many tasks stand at `status`.
  public func count(_ status: Status) -> Int { items.filter { $0.status == status }.count }
}
