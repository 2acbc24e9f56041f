import ConveneCore

/// Bar charts as inline SVG, drawn from the published cells only: a hidden cell gets its
/// label and `<5` but no bar.
struct SVGChart {
  /// One bar.
  struct Bar {
    /// The label at the start of the row.
    var label: String
    /// The length, or nil for a hidden cell.
    var value: Double?
    /// What is written after the bar (`12`, `83.3%`, `<5`).
    var text: String
    /// Which series it belongs to (0 or 1), for grouped bars.
    var series: Int = 0
  }

  static let palette = ["#2a5d84", "#e07b39"]
  static let width = 640.0
  static let labelWidth = 200.0
  static let rowHeight = 26.0

  /// A horizontal bar chart; `id` names it for tests and styles, `series` names the legend
  /// entries when bars come in groups. `leftToRight` lays it out left to right in a page
  /// written right to left (labels ending where their bar starts, values after the bar),
  /// which the page's direction would otherwise turn into labels drawn over the bars.
  static func bars(
    id: String, title: String, bars: [Bar], maximum: Double? = nil, series: [String] = [],
    leftToRight: Bool = false
  ) -> String {
    let top = series.isEmpty ? 8.0 : 30.0
    let height = top + Double(bars.count) * rowHeight + 8
    let largest = maximum ?? max(bars.compactMap(\.value).max() ?? 1, 1)
    let plot = width - labelWidth - 70
    var svg = """
      <svg class="chart" id="\(id.htmlEscaped)" role="img" aria-labelledby="\(id.htmlEscaped)-title" \
      xmlns="http://www.w3.org/2000/svg"\(leftToRight ? " direction=\"ltr\"" : "") viewBox="0 0 \(format(width)) \(format(height))" \
      width="\(format(width))" height="\(format(height))">
      <title id="\(id.htmlEscaped)-title">\(title.htmlEscaped)</title>

      """
    for (index, name) in series.enumerated() {
      let x = labelWidth + Double(index) * 150
      svg += """
        <rect x="\(format(x))" y="6" width="12" height="12" fill="\(palette[index % palette.count])"/>\
        <text x="\(format(x + 18))" y="16" font-size="12">\(name.htmlEscaped)</text>

        """
    }
    for (index, bar) in bars.enumerated() {
      let y = top + Double(index) * rowHeight
      svg += """
        <text class="label" x="\(format(labelWidth - 8))" y="\(format(y + 17))" font-size="12" text-anchor="end">\(bar.label.htmlEscaped)</text>
        """
      var end = labelWidth
      if let value = bar.value, value > 0 {
        let length = max(1, plot * value / largest)
        end += length
        svg += """
          <rect class="bar" x="\(format(labelWidth))" y="\(format(y + 4))" width="\(format(length))" height="\(format(rowHeight - 8))" fill="\(palette[bar.series % palette.count])"><title>\(bar.label.htmlEscaped): \(bar.text.htmlEscaped)</title></rect>
          """
      }
      svg += """
        <text class="value" x="\(format(end + 6))" y="\(format(y + 17))" font-size="12">\(bar.text.htmlEscaped)</text>

        """
    }
    return svg + "</svg>"
  }

  static func format(_ number: Double) -> String {
    let rounded = (number * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
