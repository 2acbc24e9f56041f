/// What makes each row of `participants.csv` one person: an id and an e-mail address no other
/// row has. A repeat is an error of `check`, and every command that reads the people to write
/// to them or about them (notices, badges, letters, certificates, imports) refuses to run over
/// it: a message for one would go to the other's address.
public enum ParticipantIdentity {
  /// The repeated ids and e-mail addresses of `participants` (read from `file`).
  public static func findings(of participants: [Participant], file: String) -> [Finding] {
    var findings: [Finding] = []
    // Ids name files (`certificates/p001.html`): two that differ only in case name one file on
    // many disks, and are one id.
    for (repeated, first) in RepeatedIDs.items(participants, id: { $0.id.lowercased() }) {
      let written = repeated.id == first.id ? "" : " (as \"\(first.id)\": ids that differ only in case name the same files)"
      findings.append(
        .error(
          file, line: repeated.line, field: "id", "the id \"\(repeated.id)\" is already used on line \(first.line)\(written)"))
    }
    for (email, line, firstLine) in RepeatedIDs.lines(participants.filter { !$0.email.isEmpty }, id: \.email, line: \.line) {
      findings.append(
        .error(
          file, line: line, field: "email", "the e-mail \(email) is already used on line \(firstLine)",
          hint: "one row per person; merge the two rows"))
    }
    return findings
  }
}
