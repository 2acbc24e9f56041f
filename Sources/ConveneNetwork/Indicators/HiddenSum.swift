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
    let bounds = feedback.map { Bound($0, inside: inside, totals: totals, lowered: lowered) }
    return whole.allSatisfy { city in
      city.n >= threshold
        || sum - floors + least(city) >= threshold && bounds.allSatisfy { $0.most(city.scope, sum: sum) >= threshold }
    }
  }

  /// What one figure of feedback tells of the hidden cities: the respondents they hold at
  /// least together (the network's less the most the shown cities answered, no more than
  /// took part), and the most each of them answered (its own, shown, or what the others'
  /// least leaves).
  struct Bound {
    let figure: Feedback
    let lowered: Set<String>
    /// The least the hidden cities answered together.
    let hiddenLeast: Int
    /// The most they answered together.
    let hiddenMost: Int
    /// The sum of the least each of them answered.
    let insideLeast: Int

    init(_ figure: Feedback, inside: Set<String>, totals: [NetworkValue], lowered: Set<String>) {
      (self.figure, self.lowered) = (figure, lowered)
      var outsideMost = 0
      var outsideLeast = 0
      for other in totals where !inside.contains(other.scope) {
        let known = Self.known(figure, other.scope, lowered: lowered)
        outsideMost += known ?? other.n
        outsideLeast += known ?? 1
      }
      hiddenLeast = figure.network - outsideMost
      hiddenMost = figure.network - outsideLeast
      insideLeast = inside.reduce(0) { $0 + (Self.known(figure, $1, lowered: lowered) ?? 1) }
    }

    /// A city's respondents where a reader knows them: shown, or none (no row).
    static func known(_ figure: Feedback, _ scope: String, lowered: Set<String>) -> Int? {
      guard let row = figure.cities[scope] else { return 0 }
      return row.isCountHidden || lowered.contains(scope) ? nil : row.value.n
    }

    /// The most a reader can tell `scope` holds: the hidden cities' sum less the respondents
    /// the others among them hold.
    func most(_ scope: String, sum: Int) -> Int {
      let known = Self.known(figure, scope, lowered: lowered)
      let own = known ?? hiddenMost - (insideLeast - 1)
      return sum - hiddenLeast + own
    }
  }
}
