import ConveneCSV
import ConveneCore
import ConveneWorkspace

/// Participant ids that must never be given again in a workspace: every id the workspace's
/// records mention (the notification and invitation ledgers, the certificate register and
/// list, attendance, feedback, follow-up answers, RSVPs, sign-ups, travel, and the speakers and
/// moderators of sessions) and the highest id ever given, kept in `.convene/participant-ids`
/// (one line: `pNNN`). A person deleted from participants.csv keeps their id to themselves: a
/// newcomer never inherits their notices, invitations, answers, sessions or certificates.
public enum RetiredIDs {
  /// The high-water mark's file.
  public static let markName = ".convene/participant-ids"

  /// The workspace files whose `participant` column names people.
  public static let records = ledgers + [
    CertificateFiles.listName, AttendanceFile.name, FeedbackFile.name, SignupsFile.name,
    TravelFile.name, ParticipantRecordFiles.followup, ParticipantRecordFiles.rsvp,
  ]

  /// Every id the records, the sessions' speakers and moderators, and the mark mention. A
  /// record that cannot be read is an error: its ids could otherwise be given again.
  public static func mentioned(in workspace: Workspace) throws(WorkspaceError) -> Set<String> {
    var ids = Set<String>()
    for name in records {
      guard let table = try Self.table(name, in: workspace),
        let column = table.header.firstIndex(of: "participant")
      else { continue }
      for row in table.rows where column < row.fields.count { ids.insert(row.fields[column].trimmed) }
    }
    if let sessions = try Self.table(SessionsFile.name, in: workspace) {
      for name in ["speakers", "moderators"] {
        guard let column = sessions.header.firstIndex(of: name) else { continue }
        for row in sessions.rows where column < row.fields.count {
          for id in row.fields[column].split(whereSeparator: { $0 == ";" || $0 == "," }) {
            ids.insert(String(id).trimmed)
          }
        }
      }
    }
    if let mark = try workspace.fileSystem.contents(of: workspace.path(markName)) {
      ids.insert(String(decoding: mark, as: UTF8.self).trimmed)
    }
    ids.remove("")
    return ids
  }

  /// The file `name` as a table, nil when there is none.
  static func table(_ name: String, in workspace: Workspace) throws(WorkspaceError) -> CSVTable? {
    guard let bytes = try workspace.fileSystem.contents(of: workspace.path(name)) else { return nil }
    do {
      return try CSVTable(onlyUTF8: bytes)
    } catch {
      throw .io(
        path: name,
        reason: "line \(error.line): \(error.reason), so the ids it names cannot be kept from newcomers; repair it first")
    }
  }

  /// The ledgers kept in `.convene/`: what was sent to or issued for whom.
  public static let ledgers = [
    NotificationLedger.fileName, ParticipantRecordFiles.invitations, CertificateFiles.registerName,
  ]

  /// A warning for each ledger row of someone no longer in participants.csv (`known`): the
  /// row stays as the record of what was done, and the id is never given again.
  public static func orphanedRows(in workspace: Workspace, known: Set<String>) throws(WorkspaceError) -> [Finding] {
    var findings: [Finding] = []
    for name in ledgers {
      guard let table = try Self.table(name, in: workspace),
        let column = table.header.firstIndex(of: "participant")
      else { continue }
      var seen = Set<String>()
      for row in table.rows where column < row.fields.count {
        let id = row.fields[column].trimmed
        guard !id.isEmpty, !known.contains(id), seen.insert(id).inserted else { continue }
        findings.append(
          .warning(
            name, line: row.line, field: "participant",
            "\(Identifier.shown(id)) is no longer in participants.csv",
            hint: "the row stays as the record of what was done; the id is never given to anyone else"))
      }
    }
    return findings
  }

  /// Records `id` as the highest given (the import gives ids beyond the mark, so it only rises).
  public static func raiseMark(to id: String, in workspace: Workspace) throws(WorkspaceError) {
    try workspace.fileSystem.createDirectory(workspace.path(".convene"))
    try workspace.fileSystem.write(Array("\(id)\n".utf8), to: workspace.path(markName))
  }
}
