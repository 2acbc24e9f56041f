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

  @Test func peopleWhoseRecordsChangedAreCountedFromKeyedHashes() throws {
    let lines: [Population.Source: [String: String]] = [
      .registration: ["e/p1": "e/p1|woman|1", "e/p2": "e/p2|man|1", "e/p3": "e/p3|man|0"],
      .feedback: ["e/p1": "e/p1|1|satisfaction=5", "e/p2": "e/p2|0", "e/p3": "e/p3|0"],
    ]
    #expect(DisclosureRecord().changedPeople(lines) == 0)
    let record = DisclosureRecord().remembering(lines) { "k" }
    #expect(record.key == "k" && record.changedPeople(lines) == 0)
    // One late answer, one new registration, one person removed: three people.
    var later = lines
    later[.feedback]!["e/p2"] = "e/p2|1|satisfaction=1"
    #expect(record.changedPeople(later) == 1)
    later[.registration]!["e/p4"] = "e/p4|woman|1"
    later[.registration]!["e/p3"] = nil
    later[.feedback]!["e/p3"] = nil
    #expect(record.changedPeople(later) == 3)
    // A person counted once however many sources changed; the record keeps its key.
    later[.registration]!["e/p2"] = "e/p2|man|0"
    #expect(record.changedPeople(later) == 3)
    #expect(record.remembering(later) { "other" }.key == "k")
    // Neither who nor what is in the file in clear, and it reads back.
    let json = record.adding(pattern("attended", ["man"]), digests: digests).json
    #expect(!json.contains("p1") && !json.contains("satisfaction") && !json.contains("woman"))
    let read = try DisclosureRecord.read(json)
    #expect(read.people == record.people && read.changedPeople(later) == 3)
  }

  @Test func theRecordReadsBackAndADamagedOneIsRefused() throws {
    let record = DisclosureRecord().adding(pattern("answered:satisfaction", ["18-24", "65+"]), digests: digests)
    #expect(try DisclosureRecord.read(record.json) == record)
    #expect(throws: DisclosureRecord.RecordError.self) { try DisclosureRecord.read("{\"sources\": 3}") }
    #expect(throws: DisclosureRecord.RecordError.self) { try DisclosureRecord.read("{") }
  }
}
