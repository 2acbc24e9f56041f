import ConveneCore
import Testing

@testable import ConveneScheduling

@Suite struct PreFlightTests {
  @Test func aSpeakerWithMoreSessionsThanTime() {
    let problem = ProblemBuilder().room("a").person("p1") { $0.arrival = LocalDateTime("2027-03-10 15:00") }
      .session("s1", duration: 90) { $0.speakers = ["p1"] }.session("s2", duration: 90) { $0.speakers = ["p1"] }.problem
    #expect(PreFlight.check(problem).map(\.message) == [
      "p1 speaks or moderates 2 sessions (180 minutes) but is there for 120 minutes of session time: \"S1\" (s1), \"S2\" (s2)"
    ])
  }

  @Test func exclusiveSessionsNeedingMoreHoursThanTheEventHas() {
    var builder = ProblemBuilder().room("a")
    for n in 0..<8 { builder = builder.session("plenary\(n)", duration: 120) { $0.kind = .plenary } }
    #expect(PreFlight.check(builder.problem).map(\.message) == [
      "the exclusive sessions (plenaries and ceremonies) need 960 minutes but the event has 840 minutes of session time"
    ])
  }

  @Test func aFeatureNoRoomHasAndASessionLongerThanAnyDay() {
    let problem = ProblemBuilder().room("a").session("outside") { $0.requires = ["outdoor"] }.session("marathon", duration: 300).problem
    #expect(PreFlight.check(problem).map(\.message) == [
      "\"OUTSIDE\" (outside) needs a room with outdoor and no room has it",
      "\"MARATHON\" (marathon) cannot start anywhere: it lasts 300 minutes and the longest stretch of a day between breaks is 210",
    ])
    #expect(PreFlight.check(problem).allSatisfy { $0.impossible })
  }

  @Test func aFeasibleProblemHasNoFindings() {
    #expect(PreFlight.check(ProblemBuilder().room("a").session("s").problem).isEmpty)
  }
}
