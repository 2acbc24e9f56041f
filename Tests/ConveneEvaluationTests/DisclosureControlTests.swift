import ConveneCore
import Testing

@testable import ConveneEvaluation

@Suite struct DisclosureControlTests {
  /// A count cell: `all` is the total, anything else a group of `field`.
  func cell(
    _ group: String, _ n: Int, indicator: String = "registered", population: String = "registered",
    field: String = "gender", event: String = "e"
  ) -> IndicatorValue {
    IndicatorValue(
      event: event, indicator: indicator, disaggregation: group == "all" ? "total" : field,
      group: group, value: Double(n), n: n, kind: .count, population: population,
      exact: Fraction(n, 1))
  }

  /// A percentage cell: `part` of `whole`.
  func rate(
    _ group: String, _ part: Int, of whole: Int, indicator: String = "satisfied",
    population: String = "answered:q", numerator: String = "answer:q=4|5", field: String = "gender"
  ) -> IndicatorValue {
    IndicatorValue(
      event: "e", indicator: indicator, disaggregation: group == "all" ? "total" : field,
      group: group, value: Double(part) * 100 / Double(whole), n: whole, kind: .percent,
      population: population, numerator: part, numeratorPopulation: numerator,
      exact: Fraction(part * 100, whole))
  }

  func publish(_ values: [IndicatorValue], policy: DisclosurePolicy = DisclosurePolicy())
    -> [PublishedValue]
  {
    let fields = Set(values.filter(\.isFieldGroup).map(\.disaggregation)).sorted()
    let indicators = Set(values.map(\.indicator)).sorted().map {
      IndicatorDefinition(id: $0, label: [:], measure: .registered, disaggregations: fields)
    }
    return DisclosureControl.publish(
      values, DisclosureControl.Context(policy: policy, indicators: indicators)
    ).values
  }

  /// group → value text, for one indicator.
  func shown(_ published: [PublishedValue], _ indicator: String = "registered") -> [String: String] {
    Dictionary(
      published.filter { $0.value.indicator == indicator }.map { ($0.value.group, $0.valueText) },
      uniquingKeysWith: { first, _ in first })
  }

  @Test func aSmallGroupAndItsComplementReadTheSameMarkForValueAndN() {
    let published = publish([cell("all", 50), cell("a", 2), cell("b", 20), cell("c", 28)])
    #expect(shown(published) == ["all": "50", "a": "suppressed", "b": "20", "c": "suppressed"])
    let c = published.first { $0.value.group == "c" }!
    #expect(c.nText == "suppressed")
    // The mark says nothing about the number: a complement of 28 reads as a group of 2 does.
    #expect(c.valueText == published.first { $0.value.group == "a" }!.valueText)
  }

  @Test func theComplementIsAResidualGroupWhenThereIsOne() {
    let published = publish([
      cell("all", 40), cell("woman", 3), cell("man", 30), cell("not-given", 7),
    ])
    #expect(shown(published) == ["all": "40", "woman": "suppressed", "man": "30", "not-given": "suppressed"])
  }

  @Test func smallResidualGroupsAreMergedBeforeAnythingIsHidden() {
    let published = publish([
      cell("all", 45), cell("woman", 20), cell("man", 20), cell("prefer-not-to-say", 3),
      cell("not-given", 2),
    ])
    #expect(
      shown(published) == [
        "all": "45", "woman": "20", "man": "20", DisclosureControl.mergedGroup: "5",
      ])
    #expect(published.allSatisfy { $0.suppression == nil })
  }

  @Test func withoutAResidualComplementTheLargestGroupIsHiddenSoWomenStayShown() {
    // As at Dakar: 1 person preferred not to say; hiding the 31 women would cost the figure
    // the gender breakdown is read for.
    let published = publish([
      cell("all", 70), cell("woman", 31), cell("man", 38), cell("prefer-not-to-say", 1),
    ])
    #expect(
      shown(published) == [
        "all": "70", "woman": "31", "man": "suppressed", "prefer-not-to-say": "suppressed",
      ])
  }

  @Test func hiddenGroupsTogetherHoldAtLeastTheThreshold() {
    let published = publish([
      cell("all", 40), cell("a", 1), cell("b", 2), cell("c", 17), cell("d", 20),
    ])
    // 1 + 2 would give away that the two hidden groups hold 3 people; the smallest group that
    // makes them enough (17, not 20) is hidden with them.
    #expect(shown(published) == ["all": "40", "a": "suppressed", "b": "suppressed", "c": "suppressed", "d": "20"])
  }

  @Test func aZeroIsShownButAHiddenGroupIsListedEvenWhereItCountsNoOne() {
    let published = publish([
      cell("all", 40), cell("a", 2), cell("b", 38),
      cell("all", 30, indicator: "confirmed", population: "confirmed"),
      cell("b", 30, indicator: "confirmed", population: "confirmed"),
    ])
    // `a` is hidden for the registered; the confirmed, among them, list it too (with no one
    // in it), so that a listed row never says someone is there.
    let confirmed = published.filter { $0.value.indicator == "confirmed" }
    #expect(confirmed.map(\.value.group) == ["all", "a", "b"])
    #expect(confirmed.map(\.valueText) == ["30", "suppressed", "suppressed"])
  }

  @Test func everyIndicatorCountingTheSamePeopleHidesTheSameGroups() {
    // The satisfied (a share) and the mean satisfaction count the same respondents.
    var mean = [cell("all", 40), cell("18-24", 3), cell("25-34", 14), cell("35-44", 5), cell("45-54", 18)]
    for index in mean.indices {
      mean[index].indicator = "satisfaction-mean"
      mean[index].population = "answered:q"
      mean[index].disaggregation = mean[index].group == "all" ? "total" : "age_group"
    }
    let share = [
      rate("all", 34, of: 40, field: "age_group"), rate("18-24", 1, of: 3, field: "age_group"),
      rate("25-34", 13, of: 14, field: "age_group"), rate("35-44", 5, of: 5, field: "age_group"),
      rate("45-54", 15, of: 18, field: "age_group"),
    ]
    let published = publish(mean + share)
    let hiddenMean = Set(published.filter { $0.value.indicator == "satisfaction-mean" && $0.isCountHidden }.map(\.value.group))
    let hiddenShare = Set(published.filter { $0.value.indicator == "satisfied" && $0.isCountHidden }.map(\.value.group))
    #expect(hiddenMean == hiddenShare)
    #expect(hiddenMean.contains("18-24"))
    // 40 minus the n shown cannot give the 3 young respondents.
    let shownN = published.filter { $0.value.indicator == "satisfied" && !$0.value.isTotal && !$0.isCountHidden }
      .map(\.value.n).reduce(0, +)
    #expect(40 - shownN >= 5)
  }

  @Test func aPercentageOfASmallNumeratorHidesItsValueAndKeepsItsN() {
    // 3 of 20 women were satisfied: "15.0% of 20" would give the 3 away.
    let published = publish([
      rate("all", 28, of: 45), rate("woman", 3, of: 20), rate("man", 20, of: 20),
      rate("non-binary", 5, of: 5),
    ])
    let woman = published.first { $0.value.group == "woman" }!
    #expect(woman.suppression == .value)
    #expect(woman.valueText == "suppressed")
    #expect(woman.nText == "20")
    // The hidden numerators hold 5 or more together: another percentage is hidden with it.
    let hidden = published.filter { $0.suppression == .value }.map { $0.value.numerator ?? 0 }
    #expect(hidden.count >= 2 && hidden.reduce(0, +) >= 5)
  }

  @Test func theWholeEventsAnswersAreCountedOnceFivePeopleAnswered() {
    func answers(_ counts: [Int]) -> [IndicatorValue] {
      [IndicatorValue(
        event: "e", indicator: "dist", disaggregation: "total", group: "all",
        value: Double(counts.reduce(0, +)), n: counts.reduce(0, +), kind: .count,
        population: "answered:q")]
        + counts.enumerated().map { index, count in
          IndicatorValue(
            event: "e", indicator: "dist", disaggregation: "answer", group: String(index + 1),
            value: Double(count), n: count, kind: .count,
            population: Population.answer("q", [String(index + 1)]))
        }
    }
    #expect(publish(answers([0, 1, 5, 12, 22])).map(\.valueText) == ["40", "0", "1", "5", "12", "22"])
    #expect(publish(answers([0, 1, 2, 1, 0])).allSatisfy { $0.valueText == "suppressed" })
    // A stricter policy waits for more respondents, not for larger cells.
    let strict = DisclosurePolicy(threshold: 5, distributionMinimum: 50)
    #expect(publish(answers([0, 1, 5, 12, 22]), policy: strict).dropFirst().allSatisfy { $0.valueText == "suppressed" })
  }

  /// A session no one attended is hidden as a small one is: a 0 shown beside a hidden row
  /// would say the hidden one counts 1 to 4 (and a parallel session's count would bound it).
  @Test func sessionsAreHiddenOnlyWhenSmallAndNoOneIsSmall() {
    let sessions = [("all", 30), ("s1", 3), ("s2", 25), ("s3", 0)].map { group, n in
      IndicatorValue(
        event: "e", indicator: "per-session", disaggregation: group == "all" ? "total" : "session",
        group: group, value: Double(n), n: n, kind: .count,
        population: group == "all" ? Population.presentAtSessions : Population.present("e/\(group)"))
    }
    #expect(publish(sessions).map(\.valueText) == ["30", "suppressed", "25", "suppressed"])
  }

  /// Every session of the event has its row when attendance is recorded, those no one came to
  /// too, so that a row listed says nothing of who came; a session no one has attended yet is
  /// not remembered as hidden, so a later report shows it once enough came.
  @Test func everySessionHasARowAndAnEmptyOneIsNotRememberedHidden() {
    let plan = Build.plan(
      people: Build.people(8), sessions: [Build.session("s1"), Build.session("s2"), Build.session("s3")])
    let attendance =
      ["p001", "p002", "p003"].map { AttendanceRecord(participant: $0, session: "s1", status: .present) }
      + Build.people(8).map { AttendanceRecord(participant: $0.id, session: "s2", status: .present) }
    let records = EventRecords(plan: plan, evaluation: Build.standard, attendance: attendance)
    let values = IndicatorCalculator([records]).values().filter { $0.indicator == "session-attendance" }
    #expect(values.map(\.group) == ["all", "s1", "s2", "s3"])
    #expect(values.map(\.n) == [8, 3, 8, 0])
    let indicators = [Build.standard.indicators.first { $0.id == "session-attendance" }!]
    let publication = DisclosureControl.publish(
      values, DisclosureControl.Context(policy: DisclosurePolicy(), indicators: indicators))
    #expect(publication.values.map(\.valueText) == ["8", "suppressed", "8", "suppressed"])
    #expect(publication.pattern.hidesWhole(Population.present("t-2027/s1")))
    #expect(!publication.pattern.hidesWhole(Population.present("t-2027/s3")))
  }

  @Test func theThresholdComesFromThePolicy() {
    let values = [cell("all", 40), cell("a", 7), cell("b", 12), cell("c", 21)]
    #expect(publish(values).allSatisfy { $0.suppression == nil })
    let published = publish(values, policy: DisclosurePolicy(threshold: 10))
    #expect(shown(published) == ["all": "40", "a": "suppressed", "b": "12", "c": "suppressed"])
  }

  @Test func aRollUpHidesACellOfAllWhereAnEventsCellIsHidden() {
    let policy = DisclosurePolicy()
    let indicators = [IndicatorDefinition(id: "registered", label: [:], measure: .registered, disaggregations: ["gender"])]
    let a = DisclosureControl.publish(
      [cell("all", 40, event: "a"), cell("woman", 3, event: "a"), cell("man", 37, event: "a")],
      DisclosureControl.Context(policy: policy, indicators: indicators))
    let b = DisclosureControl.publish(
      [cell("all", 30, event: "b"), cell("woman", 15, event: "b"), cell("man", 15, event: "b")],
      DisclosureControl.Context(policy: policy, indicators: indicators))
    let all = DisclosureControl.publishRollUp(
      [cell("all", 70, event: "all"), cell("woman", 18, event: "all"), cell("man", 52, event: "all")],
      events: [a, b], indicators: indicators)
    // all − b would give a's 3 women.
    #expect(all.map(\.valueText) == ["70", "suppressed", "suppressed"])
  }

  @Test func groupsHiddenByAnEarlierReportOfTheSamePeopleStayHidden() {
    let values = [cell("all", 50), cell("a", 2), cell("b", 20), cell("c", 28)]
    var earlier = DisclosureControl.Pattern()
    earlier.hidden["registered"] = ["gender": ["a", "b"]]
    let published = DisclosureControl.publish(
      values,
      DisclosureControl.Context(
        policy: DisclosurePolicy(),
        indicators: [IndicatorDefinition(id: "registered", label: [:], measure: .registered, disaggregations: ["gender"])],
        earlier: earlier)
    ).values
    #expect(shown(published) == ["all": "50", "a": "suppressed", "b": "suppressed", "c": "28"])
  }

  @Test func thePopulationsOfTheSameRecordsHideTheSameGroups() {
    // Registered, confirmed and attended, and the attendance rate (who came of those
    // confirmed): were the registered to hide the women and the confirmed the men, the rate's
    // 100 % and the subsets would pin the one `other` down.
    let values =
      [cell("all", 16), cell("man", 7), cell("other", 1), cell("woman", 8)]
      + [("all", 15), ("man", 7), ("other", 1), ("woman", 7)].map {
        cell($0.0, $0.1, indicator: "confirmed", population: Population.confirmed)
      }
      + [("all", 15), ("man", 7), ("other", 1), ("woman", 7)].map {
        cell($0.0, $0.1, indicator: "attended", population: Population.attended)
      }
      + [("all", 15), ("man", 7), ("other", 1), ("woman", 7)].map {
        rate(
          $0.0, $0.1, of: $0.1, indicator: "rate", population: Population.confirmed,
          numerator: Population.attendedOfConfirmed)
      }
    let published = publish(values)
    let hidden = Dictionary(grouping: published.filter { $0.isCountHidden }) { $0.value.indicator }
      .mapValues { Set($0.map(\.value.group)) }
    #expect(hidden["registered"] == ["other", "woman"])
    #expect(["confirmed", "attended", "rate"].allSatisfy { hidden[$0] == hidden["registered"] })
  }

  @Test func whatAnEarlierReportHidWholeStaysHiddenUnderALowerThreshold() {
    let indicators = [
      IndicatorDefinition(id: "registered", label: [:], measure: .registered, disaggregations: ["gender"])
    ]
    let values = [cell("all", 8), cell("man", 4), cell("woman", 4)]
    let strict = DisclosureControl.publish(
      values, DisclosureControl.Context(policy: DisclosurePolicy(threshold: 10), indicators: indicators))
    #expect(strict.values.allSatisfy { $0.isCountHidden })
    #expect(strict.pattern.hidesWhole("registered"))
    let later = DisclosureControl.publish(
      values,
      DisclosureControl.Context(policy: DisclosurePolicy(), indicators: indicators, earlier: strict.pattern))
    #expect(later.values.allSatisfy { $0.isCountHidden })
    // Without the earlier report, 8 people are shown (and their groups of 4 hidden).
    let fresh = DisclosureControl.publish(
      values, DisclosureControl.Context(policy: DisclosurePolicy(), indicators: indicators))
    #expect(fresh.values.map(\.valueText) == ["8", "suppressed", "suppressed"])
  }
}
