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

  /// Writes the files of every message into `folder` as one change, or none of them: `made`
  /// holds each message's files (workspace paths and texts) or why it could not be made; `what`
  /// names the messages in the error. When any message could not be made, or any file cannot
  /// be written or put in place, no file of the run is left in the outbox (one written earlier
  /// under the same name stays as it was) and the error says that nothing was recorded.
  static func write(
    _ made: [Result<[(path: String, text: String)], CommandFailure>], into folder: String, what: String,
    in workspace: Workspace
  ) throws {
    let failures = made.compactMap { result -> String? in
      if case .failure(let failure) = result { failure.message } else { nil }
    }
    guard failures.isEmpty else {
      throw CommandFailure(
        "cannot write the \(what) of \(failures.count) participant\(failures.count == 1 ? "" : "s"); nothing was recorded:\n"
          + failures.prefix(20).map { "  \($0)" }.joined(separator: "\n"))
    }
    var commit = FileCommit(waitingForDisk: false)
    for file in made.flatMap({ (try? $0.get()) ?? [] }) {
      commit.add(file.text, to: workspace.path(file.path), on: workspace.fileSystem)
    }
    do {
      try workspace.fileSystem.createDirectory(workspace.path(folder))
      try commit.write()
    } catch {
      throw CommandFailure("\(error.message); nothing was recorded")
    }
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
