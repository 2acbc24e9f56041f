/// The constraints of one problem, prepared for pricing moves fast: only the constraints that
/// weigh something, their weights looked up once, what a session costs at each of its starts and
/// in each room kept in tables, the groups a session is in on each day, and the sessions each
/// session must be compared with besides those running at the same time. Built once per problem
/// and shared, read-only, by every search (hence unchecked: nothing changes after `init`).
final class CostModel: @unchecked Sendable {
  /// A constraint with its weight.
  struct Weighted<C: Sendable>: Sendable {
    let constraint: C
    let weight: Int
    let level: ConstraintLevel
  }

  /// A group of one group constraint.
  struct GroupKey: Sendable, Equatable {
    let constraint: Int
    let group: Int
  }

  let problem: SchedulingProblem
  let unaryByStart: [Weighted<any UnaryConstraint>]
  let unaryByRoom: [Weighted<any UnaryConstraint>]
  let unaryByBoth: [Weighted<any UnaryConstraint>]
  let pairs: [Weighted<any PairConstraint>]
  let groups: [Weighted<any GroupConstraint>]
  let groupCounts: [Int]
  /// The same, split for the inner loops, the constraints kept where they can be called in
  /// place (reading one out of an array copies it). Pair constraints come in two lists: those
  /// on any two overlapping sessions, and those on related sessions only.
  let overlapPairs: UnsafeMutableBufferPointer<any PairConstraint>
  let overlapWeights: [(weight: Int, level: ConstraintLevel)]
  let relatedPairs: UnsafeMutableBufferPointer<any PairConstraint>
  let relatedWeights: [(weight: Int, level: ConstraintLevel)]
  let groupConstraints: UnsafeMutableBufferPointer<any GroupConstraint>
  let groupWeights: [(weight: Int, level: ConstraintLevel)]
  /// Which sessions are related (`SchedulingProblem.related`), as bits, for up to 8,192
  /// sessions (beyond, asked of the problem).
  private let relation: [UInt64]
  /// What leaving each session out costs.
  let leftOutCost: [Score]
  /// Per session: the candidate start index of each grid step (-1: not a candidate start).
  let startIndex: [[Int32]]
  /// Per session and candidate start: the cost of the constraints that look at the start only.
  let startCost: [[Score]]
  /// Per session and room: the cost of the constraints that look at the room only.
  let roomCost: [[Score]]
  /// Per session: the sessions the pair constraints compare it with even when they do not
  /// overlap.
  let partners: [[Int]]
  /// Per session and day (index + 1; 0 for none): the groups it is in.
  let memberships: [[[GroupKey]]]
  /// The day index of each grid step (-1 for none).
  let stepDay: [Int]
  /// Each session's length.
  let durations: [Int]
  /// The problem's first minute, grid and number of steps.
  let origin: Int
  let grid: Int
  let stepCount: Int

  init(problem: SchedulingProblem) {
    self.problem = problem
    origin = problem.origin
    grid = problem.grid
    stepCount = problem.stepCount
    durations = problem.sessions.map(\.duration)
    let unary = Self.weighted(ConstraintCatalogue.unary, in: problem)
    unaryByStart = unary.filter { $0.constraint.dependsOn == .start }
    unaryByRoom = unary.filter { $0.constraint.dependsOn == .room }
    unaryByBoth = unary.filter { $0.constraint.dependsOn == .startAndRoom }
    let pairs = Self.weighted(ConstraintCatalogue.pairs, in: problem).filter { $0.constraint.applies(to: problem) }
    let groups = Self.weighted(ConstraintCatalogue.groups, in: problem)
    self.pairs = pairs
    self.groups = groups
    let overlap = pairs.filter { !$0.constraint.onlyRelated }, related = pairs.filter(\.constraint.onlyRelated)
    overlapPairs = Self.buffer(overlap.map(\.constraint))
    overlapWeights = overlap.map { ($0.weight, $0.level) }
    relatedPairs = Self.buffer(related.map(\.constraint))
    relatedWeights = related.map { ($0.weight, $0.level) }
    relation = Self.relation(in: problem)
    groupConstraints = Self.buffer(groups.map(\.constraint))
    groupWeights = groups.map { ($0.weight, $0.level) }
    groupCounts = groups.map { $0.constraint.groupCount(in: problem) }
    leftOutCost = Self.leftOutCosts(Self.weighted(ConstraintCatalogue.leftOut, in: problem), in: problem)
    stepDay = (0...problem.stepCount).map { step in problem.dayIndex(of: problem.origin + step * problem.grid) ?? -1 }
    let (unaryByStart, unaryByRoom) = (self.unaryByStart, self.unaryByRoom)
    let starts = problem.sessions.indices.map { Self.startCosts(of: $0, unaryByStart, in: problem) }
    startIndex = starts.map(\.index)
    startCost = starts.map(\.costs)
    roomCost = problem.sessions.indices.map { Self.roomCosts(of: $0, unaryByRoom, in: problem) }
    partners = problem.sessions.indices.map { Self.partners(of: $0, pairs, in: problem) }
    memberships = problem.sessions.indices.map { Self.memberships(of: $0, groups, in: problem) }
  }

  /// The constraints of `list` that weigh something in `problem`, with their weights.
  static func weighted<C: Sendable>(_ list: [C], in problem: SchedulingProblem) -> [Weighted<C>] {
    list.compactMap { item in
      guard let constraint = item as? any Constraint else { return nil }
      let weight = problem.weights[constraint.name]
      return weight > 0 ? Weighted(constraint: item, weight: weight, level: constraint.level) : nil
    }
  }

  /// `items` in memory of their own, to be called in place (freed by `deinit`).
  static func buffer<Element>(_ items: [Element]) -> UnsafeMutableBufferPointer<Element> {
    let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: items.count)
    _ = buffer.initialize(from: items)
    return buffer
  }

  /// Which sessions are related, as one bit per ordered pair; empty beyond 8,192 sessions.
  static func relation(in problem: SchedulingProblem) -> [UInt64] {
    let count = problem.sessions.count
    guard count <= 8192 else { return [] }
    var relation = [UInt64](repeating: 0, count: (count * count + 63) / 64)
    for a in 0..<count {
      var linked = Set(problem.peopleShared.lists[a].map(\.other))
      linked.formUnion(problem.cohortsShared.lists[a].map(\.other))
      linked.formUnion(problem.attendeesShared.lists[a].map(\.other))
      linked.formUnion(problem.sessions[a].after)
      linked.formUnion(problem.followers[a])
      if let series = problem.sessions[a].series { linked.formUnion(problem.seriesMembers[series]) }
      if problem.sessions[a].isExclusive { linked.formUnion(0..<count) }
      linked.formUnion(problem.exclusiveSessions)
      if let track = problem.sessions[a].track { linked.formUnion((0..<count).filter { problem.sessions[$0].track == track }) }
      for b in linked where b != a { relation[(a * count + b) / 64] |= 1 << UInt64((a * count + b) % 64) }
    }
    return relation
  }

  /// What leaving each session out costs.
  static func leftOutCosts(_ leftOut: [Weighted<any LeftOutConstraint>], in problem: SchedulingProblem) -> [Score] {
    problem.sessions.indices.map { session in
      var score = Score.zero
      for item in leftOut { score.add(item.constraint.amountLeftOut(session, in: problem) * item.weight, at: item.level) }
      return score
    }
  }

  /// A session's candidate start index at each grid step (-1: none), and the cost of the
  /// constraints that look at the start only at each candidate start.
  static func startCosts(
    of session: Int, _ unaryByStart: [Weighted<any UnaryConstraint>], in problem: SchedulingProblem
  ) -> (index: [Int32], costs: [Score]) {
    let info = problem.sessions[session]
    var index = Array(repeating: Int32(-1), count: problem.stepCount + 1)
    var costs: [Score] = []
    let probeRoom = info.candidateRooms.first ?? 0
    for start in info.candidateStarts {
      let step = problem.step(start)
      guard (start - problem.origin) % problem.grid == 0, step >= 0, step <= problem.stepCount, index[step] < 0,
        !problem.rooms.isEmpty
      else { continue }
      index[step] = Int32(costs.count)
      costs.append(cost(of: unaryByStart, session, Placement(start: start, room: probeRoom), problem))
    }
    return (index, costs)
  }

  /// The cost of the constraints that look at the room only, in each room.
  static func roomCosts(
    of session: Int, _ unaryByRoom: [Weighted<any UnaryConstraint>], in problem: SchedulingProblem
  ) -> [Score] {
    let probeStart = problem.sessions[session].candidateStarts.first ?? problem.origin
    return problem.rooms.indices.map { cost(of: unaryByRoom, session, Placement(start: probeStart, room: $0), problem) }
  }

  /// The sessions the pair constraints compare `session` with even when they do not overlap.
  static func partners(of session: Int, _ pairs: [Weighted<any PairConstraint>], in problem: SchedulingProblem) -> [Int] {
    var linked = Set<Int>()
    for item in pairs { linked.formUnion(item.constraint.partners(of: session, in: problem)) }
    linked.remove(session)
    return linked.sorted()
  }

  /// The groups `session` is in, with no day (index 0) and on each day (index + 1).
  static func memberships(
    of session: Int, _ groups: [Weighted<any GroupConstraint>], in problem: SchedulingProblem
  ) -> [[GroupKey]] {
    ([nil] + problem.days.indices.map { Optional($0) }).map { day in
      groups.indices.flatMap { constraint in
        groups[constraint].constraint.groups(of: session, onDay: day, in: problem).map { GroupKey(constraint: constraint, group: $0) }
      }
    }
  }

  deinit {
    overlapPairs.deinitialize()
    overlapPairs.deallocate()
    relatedPairs.deinitialize()
    relatedPairs.deallocate()
    groupConstraints.deinitialize()
    groupConstraints.deallocate()
  }

  static func cost(of list: [Weighted<any UnaryConstraint>], _ session: Int, _ placement: Placement, _ problem: SchedulingProblem) -> Score {
    var score = Score.zero
    for item in list {
      let amount = item.constraint.amount(session, at: placement, in: problem)
      if amount > 0 { score.add(amount * item.weight, at: item.level) }
    }
    return score
  }

  /// The grid step of a minute, clamped to the steps the event covers.
  @inline(__always)
  func step(_ minute: Int) -> Int {
    let offset = minute - origin
    guard offset >= 0 else { return 0 }
    return min(stepCount, offset / grid)
  }

  /// The steps a placed session occupies (at least one).
  @inline(__always)
  func steps(of session: Int, _ placement: Placement) -> Range<Int> {
    let first = step(placement.start)
    let last = max(first + 1, min(stepCount + 1, step(placement.start + durations[session] - 1) + 1))
    return first..<last
  }

  /// The candidate start index of a start (-1 when it is not one).
  @inline(__always)
  func startSlot(_ session: Int, _ start: Int) -> Int {
    let offset = start - origin
    guard offset >= 0, offset % grid == 0, offset / grid <= stepCount else { return -1 }
    return Int(startIndex[session][offset / grid])
  }

  /// The day index of a start (nil on no day).
  @inline(__always)
  func day(of start: Int) -> Int? {
    let offset = start - origin
    if offset >= 0 && offset % grid == 0 && offset / grid <= stepCount {
      let day = stepDay[offset / grid]
      return day < 0 ? nil : day
    }
    return problem.dayIndex(of: start)
  }

  /// What `session` costs on its own at `placement`.
  @inline(__always)
  func unaryCost(_ session: Int, _ placement: Placement) -> Score {
    var score = roomCost[session][placement.room]
    let slot = startSlot(session, placement.start)
    if slot >= 0 {
      score = score + startCost[session][slot]
    } else {
      score = score + Self.cost(of: unaryByStart, session, placement, problem)
    }
    if !unaryByBoth.isEmpty { score = score + Self.cost(of: unaryByBoth, session, placement, problem) }
    return score
  }

  /// What two placed sessions cost together (the constraints called in place).
  func pairCost(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement) -> Score {
    var score = Score.zero
    for index in overlapWeights.indices {
      let amount = overlapPairs[index].amount(a, pa, b, pb, in: problem)
      if amount > 0 { score.add(amount * overlapWeights[index].weight, at: overlapWeights[index].level) }
    }
    for index in relatedWeights.indices {
      let amount = relatedPairs[index].amount(a, pa, b, pb, in: problem)
      if amount > 0 { score.add(amount * relatedWeights[index].weight, at: relatedWeights[index].level) }
    }
    return score
  }

  /// True when sessions `a` and `b` are related.
  @inline(__always)
  func related(_ a: Int, _ b: Int) -> Bool {
    if relation.isEmpty { return problem.related(a, b) }
    let bit = a * durations.count + b
    return relation[bit / 64] & (1 << UInt64(bit % 64)) != 0
  }

  /// What `session` at `placement` costs with the sessions `overlapping` it (all of them)
  /// and the `related` ones (overlapping or partners).
  func pairCost(_ session: Int, _ placement: Placement, overlapping: [PlacedSession], related: [PlacedSession]) -> Score {
    var score = Score.zero
    if !overlapping.isEmpty {
      for index in overlapWeights.indices {
        let amount = overlapPairs[index].total(session, placement, with: overlapping, in: problem)
        if amount > 0 { score.add(amount * overlapWeights[index].weight, at: overlapWeights[index].level) }
      }
    }
    if !related.isEmpty {
      for index in relatedWeights.indices {
        let amount = relatedPairs[index].total(session, placement, with: related, in: problem)
        if amount > 0 { score.add(amount * relatedWeights[index].weight, at: relatedWeights[index].level) }
      }
    }
    return score
  }

  /// The groups of `session` placed at `placement` (none when it is left out).
  @inline(__always)
  func groups(of session: Int, _ placement: Placement?) -> [GroupKey] {
    guard let placement else { return [] }
    return memberships[session][(day(of: placement.start) ?? -1) + 1]
  }
}
