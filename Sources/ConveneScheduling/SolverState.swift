/// The solver's incremental bookkeeping: the current placements, which sessions run in each
/// grid step, the placed members and the current amount of every group, and the running score.
/// A move is priced by re-evaluating only what involves the moved session: its own terms (from
/// the cost model's tables), its pair terms with the sessions that run at the same time or are
/// its partners (order, pauses, travel), and the groups it leaves and joins.
struct SolverState {
  let model: CostModel
  let problem: SchedulingProblem
  private(set) var placements: [Placement?]
  private(set) var score: Score
  /// Sessions running in each grid step.
  private var occupancy: [[Int]]
  /// Placed members and amount of each group, by group constraint.
  private var members: [[[PlacedSession]]]
  private var amounts: [[Int]]
  /// Marks for de-duplicating neighbours.
  private var stamp: [Int]
  private var stampValue = 0
  /// Scratch space for pricing a group after a move, and a session's neighbours.
  private var scratch: [PlacedSession] = []
  private var overlapping: [PlacedSession] = []
  private var related: [PlacedSession] = []

  init(model: CostModel, schedule: Schedule) {
    self.model = model
    let problem = model.problem
    self.problem = problem
    placements = Array(repeating: nil, count: problem.sessions.count)
    occupancy = Array(repeating: [], count: problem.stepCount + 1)
    stamp = Array(repeating: 0, count: problem.sessions.count)
    members = model.groupCounts.map { Array(repeating: [], count: $0) }
    amounts = model.groups.indices.map { constraint in
      (0..<model.groupCounts[constraint]).map { model.groups[constraint].constraint.amount($0, [], in: problem) }
    }
    score = model.leftOutCost.reduce(.zero, +)
    for (constraint, list) in amounts.enumerated() {
      score.add(list.reduce(0, +) * model.groupWeights[constraint].weight, at: model.groupWeights[constraint].level)
    }
    for (session, placement) in schedule.placements.enumerated() where placement != nil {
      move(session, to: placement)
    }
  }

  init(problem: SchedulingProblem, schedule: Schedule) {
    self.init(model: CostModel(problem: problem), schedule: schedule)
  }

  var schedule: Schedule { Schedule(placements: placements) }

  // MARK: Pricing

  /// What `session` costs on its own at `placement` (or left out).
  func ownCost(_ session: Int, _ placement: Placement?) -> Score {
    guard let placement else { return model.leftOutCost[session] }
    return model.unaryCost(session, placement)
  }

  /// The pair terms of `session` at `placement` against every other placed session that could
  /// interact with it: those running at the same time, and its partners.
  mutating func pairTerms(_ session: Int, _ placement: Placement?) -> Score {
    guard let placement, !model.pairs.isEmpty else { return .zero }
    stampValue += 1
    let mark = stampValue
    stamp[session] = mark
    overlapping.removeAll(keepingCapacity: true)
    related.removeAll(keepingCapacity: true)
    for step in model.steps(of: session, placement) {
      for other in occupancy[step] where stamp[other] != mark {
        stamp[other] = mark
        let neighbour = PlacedSession(other, placements[other]!)
        overlapping.append(neighbour)
        if model.related(session, other) { related.append(neighbour) }
      }
    }
    for other in model.partners[session] where stamp[other] != mark {
      stamp[other] = mark
      if let otherPlacement = placements[other] { related.append(PlacedSession(other, otherPlacement)) }
    }
    return model.pairCost(session, placement, overlapping: overlapping, related: related)
  }

  /// The change in score if `session` moved to `placement` (nil: left out).
  mutating func delta(_ session: Int, to placement: Placement?) -> Score {
    let old = placements[session]
    if old == placement { return .zero }
    var delta = ownCost(session, placement) - ownCost(session, old)
    // The session never meets itself (it is stamped), so its old place does not count.
    delta = delta - pairTerms(session, old)
    delta = delta + pairTerms(session, placement)
    delta = delta + groupDelta(session, from: old, to: placement)
    return delta
  }

  /// The change in the groups `session` leaves or joins (or stays in, elsewhere).
  mutating func groupDelta(_ session: Int, from old: Placement?, to new: Placement?) -> Score {
    let left = model.groups(of: session, old)
    let joined = model.groups(of: session, new)
    var delta = Score.zero
    for key in left {
      let change = groupAmount(key, session, joined.contains(key) ? new : nil) - amounts[key.constraint][key.group]
      if change != 0 { delta.add(change * model.groupWeights[key.constraint].weight, at: model.groupWeights[key.constraint].level) }
    }
    for key in joined where !left.contains(key) {
      let change = groupAmount(key, session, new) - amounts[key.constraint][key.group]
      if change != 0 { delta.add(change * model.groupWeights[key.constraint].weight, at: model.groupWeights[key.constraint].level) }
    }
    return delta
  }

  /// The amount of a group once `session` is at `placement` in it (nil: out of it).
  private mutating func groupAmount(_ key: CostModel.GroupKey, _ session: Int, _ placement: Placement?) -> Int {
    scratch.removeAll(keepingCapacity: true)
    for member in members[key.constraint][key.group] where member.session != session { scratch.append(member) }
    if let placement { scratch.append(PlacedSession(session, placement)) }
    return model.groupConstraints[key.constraint].amount(key.group, scratch, in: problem)
  }

  // MARK: Moving

  /// Moves `session` and returns the change in score.
  @discardableResult
  mutating func move(_ session: Int, to placement: Placement?) -> Score {
    let old = placements[session]
    guard old != placement else { return .zero }
    var change = ownCost(session, placement) - ownCost(session, old)
    change = change - pairTerms(session, old)
    change = change + pairTerms(session, placement)
    // Groups: the members first, then the amounts of every group touched, from the members.
    let left = model.groups(of: session, old)
    let joined = model.groups(of: session, placement)
    for key in left {
      if let index = members[key.constraint][key.group].firstIndex(where: { $0.session == session }) {
        members[key.constraint][key.group].swapAt(index, members[key.constraint][key.group].count - 1)
        members[key.constraint][key.group].removeLast()
      }
    }
    if let placement {
      for key in joined { members[key.constraint][key.group].append(PlacedSession(session, placement)) }
    }
    for key in left { change = change + reprice(key) }
    for key in joined where !left.contains(key) { change = change + reprice(key) }
    if let old {
      for step in model.steps(of: session, old) {
        if let index = occupancy[step].firstIndex(of: session) { occupancy[step].remove(at: index) }
      }
    }
    placements[session] = placement
    if let placement {
      for step in model.steps(of: session, placement) { occupancy[step].append(session) }
    }
    score = score + change
    return change
  }

  /// Recounts a group from its members; returns the change in score.
  private mutating func reprice(_ key: CostModel.GroupKey) -> Score {
    let after = model.groupConstraints[key.constraint].amount(key.group, members[key.constraint][key.group], in: problem)
    let change = after - amounts[key.constraint][key.group]
    amounts[key.constraint][key.group] = after
    var score = Score.zero
    if change != 0 { score.add(change * model.groupWeights[key.constraint].weight, at: model.groupWeights[key.constraint].level) }
    return score
  }

  // MARK: Fast questions

  /// The placed members of one group of `constraint`, or nil when the model leaves the
  /// constraint out (it weighs nothing in this problem).
  func placedMembers(of constraint: any GroupConstraint, group: Int) -> [PlacedSession]? {
    guard let index = model.groups.firstIndex(where: { $0.constraint.name == constraint.name }) else { return nil }
    return members[index][group]
  }

  /// True when `session` can run at `start` without clashing with a session already placed
  /// over a required person, a cohort or an exclusive session, whatever the room.
  func timeIsFree(_ session: Int, at start: Int) -> Bool {
    let exclusive = problem.sessions[session].isExclusive
    for step in model.steps(of: session, Placement(start: start, room: 0)) {
      for other in occupancy[step] where other != session {
        if exclusive || problem.sessions[other].isExclusive || problem.peopleShared[session, other] > 0
          || problem.cohortsShared[session, other] > 0
        {
          if problem.span(of: session, at: start).overlaps(problem.span(other, placements[other]!)) { return false }
        }
      }
    }
    return true
  }

  /// True when no other session is in `room` while `session` would run from `start`.
  func roomIsFree(_ room: Int, for session: Int, at start: Int) -> Bool {
    let span = problem.span(of: session, at: start)
    for step in model.steps(of: session, Placement(start: start, room: room)) {
      for other in occupancy[step] where other != session {
        if let placement = placements[other], placement.room == room, span.overlaps(problem.span(other, placement)) { return false }
      }
    }
    return true
  }

  /// The rooms taken by other sessions while `session` would run from `start`, minus those of
  /// the sessions `leaving`.
  func busyRooms(_ session: Int, at start: Int, leaving: [Int] = []) -> [Int] {
    let span = problem.span(of: session, at: start)
    var busy: [Int] = []
    forEachSession(runningWith: session, at: start) { other in
      guard !leaving.contains(other), let placement = placements[other], span.overlaps(problem.span(other, placement)) else { return }
      busy.append(placement.room)
    }
    return busy
  }

  /// The placed sessions running during any of the steps `session` would occupy from `start`.
  func sessions(runningWith session: Int, at start: Int) -> [Int] {
    var found: [Int] = []
    forEachSession(runningWith: session, at: start) { found.append($0) }
    return found
  }

  /// Calls `body` once with each placed session running during any of the steps `session`
  /// would occupy from `start` (without gathering them in an array).
  func forEachSession(runningWith session: Int, at start: Int, _ body: (Int) -> Void) {
    let steps = model.steps(of: session, Placement(start: start, room: 0))
    for step in steps {
      for other in occupancy[step] where other != session {
        // A session over several steps is met at the first of them that both share.
        if step == steps.lowerBound || model.step(placements[other]!.start) == step { body(other) }
      }
    }
  }
}
