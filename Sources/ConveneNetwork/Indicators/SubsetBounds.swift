import ConveneEvaluation

/// What an event's figures of some of its people (who responded, answered a question, made a
/// commitment: all of them took part) tell of its cities' people who took part, in one of its
/// sums (`CityEventGroups.Block`). The event's report shows the figure of the sum; a city whose
/// own figure is shown (or, with no row, none) leaves the rest of it to the others, whose people
/// are then at least that many: the city holds at most the sum less them. An event of 13 (Rabat
/// 1, Saida 1, Baghdad 11) whose 11 commitments are Rabat's and Baghdad's would leave Saida,
/// listed at the event and shown with no commitment, 1 or 2.
struct SubsetBounds {
  /// One figure of some of the people of a sum: how many of them each scope holds.
  struct Figure: Sendable {
    var identity: String
    var counts: [String: Int]
  }

  /// The figures of each sum of the events, by `key`.
  typealias Index = [String: [Figure]]

  let block: CityEventGroups.Block
  /// The figures of the block's event and place (none where the block is not of who took part).
  let figures: [Figure]
  /// The least a reader can tell of a scope's people in the block.
  let least: (String) -> Int
  /// A city's figure as a reader sees it (by scope and identity): its count and row (none
  /// where the city has no row of it, which says it holds none), or nil if hidden.
  let known: (String, String) -> (n: Int, row: NetworkValue?)?
  /// Cities' figures taken as hidden besides those `known` hides.
  var unknown: Set<NetworkPins.Cell> = []

  /// The sum a block belongs to: its event and place.
  static func key(_ block: CityEventGroups.Block) -> String { String(block.event) + "\u{1F}" + block.place }

  /// True for a block of a figure of some of the people who took part, whole.
  static func isSubset(_ block: CityEventGroups.Block) -> Bool {
    let population = NetworkDisclosure.populations(block.identity).n
    return block.field == DisclosureControl.Pattern.wholeField && !block.place.isEmpty
      && population != NetworkDisclosure.tookPart && Population.source(population) == .feedback
  }

  static func figure(_ block: CityEventGroups.Block) -> Figure {
    Figure(identity: block.identity, counts: Dictionary(block.parts.map { ($0.scope, $0.n) }, uniquingKeysWith: +))
  }

  func count(_ scope: String, _ figure: Figure) -> Int? {
    unknown.contains(NetworkPins.Cell(scope, figure.identity, "total", "all")) ? nil : known(scope, figure.identity)?.n
  }

  /// The least that the parts of `parts` other than each hold together, by scope: each its
  /// least, and, for each figure a part shows, what the sum's figure leaves the others (the
  /// figure less what the parts outside `parts` may hold of it, less the counts shown).
  func othersLeasts(among parts: [(scope: String, n: Int)]) -> [String: Int] {
    let floors = parts.reduce(0) { $0 + least($1.scope) }
    var result = Dictionary(parts.map { ($0.scope, floors - least($0.scope)) }, uniquingKeysWith: max)
    let inside = Set(parts.map(\.scope))
    for figure in figures {
      let outside = block.parts.filter { !inside.contains($0.scope) }.reduce(0) {
        $0 + min($1.n, count($1.scope, figure) ?? $1.n)
      }
      let counts = parts.map { count($0.scope, figure) }
      let shown = counts.reduce(0) { $0 + ($1 ?? 0) }
      let open = zip(parts, counts).reduce(0) { $0 + ($1.1 == nil ? least($1.0.scope) : 0) }
      // The others hold what `part` and the other shown parts do not: at least their least.
      let left = figure.counts.values.reduce(0, +) - outside - shown
      for (part, own) in zip(parts, counts) where own != nil {
        let shownFloors = floors - least(part.scope) - open
        result[part.scope] = max(result[part.scope] ?? 0, shownFloors + max(open, left))
      }
    }
    return result
  }

  /// The shown figures of the small cities of `parts` that narrow them (`othersLeasts`) to
  /// fewer than `threshold`.
  func bounding(_ parts: [(scope: String, n: Int)], threshold: Int) -> [NetworkValue] {
    let sum = parts.reduce(0) { $0 + $1.n }
    let floors = parts.reduce(0) { $0 + least($1.scope) }
    let others = othersLeasts(among: parts)
    var result: [NetworkValue] = []
    // What each figure alone leaves the others depends on the figure, not on the part: worked
    // out once, when a part first needs it.
    var leastsByFigure: [[String: Int]]?
    for part in parts where part.n < threshold && sum - (others[part.scope] ?? 0) < threshold {
      let leasts =
        leastsByFigure
        ?? figures.map { figure in
          SubsetBounds(block: block, figures: [figure], least: least, known: known, unknown: unknown)
            .othersLeasts(among: parts)
        }
      leastsByFigure = leasts
      for (figure, alone) in zip(figures, leasts) {
        guard (alone[part.scope] ?? 0) > floors - least(part.scope),
          let row = known(part.scope, figure.identity)?.row
        else { continue }
        result.append(row)
      }
    }
    return result
  }
}
