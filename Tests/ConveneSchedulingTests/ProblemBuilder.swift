import ConveneCore

@testable import ConveneScheduling

/// Builds small scheduling problems: a two-day event (2027-03-09 and 10, 09:00-17:00, lunch
/// 12:30-13:30, 15-minute grid, UTC) to which a test adds the rooms, people and sessions it
/// is about.
struct ProblemBuilder {
  var plan = EventPlan(
    event: Event(
      id: "t", title: "T", kind: .workshop, timezone: "UTC",
      organiser: Organiser(name: "Unit", email: "events@example.org"),
      days: ["2027-03-09", "2027-03-10"].map {
        EventDay(
          date: LocalDate($0)!, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17),
          breaks: [EventBreak(start: TimeOfDay(hour: 12, minute: 30), end: TimeOfDay(hour: 13, minute: 30), label: "Lunch")])
      }))
  var published: [String: (start: Int, room: String)] = [:]

  func with(_ change: (inout ProblemBuilder) -> Void) -> ProblemBuilder {
    var copy = self
    change(&copy)
    return copy
  }

  func room(_ id: String, capacity: Int = 50, features: [String] = [], unavailable: [String] = []) -> ProblemBuilder {
    with { $0.plan.rooms.append(Room(id: id, name: id, capacity: capacity, features: features, unavailable: unavailable.map { TimeWindow($0)! })) }
  }

  func person(_ id: String, _ change: (inout Participant) -> Void = { _ in }) -> ProblemBuilder {
    with {
      var person = Participant(id: id, name: id, email: "\(id)@example.org", status: .confirmed)
      change(&person)
      $0.plan.participants.append(person)
    }
  }

  func session(_ id: String, duration: Int = 60, _ change: (inout Session) -> Void = { _ in }) -> ProblemBuilder {
    with {
      var session = Session(id: id, title: id.uppercased(), duration: duration)
      change(&session)
      $0.plan.sessions.append(session)
    }
  }

  func signup(_ person: String, _ sessions: String...) -> ProblemBuilder {
    with { builder in
      for session in sessions { builder.plan.signups.append(Signup(participant: person, session: session)) }
    }
  }

  var problem: SchedulingProblem { SchedulingProblem(plan: plan, published: published) }
}

/// The minute of day `day` (1 or 2) at `time`.
func minute(day: Int, _ time: String) -> Int {
  TimelineMinute.of(LocalDate("2027-03-09")!.adding(days: day - 1), TimeOfDay(time)!.minutes)
}

extension SchedulingProblem {
  /// A schedule placing sessions by id at (day, time, room id); the rest unscheduled.
  func schedule(_ placements: [String: (Int, String, String)]) -> Schedule {
    var schedule = Schedule.empty(for: self)
    for (id, (day, time, room)) in placements {
      schedule.placements[sessionIndex[id]!] = Placement(
        start: minute(day: day, time), room: rooms.firstIndex { $0.id == room }!)
    }
    return schedule
  }

  /// The violations of one constraint.
  func violations(of constraint: String, in schedule: Schedule) -> [Violation] {
    ScoreChecker.check(schedule, in: self).violations.filter { $0.constraint == constraint }
  }
}
