import ConveneCSV
import ConveneCore

/// The certificates of attendance on disk: the register of every code issued
/// (`.convene/certificate-register.csv`: `code,participant,name,event,sessions,state,replaced_by,seal`,
/// the seal an HMAC of the whole row, state included)
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
    "code", "participant", "name", "event", "sessions", "state", "replaced_by", "seal",
  ]
  /// The columns of registers written before rows were sealed.
  static let unsealedColumns = Array(registerColumns.dropLast())
  /// Written beside the register once it has been sealed: from then on a register without its
  /// seal column is an edited one, not one written before seals.
  public static let sealedMarkName = ".convene/certificate-register.sealed"

  /// Why the register is damaged as a whole, or nil: convene never writes an empty register
  /// (it has a header at least) and writes it before the list of certificates, so a 0-byte
  /// one, or none beside the list, is a lost record of the codes issued, never "nothing
  /// issued". `register` is its bytes (nil when missing).
  public static func registerDamage(_ register: [UInt8]?, listExists: Bool) -> String? {
    let reason =
      register == [] ? "the file is empty (0 bytes)"
      : register == nil && listExists ? "the file is missing although \(listName) lists the certificates issued"
      : nil
    return reason.map {
      "\($0); it records every certificate code issued and what replaced it: restore it from a backup (without it, issued codes would read as never issued)"
    }
  }

  /// Reads the register, each row's seal (nil for a register written before seals: no `seal`
  /// column) and the problems found in single rows.
  public static func readRegister(_ bytes: [UInt8]) -> (
    certificates: [IssuedCertificate], seals: [String]?, findings: [Finding]
  ) {
    guard !bytes.isEmpty else { return ([], [], []) }
    var file = CSVFile(
      name: registerName, bytes: bytes, expected: registerColumns, required: unsealedColumns)
    let sealed = file.columns["seal"] != nil
    var seals: [String] = []
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
      seals.append(row.text("seal"))
      return IssuedCertificate(
        code: code, participant: participant, name: row.text("name"), event: row.text("event"),
        sessions: row.list("sessions"), state: state, replacedBy: row.text("replaced_by"))
    }
    return (certificates, sealed ? seals : nil, file.findings)
  }

  /// The register's cells of `certificate`, but its seal, in the order of `registerColumns`:
  /// what the seal is computed over.
  public static func cells(of certificate: IssuedCertificate) -> [String] {
    [
      certificate.code, certificate.participant, certificate.name, certificate.event,
      certificate.sessions.joined(separator: ";"), certificate.state.rawValue, certificate.replacedBy,
    ]
  }

  /// The register's text, in the order given (the order of issue), each row with its seal.
  public static func writeRegister(_ certificates: [IssuedCertificate], seals: [String]) -> String {
    CSVWriter.document(
      header: registerColumns,
      rows: zip(certificates, seals).map { cells(of: $0) + [$1] })
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
