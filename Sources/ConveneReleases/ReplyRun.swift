import ConveneCalendar
import ConveneCore
import ConveneWorkspace

/// `convene rsvp collect` as one transaction: under the workspace lock, read the plan, the
/// ledger and `rsvp.csv`, add the answers of the reply files, and write `rsvp.csv`.
public enum ReplyRun {
  /// What the run did.
  public struct Outcome: Sendable {
    public var answers: [ReplyCollector.Answer]
    public var rejected: [ReplyCollector.Rejection]
  }

  /// The reply files (`.ics`) in `folder` on `source` (the real file system, for a folder the
  /// organiser names), by name and text, in the order of their names; a file that cannot be
  /// read is left out.
  public static func replies(in folder: String, on source: any FileSystem) throws -> [(name: String, text: String)] {
    guard let names = try? source.list(folder) else { throw CommandFailure("\(folder): no such folder") }
    return names.filter { $0.lowercased().hasSuffix(".ics") }.compactMap { name in
      guard let bytes = (try? source.contents(of: joinPath(folder, name))) ?? nil else { return nil }
      return (name, String(decoding: bytes, as: UTF8.self))
    }
  }

  /// Collects `files` (name and text of each reply file).
  public static func run(
    _ files: [(name: String, text: String)], in workspace: Workspace, purpose: String
  ) throws -> Outcome {
    try workspace.withLock(purpose: purpose) {
      let plan = try workspace.loadPlan(requiringValid: [ParticipantsFile.name, SessionsFile.name]).plan
      let ledger = try LedgerStore<InvitationLedger>(workspace: workspace).load()
      let existing = try workspace.rsvpAnswers()
      let (answers, rejected) = ReplyCollector(plan: plan, ledger: ledger).collect(
        files, into: existing)
      try Interruption.checkpoint()
      if answers != existing {
        try workspace.fileSystem.write(RSVPFile.write(answers), to: workspace.path(RSVPFile.name))
      }
      return Outcome(answers: answers, rejected: rejected)
    }
  }
}
