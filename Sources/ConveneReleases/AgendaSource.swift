import ConveneCore
import ConveneScheduling
import ConveneWorkspace

/// Which schedule an agenda shows, and what to call it.
public enum AgendaSource {
  /// Release `release` when given; otherwise `schedule.json`, called by the latest release's
  /// number when it is that release unchanged (as it is right after `convene publish`), and a
  /// draft when it differs or nothing was published yet.
  public static func load(_ workspace: Workspace, release: Int?) throws -> (
    document: ScheduleDocument, release: Int?
  ) {
    if let release {
      guard let document = try workspace.release(release) else {
        throw CommandFailure(
          "\(workspace.path(ScheduleFile.releaseName(release))): no such release")
      }
      return (document, release)
    }
    guard let document = try workspace.loadSchedule() else {
      throw CommandFailure(
        "\(workspace.path(ScheduleFile.name)): no schedule yet; run `convene schedule` first")
    }
    guard let latest = try workspace.latestRelease(),
      ReleaseDiff(from: latest, to: document).isEmpty
    else {
      return (document, nil)
    }
    // The release itself: its version is the calendar's SEQUENCE (schedule.json's is the next).
    return (latest, latest.version)
  }
}
