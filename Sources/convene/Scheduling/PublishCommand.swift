import ArgumentParser
import ConveneCore
import ConveneJSON
import ConveneReleases
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
    let outcome = try PublishRun.run(in: options.open(), purpose: WorkspaceOptions.purpose)
    let diff = outcome.diff
    guard let release = outcome.release else {
      if output.json {
        // The same keys as a release's, empty: a script reads `moved` either way.
        Terminal.print(
          JSONWriter.string(
            .object(
              [("version", .null), ("latest", .number(outcome.previous?.version ?? 0)), ("published", .bool(false)), ("file", .null)]
                + Self.changes(diff))),
          terminator: "")
      } else {
        Terminal.print("Nothing changed since v\(outcome.previous?.version ?? 0); nothing was published.")
      }
      return
    }
    if output.json {
      Terminal.print(
        JSONWriter.string(
          .object(
            [("version", .number(release.version)), ("published", .bool(true)), ("file", .string(ScheduleFile.releaseName(release.version)))]
              + Self.changes(diff))),
        terminator: "")
      return
    }
    var lines = ["Published \(ScheduleFile.releaseName(release.version)) (\(release.sessions.count) sessions, score \(outcome.score))."]
    if let previous = outcome.previous {
      lines.append("Since v\(previous.version): \(diff.moved.count) moved, \(diff.roomChanged.count) changed room, \(diff.added.count) added, \(diff.removed.count) removed\(diff.retitled.isEmpty ? "" : ", \(diff.retitled.count) retitled")\(diff.recast.isEmpty ? "" : ", \(diff.recast.count) with other speakers or moderators")\(diff.redescribed.isEmpty ? "" : ", \(diff.redescribed.count) with other details").")
      // Every value from the files is quoted on one line (`QuotedValue.shown`).
      let shown: (String) -> String = { QuotedValue.shown($0) }
      for change in diff.moved { lines.append("  moved    \(shown(change.id)): \(shown(change.from)) -> \(shown(change.to))") }
      for change in diff.roomChanged { lines.append("  room     \(shown(change.id)): \(shown(change.from)) -> \(shown(change.to))") }
      for change in diff.retitled { lines.append("  title    \(shown(change.id)): \"\(shown(change.from))\" -> \"\(shown(change.to))\"") }
      for change in diff.recast { lines.append("  people   \(shown(change.id)): \(shown(change.from)) -> \(shown(change.to))") }
      for change in diff.redescribed { lines.append("  details  \(shown(change.id)): \(shown(change.from)) -> \(shown(change.to))") }
      for id in diff.added { lines.append("  added    \(shown(id))") }
      for id in diff.removed { lines.append("  removed  \(shown(id))") }
      if !diff.newRooms.isEmpty { lines.append("  new rooms in use: \(diff.newRooms.map(shown).joined(separator: ", "))") }
    } else {
      lines.append("This is the first release.")
    }
    Terminal.print(lines.joined(separator: "\n"))
  }

  /// What changed since the last release, as `--json` gives it.
  static func changes(_ diff: ReleaseDiff) -> [(String, JSONNode)] {
    func list(_ changes: [ReleaseDiff.Change]) -> JSONNode {
      .array(changes.map { .object([("id", .string($0.id)), ("from", .string($0.from)), ("to", .string($0.to))]) })
    }
    return [
      ("moved", list(diff.moved)), ("room_changed", list(diff.roomChanged)), ("retitled", list(diff.retitled)),
      ("recast", list(diff.recast)), ("redescribed", list(diff.redescribed)), ("added", .strings(diff.added)),
      ("removed", .strings(diff.removed)), ("new_rooms", .strings(diff.newRooms)),
    ]
  }
}

extension PublishCommand: JSONReporting {}
