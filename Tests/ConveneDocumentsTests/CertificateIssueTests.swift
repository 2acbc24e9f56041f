import ConveneCore
import ConveneEvaluation
import Testing

@testable import ConveneDocuments

@Suite struct CertificateIssueTests {
  let plan = Build.plan()
  let signer = CertificateSigner(key: Array(repeating: 42, count: 32))

  func issue(
    _ records: [AttendanceRecord], share: Double = 0.75, register: [IssuedCertificate] = []
  )
    -> CertificateIssue
  {
    CertificateIssue(
      plan: plan, attendance: SessionAttendance(plan: plan, schedule: nil, records: records),
      minimumShare: share,
      signer: signer, register: register)
  }

  /// p001 is expected at opening, s1 and closing (signed up for s1); p002 at opening, s2, closing.
  let full =
    Build.present("p001", "opening", "s1", "closing") + Build.present("p002", "opening", "s2")

  @Test func onlyThoseAtTheShareAreCertified() {
    let first = issue(full)
    #expect(first.certificates.map(\.attendance.participant.id) == ["p001"])
    #expect(first.certificates[0].attendance.attended.map(\.id) == ["opening", "s1", "closing"])
    #expect(
      issue(full, share: 0.66).certificates.map(\.attendance.participant.id) == ["p001", "p002"])
    #expect(first.register.count == 1 && first.register[0].state == .current)
    #expect(first.register[0].sessions == ["opening", "s1", "closing"])
  }

  @Test func theSameAttendanceGivesTheSameCodesAndLeavesTheRegisterAlone() {
    let first = issue(full, share: 0.5)
    let again = issue(full.reversed(), share: 0.5, register: first.register)
    #expect(again.certificates.map(\.code) == first.certificates.map(\.code))
    #expect(again.certificates.allSatisfy { !$0.isNew })
    #expect(again.register == first.register)
    #expect(again.superseded.isEmpty && again.withdrawn.isEmpty)
  }

  @Test func changedAttendanceGivesANewCodeAndSupersedesTheOld() {
    let first = issue(full, share: 0.5)
    let changed = issue(
      full + Build.present("p002", "closing"), share: 0.5, register: first.register)
    let old = first.certificates[1].code.characters
    let new = changed.certificates[1].code.characters
    #expect(old != new)
    #expect(changed.certificates[0].code == first.certificates[0].code)
    #expect(changed.superseded.map(\.code) == [old])
    #expect(changed.register.first { $0.code == old }?.state == .superseded)
    #expect(changed.register.first { $0.code == old }?.replacedBy == new)
    #expect(changed.register.first { $0.code == new }?.state == .current)
    #expect(changed.register.count == 3)
  }

  @Test func aPersonBelowTheShareIsWithdrawnAndComesBackUnderTheSameCode() {
    let first = issue(full)
    let code = first.certificates[0].code.characters
    let dropped = issue(Array(full.dropFirst(2)), register: first.register)
    #expect(dropped.certificates.isEmpty)
    #expect(dropped.withdrawn.map(\.code) == [code] && dropped.register[0].state == .withdrawn)
    let back = issue(full, register: dropped.register)
    #expect(back.certificates[0].code.characters == code)
    #expect(back.register.count == 1 && back.register[0].state == .current)
    #expect(dropped.withdrawalReasons == ["p001": .belowShare])
  }

  /// Someone certified and then cancelled, with all their sessions attended, is withdrawn
  /// for their status, not for a share they still reach (the summary said "no longer at the
  /// share asked").
  @Test func aCertifiedPersonCancelledIsWithdrawnForTheirStatus() {
    let first = issue(full)
    var cancelled = plan
    cancelled.participants[0].status = .cancelled
    let second = CertificateIssue(
      plan: cancelled, attendance: SessionAttendance(plan: cancelled, schedule: nil, records: full),
      minimumShare: 0.75, signer: signer, register: first.register)
    #expect(second.certificates.isEmpty)
    #expect(second.withdrawn.map(\.participant) == ["p001"])
    #expect(second.withdrawalReasons == ["p001": .status(.cancelled)])
  }

  @Test func aRenamedPersonGetsANewCode() {
    let first = issue(full)
    var renamed = plan
    renamed.participants[0].name = "Aminata Koné-Diallo"
    let second = CertificateIssue(
      plan: renamed, attendance: SessionAttendance(plan: renamed, schedule: nil, records: full),
      minimumShare: 0.75,
      signer: signer, register: first.register)
    #expect(second.certificates[0].code != first.certificates[0].code)
    #expect(second.register.last?.name == "Aminata Koné-Diallo")
  }

  /// The code binds the event, the person, the name and each session, with its key.
  @Test func theCodeBindsEveryField() {
    let base = signer.code(event: "e", participant: "p1", name: "N", sessions: ["a", "b"])
    #expect(signer.code(event: "e", participant: "p1", name: "N", sessions: ["a", "b"]) == base)
    for other in [
      signer.code(event: "f", participant: "p1", name: "N", sessions: ["a", "b"]),
      signer.code(event: "e", participant: "p2", name: "N", sessions: ["a", "b"]),
      signer.code(event: "e", participant: "p1", name: "M", sessions: ["a", "b"]),
      signer.code(event: "e", participant: "p1", name: "N", sessions: ["a"]),
      signer.code(event: "e", participant: "p1", name: "N", sessions: ["a", "b", "c"]),
      signer.code(event: "e", participant: "p1", name: "N", sessions: ["ab"]),
      signer.code(event: "e", participant: "p1", name: "N\n1:a", sessions: ["b"]),
      CertificateSigner(key: Array(repeating: 43, count: 32)).code(
        event: "e", participant: "p1", name: "N", sessions: ["a", "b"]),
    ] {
      #expect(other != base)
    }
  }
}
