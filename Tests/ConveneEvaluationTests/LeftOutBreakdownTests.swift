import ConveneCore
import Testing

@testable import ConveneEvaluation

/// A breakdown left out for the registered is left out for every population of the event; one
/// left out for the respondents alone leaves the registered's.
@Suite struct LeftOutBreakdownTests {
  static func cell(_ population: String, _ group: String, _ n: Int) -> IndicatorValue {
    IndicatorValue(
      event: "ev", indicator: population, disaggregation: group == "all" ? "total" : "country", group: group,
      value: Double(n), n: n, kind: .count, population: population)
  }

  static func chooser() -> DisclosureControl.PatternChooser {
    let cells = [Population.registered, Population.attended, Population.responded].flatMap { population in
      [cell(population, "all", 12), cell(population, "MA", 11), cell(population, "TN", 1)]
    }
    return DisclosureControl.PatternChooser(
      tables: DisclosureControl.Tables(cells), whole: [], threshold: 5, residual: [], regions: [:],
      earlier: DisclosureControl.Pattern())
  }

  @Test func theRegisteredLeftOutLeavesOutEveryone() {
    var chooser = Self.chooser()
    chooser.omitted[Population.registered] = ["country"]
    chooser.leaveOutEverywhere()
    #expect(chooser.omitted[Population.responded] == ["country"])
    #expect(chooser.omitted[Population.attended] == ["country"])
  }

  @Test func theRespondentsLeftOutLeaveTheRegistered() {
    var chooser = Self.chooser()
    chooser.omitted[Population.responded] = ["country"]
    chooser.leaveOutEverywhere()
    #expect(chooser.omitted[Population.registered] == nil)
    #expect(chooser.omitted[Population.attended] == nil)
  }
}
