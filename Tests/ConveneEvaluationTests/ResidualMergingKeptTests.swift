import ConveneCore
import Testing

@testable import ConveneEvaluation

/// A field's residual groups are published the way the event's first report published them,
/// whatever `disclosure.residual_groups` says later: "other or not stated" 7 in one report and
/// "prefer not to say" 6 in the next would give the one person who did not say, and their answers.
@Suite struct ResidualMergingKeptTests {
  /// 8 women, 6 + `extraMen` men, 6 who prefer not to say and one who gave no gender (p021),
  /// who rated 2 where everyone else rated 4.
  static func records(residual: [String] = DisclosurePolicy.standardResidualGroups, extraMen: Int = 0) -> EventRecords {
    let people =
      Build.people(8, gender: "woman") + Build.people(6, from: 9, gender: "man")
      + Build.people(6, from: 15, gender: "prefer-not-to-say") + Build.people(1, from: 21, gender: "")
      + Build.people(extraMen, from: 22, gender: "man")
    var plan = Build.plan(people: people)
    plan.event.disclosure = DisclosurePolicy(residualGroups: residual)
    let responses = people.map { Build.response($0.id, ["satisfaction": $0.id == "p021" ? "2" : "4"]) }
    return EventRecords(plan: plan, evaluation: Build.standard, responses: responses)
  }

  /// The gender rows of `indicator`: group → the value as published ("suppressed" when hidden).
  static func genders(_ report: IndicatorReport, _ indicator: String = "satisfaction-mean") -> [String: String] {
    var rows: [String: String] = [:]
    for cell in report.values(event: "t-2027", indicator: indicator) where cell.value.disaggregation == "gender" {
      rows[cell.value.group] = cell.isCountHidden ? "suppressed" : cell.valueText
    }
    return rows
  }

  static let merged = DisclosureControl.mergedGroup

  @Test func aMergedGroupStaysMergedWhenTheResidualGroupsAreNarrowedOnTheSameRecords() throws {
    let first = IndicatorReport(events: [Self.records()], newEdition: { "one" })
    #expect(Self.genders(first)[Self.merged] == "3.71" && Self.genders(first)["prefer-not-to-say"] == nil)
    let record = try #require(first.records["t-2027"])
    #expect(record.merging == ["gender": Set(DisclosurePolicy.standardResidualGroups)])
    // event.json now names only "not-given" as residual: the merged group is kept, no
    // "prefer not to say" row appears beside it, and the report says so.
    let second = IndicatorReport(events: [Self.records(residual: ["not-given"])], earlier: ["t-2027": record])
    for indicator in ["registered", "responses", "satisfaction-mean", "satisfied"] {
      #expect(Self.genders(second, indicator) == Self.genders(first, indicator), "\(indicator)")
    }
    #expect(second.fewChanged.isEmpty && second.fewCombined.isEmpty)
    #expect(second.keptMerging == ["t-2027": ["gender": Set(DisclosurePolicy.standardResidualGroups)]])
    // The published policy names the groups the merged one stands for.
    #expect(second.policies["t-2027"]?.residualGroups.contains("prefer-not-to-say") == true)
    #expect(second.records["t-2027"]?.merging == record.merging)
  }

  @Test func groupsPublishedApartAreNotMergedLaterOnTheSameRecords() throws {
    let first = IndicatorReport(events: [Self.records(residual: ["not-given"])], newEdition: { "one" })
    #expect(Self.genders(first)["prefer-not-to-say"] == "4.00" && Self.genders(first)["not-given"] == "suppressed")
    let record = try #require(first.records["t-2027"])
    #expect(record.merging == ["gender": []])
    // Back to the standard residual groups: merging would show 7 beside the 6 published.
    let second = IndicatorReport(events: [Self.records()], earlier: ["t-2027": record])
    #expect(Self.genders(second) == Self.genders(first))
    #expect(Self.genders(second)[Self.merged] == nil)
    #expect(second.keptMerging == ["t-2027": ["gender": []]])
  }

  @Test func aMergedGroupStaysMergedInLaterEditions() throws {
    let first = IndicatorReport(events: [Self.records()], newEdition: { "one" })
    let record = try #require(first.records["t-2027"])
    // Five more men answered (a new edition, five people apart); the residual groups did not
    // change, so "prefer not to say" now beside "other or not stated" before would still be
    // the person who gave no gender.
    let later = IndicatorReport(
      events: [Self.records(residual: ["not-given"], extraMen: 5)], earlier: ["t-2027": record], newEdition: { "two" })
    #expect(later.fewChanged.isEmpty && later.fewCombined.isEmpty)
    #expect(later.records["t-2027"]?.editions != record.editions)
    #expect(Self.genders(later)[Self.merged] == "3.71" && Self.genders(later)["prefer-not-to-say"] == nil)
  }

  @Test func aRollUpKeepsTheEventsMerging() throws {
    let first = IndicatorReport(events: [Self.records()], newEdition: { "one" })
    let record = try #require(first.records["t-2027"])
    var other = Self.records(residual: ["not-given"])
    other.plan.event.id = "u-2027"
    let across = IndicatorReport(
      events: [Self.records(residual: ["not-given"]), other], earlier: ["t-2027": record])
    #expect(Self.genders(across)[Self.merged] == "3.71" && Self.genders(across)["prefer-not-to-say"] == nil)
    // The other event, never published, follows its own policy; `all` merges what an event merged.
    let all = across.values(event: "all", indicator: "registered").filter { $0.value.disaggregation == "gender" }
    #expect(all.contains { $0.value.group == Self.merged } && !all.contains { $0.value.group == "prefer-not-to-say" })
  }

  @Test func theRecordKeepsTheMergingThroughItsFile() throws {
    let first = IndicatorReport(events: [Self.records()], newEdition: { "one" })
    let record = try #require(first.records["t-2027"])
    #expect(record.json.contains("\"merging\""))
    #expect(try DisclosureRecord.read(record.json) == record)
    #expect(try DisclosureRecord.read(record.json, editions: false).merging == record.merging)
    let wrong = record.json.replacingOccurrences(of: "\"merging\": {\n    \"gender\": [", with: "\"merging\": {\n    \"gender\": [1, ")
    #expect(wrong != record.json)
    #expect(throws: DisclosureRecord.RecordError.self) { try DisclosureRecord.read(wrong) }
  }
}
