import ConveneCore

@testable import ConveneScheduling

/// Random small events for property tests: rooms, people with arrivals and unavailable
/// windows, cohorts and places, venues with travel times, sessions with speakers, cohorts,
/// tracks, series, precedence, interpretation, preferences and pins, sign-ups and a published
/// release.
enum RandomInstance {
  static func make(seed: UInt64) -> SchedulingProblem {
    var random = RandomSource(seed: seed)
    func pick(_ n: Int) -> Int { Int(random.next(upperBound: UInt64(n))) }
    func chance(_ percent: Int) -> Bool { pick(100) < percent }
    var builder = ProblemBuilder().with {
      $0.plan.event.mode = chance(50) ? .hybrid : .inPerson
      $0.plan.event.scheduling.interpretationTeams = ["en>fr": 1 + pick(2)]
    }
    let roomCount = 2 + pick(4)
    let travel = chance(40)
    if travel {
      builder.plan.event.venues = [
        Venue(id: "main", name: "Main", address: ""), Venue(id: "site", name: "Site", address: "", travelMinutes: [15, 30, 45][pick(3)]),
      ]
    }
    for room in 0..<roomCount {
      let features = [chance(50) ? "interpretation" : nil, chance(50) ? "av" : nil].compactMap { $0 }
      builder = builder.room("r\(room)", capacity: 10 + pick(60), features: features, unavailable: chance(20) ? ["day\(1 + pick(2)) 09:00-11:00"] : [])
      if travel { builder.plan.rooms[room].venue = room == 0 || chance(60) ? "main" : "site" }
    }
    let peopleCount = 8 + pick(20)
    let zones = ["Asia/Dhaka", "America/Bogota", "Europe/Paris", ""]
    for person in 0..<peopleCount {
      builder = builder.person("p\(person)") {
        if chance(15) { $0.arrival = LocalDateTime("2027-03-09 \(10 + pick(4)):00") }
        if chance(10) { $0.departure = LocalDateTime("2027-03-10 \(10 + pick(4)):00") }
        if chance(15) { $0.unavailable = [TimeWindow("day\(1 + pick(2)) 14:00-15:30")!] }
        $0.timezone = zones[pick(zones.count)]
        if chance(25) { $0.cohorts = ["c\(pick(3))"] }
        if chance(10) { $0.status = [.waitlisted, .cancelled, .invited][pick(3)] }
      }
    }
    let sessionCount = 5 + pick(20)
    let kinds: [SessionKind] = [.panel, .workshop, .plenary, .breakout, .training]
    for session in 0..<sessionCount {
      builder = builder.session("s\(session)", duration: [30, 45, 60, 90, 120][pick(5)]) { s in
        s.kind = kinds[pick(kinds.count)]
        s.speakers = (0..<pick(3)).map { _ in "p\(pick(peopleCount))" }
        if chance(30) { s.moderators = ["p\(pick(peopleCount))"] }
        if chance(25) { s.audience = ["c\(pick(3))"] }
        if chance(40) { s.track = "t\(pick(3))" }
        if chance(20) { s.interpretation = [LanguagePair("en>fr")!] }
        if chance(15) { s.requires = ["av"] }
        if chance(30) { s.expected = pick(80) }
        if session > 0 && chance(20) { s.after = ["s\(pick(session))"] }
        if chance(20) { s.series = "lab"; s.part = session; s.minDays = 2 }
        if chance(15) { s.preferred = [TimeWindow(chance(50) ? "morning" : "afternoon")!] }
        if chance(10) { s.avoided = [TimeWindow("day2")!] }
        if chance(10) { s.unavailable = [TimeWindow("day1 morning")!] }
        if chance(8) { s.day = .number(1 + pick(2)) }
        if chance(5) { s.start = TimeOfDay(hour: 9 + pick(3)) }
      }
    }
    for person in 0..<peopleCount {
      for _ in 0..<pick(4) { builder = builder.signup("p\(person)", "s\(pick(sessionCount))") }
    }
    for session in 0..<sessionCount where chance(30) {
      builder.published["s\(session)"] = (minute(day: 1 + pick(2), "0\(9):\(["00", "15", "30"][pick(3)])"), "r\(pick(roomCount))")
    }
    return builder.problem
  }
}
