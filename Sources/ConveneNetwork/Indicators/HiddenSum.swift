/// The cities hidden whole in one figure of a year, whose sum the network's total less the
/// shown cities gives, as a reader sees them: each holds at least its least (one person, its
/// named officials, the respondents its shown figures of feedback count), and all of them
/// together hold at least the respondents that each of the network's figures of feedback
/// leaves beside the shown cities. A small one among them is safe when neither leaves it
/// fewer than the threshold.
struct HiddenSum {
  /// One figure of feedback: the network's shown total and the cities' totals, by scope (a
  /// city without one had no respondent).
  typealias Feedback = (network: Int, cities: [String: PublishedNetworkValue])

  let threshold: Int
  /// The figures of feedback that bound the people who took part (none for other figures).
  let feedback: [Feedback]
  /// Cities whose shown figures of feedback are taken as hidden.
  let lowered: Set<String>
  /// The least a reader can tell of a city's figure.
  let least: (NetworkValue) -> Int

  /// True when `whole`, hidden among `totals`, are two or more and each small one may still
  /// count the threshold.
  func enough(_ whole: [NetworkValue], of totals: [NetworkValue]) -> Bool {
    guard whole.count > 1 else { return false }
    let sum = whole.reduce(0) { $0 + $1.n }
    let floors = whole.reduce(0) { $0 + least($1) }
    let inside = Set(whole.map(\.scope))
    return whole.allSatisfy { city in
      city.n >= threshold
        || sum - floors + least(city) >= threshold
          && feedback.allSatisfy { most(city, sum: sum, inside: inside, totals: totals, $0) >= threshold }
    }
  }

  /// The most a reader can tell `city` holds by one figure of feedback: the hidden cities'
  /// sum less the respondents the others among them hold, which is at least the network's
  /// respondents less the most the shown cities answered (no more than took part) and less
  /// the most `city` answered (its own, shown, or what the others' least leaves).
  func most(_ city: NetworkValue, sum: Int, inside: Set<String>, totals: [NetworkValue], _ figure: Feedback) -> Int {
    func known(_ scope: String) -> Int? {
      guard let row = figure.cities[scope] else { return 0 }
      return row.isCountHidden || lowered.contains(scope) ? nil : row.value.n
    }
    var outsideMost = 0
    var outsideLeast = 0
    for other in totals where !inside.contains(other.scope) {
      outsideMost += known(other.scope) ?? other.n
      outsideLeast += known(other.scope) ?? 1
    }
    let othersLeast = inside.subtracting([city.scope]).reduce(0) { $0 + (known($1) ?? 1) }
    let own = known(city.scope) ?? figure.network - outsideLeast - othersLeast
    return sum - (figure.network - outsideMost) + own
  }
}
