import ConveneCore
import Testing

@testable import ConveneNetwork

/// A workspace copied and its id changed, listed beside the original: `network check` passed it
/// and the network report would have counted everyone twice once both were reported.
@Suite struct CopiedEventTests {
  static let people = (1...6).map { Build.person($0) }

  @Test func anEventOfTheSamePeopleOnTheSameDaysUnderAnotherIdIsAnError() {
    var copy = Build.networkEvent(Build.event("dakar-2027-copy", year: 2027), people: Self.people)
    copy.line = 4
    let records = Build.records(
      events: [Build.networkEvent(Build.event("dakar-2027", year: 2027), people: Self.people), copy],
      cities: [Build.city("dakar-sn", "Dakar", "SN")])
    #expect(
      NetworkChecker.check(records).map(\.description) == [
        "error: network.json:4: events: ../dakar-2027-copy (event dakar-2027-copy) holds the same 6 people on the same days as ../dakar-2027 (event dakar-2027): one event copied under another id would count everyone twice (hint: list each event once: remove the copy from network.json)"
      ])
  }

  /// Another event of the same people on other days (a follow-up meeting), or of other people
  /// on the same days (a parallel event), is no copy.
  @Test func theSamePeopleOnOtherDaysOrOtherPeopleOnTheSameDaysAreNoCopy() {
    let records = Build.records(
      events: [
        Build.networkEvent(Build.event("dakar-2027", year: 2027), people: Self.people),
        Build.networkEvent(Build.event("dakar-2028", year: 2028), people: Self.people),
        Build.networkEvent(
          Build.event("thies-2027", year: 2027), people: Array(Self.people.prefix(2)) + (7...10).map { Build.person($0) }),
      ],
      cities: [Build.city("dakar-sn", "Dakar", "SN")])
    #expect(NetworkChecker.check(records).isEmpty)
  }

  /// A copy with a row removed is no exact copy, but nearly all its people are the original's
  /// on the same days: a warning (two events of one week rarely share nearly everyone).
  @Test func aCopyWithOnePersonRemovedIsWarnedOf() {
    let people = (1...12).map { Build.person($0) }
    var copy = Build.networkEvent(Build.event("dakar-2027-b", year: 2027), people: Array(people.dropLast()))
    copy.line = 4
    let records = Build.records(
      events: [Build.networkEvent(Build.event("dakar-2027", year: 2027), people: people), copy],
      cities: [Build.city("dakar-sn", "Dakar", "SN")])
    #expect(
      NetworkChecker.check(records).map(\.description) == [
        "warning: network.json:4: events: ../dakar-2027-b (event dakar-2027-b) shares 11 of its 11 people with ../dakar-2027 "
          + "(event dakar-2027, 12 people) on the same days: a copy with a few rows changed would count them twice "
          + "(hint: if it is a copy, remove it from network.json)"
      ])
  }
}
