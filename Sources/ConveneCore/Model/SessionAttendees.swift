/// Who attends each session: the people holding a place who take part in it
/// (`EventPlan.takesPart`: speakers, moderators, sign-ups, cohort members, and everyone for an
/// exclusive session). Invitations go to them, and the scheduler counts them when a session
/// moves or clashes with another, so that `explain` and `invite` speak of the same people.
public struct SessionAttendees: Sendable {
  /// Participant indexes (into the plan's participants), ascending, by session index.
  public let bySession: [[Int]]
  /// Session indexes, ascending, by participant index.
  public let byParticipant: [[Int]]

  /// Looks everyone up once: each session's possible attendees are gathered from its speakers,
  /// moderators, sign-ups and cohorts (or everyone, for an exclusive session), then kept when
  /// they hold a place and `EventPlan.takesPart` says so.
  public init(plan: EventPlan) {
    var personIndex: [String: Int] = [:]
    var byCohort: [String: [Int]] = [:]
    for (index, person) in plan.participants.enumerated() {
      if personIndex[person.id] == nil { personIndex[person.id] = index }
      for cohort in Set(person.cohorts) { byCohort[cohort, default: []].append(index) }
    }
    var signedUp: [String: Set<Int>] = [:]
    for signup in plan.signups {
      if let person = personIndex[signup.participant] { signedUp[signup.session, default: []].insert(person) }
    }
    // Everyone holding a place takes part in an exclusive session (`takesPart`): that list is
    // made once, not once per plenary.
    let holding = plan.participants.indices.filter { plan.participants[$0].holdsPlace }
    var bySession: [[Int]] = []
    var byParticipant = Array(repeating: [Int](), count: plan.participants.count)
    for (sessionIndex, session) in plan.sessions.enumerated() {
      let signups = signedUp[session.id] ?? []
      var candidates: [Int]
      if session.isExclusive {
        candidates = holding
      } else {
        var gathered = Set(signups)
        for id in session.speakers + session.moderators { if let person = personIndex[id] { gathered.insert(person) } }
        for cohort in session.audience { gathered.formUnion(byCohort[cohort] ?? []) }
        candidates = gathered.sorted()
        candidates.removeAll { person in
          let participant = plan.participants[person]
          return !participant.holdsPlace
            || !EventPlan.takesPart(participant, in: session, signedUp: signups.contains(person))
        }
      }
      bySession.append(candidates)
      for person in candidates { byParticipant[person].append(sessionIndex) }
    }
    self.bySession = bySession
    self.byParticipant = byParticipant
  }
}
