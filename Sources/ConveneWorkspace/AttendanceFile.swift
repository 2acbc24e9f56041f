import ConveneCSV
import ConveneCore

/// `attendance.csv`: `participant,session,status,checked_in_at`.
public enum AttendanceFile {
  /// The file name.
  public static let name = "attendance.csv"
  /// The columns, in order.
  public static let columns = ["participant", "session", "status", "checked_in_at"]

  /// Reads the records and the problems found in single rows.
  public static func read(_ bytes: [UInt8]) -> (records: [AttendanceRecord], findings: [Finding]) {
    guard !bytes.isEmpty else { return ([], []) }
    var file = CSVFile(
      name: name, bytes: bytes, expected: columns, required: ["participant", "session", "status"])
    let records = file.rows { row -> AttendanceRecord? in
      let participant = row.id("participant")
      let session = row.id("session")
      let statusText = row.required("status").lowercased()
      guard !participant.isEmpty, !session.isEmpty, !statusText.isEmpty else { return nil }
      guard let status = AttendanceRecord.Status(rawValue: statusText) else {
        row.error(
          "status", "\"\(statusText)\" is not an attendance status",
          hint: AttendanceRecord.Status.allCases.map(\.rawValue).joined(separator: ", "))
        return nil
      }
      let checkedInAt = row.text("checked_in_at")
      if let problem = AttendanceRecord.checkInProblem(checkedInAt) {
        row.error("checked_in_at", problem)
        return nil
      }
      return AttendanceRecord(
        participant: participant, session: session, status: status,
        checkedInAt: checkedInAt, line: row.line)
    }
    return (records, file.findings)
  }

  /// The file's text, records in the order given.
  public static func write(_ records: [AttendanceRecord]) -> String {
    CSVWriter.document(
      header: columns,
      rows: records.map { [$0.participant, $0.session, $0.status.rawValue, $0.checkedInAt] })
  }
}
