import ConveneCore
import ConveneEvaluation
import Testing

@testable import ConveneNetwork

/// Two network reports a few people apart: the second may not show what subtracting the
/// first would give away.
@Suite struct NetworkPublicationRecordTests {
  /// One 2027 event of Dakar people: `mayors` mayors and 10 youth, half of each responding
  /// (satisfaction 4, or `firstSatisfaction` for the first of them).
  static func report(mayors: Int, firstSatisfaction: Int = 4) -> NetworkReport {
    let people =
      (1...mayors).map { Build.person($0, category: "mayor") } + (1...10).map { Build.person(100 + $0, category: "youth") }
    let responses = people.enumerated().filter { $0.offset % 2 == 0 }.map {
      Build.response($0.element.id, satisfaction: $0.offset == 0 ? firstSatisfaction : 4)
    }
    let event = Build.networkEvent(Build.event("e1", year: 2027), people: people, responses: responses)
    return NetworkReport(
      records: Build.records(
        events: [event], cities: [Build.city("dakar-sn", "Dakar", "SN", population: 1_200_000)],
        indicators: [
          Build.indicator("participants", .participants, fields: ["category"]),
          Build.indicator("responses", .responses, fields: ["category"]),
          Build.indicator("satisfaction", .mean, question: "satisfaction"),
        ]))
  }

  @Test func aMeanWhoseSumMovedWithTheSameNIsASmallChange() throws {
    let record = NetworkPublicationRecord(Self.report(mayors: 10), newKey: { "k" })
    // One form sent again with another answer: n and every count the same, the mean not.
    let resent = Self.report(mayors: 10, firstSatisfaction: 1)
    let changes = record.smallChanges(in: resent).flatMap(\.cells)
    #expect(changes.contains("2027 satisfaction network total all (sum behind the mean): 40 → 37, n 10 → 10"), "\(changes)")
    #expect(changes.allSatisfy { $0.contains("(sum behind the mean)") }, "\(changes)")
    // A record written before sums were kept guards counts only, and still reads.
    var counts = record
    for key in counts.cells.keys { counts.cells[key]![0].counts.sum = nil }
    #expect(counts.smallChanges(in: resent).isEmpty)
    let row = try NetworkPublicationRecord.read("{\"cells\": [[2027, \"satisfaction\", \"network\", \"total\", \"all\", 10, null]]}")
    #expect(row.cells.values.first == [.init(counts: NetworkPublicationRecord.Counts(n: 10, numerator: nil), editions: [1])])
    #expect(row.editions == 1)
    #expect(try NetworkPublicationRecord.read(record.json) == record)
  }

  @Test func aReportOnePersonApartIsRefusedAndOneOfFiveIsNot() throws {
    let record = NetworkPublicationRecord(Self.report(mayors: 10), newKey: { "k" })
    #expect(record.smallChanges(in: Self.report(mayors: 10)).isEmpty)
    // One late registration: the two reports subtracted say she is a mayor.
    let one = record.smallChanges(in: Self.report(mayors: 11)).flatMap(\.cells)
    #expect(one.contains("2027 participants network category mayor: 10 → 11"), "\(one)")
    #expect(one.contains("2027 city:participants dakar-sn total all: 20 → 21"), "\(one)")
    // Ten more mayors, five of them responding: every difference is 0, 5 or 10.
    #expect(record.smallChanges(in: Self.report(mayors: 20)).isEmpty)
    // Read back from its file, the record is the same.
    let again = try NetworkPublicationRecord.read(record.json)
    #expect(again == record)
    #expect(again.smallChanges(in: Self.report(mayors: 12)).flatMap(\.cells).contains("2027 participants network total all: 20 → 22"))
    #expect(throws: NetworkPublicationRecord.RecordError.self) { try NetworkPublicationRecord.read("{\"cells\": [[1]]}") }
  }

  @Test func aReportIsComparedWithEveryEditionPublishedNotOnlyTheLast() throws {
    // Edition 1: 10 mayors. Edition 2: 20 (every cell 0, 5 or 10 apart). Then 11: far from
    // edition 2, one mayor from edition 1.
    let first = NetworkPublicationRecord(Self.report(mayors: 10), newKey: { "k" })
    let record = first.adding(Self.report(mayors: 20), newKey: { "k" })
    #expect(first.smallChanges(in: Self.report(mayors: 20)).isEmpty && record.editions == 2)
    let changes = record.smallChanges(in: Self.report(mayors: 11))
    #expect(changes.map(\.edition) == [1, 2])
    #expect(changes[0].cells.contains("2027 participants network category mayor: 10 → 11"), "\(changes[0].cells)")
    #expect(!changes[1].cells.contains { $0.hasPrefix("2027 participants network category mayor:") }, "\(changes[1].cells)")
    // A cell that showed the same counts in both editions is kept once, with both editions.
    let youth = try #require(record.cells.first { $0.key.hasSuffix("category\u{1F}youth") && $0.key.contains("\u{1F}participants\u{1F}") })
    #expect(youth.value.map(\.editions) == [[1, 2]])
    // Read back, compared the same; the same report again adds no edition.
    let read = try NetworkPublicationRecord.read(record.json)
    #expect(read == record && read.smallChanges(in: Self.report(mayors: 11)) == changes)
    #expect(read.adding(Self.report(mayors: 10), newKey: { "k" }) == read && read.adding(Self.report(mayors: 30), newKey: { "k" }).editions == 3)
    #expect(read.json.contains("\"format\": \"convene-network-published/5\""))
    #expect(throws: NetworkPublicationRecord.RecordError.self) {
      try NetworkPublicationRecord.read(record.json.replacingOccurrences(of: "\"1-2\"", with: "\"1-3\""))
    }
  }
}
