import ConveneCore

/// Chooses which Net Promoter Scores of one indicator to hide (the value only: n stays as the
/// groups of those who answered show it), so that no score lets a reader work out, or narrow
/// to 1 to `threshold - 1`, how many of a group's people were promoters, passives or
/// detractors: alone (83.3 among 6 is five promoters and a passive), or with the other scores
/// of the breakdowns, the total and the question's answers where they are published.
///
/// - What a reader can solve (`BandRegion`): for the total and every group whose n is shown,
///   each band must be able to hold no one, and to hold at least `threshold` people, given
///   every shown score and n of every field (the fields add up to the same total) and the
///   answers where they are published. Where a band cannot, one more score is hidden (its
///   own, else the largest shown in its field, else the total's) and the check runs again.
/// - Countries within their regions, whose sums that check does not take apart, are chosen
///   by the bands themselves as well: a country's score is shown only where each of its bands
///   holds no one or at least `threshold` people (a reader's range of a band holds the true
///   number, so it is then never inside 1 to `threshold - 1`), and the hidden ones are chosen
///   like hidden groups (`GroupSuppression`, one family per band, a country holding at most
///   its shown n): never one alone in a region whose score is shown.
/// - What an earlier report of the same records showed stays known: its scores count as shown
///   (hiding them now takes nothing back, so another score is hidden instead) and its answers
///   of the question as published.
struct ScoreSuppression {
  var cells: [PublishedValue]
  /// The cells of the indicator: its total and its rows by field, in reading order.
  let total: Int
  let fields: [(field: String, rows: [Int])]
  let threshold: Int
  let residual: Set<String>
  /// The regions of each country.
  let regions: [String: Set<String>]
  /// True when the question's answers are published, now or by an earlier report of the same
  /// records: the total's bands are then known.
  var answersShown: Bool
  /// The cells whose score an earlier report of the same records showed.
  let shownBefore: Set<Int>
  /// Rows (or the total) no further hiding can help.
  var settled = Set<Int>()

  init?(
    _ cells: [PublishedValue], indicator: String, threshold: Int, residual: Set<String>,
    regions: [String: Set<String>], shownBefore: (IndicatorValue) -> Bool = { _ in false },
    answersShownBefore: Bool = false
  ) {
    let indices = cells.indices.filter { cells[$0].value.indicator == indicator }
    guard let total = indices.first(where: { cells[$0].value.isTotal }),
      !cells[total].isCountHidden, cells[total].value.bands != nil
    else { return nil }
    var fields: [(field: String, rows: [Int])] = []
    for index in indices where cells[index].value.isFieldGroup {
      let field = cells[index].value.disaggregation
      if let place = fields.firstIndex(where: { $0.field == field }) {
        fields[place].rows.append(index)
      } else {
        fields.append((field, [index]))
      }
    }
    let question = Population.answeredQuestions(cells[total].value.population)?.first ?? ""
    let answers = cells.filter {
      $0.value.disaggregation == "answer"
        && Population.answerQuestion($0.value.population) == question
    }
    self.cells = cells
    self.total = total
    self.fields = fields
    self.threshold = threshold
    self.residual = residual
    self.regions = regions
    answersShown = answersShownBefore || !answers.isEmpty && !answers.contains(where: \.isValueHidden)
    self.shownBefore = Set(indices.filter { shownBefore(cells[$0].value) })
  }

  /// True when the scores an earlier report showed narrow a band of some cell once the
  /// question's answers are published: the answers cannot be published beside them, whatever
  /// this report hides.
  func earlierScoresNarrowWithAnswers() -> Bool {
    guard !shownBefore.isEmpty else { return false }
    var alone = self
    alone.answersShown = true
    for index in ([total] + fields.flatMap(\.rows)) where !shownBefore.contains(index) {
      alone.hideValue(index)
    }
    return alone.firstNarrowed() != nil
  }

  /// True when a reader does not know the score of `row`: hidden now and not shown before.
  func isUnknown(_ row: Int) -> Bool {
    cells[row].isValueHidden && !shownBefore.contains(row)
  }

  /// The cells with the scores hidden that need to be.
  mutating func solve() -> [PublishedValue] {
    hideNarrowed()
    // Countries within regions: after the regions' scores are chosen.
    for field in fields.indices where nesting(fields[field].field) != nil { hideByBands(field) }
    hideNarrowed()
    return cells
  }

  /// Hides scores until no band of the total or a group whose n is shown is narrowed.
  mutating func hideNarrowed() {
    // Each round hides one more score or settles one cell, so this ends.
    for _ in 0...(cells.count * 2) {
      guard let cell = firstNarrowed() else { break }
      if let next = remedy(cell) { hideValue(next) } else { settled.insert(cell) }
    }
  }

  func bands(_ index: Int) -> [Int] { cells[index].value.bands ?? [0, 0, 0] }

  mutating func hideValue(_ index: Int) {
    if cells[index].suppression == nil { cells[index].suppression = .value }
  }

  /// The scores of the groups of one field with a band of 1 to `threshold - 1`, and those
  /// that must be hidden with them.
  mutating func hideByBands(_ field: Int) {
    let rows = fields[field].rows
    let groups = rows.map { cells[$0].value.group }
    var capacity: [String: Int] = [:]
    for row in rows where !cells[row].isCountHidden {
      capacity[cells[row].value.group] = cells[row].value.n
    }
    let families = (0..<3).map { band in
      GroupSuppression.Family(
        counts: Dictionary(
          rows.map { (cells[$0].value.group, bands($0)[band]) }, uniquingKeysWith: +),
        capacity: capacity)
    }
    let base = rows.filter { row in
      cells[row].isValueHidden || bands(row).contains { $0 > 0 && $0 < threshold }
    }.map { cells[$0].value.group }
    let hidden = GroupSuppression(
      groups: groups, families: families, threshold: threshold, residual: residual,
      nesting: nesting(fields[field].field)
    ).solve(base: Set(base))
    for row in rows where hidden.contains(cells[row].value.group) { hideValue(row) }
  }

  /// Countries in their regions, when the scores are also shown by region.
  func nesting(_ field: String) -> GroupSuppression.Nesting? {
    guard field == "country", let region = fields.first(where: { $0.field == "region" }) else {
      return nil
    }
    let hidden = region.rows.filter { cells[$0].isValueHidden }.map { cells[$0].value.group }
    return GroupSuppression.Nesting(parents: regions, hiddenParents: Set(hidden))
  }

  // MARK: What a reader can solve

  /// What a reader knows of the total's bands on its own.
  var totalRegion: BandRegion {
    guard answersShown else { return region(total) }
    let bands = bands(total)
    return .point(promoters: bands[0], detractors: bands[2])
  }

  /// What a reader knows of one row's (or the total's) bands from its own score and n.
  func region(_ row: Int) -> BandRegion {
    let value = cells[row].value
    let bands = bands(row)
    if isUnknown(row) { return .triangle(n: value.n) }
    return .segment(n: value.n, difference: bands[0] - bands[2]) ?? .triangle(n: value.n)
  }

  /// The bands a field's people may hold together: its rows whose n is shown, and the rows
  /// hidden whole as one group of the people left.
  func fieldRegion(_ field: Int, without row: Int? = nil) -> BandRegion {
    let shown = fields[field].rows.filter { !cells[$0].isCountHidden }
    let rest = cells[total].value.n - shown.reduce(0) { $0 + cells[$1].value.n }
    return shown.filter { $0 != row }.reduce(BandRegion.triangle(n: rest)) { $0 + region($1) }
  }

  /// The first cell (the total, then rows in reading order) with a band a reader can narrow
  /// to 1 to `threshold - 1`, or nil.
  func firstNarrowed() -> Int? {
    let sums = fields.indices.map { fieldRegion($0) }
    if !answersShown, !settled.contains(total), narrows(total, field: nil, sums: sums) {
      return total
    }
    for field in fields.indices {
      for row in fields[field].rows
      where !cells[row].isCountHidden && !settled.contains(row)
        && narrows(row, field: field, sums: sums)
      {
        return row
      }
    }
    return nil
  }

  /// True when some band of `cell` can neither hold no one nor `threshold` people.
  func narrows(_ cell: Int, field: Int?, sums: [BandRegion]) -> Bool {
    BandRegion.Band.allCases.contains { band in
      ![BandRegion.Holding.none, .atLeast(threshold)].contains { holding in
        possible(cell, field: field, sums: sums, band: band, holding: holding)
      }
    }
  }

  /// True when the shown figures allow `band` of `cell` to hold `holding`.
  func possible(
    _ cell: Int, field: Int?, sums: [BandRegion], band: BandRegion.Band, holding: BandRegion.Holding
  ) -> Bool {
    let value = cells[cell].value
    let k = bands(cell)[0] - bands(cell)[2]
    let constrained =
      isUnknown(cell) || (cell == total && answersShown)
      ? BandRegion.triangle(n: value.n, where: band, holds: holding)
      : BandRegion.segment(n: value.n, difference: k, where: band, holds: holding)
    guard let constrained else { return false }
    guard let field else {
      return BandRegion.containsWholePoint([totalRegion, constrained] + sums)
    }
    var regions = [totalRegion]
    for other in sums.indices where other != field { regions.append(sums[other]) }
    regions.append(constrained + fieldRegion(field, without: cell))
    return BandRegion.containsWholePoint(regions)
  }

  /// The score to hide for a narrowed `cell`: its own, else the shown score of the largest
  /// group of its field (of the first field with one, for the total), else the total's. The
  /// total's own goes last: where the groups' scores narrow it and its own score alone does
  /// not, a group's is hidden first.
  func remedy(_ cell: Int) -> Int? {
    let alone = cell != total || narrows(total, field: nil, sums: [])
    let hideable = { (row: Int) in self.cells[row].suppression == nil && !self.shownBefore.contains(row) }
    if hideable(cell) && alone { return cell }
    let candidates =
      cell == total
      ? fields.lazy.map(\.rows).first { $0.contains(where: hideable) } ?? []
      : fields.first { $0.rows.contains(cell) }?.rows ?? []
    let largest = candidates.filter(hideable).max {
      cells[$0].value.n < cells[$1].value.n
    }
    if let largest { return largest }
    if !answersShown, hideable(total) { return total }
    return nil
  }
}
