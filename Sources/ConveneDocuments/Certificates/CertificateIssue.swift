import ConveneCore
import ConveneEvaluation

/// Who gets a certificate and with which code, given attendance and the register of codes
/// issued before (pure). The same attendance gives the same codes; a person whose certified
/// sessions (or name) changed gets a new code and the old one is marked superseded; a person
/// who no longer qualifies has theirs withdrawn.
public struct CertificateIssue: Sendable {
  /// One certificate to print.
  public struct Certificate: Sendable, Equatable {
    /// The person, with the sessions expected and attended.
    public var attendance: SessionAttendance.Person
    /// The code printed on it.
    public var code: VerificationCode
    /// True when this code was not in the register before.
    public var isNew: Bool
  }

  /// The certificates, in the order of `participants.csv`.
  public var certificates: [Certificate]
  /// The register after this issue: every earlier entry, new codes appended.
  public var register: [IssuedCertificate]
  /// Codes superseded by this issue, and those withdrawn.
  public var superseded: [IssuedCertificate]
  public var withdrawn: [IssuedCertificate]
  /// Why each withdrawn code's person no longer qualifies, by participant id.
  public var withdrawalReasons: [String: WithdrawalReason] = [:]

  /// Why a certificate was withdrawn.
  public enum WithdrawalReason: Sendable, Equatable {
    /// Their attendance is below the share asked.
    case belowShare
    /// They no longer hold a place (cancelled, declined, waitlisted): no session is theirs.
    case status(ParticipantStatus)
    /// They are no longer in participants.csv.
    case gone
  }

  /// Decides the certificates of `plan`'s event for everyone holding a place who attended at
  /// least `minimumShare` of their sessions.
  public init(
    plan: EventPlan, attendance: SessionAttendance, minimumShare: Double, signer: CertificateSigner,
    register previous: [IssuedCertificate]
  ) {
    var register = previous
    var currentIndex: [String: Int] = [:]
    var byCode: [String: Int] = [:]
    for (index, entry) in register.enumerated() {
      if entry.state == .current { currentIndex[entry.participant] = index }
      byCode[entry.code] = index
    }
    var certificates: [Certificate] = []
    var superseded: [IssuedCertificate] = []
    var certified = Set<String>()
    // As for invitations and agendas, someone waitlisted, declined or cancelled has no
    // sessions of theirs to have attended.
    for person in attendance.people where person.participant.holdsPlace && person.attendedAtLeast(minimumShare) {
      let participant = person.participant
      let sessions = person.attended.map(\.id)
      let code = signer.code(
        event: plan.event.id, participant: participant.id, name: participant.name,
        sessions: sessions)
      certified.insert(participant.id)
      let current = currentIndex[participant.id]
      if let current, register[current].code == code.characters {
        certificates.append(Certificate(attendance: person, code: code, isNew: false))
        continue
      }
      // The person's current code, and any withdrawn earlier, give way to the new one.
      for index in register.indices
      where register[index].participant == participant.id && register[index].code != code.characters
        && (index == current || register[index].state == .withdrawn)
      {
        register[index].state = .superseded
        register[index].replacedBy = code.characters
        superseded.append(register[index])
      }
      if let earlier = byCode[code.characters], register[earlier].participant == participant.id {
        // Attendance went back to what an earlier certificate said: that code is valid again.
        register[earlier].state = .current
        register[earlier].replacedBy = ""
      } else {
        byCode[code.characters] = register.count
        register.append(
          IssuedCertificate(
            code: code.characters, participant: participant.id, name: participant.name,
            event: plan.event.id,
            sessions: sessions))
      }
      certificates.append(Certificate(attendance: person, code: code, isNew: true))
    }
    var withdrawn: [IssuedCertificate] = []
    var reasons: [String: WithdrawalReason] = [:]
    let people = plan.participantsByID
    for (participant, index) in currentIndex.sorted(by: { $0.value < $1.value })
    where !certified.contains(participant) {
      register[index].state = .withdrawn
      withdrawn.append(register[index])
      reasons[participant] =
        people[participant].map { $0.holdsPlace ? .belowShare : .status($0.status) } ?? .gone
    }
    self.withdrawalReasons = reasons
    self.certificates = certificates
    self.register = register
    self.superseded = superseded
    self.withdrawn = withdrawn
  }
}
