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
  /// `sealedMark` is the bytes of `sealedMarkName` (nil when missing): once it names the
  /// register's digests (`register: …`, written with each register), a register that is none
  /// of them (a row deleted, the file cut to its header) is damaged too; a mark written by an
  /// earlier version names none and checks nothing.
  public static func registerDamage(_ register: [UInt8]?, listExists: Bool, sealedMark: [UInt8]? = nil) -> String? {
    let digests = registerDigests(inMark: sealedMark)
    let reason =
      register == [] ? "the file is empty (0 bytes)"
      : register == nil && listExists ? "the file is missing although \(listName) lists the certificates issued"
      : register == nil && !digests.isEmpty ? "the file is missing although \(sealedMarkName) names the register written"
      : register.map { !digests.isEmpty && !digests.contains(registerDigest($0)) } == true
        ? "the file is not the one convene last wrote (its digest is not the one \(sealedMarkName) names: a row removed, changed or cut)"
      : nil
    return reason.map {
      "\($0); it records every certificate code issued and what replaced it: restore it from a backup (without it, issued codes would read as never issued)"
    }
  }

  /// Why the register of `workspace` is damaged as a whole, or nil (`registerDamage(_:…)`),
  /// compared with the digests its mark names.
  public static func registerDamage(in workspace: Workspace) throws -> String? {
    let fileSystem = workspace.fileSystem
    return registerDamage(
      try fileSystem.contents(of: workspace.path(registerName)),
      listExists: fileSystem.exists(workspace.path(listName)),
      sealedMark: try fileSystem.contents(of: workspace.path(sealedMarkName)))
  }

  /// The first line of `sealedMarkName`.
  static let sealedMarkSentence =
    "The register beside this file has been sealed: a register without seals is an edited one."

  /// The digest of the register's bytes as the mark names it.
  public static func registerDigest(_ register: [UInt8]) -> String {
    contentDigest(String(decoding: register, as: UTF8.self))
  }

  /// The mark naming `digests` as the registers it accepts: the one being replaced and its
  /// replacement while a write is under way, so that a kill between the two writes leaves a
  /// register the mark accepts.
  public static func sealedMark(accepting digests: [String]) -> String {
    ([sealedMarkSentence] + digests.map { "register: \($0)" }).joined(separator: "\n") + "\n"
  }

  /// The register digests `mark` names.
  static func registerDigests(inMark mark: [UInt8]?) -> Set<String> {
    guard let mark else { return [] }
    return Set(
      String(decoding: mark, as: UTF8.self).split(separator: "\n").compactMap { line in
        line.hasPrefix("register: ") ? String(line.dropFirst("register: ".count)) : nil
      })
  }

  /// Reads the register, each row's seal (nil for a register written before seals: no `seal`
  /// column) and the problems found in single rows.
  public static func readRegister(_ bytes: [UInt8]) -> (
    certificates: [IssuedCertificate], seals: [String]?, findings: [Finding]
  ) {
    guard !bytes.isEmpty else { return ([], [], []) }
    // A register without its header has lost its seal column, which the issue refuses with
    // what to do (restore it from a backup).
    var file = CSVFile(
      name: registerName, bytes: bytes, expected: registerColumns, required: unsealedColumns, headerlessIsChecked: true)
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
