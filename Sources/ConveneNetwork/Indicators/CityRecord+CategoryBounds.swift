extension CityRecord {
  /// The record without naming, in a year, the officials of a category whose names would
  /// narrow a hidden cell of the city's participants by category to 1 to `threshold - 1`.
  ///
  /// Each named official counts in the cell of their category, so the names of a category are
  /// the least of its cell, and the names of the others' hidden categories take that much from
  /// what the city's shown total leaves the hidden ones: Sousse's 6, with its four other
  /// categories shown 0, 2 mayors and 1 local official named, leaves local officials 1 to 4.
  /// Such a category's officials are not named that year (the cells stay as they are, as where
  /// an event's named officials would narrow another city of the country).
  /// `participants(year)` gives the city's published cells of `CityRecordCalculator.Figure.participants`.
  func withholdingOfficials(
    narrowing participants: (Int) -> [PublishedNetworkValue], threshold: Int
  ) -> CityRecord {
    var copy = self
    for index in copy.years.indices {
      let year = copy.years[index]
      guard !year.officials.isEmpty else { continue }
      let withheld = Self.narrowedCategories(
        participants(year.year), named: year.officials.map(\.category), threshold: threshold)
      copy.years[index].officials.removeAll { withheld.contains($0.category) }
    }
    return copy
  }

  /// The categories among `named` (one entry per named official) whose names narrow their
  /// hidden cell of `cells` (a city's participants in a year) to 1 to `threshold - 1`, given
  /// the shown total; none when the total is hidden.
  static func narrowedCategories(
    _ cells: [PublishedNetworkValue], named: [String], threshold: Int
  ) -> Set<String> {
    guard let total = cells.first(where: \.value.isTotal), total.suppression == nil else { return [] }
    let groups = cells.filter { !$0.value.isTotal && $0.value.disaggregation == "category" }
    let hidden = Set(groups.filter { $0.suppression != nil }.map(\.value.group))
    let left = total.value.n - groups.filter { $0.suppression == nil }.reduce(0) { $0 + $1.value.n }
    var least: [String: Int] = [:]
    for category in named where hidden.contains(category) { least[category, default: 0] += 1 }
    /// Whether the category's cell, at least its names, holds at most `threshold - 1`.
    func isNarrowed(_ category: String) -> Bool {
      left - least.filter { $0.key != category }.values.reduce(0, +) < threshold
    }
    var withheld = Set<String>()
    // Withholding a category's names only widens the others' bounds, so this ends.
    while let narrowed = least.keys.sorted().first(where: isNarrowed) {
      withheld.insert(narrowed)
      least[narrowed] = nil
    }
    return withheld
  }
}
