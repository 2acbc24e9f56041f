import ArgumentParser
import ConveneJSON
import ConveneScheduling
import ConveneWorkspace

/// `convene publish`: freeze schedule.json as the next release and say what changed.
struct PublishCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "publish",
    abstract: "Freeze schedule.json as releases/vN.json and print what changed since the last release.",
    discussion: "Only a valid schedule (no hard constraint broken) can be published. Releases are never overwritten.")

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var output: JSONOutputOption

  func run() throws {
    let context = try SchedulingContext.load(options.open())
    let (document, schedule) = try context.currentSchedule()
    let (score, _) = ScoreChecker.check(schedule, in: context.problem)
    guard score.isValid else {
      throw CommandFailure("schedule.json breaks hard constraints (score \(score)); see `convene explain`, then schedule again. Nothing was published.")
    }
    var release = document
    release.version = (context.latestRelease?.version ?? 0) + 1
    release.hard = score.hard
    release.medium = score.medium
    release.soft = score.soft
    let diff = ReleaseDiff(from: context.latestRelease, to: release)
    if let latest = context.latestRelease, diff.isEmpty {
      Terminal.print("Nothing changed since v\(latest.version); nothing was published.")
      return
    }
    let workspace = context.workspace
    try workspace.locked { () throws in
      try workspace.saveRelease(release)
      var next = release
      next.version += 1
      try workspace.saveSchedule(next)
    }
    if output.json {
      Terminal.print(JSONWriter.string(.object([
        ("version", .number(release.version)), ("file", .string(ScheduleFile.releaseName(release.version))),
        ("moved", .array(diff.moved.map { .object([("id", .string($0.id)), ("from", .string($0.from)), ("to", .string($0.to))]) })),
        ("room_changed", .array(diff.roomChanged.map { .object([("id", .string($0.id)), ("from", .string($0.from)), ("to", .string($0.to))]) })),
        ("added", .strings(diff.added)), ("removed", .strings(diff.removed)), ("new_rooms", .strings(diff.newRooms)),
      ])), terminator: "")
      return
    }
    var lines = ["Published \(ScheduleFile.releaseName(release.version)) (\(release.sessions.count) sessions, score \(score))."]
    if context.latestRelease == nil {
      lines.append("This is the first release.")
    } else {
      lines.append("Since v\(context.latestRelease!.version): \(diff.moved.count) moved, \(diff.roomChanged.count) changed room, \(diff.added.count) added, \(diff.removed.count) removed.")
      for change in diff.moved { lines.append("  moved    \(change.id): \(change.from) -> \(change.to)") }
      for change in diff.roomChanged { lines.append("  room     \(change.id): \(change.from) -> \(change.to)") }
      for id in diff.added { lines.append("  added    \(id)") }
      for id in diff.removed { lines.append("  removed  \(id)") }
      if !diff.newRooms.isEmpty { lines.append("  new rooms in use: \(diff.newRooms.joined(separator: ", "))") }
    }
    Terminal.print(lines.joined(separator: "\n"))
  }
}
