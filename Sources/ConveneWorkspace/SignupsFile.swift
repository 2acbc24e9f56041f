import ConveneCSV
import ConveneCore

/// `signups.csv`: `participant,session`.
public enum SignupsFile {
  /// The file name.
  public static let name = "signups.csv"
  /// The columns, in order.
  public static let columns = ["participant", "session"]

  /// Reads the sign-ups and the problems found in single rows.
  public static func read(_ bytes: [UInt8]) -> (signups: [Signup], findings: [Finding]) {
    var file = CSVFile(name: name, bytes: bytes, expected: columns, required: columns)
    let signups = file.rows { row -> Signup? in
      let participant = row.id("participant")
      let session = row.id("session")
      guard !participant.isEmpty, !session.isEmpty else { return nil }
      return Signup(participant: participant, session: session, line: row.line)
    }
    return (signups, file.findings)
  }

  /// The file's text.
  public static func write(_ signups: [Signup]) -> String {
    CSVWriter.document(header: columns, rows: signups.map { [$0.participant, $0.session] })
  }
}
