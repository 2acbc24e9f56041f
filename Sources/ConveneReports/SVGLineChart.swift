import ConveneCore

/// Line charts as inline SVG, one point per year, drawn from published values only: a hidden
/// value breaks the line and is written as hidden (`suppressed`, in the report's language) at its year instead of a point.
struct SVGLineChart {
  /// One line.
  struct Series {
    /// The legend's name.
    var name: String
    /// The value of each year (nil: nothing to show), in the order of the chart's years.
    var values: [Double?]
    /// What is shown for a year without a value (`suppressed`), or empty.
    var notes: [String]
    /// Drawn dashed (targets).
    var dashed = false
  }

  static let width = 640.0
  static let height = 240.0
  static let left = 56.0
  static let right = 24.0
  static let top = 34.0
  static let bottom = 30.0

  /// A chart of `series` over `years`; `maximum` fixes the top of the scale (100 for a
  /// percentage), otherwise it is the largest value shown.
  static func lines(id: String, title: String, years: [Int], series: [Series], maximum: Double? = nil) -> String {
    let shown = series.flatMap { $0.values.compactMap { $0 } }
    let top = niceCeiling(maximum ?? max(shown.max() ?? 1, 1))
    let plotWidth = width - left - right
    let plotHeight = height - Self.top - bottom
    func x(_ index: Int) -> Double {
      years.count < 2 ? left + plotWidth / 2 : left + plotWidth * Double(index) / Double(years.count - 1)
    }
    func y(_ value: Double) -> Double { Self.top + plotHeight * (1 - min(max(value, 0), top) / top) }
    var svg = """
      <svg class="chart line" id="\(id.htmlEscaped)" role="img" aria-labelledby="\(id.htmlEscaped)-title" \
      xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(format(width)) \(format(height))" \
      width="\(format(width))" height="\(format(height))">
      <title id="\(id.htmlEscaped)-title">\(title.htmlEscaped)</title>

      """
    for tick in [0, top / 2, top] {
      svg += """
        <line class="grid" x1="\(format(left))" x2="\(format(width - right))" y1="\(format(y(tick)))" y2="\(format(y(tick)))" stroke="#d5dde4"/>\
        <text x="\(format(left - 6))" y="\(format(y(tick) + 4))" font-size="11" text-anchor="end">\(format(tick))</text>

        """
    }
    for (index, year) in years.enumerated() {
      svg += """
        <text class="year" x="\(format(x(index)))" y="\(format(height - 10))" font-size="11" text-anchor="middle">\(year)</text>

        """
    }
    for (number, line) in series.enumerated() {
      let colour = SVGChart.palette[number % SVGChart.palette.count]
      let legendX = left + Double(number) * 160
      svg += """
        <line x1="\(format(legendX))" x2="\(format(legendX + 18))" y1="12" y2="12" stroke="\(colour)" stroke-width="2"\(line.dashed ? " stroke-dasharray=\"5 3\"" : "")/>\
        <text x="\(format(legendX + 24))" y="16" font-size="12">\(line.name.htmlEscaped)</text>

        """
      for run in runs(line.values) where run.count > 1 {
        let points = run.map { "\(format(x($0))),\(format(y(line.values[$0]!)))" }.joined(separator: " ")
        svg += """
          <polyline class="series" points="\(points)" fill="none" stroke="\(colour)" stroke-width="2"\(line.dashed ? " stroke-dasharray=\"5 3\"" : "")/>

          """
      }
      for (index, value) in line.values.enumerated() {
        if let value {
          svg += """
            <circle class="point" cx="\(format(x(index)))" cy="\(format(y(value)))" r="3.5" fill="\(colour)"><title>\(years[index]): \(format(value))</title></circle>

            """
        } else if index < line.notes.count, !line.notes[index].isEmpty {
          svg += """
            <text class="hidden-value" x="\(format(x(index)))" y="\(format(y(0) - 6))" font-size="11" text-anchor="middle" fill="#777">\(line.notes[index].htmlEscaped)</text>

            """
        }
      }
    }
    return svg + "</svg>"
  }

  /// The runs of consecutive years with a value.
  static func runs(_ values: [Double?]) -> [[Int]] {
    var runs: [[Int]] = []
    var current: [Int] = []
    for (index, value) in values.enumerated() {
      if value != nil {
        current.append(index)
      } else if !current.isEmpty {
        runs.append(current)
        current = []
      }
    }
    if !current.isEmpty { runs.append(current) }
    return runs
  }

  /// A round number at or above `value` (1, 2 or 5 times a power of ten).
  static func niceCeiling(_ value: Double) -> Double {
    var scale = 1.0
    while scale * 10 <= value { scale *= 10 }
    while scale > value && scale > 0.01 { scale /= 10 }
    for step in [1.0, 2.0, 5.0, 10.0] where step * scale >= value { return step * scale }
    return value
  }

  static func format(_ number: Double) -> String { SVGChart.format(number) }
}
