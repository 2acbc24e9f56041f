extension ReportConsistency {
  func html(_ text: String) -> Result {
    var result = Result()
    if let table = Markup.element("table", class: "key-figures", in: text) {
      for (row, id) in zip(Markup.rows(table), report.definitions.order) {
        for (column, event) in columns.enumerated() where column + 1 < row.count {
          guard let cell = total(event, id) else { continue }
          let (value, n) = Self.valueAndN(row[column + 1])
          compare(cell, value: value, n: n, at: "key figures, \(id), \(event)", into: &result)
        }
      }
    } else {
      result.findings.append("no key figures table")
    }
    let sections = Markup.elements("section", in: text)
    for (section, cells) in zip(sections, breakdowns) {
      let rows = Markup.rows(section)
      if rows.count != cells.count {
        result.findings.append("the breakdown of \(cells[0].indicator) has \(rows.count) rows, not \(cells.count)")
      }
      for (row, cell) in zip(rows, cells) where row.count >= 3 {
        compare(cell, value: Shown(row[1]), n: Shown(row[2]), at: "breakdown \(cell.key)", into: &result)
      }
    }
    for chart in Markup.elements("svg", in: text) {
      checkChart(chart, into: &result)
    }
    return result
  }

  /// The cells a chart draws, in order (the layout of the report's four charts).
  func chartCells(_ id: String) -> [Cell] {
    let measures = report.definitions.indicators
    func first(_ measure: String) -> String? {
      report.definitions.order.first { measures[$0]?.measure == measure }
    }
    func rows(_ indicator: String?, _ disaggregation: String) -> [Cell] {
      report.cells.filter {
        $0.event == headline && $0.indicator == indicator && $0.disaggregation == disaggregation
      }
    }
    switch id {
    case "chart-participation":
      let attended = first("attended").flatMap { total(headline, $0) } != nil
      return rows(first(attended ? "attended" : "confirmed"), "category")
    case "chart-funnel":
      return ["registered", "confirmed", "attended"].compactMap { first($0).flatMap { total(headline, $0) } }
    case "chart-satisfaction":
      return rows(first("distribution"), "answer")
    case "chart-knowledge":
      guard let change = first("change").flatMap({ measures[$0] }) else { return [] }
      let before = report.definitions.order.first {
        measures[$0]?.measure == "mean" && measures[$0]?.question == change.before
      }
      let after = report.definitions.order.first {
        measures[$0]?.measure == "mean" && measures[$0]?.question == change.after
      }
      let afterCells = rows(after, "total") + rows(after, "category")
      return (rows(before, "total") + rows(before, "category")).flatMap { cell -> [Cell] in
        guard let match = afterCells.first(where: { $0.disaggregation == cell.disaggregation && $0.group == cell.group })
        else { return [] }
        return [cell, match]
      }
    default: return []
    }
  }

  /// Each bar says its cell's published value, and only a shown value has a bar.
  func checkChart(_ svg: String, into result: inout Result) {
    guard let id = Markup.attribute("id", of: svg) else { return }
    let cells = chartCells(id)
    let bars = Markup.bars(svg)
    if bars.count != cells.count {
      result.findings.append("\(id) draws \(bars.count) bars for \(cells.count) cells")
    }
    for (bar, cell) in zip(bars, cells) {
      let shown = Shown(bar.text)
      compare(cell, value: shown, n: nil, at: "\(id) bar \(cell.key)", into: &result)
      if bar.drawn && shown == .hidden {
        result.findings.append("\(id) draws a bar for the hidden cell \(cell.key): its length gives it away")
      }
    }
  }
}

/// Just enough reading of the HTML the reports write.
enum Markup {
  static func find(_ needle: String, in text: String, from start: String.Index? = nil)
    -> Range<String.Index>?
  {
    var index = start ?? text.startIndex
    while index < text.endIndex {
      if text[index...].hasPrefix(needle) {
        return index..<text.index(index, offsetBy: needle.count)
      }
      index = text.index(after: index)
    }
    return nil
  }

  /// Each `<name ...>...</name>` element, outer text, in order (not nested in itself).
  static func elements(_ name: String, in text: String) -> [String] {
    var found: [String] = []
    var start = text.startIndex
    while let open = find("<\(name)", in: text, from: start),
      let close = find("</\(name)>", in: text, from: open.upperBound)
    {
      found.append(String(text[open.lowerBound..<close.upperBound]))
      start = close.upperBound
    }
    return found
  }

  static func element(_ name: String, class className: String, in text: String) -> String? {
    elements(name, in: text).first { find("class=\"\(className)\"", in: $0) != nil }
  }

  static func attribute(_ name: String, of element: String) -> String? {
    guard let start = find(" \(name)=\"", in: element),
      let end = find("\"", in: element, from: start.upperBound)
    else { return nil }
    return String(element[start.upperBound..<end.lowerBound])
  }

  /// The text of each `<td>` of each body row (rows with no `<td>` are left out).
  static func rows(_ table: String) -> [[String]] {
    elements("tr", in: table).map { row in elements("td", in: row).map(text) }.filter { !$0.isEmpty }
  }

  /// The text inside an element, tags removed, entities decoded.
  static func text(_ element: String) -> String {
    var result = ""
    var inTag = false
    var depth = 0
    for character in element {
      if character == "<" {
        inTag = true
        depth += 1
      } else if character == ">" {
        inTag = false
      } else if !inTag && depth > 0 {
        result.append(character)
      }
    }
    // The outer element's own text only: drop what follows its closing tag (nothing) and
    // decode the entities the writer uses.
    for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
      result = replace(entity, with: character, in: result)
    }
    return String(result.drop { $0 == " " || $0 == "\n" }.reversed().drop { $0 == " " || $0 == "\n" }.reversed())
  }

  static func replace(_ target: String, with replacement: String, in text: String) -> String {
    var result = ""
    var rest = Substring(text)
    while let range = find(target, in: String(rest)) {
      let string = String(rest)
      result += string[..<range.lowerBound] + replacement
      rest = Substring(string[range.upperBound...])
    }
    return result + rest
  }

  /// The bars of a chart: whether a bar is drawn, and the text after it.
  static func bars(_ svg: String) -> [(drawn: Bool, text: String)] {
    var bars: [(Bool, String)] = []
    var start = svg.startIndex
    while let label = find("<text class=\"label\"", in: svg, from: start) {
      guard let value = find("<text class=\"value\"", in: svg, from: label.upperBound),
        let close = find("</text>", in: svg, from: value.upperBound)
      else { break }
      let between = String(svg[label.upperBound..<value.lowerBound])
      bars.append((find("<rect class=\"bar\"", in: between) != nil, text(String(svg[value.lowerBound..<close.upperBound]))))
      start = close.upperBound
    }
    return bars
  }
}
