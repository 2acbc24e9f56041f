import ConveneCheck
import ConveneCore

/// Builds small event plans for the checks: a one-day workshop with a lunch break, to which
/// a test adds just the rooms, people and sessions it is about.
struct PlanBuilder {
  var plan = EventPlan(
    event: Event(
      id: "t", title: "T", kind: .workshop, timezone: "Africa/Nairobi",
      organiser: Organiser(name: "Unit", email: "events@example.org"), languages: ["en", "fr"],
      days: [
        EventDay(
          date: LocalDate("2027-03-09")!, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17),
          breaks: [EventBreak(start: TimeOfDay(hour: 12, minute: 30), end: TimeOfDay(hour: 13, minute: 30), label: "Lunch")])
      ]))

  func with(_ change: (inout EventPlan) -> Void) -> PlanBuilder {
    var copy = self
    change(&copy.plan)
    return copy
  }

  func room(_ id: String, capacity: Int = 30, features: [String] = [], line: Int = 2) -> PlanBuilder {
    with { $0.rooms.append(Room(id: id, name: id, capacity: capacity, features: features, line: line)) }
  }

  func person(_ id: String, status: ParticipantStatus = .confirmed, line: Int = 2, _ change: (inout Participant) -> Void = { _ in }) -> PlanBuilder {
    with {
      var person = Participant(id: id, name: "Person \(id)", email: "\(id)@example.org", category: "mayor", status: status, line: line)
      change(&person)
      $0.participants.append(person)
    }
  }

  func session(_ id: String, duration: Int = 60, line: Int = 2, _ change: (inout Session) -> Void = { _ in }) -> PlanBuilder {
    with {
      var session = Session(id: id, title: "Session \(id)", duration: duration, line: line)
      change(&session)
      $0.sessions.append(session)
    }
  }

  /// The findings of the check, as the lines `convene check` prints.
  var described: [String] { WorkspaceChecker.check(plan).map(\.description) }
}
