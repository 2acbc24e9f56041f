import ConveneEvaluation
import Testing

@testable import ConveneReports

@Suite struct SVGChartTests {
  @Test func hiddenCellsHaveALabelButNoBar() {
    let svg = SVGChart.bars(
      id: "c", title: "A <b>",
      bars: [
        .init(label: "x & y", value: 10, text: "10"), .init(label: "z <", value: nil, text: "suppressed"),
      ])
    #expect(svg.components(separatedBy: "<rect class=\"bar\"").count == 2)
    #expect(svg.contains(">suppressed</text>"))
    #expect(svg.contains(">z &lt;</text>"))
    #expect(svg.contains("<title id=\"c-title\">A &lt;b&gt;</title>"))
    #expect(svg.contains(">x &amp; y</text>"))
  }

  @Test func aBarIsAsLongAsThePublishedValueNotTheExactOne() {
    // 83.3333 % is published as 83.3: the bar must not carry the decimals the text rounds off.
    let cell = PublishedValue(
      value: IndicatorValue(
        event: "e", indicator: "rate", disaggregation: "total", group: "all",
        value: 250.0 / 3, n: 12, kind: .percent, population: "p", exact: Fraction(1000, 12)),
      suppression: nil)
    #expect(cell.shownValue == 83.3)
    let svg = SVGChart.bars(
      id: "c", title: "t", bars: [.init(label: "a", value: cell.shownValue, text: cell.valueText)],
      maximum: 100)
    // 370 × 0.833 = 308.2; the exact 83.333 % would draw 308.3.
    #expect(svg.contains("width=\"308.2\""))
  }
}
