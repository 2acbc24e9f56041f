import ConveneCheck
import ConveneCore
import ConveneScheduling
import ConveneWorkspace

/// What the scheduling, publishing and invitation commands read: the plan (which must be free
/// of errors), the latest release, and the problem built from both. Load it inside the
/// command's transaction (`Workspace.withLock`), so that what is written follows from what
/// was read.
public struct SchedulingContext: Sendable {
  public let workspace: Workspace
  public let plan: EventPlan
  public let latestRelease: ScheduleDocument?
  public let problem: SchedulingProblem

  /// Loads the workspace; refuses when `convene check` would report errors.
  public static func load(_ workspace: Workspace) throws -> SchedulingContext {
    let contents = try workspace.load()
    var findings = contents.findings
    if let plan = contents.plan { findings += WorkspaceChecker.check(plan) }
    let errors = findings.filter { $0.severity == .error }
    guard errors.isEmpty, let plan = contents.plan else {
      throw CommandFailure(
        errors.prefix(20).map(\.description).joined(separator: "\n")
          + "\nThe workspace has \(errors.count) error\(errors.count == 1 ? "" : "s"); fix them first (see `convene check`)."
      )
    }
    let release = try workspace.latestRelease()
    let published =
      release.map { ScheduleConversion.published($0, timezone: plan.event.timezone) } ?? [:]
    return SchedulingContext(
      workspace: workspace, plan: plan, latestRelease: release,
      problem: SchedulingProblem(plan: plan, published: published))
  }

  /// The releases before the latest, newest first.
  public func earlierReleases() throws -> [ScheduleDocument] {
    try workspace.releaseVersions().reversed().dropFirst().compactMap { try workspace.release($0) }
  }

  /// The current `schedule.json` as a schedule of this problem.
  public func currentSchedule() throws -> (document: ScheduleDocument, schedule: Schedule) {
    guard let document = try workspace.loadSchedule() else {
      throw CommandFailure(
        "\(workspace.path(ScheduleFile.name)): no schedule yet; run `convene schedule` first")
    }
    let (schedule, problems) = ScheduleConversion.schedule(from: document, problem: problem, file: ScheduleFile.name)
    if !problems.isEmpty {
      throw CommandFailure(
        problems.map(\.description).joined(separator: "\n")
          + "\n\(ScheduleFile.name) does not fit the workspace; correct it, or run `convene schedule` again.")
    }
    return (document, schedule)
  }
}
