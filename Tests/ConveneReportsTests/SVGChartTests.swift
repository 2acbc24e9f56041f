import Testing

@testable import ConveneReports

@Suite struct SVGChartTests {
  @Test func hiddenCellsHaveALabelButNoBar() {
    let svg = SVGChart.bars(
      id: "c", title: "A <b>",
      bars: [
        .init(label: "x & y", value: 10, text: "10"), .init(label: "z", value: nil, text: "<5"),
      ])
    #expect(svg.components(separatedBy: "<rect class=\"bar\"").count == 2)
    #expect(svg.contains(">&lt;5</text>"))
    #expect(svg.contains("<title id=\"c-title\">A &lt;b&gt;</title>"))
    #expect(svg.contains(">x &amp; y</text>"))
  }
}
