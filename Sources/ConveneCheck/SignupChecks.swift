import ConveneCore

/// Checks of `signups.csv`: every row names a known person and session, once.
struct SignupChecks {
  let plan: EventPlan
  let file = "signups.csv"

  func findings() -> [Finding] {
    var findings: [Finding] = []
    let people = Set(plan.participants.map(\.id))
    let sessions = Set(plan.sessions.map(\.id))
    var seen: [Signup: Int] = [:]
    for signup in plan.signups {
      if !people.contains(signup.participant) {
        findings.append(.error(file, line: signup.line, field: "participant", "unknown participant id \"\(signup.participant)\""))
      }
      if !sessions.contains(signup.session) {
        findings.append(.error(file, line: signup.line, field: "session", "unknown session id \"\(signup.session)\""))
      }
      let key = Signup(participant: signup.participant, session: signup.session)
      if let earlier = seen[key] {
        findings.append(.warning(file, line: signup.line, "repeats the sign-up on line \(earlier)"))
      } else {
        seen[key] = signup.line
      }
    }
    return findings
  }
}
