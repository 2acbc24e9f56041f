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

  @Test func peopleWhoChangedAreCountedPopulationByPopulationFromKeyedHashes() throws {
    let lines: [String: [String: String]] = [
      "registered": ["e/p1": "gender=woman", "e/p2": "gender=man", "e/p3": "gender=man"],
      "responded": ["e/p1": "gender=woman"],
      "answered:satisfaction": ["e/p1": "gender=woman\u{1F}satisfaction=5"],
    ]
    #expect(DisclosureRecord().changes(populations: lines, sources: [:]).isEmpty)
    let record = DisclosureRecord().remembering(lines) { "k" }
    #expect(record.key == "k" && record.changes(populations: lines, sources: [:]).isEmpty)
    // One late answer: one person entered two populations, the registered are the same.
    var later = lines
    later["responded"]!["e/p2"] = "gender=man"
    later["answered:satisfaction"]!["e/p2"] = "gender=man\u{1F}satisfaction=1"
    #expect(record.changes(populations: later, sources: [:]) == ["responded": 1, "answered:satisfaction": 1])
    // Four new registrations do not make the late answer five people's change.
    for person in ["e/p4", "e/p5", "e/p6", "e/p7"] { later["registered"]![person] = "gender=woman" }
    #expect(record.changes(populations: later, sources: [:]) == ["registered": 4, "responded": 1, "answered:satisfaction": 1])
    // A changed answer is a change in the populations whose figures use it; a person removed
    // left every population they were in.
    later["answered:satisfaction"]!["e/p1"] = "gender=woman\u{1F}satisfaction=4"
    later["registered"]!["e/p3"] = nil
    #expect(record.changes(populations: later, sources: [:]) == ["registered": 5, "responded": 1, "answered:satisfaction": 2])
    // A population no longer published: everyone in it left.
    later["responded"] = nil
    #expect(record.changes(populations: later, sources: [:])["responded"] == 1)
    #expect(record.remembering(later) { "other" }.key == "k")
    // Neither who nor what is in the file in clear, and it reads back.
    let json = record.adding(pattern("attended", ["man"]), digests: digests).json
    #expect(!json.contains("p1") && !json.contains("satisfaction=") && !json.contains("woman"))
    let read = try DisclosureRecord.read(json)
    #expect(read.populations == record.populations && read.changes(populations: later, sources: [:]) == ["registered": 5, "responded": 1, "answered:satisfaction": 2])
  }

  @Test func aRecordKeptBySourceIsComparedSourceBySource() throws {
    // As written before populations were kept: what each source said of each person.
    let sources: [Population.Source: [String: String]] = [
      .registration: ["e/p1": "e/p1|woman|1", "e/p2": "e/p2|man|1"], .feedback: ["e/p1": "e/p1|1|satisfaction=5", "e/p2": "e/p2|0"],
    ]
    var old = DisclosureRecord()
    old.key = "k"
    old.people = old.hashed(sources)
    let read = try DisclosureRecord.read(old.json)
    #expect(read.people == old.people && read.populations.isEmpty)
    #expect(read.changes(populations: [:], sources: sources).isEmpty)
    var later = sources
    later[.feedback]!["e/p2"] = "e/p2|1|satisfaction=1"
    for person in ["e/p3", "e/p4", "e/p5", "e/p6"] { later[.registration]![person] = "\(person)|woman|0" }
    #expect(read.changes(populations: ["responded": ["e/p2": "x"]], sources: later) == ["registration records": 4, "feedback records": 1])
    // The next edition is remembered by population.
    let next = read.remembering(["responded": ["e/p2": "x"]]) { "other" }
    #expect(next.people.isEmpty && next.key == "k" && next.changes(populations: ["responded": ["e/p2": "x"]], sources: later).isEmpty)
  }

  @Test func theRecordReadsBackAndADamagedOneIsRefused() throws {
    let record = DisclosureRecord().adding(pattern("answered:satisfaction", ["18-24", "65+"]), digests: digests)
    #expect(try DisclosureRecord.read(record.json) == record)
    #expect(throws: DisclosureRecord.RecordError.self) { try DisclosureRecord.read("{\"sources\": 3}") }
    #expect(throws: DisclosureRecord.RecordError.self) { try DisclosureRecord.read("{") }
  }
}
