import ConveneCalendar
import ConveneCore
import ConveneWorkspace

/// `convene rsvp collect` as one transaction: under the workspace lock, read the plan, the
/// ledger and `rsvp.csv`, add the answers of the reply files, and write `rsvp.csv`.
public enum ReplyRun {
  /// What the run did.
  public struct Outcome: Sendable {
    /// Every answer now in `rsvp.csv`.
    public var answers: [ReplyCollector.Answer]
    /// The files and events not taken (unreadable files first), and why.
    public var rejected: [ReplyCollector.Rejection]
    /// The answers `rsvp.csv` held that no longer hold (their session changed or was withdrawn
    /// since), removed from it.
    public var superseded: [ReplyCollector.Answer]
    /// True when `strict` was asked and something was rejected: `rsvp.csv` was left as it was.
    public var refused = false
  }

  /// The reply files of a folder: each readable one's name and text, and those that could not
  /// be read.
  public struct Replies: Sendable {
    /// The files read, in the order of their names.
    public var files: [(name: String, text: String)]
    /// The files that are there but could not be read, with the reason.
    public var unreadable: [ReturnedFiles.Unreadable]
  }

  /// The reply files (`.ics`) under `folder` on `source` (the real file system, for a folder the
  /// organiser names), read like returned forms: hidden files and links to folders skipped, a
  /// file that cannot be read named with the reason.
  public static func replies(in folder: String, on source: any FileSystem) throws -> Replies {
    let (files, unreadable) = try ReturnedFiles.read(folder, from: source) { !$0.lowercased().hasSuffix(".ics") }
    return Replies(files: files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) }, unreadable: unreadable)
  }

  /// Collects `replies` at `now` (seconds since 1970): the answers of the files read, and each
  /// unreadable file as rejected. With `strict`, nothing is recorded unless every file is taken.
  public static func run(
    _ replies: Replies, in workspace: Workspace, now: Int, purpose: String, strict: Bool = false
  ) throws -> Outcome {
    let files = replies.files
    let unreadable = replies.unreadable.map { ReplyCollector.Rejection(file: $0.name, reason: $0.reason) }
    return try workspace.transaction(purpose: purpose) {
      let plan = try workspace.loadPlan(requiringValid: [ParticipantsFile.name, SessionsFile.name]).plan
      let ledger = try LedgerStore<InvitationLedger>(workspace: workspace).load()
      let existing = try workspace.rsvpAnswers()
      let (answers, rejected, superseded) = ReplyCollector(plan: plan, ledger: ledger, now: now).collect(
        files, into: existing)
      try Interruption.checkpoint()
      let refused = strict && !(unreadable + rejected).isEmpty
      if answers != existing && !refused {
        try workspace.fileSystem.write(RSVPFile.write(answers), to: workspace.path(RSVPFile.name))
      }
      return Outcome(
        answers: refused ? existing : answers, rejected: unreadable + rejected, superseded: refused ? [] : superseded,
        refused: refused)
    }
  }
}
