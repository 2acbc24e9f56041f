import ConveneCore
import ConveneHMAC
import Testing

@testable import ConveneEvaluation

@Suite struct DisclosureRecordTests {
  let digests: [Population.Source: String] = [.registration: "r1", .feedback: "f1"]

  /// The people changed since the last edition, by population.
  func sinceLast(_ record: DisclosureRecord, _ lines: [String: [String: String]], sources: [Population.Source: [String: String]] = [:])
    -> [String: Int]
  {
    record.changes(populations: lines, sources: sources).first { $0.edition == record.lastEdition }?.populations ?? [:]
  }

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

  @Test func theSharesShownAreKeptWhileTheFeedbackIsTheSame() throws {
    let record = DisclosureRecord().adding(
      DisclosureControl.Pattern(), shares: ["answer:satisfaction=4|5"], digests: digests)
    let next = try DisclosureRecord.read(record.json)
      .adding(DisclosureControl.Pattern(), shares: ["answer:satisfaction=5"], digests: digests)
    #expect(next.earlierShares(for: digests) == ["answer:satisfaction=4|5", "answer:satisfaction=5"])
    // More feedback came in: the shares shown of the old records no longer count.
    let changed: [Population.Source: String] = [.registration: "r1", .feedback: "f2"]
    #expect(next.earlierShares(for: changed).isEmpty)
    #expect(next.adding(DisclosureControl.Pattern(), digests: changed).shares.isEmpty)
  }

  @Test func aRecordWhoseSharesAreNotSharesIsRefused() {
    let text = "{\n  \"sources\": {},\n  \"hidden\": {},\n  \"shares\": [\"attended\"]\n}\n"
    #expect(throws: DisclosureRecord.RecordError(line: 4, reason: "shares must list shares' answers (answer:question=answers)")) {
      try DisclosureRecord.read(text)
    }
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
    #expect(sinceLast(record, later) == ["responded": 1, "answered:satisfaction": 1])
    // Four new registrations do not make the late answer five people's change.
    for person in ["e/p4", "e/p5", "e/p6", "e/p7"] { later["registered"]![person] = "gender=woman" }
    #expect(sinceLast(record, later) == ["registered": 4, "responded": 1, "answered:satisfaction": 1])
    // A changed answer is a change in the populations whose figures use it; a person removed
    // left every population they were in.
    later["answered:satisfaction"]!["e/p1"] = "gender=woman\u{1F}satisfaction=4"
    later["registered"]!["e/p3"] = nil
    #expect(sinceLast(record, later) == ["registered": 5, "responded": 1, "answered:satisfaction": 2])
    // A population no longer published: everyone in it left.
    later["responded"] = nil
    #expect(sinceLast(record, later)["responded"] == 1)
    #expect(record.remembering(later) { "other" }.key == "k")
    // Neither who nor what is in the file in clear, and it reads back.
    let json = record.adding(pattern("attended", ["man"]), digests: digests).json
    #expect(!json.contains("p1") && !json.contains("satisfaction=") && !json.contains("woman"))
    let read = try DisclosureRecord.read(json)
    #expect(read.published == record.published && sinceLast(read, later) == ["registered": 5, "responded": 1, "answered:satisfaction": 2])
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
    #expect(read.people == old.people && read.published.count == 0)
    #expect(read.changes(populations: [:], sources: sources).isEmpty)
    var later = sources
    later[.feedback]!["e/p2"] = "e/p2|1|satisfaction=1"
    for person in ["e/p3", "e/p4", "e/p5", "e/p6"] { later[.registration]![person] = "\(person)|woman|0" }
    #expect(sinceLast(read, ["responded": ["e/p2": "x"]], sources: later) == ["registration records": 4, "feedback records": 1])
    // The next edition is remembered by population, and the one kept by source is still
    // compared, as edition 0.
    let next = read.remembering(["responded": ["e/p2": "x"]]) { "other" }
    #expect(next.key == "k" && next.published.count == 1 && next.lastEdition == 1)
    #expect(next.changes(populations: ["responded": ["e/p2": "x"]], sources: later).map(\.edition) == [0])
    #expect(next.changes(populations: ["responded": ["e/p2": "x"]], sources: sources).isEmpty)
  }

  /// Ten respondents (`e/p1`…), each with a gender and a satisfaction answer.
  static func respondents(_ numbers: ClosedRange<Int>, gender: (Int) -> String = { _ in "woman" }) -> [String: [String: String]] {
    var responded: [String: String] = [:]
    var answered: [String: String] = [:]
    for number in numbers {
      responded["e/p\(number)"] = "gender=\(gender(number))"
      answered["e/p\(number)"] = "gender=\(gender(number))\u{1F}satisfaction=\(number % 3 + 3)"
    }
    return ["responded": responded, "answered:satisfaction": answered]
  }

  @Test func aChangeOfFiveAndItsUndoingDoNotLaunderOneLateForm() throws {
    // Edition 1: ten forms. Edition 2: five genders corrected (5 changed in each population).
    // Then the correction undone while p11's late form arrives: 6 changed since edition 2, but 1
    // since edition 1, whose figures the new ones would give that person's answer beside.
    let first = Self.respondents(1...10)
    let corrected = Self.respondents(1...10) { $0 <= 5 ? "man" : "woman" }
    let undone = Self.respondents(1...11)
    var names = ["r1", "k", "r2"][...]
    let next = { names.popFirst()! }
    var record = DisclosureRecord().adding(DisclosureControl.Pattern(), digests: [.registration: "a"], newEdition: next)
      .remembering(first) { next() }
    record = record.adding(DisclosureControl.Pattern(), digests: [.registration: "b"], newEdition: next)
      .remembering(corrected) { "unused" }
    #expect(record.published.count == 2 && record.lastEdition == 2)
    let changes = record.changes(populations: undone, sources: [:])
    #expect(
      changes == [
        PublishedEditions.Changes(edition: 1, names: [.registration: "r1"], populations: ["responded": 1, "answered:satisfaction": 1]),
        PublishedEditions.Changes(edition: 2, names: [.registration: "r2"], populations: ["responded": 6, "answered:satisfaction": 6]),
      ])
    // Both editions read back from the file, compared the same way.
    let read = try DisclosureRecord.read(record.json)
    #expect(read == record && read.changes(populations: undone, sources: [:]) == changes)
    // The records exactly as in edition 1 again: nothing new to give away, and no new edition.
    #expect(read.changes(populations: first, sources: [:]).map(\.edition) == [2])
    #expect(read.remembering(first) { "unused" }.published == read.published)
    // Five late forms against both: each population 5 or more people apart from every edition.
    let five = Self.respondents(1...15)
    #expect(read.changes(populations: five, sources: [:]).allSatisfy { $0.populations.values.allSatisfy { $0 >= 5 } })
    let third = read.remembering(five) { "unused" }
    #expect(third.published.count == 3)
    #expect(try DisclosureRecord.read(third.json).changes(populations: Self.respondents(1...16), sources: [:]).map(\.edition) == [1, 2, 3])
  }

  @Test func aPersonUnchangedAcrossEditionsIsKeptOnceWithTheEditionsAsRanges() throws {
    var record = DisclosureRecord().remembering(Self.respondents(1...10)) { "k" }
    for extra in stride(from: 15, through: 30, by: 5) { record = record.remembering(Self.respondents(1...extra)) { "unused" } }
    #expect(record.published.count == 5)
    let json = record.json
    // p1 was in all five editions with the same line; p11 from the second; p26 in the last.
    let hashed = record.hashed(["responded": ["e/p1": "gender=woman", "e/p11": "gender=woman", "e/p26": "gender=woman"]])["responded"]!
    for (person, editions) in [("e/p1", "1-5"), ("e/p11", "2-5"), ("e/p26", "5")] {
      let who = try #require(record.hashed(["x": [person: ""]])["x"]?.keys.first)
      #expect(json.contains("\"\(who)\": \"\(hashed[who]!)@\(editions)\""), "\(person)")
      #expect(who.count == 32 && hashed[who]!.count == 32)
    }
    // Two populations of 30 people at most, each kept once: 60 lines, whatever the editions.
    #expect(json.components(separatedBy: "@").count - 1 == 60)
  }

  @Test func aRecordThatKeptTheLastEditionOnlyIsReadAsEditionOne() throws {
    // As written before every edition was kept: full 256-bit hashes of the last edition.
    let lines = Self.respondents(1...10)
    let key = "k"
    func full(_ text: String) -> String {
      HMAC.sha256(key: Array(key.utf8), message: Array(text.utf8)).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
    let populations = lines.keys.sorted().map { population in
      "\"\(population)\": {" + lines[population]!.map { "\"\(full("who\u{1F}" + $0.key))\": \"\(full($0.value))\"" }.joined(separator: ", ") + "}"
    }
    let old = """
      {"sources": {"feedback": {"digest": "d", "edition": "0123456789abcdef"}}, "hidden": {}, "key": "\(key)",
       "populations": {\(populations.joined(separator: ", "))}}
      """
    let read = try DisclosureRecord.read(old)
    #expect(read.published.count == 1 && read.published.names == [[.feedback: "0123456789abcdef"]])
    #expect(read.changes(populations: lines, sources: [:]).isEmpty)
    #expect(read.changes(populations: Self.respondents(1...11), sources: [:]).map(\.populations) == [["responded": 1, "answered:satisfaction": 1]])
    // Written again, it keeps every edition from then on.
    let next = read.remembering(Self.respondents(1...15)) { "unused" }
    #expect(try DisclosureRecord.read(next.json).changes(populations: Self.respondents(1...11), sources: [:]).map(\.edition) == [1, 2])
  }

  @Test func aDamagedListOfEditionsIsRefusedWithItsLine() throws {
    let record = DisclosureRecord().remembering(Self.respondents(1...10)) { "k" }
    let json = record.json
    let at = try #require(json.range(of: "@1\""))
    for damaged in ["@2\"", "@0\"", "@1-\"", "@\"", "\""] {
      #expect(throws: DisclosureRecord.RecordError.self) { try DisclosureRecord.read(json.replacingCharacters(in: at, with: damaged)) }
    }
  }

  @Test func theRecordReadsBackAndADamagedOneIsRefused() throws {
    let record = DisclosureRecord().adding(pattern("answered:satisfaction", ["18-24", "65+"]), digests: digests)
    #expect(try DisclosureRecord.read(record.json) == record)
    #expect(throws: DisclosureRecord.RecordError.self) { try DisclosureRecord.read("{\"sources\": 3}") }
    #expect(throws: DisclosureRecord.RecordError.self) { try DisclosureRecord.read("{") }
  }
}
