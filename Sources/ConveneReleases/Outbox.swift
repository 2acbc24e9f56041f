import ConveneCalendar
import ConveneCore
import ConveneWorkspace

/// `outbox/vN/`: where invitation messages are written, and the only place `--send` reads
/// messages from.
enum Outbox {
  static let folder = "outbox"

  /// The folder of a release's messages, relative to the workspace.
  static func folder(release: Int) -> String { "\(folder)/v\(release)" }

  /// The folder of registration notices, relative to the workspace.
  static let notices = "\(folder)/notify"

  /// A new message's path without extension (`outbox/v2/p001-request`, or `-2`, `-3`... when
  /// the ledger already knows a message of that name).
  static func stem(release: Int, participant: String, method: String, isTaken: (String) -> Bool)
    throws -> String
  {
    try stem(
      in: folder(release: release), participant: participant, kind: method.lowercased(),
      what: "invitations", isTaken: isTaken)
  }

  /// A new message's path without extension in `folder` (`outbox/notify/p001-waitlisted`, or
  /// `-2`, `-3`... when the ledger already knows a message of that name); `what` names the
  /// messages in the error.
  static func stem(
    in folder: String, participant: String, kind: String, what: String,
    isTaken: (String) -> Bool
  ) throws -> String {
    guard Identifier.problem(participant) == nil else {
      throw CommandFailure(
        "participant id \"\(participant)\" cannot name a file; \(what) were not written")
    }
    let base = "\(folder)/\(participant)-\(kind)"
    var stem = base
    var number = 1
    while isTaken("\(stem).eml") {
      number += 1
      stem = "\(base)-\(number)"
    }
    return stem
  }

  /// The workspace path of a message the ledger names, once it is shown to be a file inside
  /// the workspace's outbox: a relative path under `outbox/` without `.`, `..` or control
  /// characters, whose real location (links followed) is inside the real outbox folder.
  static func verifiedPath(_ message: String, in workspace: Workspace) throws -> String {
    if InvitationLedger.messagePathProblem(message) != nil {
      throw CommandFailure("\(message): not a message in \(folder)/; it was not read")
    }
    let path = workspace.path(message)
    if let confined = workspace.fileSystem as? ConfinedFileSystem, !confined.isInside(path) {
      throw CommandFailure("\(message): leads outside \(folder)/; it was not read")
    }
    guard let outbox = workspace.fileSystem.resolvedPath(workspace.path(folder)) else {
      throw CommandFailure("\(message): the file is missing from the outbox")
    }
    guard let real = workspace.fileSystem.resolvedPath(path) else {
      throw CommandFailure("\(message): the file is missing from the outbox")
    }
    guard real.hasPrefix(outbox + "/") else {
      throw CommandFailure("\(message): leads outside \(folder)/ (to \(real)); it was not read")
    }
    return path
  }
}
