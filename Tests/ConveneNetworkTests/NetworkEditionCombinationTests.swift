import ConveneCore
import ConveneEvaluation
import Testing

@testable import ConveneNetwork

/// Network reports each 5 or more follow-ups from every other, taken with signs: the new one
/// may not make a sum of editions that counts fewer than 5 people.
@Suite struct NetworkEditionCombinationTests {
  /// One 2027 event of 40 Dakar mayors, every one of them committing; the follow-ups of
  /// `followedUp` (by number) came back, all `done`.
  static func report(followedUp: [Int]) -> NetworkReport {
    let people = (1...40).map { Build.person($0, category: "mayor") }
    let responses = people.map { Build.response($0.id, commitment: "Open a youth council") }
    let followups = followedUp.map { Build.followup(Build.id($0), status: "done") }
    let event = Build.networkEvent(
      Build.event("e1", year: 2027), people: people, responses: responses, followups: followups)
    return NetworkReport(
      records: Build.records(
        events: [event], cities: [Build.city("dakar-sn", "Dakar", "SN", population: 1_200_000)],
        indicators: [
          Build.indicator("followed-up", .followedUp, fields: ["category"]),
          Build.indicator("acted-upon", .actedUpon),
          Build.indicator("followup-rate", .followupRate),
        ]))
  }

  /// The record of the attacker's first three editions: 10 follow-ups (1–10), then 5 late ones
  /// (11–15), then `more` more (from 16).
  static func threeEditions(more: Int = 11) -> NetworkPublicationRecord {
    [Array(1...15), Array(1...(15 + more))].reduce(
      NetworkPublicationRecord(report(followedUp: Array(1...10)), newKey: { "k" })
    ) {
      $0.adding(report(followedUp: $1), newKey: { "never drawn again" })
    }
  }

  @Test func fourEditionsEachFiveApartThatSingleOutOneFollowupAreRefused() throws {
    let record = Self.threeEditions()
    #expect(record.editions == 3 && record.key == "k")
    // Then the 5 late ones removed as test forms while person 1 withdraws hers: 6 from
    // edition 3, 17 from edition 2, 12 from edition 1. Edition 3 − edition 2 − this + edition 1
    // is person 1's follow-up and status.
    let fourth = Self.report(followedUp: Array(2...10) + Array(16...26))
    #expect(record.smallChanges(in: fourth).isEmpty)
    let found = record.combinations(in: fourth)
    #expect(found.map(\.population) == ["2027 followed-up"], "\(found)")
    #expect(found.first?.people == 1)
    #expect(
      found.first?.text(newEdition: 4) == "the new edition − edition 3 + edition 2 − edition 1")
    // Read back from its file, the record finds the same.
    #expect(try NetworkPublicationRecord.read(record.json).combinations(in: fourth) == found)
    // The refusal names the population, the sum, how many it counts and the editions.
    #expect {
      try NetworkFolder.refuseCombinations(found, threshold: 5, record: record)
    } throws: { error in
      let message = (error as? CommandFailure)?.message ?? ""
      return (error as? CommandFailure)?.exitCode == 1
        && message.hasPrefix(
          "Adding and subtracting network reports already published from this folder (edition 1, edition 2, edition 3 (the last) of 3) and this one would single out fewer than 5 people"
        )
        && message.contains(
          "nothing was written:\n  2027 followed-up: the new edition − edition 3 + edition 2 − edition 1 counts 1 person (fewer than 5)\n"
        )
    }
  }

  @Test func aSeriesWhoseEverySumCountsFiveOrMoreIsPublished() throws {
    let record = Self.threeEditions(more: 15)
    // The 5 late ones removed while five withdraw instead of one: the same sum counts 5 people.
    let five = Self.report(followedUp: Array(6...10) + Array(16...30))
    #expect(record.smallChanges(in: five).isEmpty && record.combinations(in: five).isEmpty)
    // Then 5 more: every sum still counts 5 or more.
    let growing = record.adding(five, newKey: { "" })
    #expect(growing.editions == 4)
    let more = Self.report(followedUp: Array(6...10) + Array(16...35))
    #expect(growing.smallChanges(in: more).isEmpty && growing.combinations(in: more).isEmpty)
    // The same report again adds no edition and is not refused.
    #expect(
      growing.adding(five, newKey: { "" }) == growing && growing.combinations(in: five).isEmpty)
  }

  @Test func editionsRecordedBeforePeopleWereKeptTakeNoPart() throws {
    // A record of the first three editions as written before people were kept (format 3).
    var written = Self.threeEditions()
    written.key = ""
    #expect(!written.json.contains("\"people\""))
    let old = try NetworkPublicationRecord.read(
      written.json.replacingOccurrences(of: "published/4", with: "published/3"))
    #expect(old.editions == 3 && old.key.isEmpty)
    let fourth = Self.report(followedUp: Array(2...10) + Array(16...26))
    #expect(old.combinations(in: fourth).isEmpty)
    // Published, the fourth keeps its people; the editions before still take no part.
    let upgraded = try NetworkPublicationRecord.read(old.adding(fourth, newKey: { "k2" }).json)
    #expect(upgraded.editions == 4 && upgraded.key == "k2")
    #expect(
      upgraded.combinations(in: Self.report(followedUp: Array(1...10) + Array(16...26))).map(
        \.people) == [1])
    // A record whose people disagree with its editions is refused.
    #expect(throws: NetworkPublicationRecord.RecordError.self) {
      try NetworkPublicationRecord.read(
        upgraded.json.replacingOccurrences(of: "\"editions\": 4", with: "\"editions\": 5"))
    }
  }
}
