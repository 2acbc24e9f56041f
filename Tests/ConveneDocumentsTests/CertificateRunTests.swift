import ConveneCore
import ConveneWorkspace
import Foundation
import Testing

@testable import ConveneDocuments

/// `certificates` and `certificates verify` on a copy of the Dakar example, on disk.
@Suite struct CertificateRunTests {
  let folder: String
  let workspace: Workspace

  init() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent()
    folder =
      FileManager.default.temporaryDirectory.appendingPathComponent(
        "convene-cert-\(UUID().uuidString)"
      ).path
    try FileManager.default.copyItem(
      atPath: root.appendingPathComponent("Examples/dakar-regional-workshop").path, toPath: folder)
    workspace = Workspace.local(root: folder)
    try attend("p001", everything: true)
  }

  /// Writes `attendance.csv`: `participant` present at all their sessions (or all but the
  /// last two).
  func attend(_ participant: String, everything: Bool) throws {
    let plan = try workspace.loadPlan(requiringValid: []).plan
    let person = plan.participants.first { $0.id == participant }!
    var sessions = plan.sessions(attendedBy: person).map(\.id)
    if !everything { sessions.removeLast(2) }
    let rows = sessions.map { "\(participant),\($0),present,\r\n" }.joined()
    try ("participant,session,status,checked_in_at\r\n" + rows)
      .write(toFile: folder + "/attendance.csv", atomically: true, encoding: .utf8)
  }

  func run(share: Double = 0.75) throws -> CertificateRun.Outcome {
    try CertificateRun.run(
      in: workspace,
      request: .init(
        minimumShare: share, language: nil,
        template: try Build.template("certificate.html.mustache"), printer: nil),
      randomBytes: { Array((0..<$0).map { UInt8($0 * 7 % 256) }) }, purpose: "test")
  }

  func text(_ name: String) -> String {
    (try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)) ?? ""
  }

  @Test func theFirstRunMakesAPrivateKeyTheRegisterTheListAndTheCertificate() throws {
    let outcome = try run()
    #expect(outcome.keyCreated)
    let mode =
      try FileManager.default.attributesOfItem(atPath: folder + "/" + CertificateFiles.keyName)[
        .posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(text(CertificateFiles.keyName).count == 65)
    let code = outcome.issue.certificates[0].code
    #expect(outcome.issue.certificates.map(\.attendance.participant.id) == ["p001"])
    let list = text(CertificateFiles.listName).components(separatedBy: "\r\n")
    #expect(list[0] == "participant,code,sessions")
    #expect(list[1].hasPrefix("p001,\(code),opening;"))
    let page = text("certificates/p001.html")
    #expect(page.contains(code.description) && page.contains("Yao Ouédraogo"))
    #expect(page.contains("<html lang=\"fr\" dir=\"ltr\">"))
    #expect(
      text(CertificateFiles.registerName).contains(
        "\(code.characters),p001,Yao Ouédraogo,dakar-2027,opening;"))
  }

  @Test func runningAgainChangesNoByte() throws {
    _ = try run()
    let names = [
      CertificateFiles.keyName, CertificateFiles.registerName, CertificateFiles.listName,
      "certificates/p001.html",
    ]
    let before = names.map(text)
    let again = try run()
    #expect(!again.keyCreated && again.issue.certificates.allSatisfy { !$0.isNew })
    #expect(!again.files.contains(CertificateFiles.registerName))
    #expect(names.map(text) == before)
  }

  @Test func verifyNamesThePersonAndRefusesTyposUnknownAlteredAndSupersededCodes() throws {
    let first = try run().issue.certificates[0].code
    guard
      case .valid(let entry) = try CertificateVerification.verify(
        first.description.lowercased(), in: workspace)
    else {
      Issue.record("not valid")
      return
    }
    #expect(
      entry.name == "Yao Ouédraogo" && entry.participant == "p001" && entry.event == "dakar-2027")
    var typo = Array(first.characters)
    typo[3] = typo[3] == "A" ? "B" : "A"
    #expect(try CertificateVerification.verify(String(typo), in: workspace) == .unreadable(.typo))
    let unknown = VerificationCode(key: [1], message: [2])
    #expect(
      try CertificateVerification.verify(unknown.description, in: workspace) == .notIssued(unknown))
    // p001 attended less: a new code with fewer sessions; the old one is superseded.
    try attend("p001", everything: false)
    let second = try run(share: 0.5).issue.certificates[0].code
    #expect(second != first)
    guard
      case .superseded(let old, let newer) = try CertificateVerification.verify(
        first.description, in: workspace)
    else {
      Issue.record("not superseded")
      return
    }
    #expect(old.code == first.characters && newer?.code == second.characters)
    #expect(try CertificateVerification.verify(second.description, in: workspace).isValid)
    // Someone edits the register to certify a session more: the code no longer matches.
    let register = text(CertificateFiles.registerName)
    try register.replacingOccurrences(
      of: "\(second.characters),p001,Yao Ouédraogo,dakar-2027,opening;",
      with: "\(second.characters),p001,Yao Ouédraogo,dakar-2027,opening;closing;"
    )
    .write(toFile: folder + "/" + CertificateFiles.registerName, atomically: true, encoding: .utf8)
    guard case .altered = try CertificateVerification.verify(second.description, in: workspace)
    else {
      Issue.record("an altered entry verified")
      return
    }
  }

  @Test func aLostOrDamagedKeyIsNeverReplaced() throws {
    _ = try run()
    let register = text(CertificateFiles.registerName)
    try FileManager.default.removeItem(atPath: folder + "/" + CertificateFiles.keyName)
    #expect(throws: CommandFailure.self) { try run() }
    #expect(!FileManager.default.fileExists(atPath: folder + "/" + CertificateFiles.keyName))
    #expect(text(CertificateFiles.registerName) == register)
    try "not a key\n".write(
      toFile: folder + "/" + CertificateFiles.keyName, atomically: true, encoding: .utf8)
    #expect(throws: CommandFailure.self) { try run() }
    #expect(text(CertificateFiles.keyName) == "not a key\n")
  }

  @Test func noAttendanceNoCertificate() throws {
    try FileManager.default.removeItem(atPath: folder + "/attendance.csv")
    #expect(throws: CommandFailure.self) { try run() }
    #expect(!FileManager.default.fileExists(atPath: folder + "/.convene/certificate-key"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/certificates"))
  }

  /// A certificates folder that is a link to somewhere else is refused, and nothing lands there.
  @Test func outputsStayInsideTheWorkspace() throws {
    let outside = folder + "-outside"
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/certificates", withDestinationPath: outside)
    #expect(throws: WorkspaceError.self) { try run() }
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
    for id in ["../x", "a/b", ".hidden", "", "p\u{0}1", "é"] {
      #expect(throws: CommandFailure.self) {
        try OutputConfinement.fileName(id: id, suffix: ".html")
      }
    }
    #expect(try OutputConfinement.fileName(id: "p001", suffix: ".html") == "p001.html")
  }
}
