import ConveneCore
import ConveneJSON

/// What the last network report published (`.convene/network-published.json` in the network
/// folder): the n, and the numerator behind each shown percentage, of every cell about people
/// it showed. Anyone holding that report and a new one can subtract them, so a new report may
/// not show a cell whose n or numerator moved by 1 to threshold - 1 since: the difference would
/// be a statement about those few people (one late feedback form, one corrected category).
public struct NetworkPublicationRecord: Sendable, Equatable {
  /// The file, in the network folder.
  public static let path = ".convene/network-published.json"

  /// What one shown cell counted.
  public struct Counts: Sendable, Equatable {
    public var n: Int
    public var numerator: Int?
  }

  /// The shown cells, by year, figure, scope, disaggregation and group.
  public var cells: [String: Counts]

  /// A record of the cells given.
  public init(cells: [String: Counts] = [:]) {
    self.cells = cells
  }

  /// The record of what `report` shows.
  public init(_ report: NetworkReport) {
    var cells: [String: Counts] = [:]
    for cell in report.values where cell.value.isAboutPeople && !cell.isCountHidden {
      cells[Self.key(cell.value)] = Counts(n: cell.value.n, numerator: cell.suppression == nil ? cell.value.numerator : nil)
    }
    self.cells = cells
  }

  static func key(_ value: NetworkValue) -> String {
    [String(value.year), value.indicator, value.scope, value.disaggregation, value.group].joined(separator: "\u{1F}")
  }

  /// The cells `report` would show that moved by 1 to threshold - 1 people since this record,
  /// each as `2028 participants network category mayor: 12 → 13`.
  public func smallChanges(in report: NetworkReport) -> [String] {
    let small = 1..<report.policy.threshold
    var found: [String] = []
    for cell in report.values where cell.value.isAboutPeople && !cell.isCountHidden {
      guard let before = cells[Self.key(cell.value)] else { continue }
      let value = cell.value
      let name = "\(value.year) \(value.indicator) \(value.scope) \(value.disaggregation) \(value.group)"
      if small.contains(abs(value.n - before.n)) {
        found.append("\(name): \(before.n) → \(value.n)")
      } else if cell.suppression == nil, let now = value.numerator, let then = before.numerator,
        small.contains(abs(now - then))
      {
        found.append("\(name) (numerator): \(then) → \(now)")
      }
    }
    return found
  }

  /// The record as JSON: one array per cell, `[year, figure, scope, disaggregation, group, n,
  /// numerator]`.
  public var json: String {
    let rows = cells.sorted { $0.key < $1.key }.map { key, counts -> JSONNode in
      let parts = key.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
      return .array(
        [.number(Int(parts[0]) ?? 0)] + parts.dropFirst().map(JSONNode.string)
          + [.number(counts.n), counts.numerator.map { .number($0) } ?? .null])
    }
    return JSONWriter.string(.object([("format", .string("convene-network-published/1")), ("cells", .array(rows))]))
  }

  /// What is wrong with a record file.
  public struct RecordError: Error, Sendable, Equatable {
    public var line: Int
    public var reason: String
  }

  /// Reads a record; fails with what is wrong.
  public static func read(_ text: String) throws(RecordError) -> NetworkPublicationRecord {
    let node: JSONNode
    do {
      node = try JSONParser.parse(text)
    } catch {
      throw RecordError(line: error.line, reason: "not valid JSON: \(error.reason)")
    }
    guard let rows = node["cells"]?.array else { throw RecordError(line: node.line, reason: "must have \"cells\"") }
    var cells: [String: Counts] = [:]
    for row in rows {
      guard let items = row.array, items.count == 7, let year = items[0].integer, let n = items[5].integer,
        case let texts = items[1...4].compactMap(\.string), texts.count == 4
      else { throw RecordError(line: row.line, reason: "a cell must be [year, figure, scope, disaggregation, group, n, numerator]") }
      cells[([String(year)] + texts).joined(separator: "\u{1F}")] = Counts(n: n, numerator: items[6].integer)
    }
    return NetworkPublicationRecord(cells: cells)
  }
}
