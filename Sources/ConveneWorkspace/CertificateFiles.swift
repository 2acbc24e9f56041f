import ConveneCSV
import ConveneCore

/// The certificates of attendance on disk: the register of every code issued
/// (`.convene/certificate-register.csv`: `code,participant,name,event,sessions,state,replaced_by`)
/// and the list of the current ones (`certificates/certificates.csv`: `participant,code,sessions`).
public enum CertificateFiles {
  /// The register, kept with the key beside it.
  public static let registerName = ".convene/certificate-register.csv"
  /// The HMAC key: 32 random bytes as 64 hexadecimal digits, readable by its owner only.
  public static let keyName = ".convene/certificate-key"
  /// The folder of the certificates.
  public static let folder = "certificates"
  /// The list of current certificates.
  public static let listName = "certificates/certificates.csv"
  /// The register's columns, in order.
  public static let registerColumns = [
    "code", "participant", "name", "event", "sessions", "state", "replaced_by",
  ]

  /// Reads the register and the problems found in single rows.
  public static func readRegister(_ bytes: [UInt8]) -> (
    certificates: [IssuedCertificate], findings: [Finding]
  ) {
    guard !bytes.isEmpty else { return ([], []) }
    var file = CSVFile(
      name: registerName, bytes: bytes, expected: registerColumns, required: registerColumns)
    let certificates = file.rows { row -> IssuedCertificate? in
      let code = row.required("code")
      let participant = row.required("participant")
      let stateText = row.required("state")
      guard !code.isEmpty, !participant.isEmpty,
        let state = IssuedCertificate.State(rawValue: stateText)
      else {
        if !stateText.isEmpty {
          row.error("state", "\"\(stateText)\" is not current, superseded or withdrawn")
        }
        return nil
      }
      return IssuedCertificate(
        code: code, participant: participant, name: row.text("name"), event: row.text("event"),
        sessions: row.list("sessions"), state: state, replacedBy: row.text("replaced_by"))
    }
    return (certificates, file.findings)
  }

  /// The register's text, in the order given (the order of issue).
  public static func writeRegister(_ certificates: [IssuedCertificate]) -> String {
    CSVWriter.document(
      header: registerColumns,
      rows: certificates.map {
        [
          $0.code, $0.participant, $0.name, $0.event, $0.sessions.joined(separator: ";"),
          $0.state.rawValue, $0.replacedBy,
        ]
      })
  }

  /// The text of `certificates/certificates.csv`: one row per current certificate, the code
  /// as printed.
  public static func writeList(
    _ certificates: [(participant: String, code: String, sessions: [String])]
  ) -> String {
    CSVWriter.document(
      header: ["participant", "code", "sessions"],
      rows: certificates.map { [$0.participant, $0.code, $0.sessions.joined(separator: ";")] })
  }
}
