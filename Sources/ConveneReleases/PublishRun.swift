import ConveneCore
import ConveneScheduling
import ConveneWorkspace

/// `convene publish` as one transaction: under the workspace lock, read `schedule.json` and
/// the latest release, and write `releases/vN.json` and the next version into `schedule.json`.
public enum PublishRun {
  /// What the run did.
  public struct Outcome: Sendable {
    /// The release written, or nil when nothing changed since `previous`.
    public var release: ScheduleDocument?
    public var previous: ScheduleDocument?
    public var score: Score
    public var diff: ReleaseDiff
  }

  /// Publishes the current schedule; refuses one that breaks a hard constraint.
  public static func run(in workspace: Workspace, purpose: String) throws -> Outcome {
    try workspace.transaction(purpose: purpose) {
      let context = try SchedulingContext.load(workspace)
      let (document, schedule) = try context.currentSchedule()
      let (score, _) = FastScoreChecker.check(schedule, in: context.problem)
      guard score.isValid else {
        throw CommandFailure(
          "schedule.json breaks hard constraints (score \(score)); see `convene explain`, then schedule again. Nothing was published."
        )
      }
      try refuseLeftOut(document, previous: context.latestRelease, sessions: context.plan.sessions)
      var release = withCurrentSessions(document, plan: context.plan)
      release.version = (context.latestRelease?.version ?? 0) + 1
      release.hard = score.hard
      release.medium = score.medium
      release.soft = score.soft
      let diff = ReleaseDiff(from: context.latestRelease, to: release)
      if context.latestRelease != nil, diff.isEmpty {
        return Outcome(release: nil, previous: context.latestRelease, score: score, diff: diff)
      }
      try Interruption.checkpoint()
      try workspace.saveRelease(release)
      var next = release
      next.version += 1
      // schedule.json is a draft: its details are those of the files when it is read.
      for index in next.sessions.indices { next.sessions[index].details = nil }
      try workspace.saveSchedule(next)
      return Outcome(release: release, previous: context.latestRelease, score: score, diff: diff)
    }
  }

  /// Fails when a session of the last release is left out of `document` while `sessions.csv`
  /// still holds it: publishing would cancel it for everyone invited, which only deleting it
  /// from `sessions.csv` says.
  static func refuseLeftOut(_ document: ScheduleDocument, previous: ScheduleDocument?, sessions: [Session]) throws {
    let planned = Set(sessions.map(\.id))
    let placed = Set(document.sessions.map(\.id))
    let left = (previous?.sessions ?? []).map(\.id).filter { planned.contains($0) && !placed.contains($0) }
    guard let previous, !left.isEmpty else { return }
    let named = left.map { "\"\(Identifier.shown($0))\"" }.joined(separator: ", ")
    throw CommandFailure(
      "\(named) \(left.count == 1 ? "is" : "are") in release v\(previous.version) but left out of schedule.json, while sessions.csv still holds \(left.count == 1 ? "it" : "them"): publishing would cancel \(left.count == 1 ? "it" : "them") for everyone invited. Schedule again (`convene explain` says why a session is left out), or delete a session from sessions.csv to cancel it. Nothing was published."
    )
  }

  /// `document` with each session's title, speakers and moderators as `sessions.csv` has them
  /// now, the ones the hard constraints were counted with, and the details agendas and
  /// calendars show (`SessionDetails`) as the files give them now: a title corrected after
  /// scheduling is published (and reaches the agenda and the calendars) without scheduling
  /// again, and a speaker changed in `sessions.csv` (or another written into `schedule.json` by
  /// hand) is never published without having been checked.
  static func withCurrentSessions(_ document: ScheduleDocument, plan: EventPlan) -> ScheduleDocument {
    let byID = Dictionary(plan.sessions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var updated = document
    for index in updated.sessions.indices {
      let entry = updated.sessions[index]
      updated.sessions[index].details = SessionDetails(byID[entry.id], room: entry.room, plan: plan)
      guard let session = byID[entry.id] else { continue }
      updated.sessions[index].title = session.title
      updated.sessions[index].speakers = session.speakers
      updated.sessions[index].moderators = session.moderators
    }
    return updated
  }
}
