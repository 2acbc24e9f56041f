/// Hides the cells about fewer than 5 people in everything that leaves the workspace, and
/// then as many more cells as it takes so that no hidden cell can be worked out from a total
/// and the cells shown beside it.
public enum DisclosureControl {
  /// Groups smaller than this are hidden.
  public static let threshold = 5

  /// The published form of `values`, in the same order.
  public static func apply(_ values: [IndicatorValue]) -> [PublishedValue] {
    var hidden = [PublishedValue.Suppression?](repeating: nil, count: values.count)
    for (index, value) in values.enumerated()
    where value.headcounts.contains(where: { $0 > 0 && $0 < threshold }) {
      hidden[index] = .small
    }
    // Every set of cells that adds up to a parent cell: the groups of one disaggregation add
    // up to the total; in a roll-up, the events' cells add up to the cell for all events.
    struct Partition {
      var parent: Int?
      var cells: [Int]
    }
    struct Breakdown: Hashable {
      var event: String
      var indicator: String
      var disaggregation: String
    }
    struct Cell: Hashable {
      var indicator: String
      var disaggregation: String
      var group: String
    }
    var totals: [Breakdown: Int] = [:]
    var groups: [Breakdown: [Int]] = [:]
    var byEvent: [Cell: [Int]] = [:]
    var rollUp: [Cell: Int] = [:]
    for (index, value) in values.enumerated() {
      if value.isTotal {
        totals[Breakdown(event: value.event, indicator: value.indicator, disaggregation: "total")] =
          index
      } else if value.isPartition {
        let breakdown = Breakdown(
          event: value.event, indicator: value.indicator, disaggregation: value.disaggregation)
        groups[breakdown, default: []].append(index)
      }
      let cell = Cell(
        indicator: value.indicator, disaggregation: value.disaggregation, group: value.group)
      if value.event == "all" {
        rollUp[cell] = index
      } else if value.isPartition || value.isTotal {
        byEvent[cell, default: []].append(index)
      }
    }
    var partitions: [Partition] = groups.map { breakdown, cells in
      var total = breakdown
      total.disaggregation = "total"
      return Partition(parent: totals[total], cells: cells)
    }
    for (cell, parent) in rollUp {
      if let cells = byEvent[cell] { partitions.append(Partition(parent: parent, cells: cells)) }
    }
    partitions.sort {
      ($0.parent ?? -1, $0.cells.first ?? -1) < ($1.parent ?? -1, $1.cells.first ?? -1)
    }
    var changed = true
    while changed {
      changed = false
      for partition in partitions {
        if let parent = partition.parent, hidden[parent] != nil { continue }
        while true {
          let hiddenCells = partition.cells.filter { hidden[$0] != nil && values[$0].n > 0 }
          // People in the hidden cells together, for n and for a percentage's numerator.
          let dimensions = values[partition.cells[0]].headcounts.count
          let hiddenPeople = (0..<dimensions).map { dimension in
            hiddenCells.reduce(0) { sum, cell in
              let counts = values[cell].headcounts
              return sum + (dimension < counts.count ? counts[dimension] : 0)
            }
          }
          let tooFew = hiddenPeople.contains { $0 > 0 && $0 < threshold }
          guard !hiddenCells.isEmpty, hiddenCells.count == 1 || tooFew else { break }
          let shown = partition.cells.filter { hidden[$0] == nil && values[$0].n > 0 }
          if let smallest = shown.min(by: { (values[$0].n, $0) < (values[$1].n, $1) }) {
            hidden[smallest] = .complementary
          } else if let parent = partition.parent, hidden[parent] == nil {
            hidden[parent] = .complementary
          } else {
            break
          }
          changed = true
          if let parent = partition.parent, hidden[parent] != nil { break }
        }
      }
    }
    return zip(values, hidden).map { PublishedValue(value: $0, suppression: $1) }
  }
}
