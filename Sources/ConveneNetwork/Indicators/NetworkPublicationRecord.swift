import ConveneCore
import ConveneJSON

/// What the last network report published (`.convene/network-published.json` in the network
/// folder): the n, the numerator behind each shown percentage and the sum behind each shown
/// mean, of every cell about people it showed. Anyone holding that report and a new one can
/// subtract them, so a new report may not show a cell whose n or numerator moved by 1 to
/// threshold - 1 since, nor a mean whose sum changed while its n moved by fewer than the
/// threshold: the difference would be a statement about those few people (one late follow-up,
/// one corrected category, one changed answer).
///
/// The events' own records are held to their published reports before (see
/// `NetworkEvent.editionState`); this record guards what only the network counts.
public struct NetworkPublicationRecord: Sendable, Equatable {
  /// The file, in the network folder.
  public static let path = ".convene/network-published.json"

  /// What one shown cell counted.
  public struct Counts: Sendable, Equatable {
    public var n: Int
    public var numerator: Int?
    /// A shown mean's value times n (to the millionth).
    public var sum: Double? = nil
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
      let shown = cell.suppression == nil
      cells[Self.key(cell.value)] = Counts(
        n: cell.value.n, numerator: shown ? cell.value.numerator : nil, sum: shown ? Self.sum(cell.value) : nil)
    }
    self.cells = cells
  }

  /// The sum behind a mean (its value times n, to the millionth), or nil for other cells.
  static func sum(_ value: NetworkValue) -> Double? {
    guard value.kind == .mean, let mean = value.value, mean.isFinite else { return nil }
    return (mean * Double(value.n) * 1_000_000).rounded() / 1_000_000
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
      } else if cell.suppression == nil, abs(value.n - before.n) < report.policy.threshold, let now = Self.sum(value),
        let then = before.sum, now != then
      {
        found.append("\(name) (sum behind the mean): \(JSONWriter.format(then)) → \(JSONWriter.format(now)), n \(before.n) → \(value.n)")
      }
    }
    return found
  }

  /// The record as JSON: one array per cell, `[year, figure, scope, disaggregation, group, n,
  /// numerator, sum]` (records written before sums were kept have no sum).
  public var json: String {
    let rows = cells.sorted { $0.key < $1.key }.map { key, counts -> JSONNode in
      let parts = key.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
      return .array(
        [.number(Int(parts[0]) ?? 0)] + parts.dropFirst().map(JSONNode.string)
          + [.number(counts.n), counts.numerator.map { .number($0) } ?? .null, counts.sum.map { .number($0) } ?? .null])
    }
    return JSONWriter.string(.object([("format", .string("convene-network-published/2")), ("cells", .array(rows))]))
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
      guard let items = row.array, items.count == 7 || items.count == 8, let year = items[0].integer,
        let n = items[5].integer, case let texts = items[1...4].compactMap(\.string), texts.count == 4
      else {
        throw RecordError(line: row.line, reason: "a cell must be [year, figure, scope, disaggregation, group, n, numerator, sum]")
      }
      cells[([String(year)] + texts).joined(separator: "\u{1F}")] = Counts(
        n: n, numerator: items[6].integer, sum: items.count == 8 ? items[7].number : nil)
    }
    return NetworkPublicationRecord(cells: cells)
  }
}
