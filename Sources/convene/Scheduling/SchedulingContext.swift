import ConveneCheck
import ConveneCore
import ConveneScheduling
import ConveneWorkspace

/// What the scheduling commands read: the plan (which must be free of errors), the latest
/// release, and the problem built from both.
struct SchedulingContext {
  let workspace: Workspace
  let plan: EventPlan
  let latestRelease: ScheduleDocument?
  let problem: SchedulingProblem

  /// Loads the workspace; refuses when `convene check` would report errors.
  static func load(_ workspace: Workspace) throws -> SchedulingContext {
    let plan: EventPlan
    do {
      let contents = try workspace.load()
      var findings = contents.findings
      if let plan = contents.plan { findings += WorkspaceChecker.check(plan) }
      let errors = findings.filter { $0.severity == .error }
      guard errors.isEmpty, let loaded = contents.plan else {
        throw CommandFailure(
          errors.prefix(20).map(\.description).joined(separator: "\n")
            + "\nThe workspace has \(errors.count) error\(errors.count == 1 ? "" : "s"); fix them first (see `convene check`).")
      }
      plan = loaded
    } catch let error as WorkspaceError {
      throw CommandFailure(error)
    }
    let release: ScheduleDocument?
    do {
      release = try workspace.latestRelease()
    } catch {
      throw CommandFailure(error)
    }
    let published = release.map { ScheduleConversion.published($0, timezone: plan.event.timezone) } ?? [:]
    return SchedulingContext(
      workspace: workspace, plan: plan, latestRelease: release,
      problem: SchedulingProblem(plan: plan, published: published))
  }

  /// The current `schedule.json` as a schedule of this problem.
  func currentSchedule() throws -> (document: ScheduleDocument, schedule: Schedule) {
    let document: ScheduleDocument?
    do {
      document = try workspace.loadSchedule()
    } catch {
      throw CommandFailure(error)
    }
    guard let document else {
      throw CommandFailure("\(workspace.path(ScheduleFile.name)): no schedule yet; run `convene schedule` first")
    }
    let (schedule, problems) = ScheduleConversion.schedule(from: document, problem: problem)
    if !problems.isEmpty {
      throw CommandFailure(
        problems.map { "\(ScheduleFile.name): \($0)" }.joined(separator: "\n")
          + "\nRun `convene schedule` again after changing sessions or rooms.")
    }
    return (document, schedule)
  }
}
