/// Reads the Markdown and HTML reports back against the cells of the CSV and JSON: every number
/// they show must be the cell's, and no hidden cell may be shown, or drawn as a bar whose
/// length gives it away. The reports list the cells in a fixed layout (key figures: one row per
/// indicator, one column per event; breakdowns: the headline's rows of each indicator in order;
/// charts: fixed cells), which is how they are lined up here.
struct ReportConsistency {
  let report: PublishedReport

  /// What a report showed beyond the cells, and what was wrong.
  struct Result {
    var revealed: [(key: String, value: Shown?, n: Shown?)] = []
    var findings: [String] = []
  }

  var headline: String {
    report.definitions.events.count > 1 ? "all" : report.definitions.events.first ?? ""
  }

  var columns: [String] {
    report.definitions.events.count > 1 ? report.definitions.events + ["all"] : [headline]
  }

  func total(_ event: String, _ indicator: String) -> Cell? {
    report.cells.first { $0.event == event && $0.indicator == indicator && $0.disaggregation == "total" }
  }

  /// The indicators with breakdown rows for the headline, each with its rows.
  var breakdowns: [[Cell]] {
    report.definitions.order.compactMap { id in
      let rows = report.cells.filter {
        $0.event == headline && $0.indicator == id && $0.disaggregation != "total"
      }
      return rows.isEmpty ? nil : rows
    }
  }

  /// Compares what one place shows with a cell; adds what it reveals.
  func compare(_ cell: Cell, value: Shown?, n: Shown?, at place: String, into result: inout Result) {
    var revealedValue: Shown?
    var revealedN: Shown?
    if let value, case .number = value {
      if !value.agrees(with: cell.value) || cell.value == .hidden {
        if cell.value == .hidden { revealedValue = value }
        result.findings.append("\(place) shows \(describe(value)) where the cell is \(describe(cell.value))")
      }
    }
    if let n, case .number = n, !n.agrees(with: cell.n) || cell.n == .hidden {
      if cell.n == .hidden { revealedN = n }
      result.findings.append("\(place) shows n=\(describe(n)) where the cell's n is \(describe(cell.n))")
    }
    if revealedValue != nil || revealedN != nil {
      result.revealed.append((cell.key, revealedValue, revealedN))
    }
  }

  func describe(_ shown: Shown) -> String {
    switch shown {
    case .number(let text): text
    case .hidden: "hidden"
    case .empty: "empty"
    }
  }

  /// Splits "83.3 (n=12)" into its value and n.
  static func valueAndN(_ text: String) -> (Shown, Shown?) {
    guard let open = Markup.find("(n=", in: text) ?? Markup.find("n=", in: text) else {
      return (Shown(text), nil)
    }
    let value = String(text[..<open.lowerBound])
    let n = String(text[open.upperBound...]).filter { $0 != ")" }
    return (Shown(value), Shown(n))
  }

  // MARK: Markdown

  func markdown(_ text: String) -> Result {
    var result = Result()
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let tables = Self.markdownTables(lines)
    guard let keyFigures = tables.first else {
      result.findings.append("no key figures table")
      return result
    }
    for (row, id) in zip(keyFigures, report.definitions.order) {
      for (column, event) in columns.enumerated() where column + 1 < row.count {
        guard let cell = total(event, id) else { continue }
        let (value, n) = Self.valueAndN(row[column + 1])
        compare(cell, value: value, n: n, at: "key figures, \(id), \(event)", into: &result)
      }
    }
    let sections = Array(tables.dropFirst())
    for (rows, cells) in zip(sections, breakdowns) {
      if rows.count != cells.count {
        result.findings.append("the breakdown of \(cells[0].indicator) has \(rows.count) rows, not \(cells.count)")
      }
      for (row, cell) in zip(rows, cells) where row.count >= 3 {
        compare(cell, value: Shown(row[1]), n: Shown(row[2]), at: "breakdown \(cell.key)", into: &result)
      }
    }
    return result
  }

  /// The body rows of each Markdown table, cells unescaped.
  static func markdownTables(_ lines: [String]) -> [[[String]]] {
    var tables: [[[String]]] = []
    var current: [[String]]?
    for line in lines {
      guard line.hasPrefix("|") else {
        if let table = current { tables.append(table) }
        current = nil
        continue
      }
      let cells = splitRow(line)
      if current == nil {
        current = []  // the header
      } else if cells.allSatisfy({ $0.allSatisfy { "-:".contains($0) } }) {
        continue
      } else {
        current!.append(cells)
      }
    }
    if let table = current { tables.append(table) }
    return tables
  }

  static func splitRow(_ line: String) -> [String] {
    var cells: [String] = []
    var cell = ""
    var escaped = false
    for character in line.dropFirst() {
      if escaped {
        cell.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "|" {
        cells.append(String(cell.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()))
        cell = ""
      } else {
        cell.append(character)
      }
    }
    return cells
  }
}
