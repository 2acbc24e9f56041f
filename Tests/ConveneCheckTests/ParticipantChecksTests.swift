import ConveneCore
import Testing

@testable import ConveneCheck

@Suite struct ParticipantChecksTests {
  @Test func repeatedIdsAndEmails() {
    let plan = PlanBuilder().person("p001", line: 2).person("p001", line: 3).with { $0.participants[1].email = "p001@example.org" }
    #expect(plan.described == [
      "error: participants.csv:3: id: the id \"p001\" is already used on line 2",
      "error: participants.csv:3: email: the e-mail p001@example.org is already used on line 2 (hint: one row per person; merge the two rows)",
    ])
  }

  /// Ids name files (`certificates/p001.html`): two that differ only in case are one id.
  @Test func idsThatDifferOnlyInCaseAreRepeated() {
    let plan = PlanBuilder().person("p005", line: 2).person("P005", line: 3)
    #expect(plan.described == [
      "error: participants.csv:3: id: the id \"P005\" is already used on line 2 (as \"p005\": ids that differ only in case name the same files)"
    ])
  }

  /// An internationalised address is an address, but mail without SMTPUTF8 cannot carry it.
  @Test func anAddressOfOtherThanASCIILettersIsWarnedOf() {
    let plan = PlanBuilder().person("p001", line: 2) { $0.email = "cai@exämple.org" }
    #expect(plan.described == [
      "warning: participants.csv:2: email: \"cai@exämple.org\" holds \"ä\", which mail without SMTPUTF8 cannot carry: invite and notify refuse to write to it (hint: the person's plain address (a domain's xn-- form))"
    ])
  }

  @Test func unknownCategory() {
    let plan = PlanBuilder().person("p001", line: 4) { $0.category = "astronaut" }
    let fields = WorkspaceChecker.check(plan.plan).map { "\($0.line!):\($0.field!)" }
    #expect(fields == ["4:category"])
  }

  /// An arrival with an offset and a departure on the event's clock (Nairobi, UTC+3): leaving
  /// at 12:00 after arriving at 10:00Z (13:00) is an error the file's own rule cannot see; the
  /// other way round is a stay.
  @Test func aStayWithOneOffsetIsReadOnTheEventsClock() {
    let plan = PlanBuilder()
      .person("p001", line: 2) {
        $0.arrival = LocalDateTime("2027-03-09T10:00Z")
        $0.departure = LocalDateTime("2027-03-09 12:00")
      }
      .person("p002", line: 3) {
        $0.email = "p002@example.org"
        $0.arrival = LocalDateTime("2027-03-09 12:00")
        $0.departure = LocalDateTime("2027-03-09T10:00Z")
      }
    #expect(
      plan.described == [
        "error: participants.csv:2: departure: p001 leaves (2027-03-09 12:00) before arriving (2027-03-09 10:00+00:00), "
          + "a time without an offset being Africa/Nairobi time"
      ])
  }

  @Test func moreConfirmedPeopleThanPlacesIsAWarning() {
    let plan = PlanBuilder().person("p001").person("p002").with {
      $0.participants[1].email = "other@example.org"
      $0.event.capacity = 1
    }
    #expect(plan.described == ["warning: participants.csv: 2 people hold a place but the event's capacity is 1 (hint: cancel or waitlist some, or raise capacity in event.json)"])
  }

  @Test func waitlistedPeopleWithAFreePlaceAreAWarning() {
    let plan = PlanBuilder().person("p001").person("p002", status: .waitlisted).person("p003", status: .waitlisted)
      .person("p004", status: .waitlisted) { $0.category = "youth" }
      .with {
        for index in $0.participants.indices { $0.participants[index].email = "p\(index)@example.org" }
        $0.event.capacity = 3
        $0.event.categories = [Category(id: "mayor", label: "Mayor", quota: 2), Category(id: "youth", label: "Youth")]
      }
    #expect(plan.described == [
      "warning: participants.csv: status: 2 waitlisted people have a free place (p002, p004; 1 of 3 places held): a waiting-list notice would tell them no place is free (hint: run `convene participants promote`)"
    ])
  }
}
