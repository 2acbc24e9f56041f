/// Scores a schedule from scratch, constraint by constraint, with a sentence for every
/// violation. It is deliberately simple — every pair of sessions is compared — so that it can
/// check the solver's incremental bookkeeping, and it is what `convene explain` reports.
public enum ScoreChecker {
  /// The score of `schedule` and every violation behind it, costliest first.
  public static func check(_ schedule: Schedule, in problem: SchedulingProblem) -> (score: Score, violations: [Violation]) {
    tally(schedule, in: problem) { _, a in (a + 1)..<problem.sessions.count }
  }

  /// The same, each pair constraint asked about session `a` and each session of `later(constraint, a)`
  /// (sessions after `a`, in ascending order; the placed ones count).
  static func tally<Later: Sequence<Int>>(
    _ schedule: Schedule, in problem: SchedulingProblem, later: (any PairConstraint, Int) -> Later
  ) -> (score: Score, violations: [Violation]) {
    let placements = schedule.placements
    var score = Score.zero
    var violations: [Violation] = []
    func record(_ constraint: any Constraint, _ amount: Int, _ sentence: @autoclosure () -> String, _ sessions: [Int]) {
      guard amount > 0 else { return }
      let penalty = amount * problem.weights[constraint.name]
      guard penalty > 0 else { return }
      score.add(penalty, at: constraint.level)
      violations.append(
        Violation(
          constraint: constraint.name, level: constraint.level, penalty: penalty, sentence: sentence(),
          sessions: sessions.map { problem.sessions[$0].id }))
    }
    for constraint in ConstraintCatalogue.unary {
      for (session, placement) in placements.enumerated() {
        guard let placement else { continue }
        let amount = constraint.amount(session, at: placement, in: problem)
        record(constraint, amount, constraint.sentence(session, at: placement, in: problem), [session])
      }
    }
    for constraint in ConstraintCatalogue.leftOut {
      for session in placements.indices where placements[session] == nil {
        let amount = constraint.amountLeftOut(session, in: problem)
        record(constraint, amount, constraint.sentenceLeftOut(session, in: problem), [session])
      }
    }
    for constraint in ConstraintCatalogue.pairs {
      for a in problem.sessions.indices {
        guard let pa = placements[a] else { continue }
        for b in later(constraint, a) {
          guard let pb = placements[b] else { continue }
          let amount = constraint.amount(a, pa, b, pb, in: problem)
          record(constraint, amount, constraint.sentence(a, pa, b, pb, in: problem), [a, b])
        }
      }
    }
    for constraint in ConstraintCatalogue.groups {
      var members = Array(repeating: [PlacedSession](), count: constraint.groupCount(in: problem))
      for (session, placement) in placements.enumerated() {
        guard let placement else { continue }
        for group in constraint.groups(of: session, onDay: problem.dayIndex(of: placement.start), in: problem) {
          members[group].append(PlacedSession(session, placement))
        }
      }
      for (group, list) in members.enumerated() {
        let amount = constraint.amount(group, list, in: problem)
        guard amount > 0 else { continue }
        let (sentence, sessions) = constraint.sentence(group, list, in: problem)
        record(constraint, amount, sentence, sessions)
      }
    }
    violations.sort { ($0.level, -$0.penalty) < ($1.level, -$1.penalty) }
    return (score, violations)
  }

  /// The total penalty per constraint name, in catalogue order, for the score breakdown.
  public static func breakdown(_ violations: [Violation]) -> [(constraint: String, level: ConstraintLevel, penalty: Int, count: Int)] {
    ConstraintCatalogue.all.compactMap { constraint in
      let matching = violations.filter { $0.constraint == constraint.name }
      guard !matching.isEmpty else { return nil }
      return (constraint.name, constraint.level, matching.reduce(0) { $0 + $1.penalty }, matching.count)
    }.sorted { ($0.level, -$0.penalty) < ($1.level, -$1.penalty) }
  }
}
