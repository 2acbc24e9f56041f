/// The solver's incremental bookkeeping: the current placements, which sessions run in each
/// grid step, and the running score. A move is priced by re-evaluating only the constraints
/// that involve the moved session: its unary terms, its pair terms with the sessions that run
/// at the same time or are linked to it (people, order, series), and the groups it is in.
struct SolverState {
  let problem: SchedulingProblem
  private(set) var placements: [Placement?]
  private(set) var score: Score
  /// Sessions running in each grid step.
  private var occupancy: [[Int]]
  /// Sessions linked to each session without needing to overlap (precedence, series, people).
  private let linked: [[Int]]
  /// Marks for de-duplicating neighbours.
  private var stamp: [Int]
  private var stampValue = 0

  init(problem: SchedulingProblem, schedule: Schedule) {
    self.problem = problem
    placements = Array(repeating: nil, count: problem.sessions.count)
    occupancy = Array(repeating: [], count: problem.stepCount + 1)
    stamp = Array(repeating: 0, count: problem.sessions.count)
    linked = problem.sessions.indices.map { session in
      let info = problem.sessions[session]
      var list = info.after + problem.followers[session] + problem.sharedPeople[session].map(\.other)
      if let series = info.series { list += problem.seriesMembers[series] }
      return Array(Set(list)).filter { $0 != session }.sorted()
    }
    score = .zero
    for session in problem.sessions.indices {
      score = score + unaryScore(session, nil)
    }
    for constraint in ConstraintCatalogue.groups {
      for group in constraint.groups(in: problem) {
        score.add(constraint.amount(group, placements, in: problem) * problem.weights[constraint.name], at: constraint.level)
      }
    }
    for (session, placement) in schedule.placements.enumerated() where placement != nil {
      move(session, to: placement)
    }
  }

  var schedule: Schedule { Schedule(placements: placements) }

  // MARK: Pricing

  func unaryScore(_ session: Int, _ placement: Placement?) -> Score {
    var score = Score.zero
    for constraint in ConstraintCatalogue.unary {
      let amount = constraint.amount(session, placement, in: problem)
      if amount > 0 { score.add(amount * problem.weights[constraint.name], at: constraint.level) }
    }
    return score
  }

  func pairScore(_ a: Int, _ pa: Placement, _ b: Int, _ pb: Placement) -> Score {
    var score = Score.zero
    for constraint in ConstraintCatalogue.pairs {
      let amount = constraint.amount(a, pa, b, pb, in: problem)
      if amount > 0 { score.add(amount * problem.weights[constraint.name], at: constraint.level) }
    }
    return score
  }

  func steps(of session: Int, _ placement: Placement) -> Range<Int> {
    let span = problem.span(session, placement)
    // A placement edited by hand may lie outside the event's days: it occupies no step.
    let first = min(problem.stepCount, max(0, problem.step(span.start)))
    let last = min(problem.stepCount, max(first + 1, problem.step(span.end - 1) + 1))
    return first..<last
  }

  /// The pair terms of `session` at `placement` against every other placed session that could
  /// interact with it.
  mutating func pairTerms(_ session: Int, _ placement: Placement?) -> Score {
    guard let placement else { return .zero }
    stampValue += 1
    stamp[session] = stampValue
    var score = Score.zero
    for step in steps(of: session, placement) {
      for other in occupancy[step] where stamp[other] != stampValue {
        stamp[other] = stampValue
        score = score + pairScore(session, placement, other, placements[other]!)
      }
    }
    for other in linked[session] where stamp[other] != stampValue {
      stamp[other] = stampValue
      if let otherPlacement = placements[other] {
        score = score + pairScore(session, placement, other, otherPlacement)
      }
    }
    return score
  }

  /// The change in score if `session` moved to `placement` (nil: unscheduled).
  mutating func delta(_ session: Int, to placement: Placement?) -> Score {
    let old = placements[session]
    if old == placement { return .zero }
    var delta = unaryScore(session, placement) - unaryScore(session, old)
    // Pair terms at the old and the new placement; the session never meets itself (stamped).
    delta = delta - pairTerms(session, old)
    delta = delta + pairTerms(session, placement)
    delta = delta + groupDelta(session, from: old, to: placement)
    return delta
  }

  mutating func groupDelta(_ session: Int, from old: Placement?, to new: Placement?) -> Score {
    var delta = Score.zero
    for constraint in ConstraintCatalogue.groups {
      let keys = Set(constraint.groups(of: session, at: old, in: problem) + constraint.groups(of: session, at: new, in: problem))
      guard !keys.isEmpty else { continue }
      let weight = problem.weights[constraint.name]
      var before = 0
      for key in keys { before += constraint.amount(key, placements, in: problem) }
      placements[session] = new
      var after = 0
      for key in keys { after += constraint.amount(key, placements, in: problem) }
      placements[session] = old
      delta.add((after - before) * weight, at: constraint.level)
    }
    return delta
  }

  // MARK: Moving

  /// Moves `session` and returns the change in score.
  @discardableResult
  mutating func move(_ session: Int, to placement: Placement?) -> Score {
    let change = delta(session, to: placement)
    apply(session, placement)
    score = score + change
    return change
  }

  private mutating func apply(_ session: Int, _ placement: Placement?) {
    if let old = placements[session] {
      for step in steps(of: session, old) { occupancy[step].removeAll { $0 == session } }
    }
    placements[session] = placement
    if let placement {
      for step in steps(of: session, placement) { occupancy[step].append(session) }
    }
  }

  // MARK: Fast questions for building a schedule

  /// True when `session` can run at `start` without breaking a hard constraint against
  /// sessions already placed, whatever the room: no required person, cohort or exclusive clash.
  mutating func timeIsFree(_ session: Int, at start: Int) -> Bool {
    let info = problem.sessions[session]
    let placement = Placement(start: start, room: 0)
    for step in steps(of: session, placement) {
      for other in occupancy[step] where other != session {
        let otherInfo = problem.sessions[other]
        if info.isExclusive || otherInfo.isExclusive { return false }
        if !info.people.isEmpty && info.people.contains(where: otherInfo.people.contains) { return false }
        if !info.cohorts.isEmpty && info.cohorts.contains(where: otherInfo.cohorts.contains) { return false }
      }
    }
    return true
  }

  /// True when no other session is in `room` while `session` would run from `start`.
  func roomIsFree(_ room: Int, for session: Int, at start: Int) -> Bool {
    let placement = Placement(start: start, room: room)
    for step in steps(of: session, placement) {
      for other in occupancy[step] where other != session && placements[other]!.room == room { return false }
    }
    return true
  }
}
