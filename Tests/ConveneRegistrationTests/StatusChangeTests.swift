import ConveneCore
import Testing

@testable import ConveneRegistration

@Suite struct StatusChangeTests {
  let people = [
    Build.person("p001", "a@x.org", category: "mayor", status: .confirmed),
    Build.person("p002", "b@x.org", category: "youth", status: .registered),
    Build.person("p003", "c@x.org", category: "mayor", status: .waitlisted),
    Build.person("p004", "d@x.org", category: "youth", status: .waitlisted),
  ]
  let event = Build.event(capacity: 2, quotas: ["mayor": 1])

  @Test func cancellingPromotesTheFirstWaitingPersonWhoseCategoryHasRoom() throws {
    let outcome = try StatusChange(event: event).apply(.cancelled, to: ["p002"], in: people)
    #expect(outcome.promoted == ["p004"])  // p003 is a mayor and the mayor quota is full
    #expect(outcome.participants.map(\.status) == [.confirmed, .cancelled, .waitlisted, .registered])
  }

  @Test func decliningAMayorLetsTheWaitingMayorIn() throws {
    let outcome = try StatusChange(event: event).apply(.declined, to: ["p001"], in: people)
    #expect(outcome.promoted == ["p003"])
  }

  @Test func confirmingSomeoneWithoutAPlaceNeedsOne() throws {
    #expect(throws: StatusChange.Problem.noPlace(id: "p004", category: "youth")) {
      try StatusChange(event: event).apply(.confirmed, to: ["p004"], in: people)
    }
    let forced = try StatusChange(event: event).apply(.confirmed, to: ["p004"], in: people, overCapacity: true)
    #expect(forced.participants[3].status == .confirmed)
  }

  @Test func unknownIdsChangeNothing() {
    #expect(throws: StatusChange.Problem.unknownParticipant("p999")) {
      try StatusChange(event: event).apply(.cancelled, to: ["p002", "p999"], in: people)
    }
  }

  /// Two places are free (the capacity was raised) and two people wait: a change that frees
  /// no place leaves the waitlist where it was.
  @Test func aChangeThatFreesNoPlaceMovesNoOneOnTheWaitlist() throws {
    let change = StatusChange(event: Build.event(capacity: 4, quotas: [:]))
    let again = try change.apply(.confirmed, to: ["p001"], in: people)
    #expect(again.alreadyThere == ["p001"] && again.changed.isEmpty && again.promoted.isEmpty)
    #expect(again.participants == people)
    let confirmed = try change.apply(.confirmed, to: ["p002"], in: people)
    #expect(confirmed.promoted.isEmpty)
    #expect(confirmed.participants.map(\.status) == [.confirmed, .confirmed, .waitlisted, .waitlisted])
    let cancelledAgain = try change.apply(.cancelled, to: ["p003"], in: people)
    #expect(cancelledAgain.promoted.isEmpty)
    #expect(cancelledAgain.participants.map(\.status) == [.confirmed, .registered, .cancelled, .waitlisted])
  }

  @Test func promotingFillsPlacesFreedByRaisingTheCapacity() {
    let outcome = StatusChange(event: Build.event(capacity: 4, quotas: [:])).promoteFromWaitlist(people)
    #expect(outcome.promoted == ["p003", "p004"])
  }

  /// Two places are free: confirming p004 would pass p003, who waits for one ahead of them.
  @Test func confirmingSomeoneLaterOnTheWaitlistNeedsOutOfTurn() throws {
    let change = StatusChange(event: Build.event(capacity: 4, quotas: [:]))
    #expect(throws: StatusChange.Problem.outOfTurn(id: "p004", ahead: ["p003"])) {
      try change.apply(.confirmed, to: ["p004"], in: people)
    }
    #expect(
      StatusChange.Problem.outOfTurn(id: "p004", ahead: ["p003"]).description
        == "a free place would go to p004 while p003 waits for it ahead on the waitlist; `participants promote` offers places in waitlist order, or use --out-of-turn to give p004 the place first"
    )
    let jumped = try change.apply(.confirmed, to: ["p004"], in: people, outOfTurn: true)
    #expect(jumped.participants.map(\.status) == [.confirmed, .registered, .waitlisted, .confirmed])
    #expect(jumped.promoted.isEmpty)
    // Confirmed together, neither passes the other.
    let both = try change.apply(.confirmed, to: ["p004", "p003"], in: people)
    #expect(both.participants.map(\.status) == [.confirmed, .registered, .confirmed, .confirmed])
  }

  /// Only those whose category has room wait for the place: the mayors' quota is full.
  @Test func aWaitingPersonWhoseCategoryIsFullIsNotAhead() throws {
    let change = StatusChange(event: Build.event(capacity: 4, quotas: ["mayor": 1]))
    let confirmed = try change.apply(.confirmed, to: ["p004"], in: people)
    #expect(confirmed.participants.map(\.status) == [.confirmed, .registered, .waitlisted, .confirmed])
  }

  /// Someone cancelled who comes back takes a place everyone on the waitlist waits for.
  @Test func reinstatingSomeoneCancelledPassesNoOneOnTheWaitlist() throws {
    let cancelled = people + [Build.person("p005", "e@x.org", category: "youth", status: .cancelled)]
    let change = StatusChange(event: Build.event(capacity: 3, quotas: [:]))
    #expect(throws: StatusChange.Problem.outOfTurn(id: "p005", ahead: ["p003", "p004"])) {
      try change.apply(.confirmed, to: ["p005"], in: cancelled)
    }
    let overCapacity = try StatusChange(event: Build.event(capacity: 2, quotas: [:]))
      .apply(.confirmed, to: ["p005"], in: cancelled, overCapacity: true)
    #expect(overCapacity.participants[4].status == .confirmed)
  }

  /// One place is free and two are confirmed: it goes to the one ahead on the waitlist,
  /// whatever order the command names them in, and the other is told so.
  @Test func theOneFreePlaceGoesToTheFirstOnTheWaitlistWhateverTheCommandsOrder() {
    let change = StatusChange(event: Build.event(capacity: 3, quotas: [:]))
    for order in [["p004", "p003"], ["p003", "p004"]] {
      #expect(throws: StatusChange.Problem.takenInTheSameChange(id: "p004", earlier: ["p003"])) {
        try change.apply(.confirmed, to: order, in: people, outOfTurn: true)
      }
    }
    #expect(
      StatusChange.Problem.takenInTheSameChange(id: "p004", earlier: ["p003"]).description
        == "p004 does not hold a place and none is left once p003, ahead of p004 in the order places are offered "
        + "(that of participants.csv), takes the free one; confirm fewer people, raise the capacity or quota in "
        + "event.json, or use --over-capacity"
    )
  }
}
