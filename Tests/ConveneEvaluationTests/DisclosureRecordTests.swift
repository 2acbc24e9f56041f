import ConveneCore
import Testing

@testable import ConveneEvaluation

@Suite struct DisclosureRecordTests {
  let digests: [Population.Source: String] = [.registration: "r1", .feedback: "f1"]

  func pattern(_ population: String, _ groups: Set<String>) -> DisclosureControl.Pattern {
    DisclosureControl.Pattern(hidden: [population: ["gender": groups]])
  }

  @Test func hiddenGroupsAreKeptWhileTheRecordsAreTheSame() {
    let record = DisclosureRecord().adding(pattern("attended", ["man", "other"]), digests: digests)
    #expect(record.earlier(for: digests).groups("attended", "gender") == ["man", "other"])
    let next = record.adding(pattern("attended", ["woman", "other"]), digests: digests)
    #expect(next.pattern.groups("attended", "gender") == ["man", "woman", "other"])
  }

  @Test func aPopulationStartsAfreshOnceItsRecordsChange() {
    let record = DisclosureRecord().adding(
      DisclosureControl.Pattern(hidden: [
        "attended": ["gender": ["man"]], "responded": ["gender": ["woman"]],
      ]), digests: digests)
    // More feedback came in: the registration side is the same people, the feedback side not.
    let changed: [Population.Source: String] = [.registration: "r1", .feedback: "f2"]
    let earlier = record.earlier(for: changed)
    #expect(earlier.groups("attended", "gender") == ["man"])
    #expect(earlier.groups("responded", "gender").isEmpty)
  }

  @Test func theSameRecordsKeepTheirEditionAndChangedOnesGetANewOne() throws {
    var names = ["e1", "e2", "e3", "e4"][...]
    let next = { names.popFirst()! }
    let first = DisclosureRecord().adding(pattern("attended", ["man"]), digests: digests, newEdition: next)
    let editions = first.editions
    #expect(Set(editions.values) == ["e1", "e2"])
    let same = first.adding(pattern("attended", ["man"]), digests: digests, newEdition: next)
    #expect(same.editions == editions)
    let changed: [Population.Source: String] = [.registration: "r1", .feedback: "f2"]
    let later = same.adding(DisclosureControl.Pattern(), digests: changed, newEdition: next)
    #expect(later.editions[.registration] == editions[.registration])
    #expect(later.editions[.feedback] == "e3")
    #expect(try DisclosureRecord.read(later.json) == later)
  }

  @Test func theRecordReadsBackAndADamagedOneIsRefused() throws {
    let record = DisclosureRecord().adding(pattern("answered:satisfaction", ["18-24", "65+"]), digests: digests)
    #expect(try DisclosureRecord.read(record.json) == record)
    #expect(throws: DisclosureRecord.RecordError.self) { try DisclosureRecord.read("{\"sources\": 3}") }
    #expect(throws: DisclosureRecord.RecordError.self) { try DisclosureRecord.read("{") }
  }
}
