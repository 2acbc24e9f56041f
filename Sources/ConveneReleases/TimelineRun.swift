import ConveneCSV
import ConveneCalendar
import ConveneCore
import ConveneDisclosureAudit
import ConvenePlanning
import ConveneRegistration
import ConveneWorkspace

/// What `convene plan` reads: the plan, `tasks.csv`, and what the workspace shows of each
/// task — participants, releases, both ledgers (journals applied, nothing written), travel,
/// visa letters, feedback and the report. It only reads, so it takes no lock.
public enum TimelineRun {
  /// What was read.
  public struct Outcome: Sendable {
    public var plan: EventPlan
    public var tasks: [PlanTask]
    public var signals: WorkspaceSignals
  }

  /// Reads the workspace; fails when `tasks.csv` is missing or has errors.
  public static func load(_ workspace: Workspace) throws -> Outcome {
    let (plan, contents) = try workspace.loadPlan(requiringValid: [TasksFile.name])
    guard workspace.fileSystem.exists(workspace.path(TasksFile.name)) else {
      throw CommandFailure(
        "\(workspace.path(TasksFile.name)): no task list; `convene init` writes one for each kind of event (columns \(TasksFile.columns.joined(separator: ",")))"
      )
    }
    return Outcome(
      plan: plan, tasks: contents.tasks,
      signals: try signals(plan: plan, contents: contents, in: workspace))
  }

  /// What the workspace shows.
  static func signals(plan: EventPlan, contents: Workspace.Contents, in workspace: Workspace)
    throws -> WorkspaceSignals
  {
    var signals = WorkspaceSignals()
    let people = plan.participants
    signals.registered = people.filter { $0.status != .invited }.count
    signals.placesHeld = people.filter(\.holdsPlace).count
    signals.capacity = plan.event.capacity
    signals.registrationCloses = plan.event.registrationCloses
    signals.releases = try publishedReleases(of: plan.event, in: workspace)

    let invitations = try LedgerStore<InvitationLedger>(workspace: workspace).read().ledger
    signals.invitations = .init(states: Array(invitations.states.values))
    let invited = Set(invitations.entries.map(\.participant))
    signals.peopleWithoutInvitation =
      people.filter { $0.holdsPlace && !$0.email.isEmpty && !invited.contains($0.id) }.count

    let notices = try LedgerStore<NotificationLedger>(workspace: workspace).read().ledger
    signals.notices = .init(states: Array(notices.states.values))
    signals.noticesDue =
      RegistrationNotice.planned(
        for: people, ledger: notices, basis: .delivered(resendingUncertain: false)
      ).count

    let holding = Set(people.filter(\.holdsPlace).map(\.id))
    let needing = contents.travel.filter { $0.needsVisa && holding.contains($0.participant) }
    signals.travellers = contents.travel.count
    signals.visaLettersNeeded = needing.count
    signals.visaLettersWritten = needing.filter {
      workspace.fileSystem.exists(workspace.path("\(OutputFolder.visaLetters)/\($0.participant).html"))
    }.count
    signals.feedbackResponses = contents.responses.count
    signals.reportWritten = try reportWritten(for: plan.event, in: workspace)
    return signals
  }

  /// The releases in `releases/` that read as releases of `event` (`{}` or another event's
  /// file is none).
  static func publishedReleases(of event: Event, in workspace: Workspace) throws(WorkspaceError) -> Int {
    try workspace.releaseVersions().filter { version in
      guard let release = try? workspace.release(version) else { return false }
      return release.event == event.id && release.version == version
    }.count
  }

  /// True when `reports/` holds the event's report as `convene report` writes it: an
  /// `indicators.csv` with a row of this event in its `event` column, or a whole
  /// `report.html` naming the event (an empty or foreign file is no report).
  static func reportWritten(for event: Event, in workspace: Workspace) throws(WorkspaceError) -> Bool {
    let folder = OutputFolder.reports
    if let bytes = try workspace.fileSystem.contents(of: workspace.path(joinPath(folder, PublishedFiles.csvName))),
      let table = try? CSVTable(onlyUTF8: bytes), let column = table.header.firstIndex(of: "event"),
      table.rows.contains(where: { $0.fields.indices.contains(column) && $0.fields[column] == event.id })
    {
      return true
    }
    guard let bytes = try workspace.fileSystem.contents(of: workspace.path(joinPath(folder, PublishedFiles.htmlName)))
    else {
      return false
    }
    let html = String(decoding: bytes, as: UTF8.self).trimmed
    return html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>")
      && html.contains(event.id.htmlEscaped)
  }
}

extension Timeline {
  /// The tasks as to-dos for the organiser's calendar: a stable UID per task and event, DUE,
  /// SUMMARY, the owner and what was seen as DESCRIPTION, and COMPLETED for a task done.
  /// `stamp` (seconds since 1970) is their DTSTAMP.
  public func todos(event: String, stamp: Int) -> [CalendarTodo] {
    items.map { item in
      CalendarTodo(
        uid: "\(item.task.id)@plan.\(event).convene", stamp: stamp, due: item.due,
        summary: item.title,
        description: [item.task.owner, item.evidence ?? ""].filter { !$0.isEmpty }.joined(separator: "\n"),
        isCompleted: item.status == .done, completedOn: item.task.done)
    }
  }
}
