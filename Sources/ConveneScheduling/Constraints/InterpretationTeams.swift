/// Hard: never more parallel sessions needing a language pair than there are interpreter
/// teams for it (`scheduling.interpretation_teams`; pairs not listed are not limited). Size:
/// sessions over the limit, counted at each session's start.
public struct InterpretationTeams: GroupConstraint {
  public var name: String { "interpretation-teams" }
  public var level: ConstraintLevel { .hard }
  public var defaultWeight: Int { 1 }
  public init() {}

  /// One group per limited pair and day (and one for placements on no day).
  public func groupCount(in problem: SchedulingProblem) -> Int { problem.limitedPairs.count * (problem.days.count + 1) }

  public func groups(of session: Int, onDay day: Int?, in problem: SchedulingProblem) -> [Int] {
    let needed = problem.sessions[session].interpretation
    guard !needed.isEmpty else { return [] }
    return problem.limitedPairs.indices.filter { needed.contains(problem.limitedPairs[$0]) }.map {
      $0 * (problem.days.count + 1) + (day ?? problem.days.count)
    }
  }

  func limit(_ group: Int, _ problem: SchedulingProblem) -> (pair: String, teams: Int) {
    let pair = problem.limitedPairs[group / (problem.days.count + 1)]
    return (pair, problem.interpretationTeams[pair] ?? 0)
  }

  /// The members running when `member` starts (itself included).
  func running(at member: PlacedSession, _ members: [PlacedSession], _ problem: SchedulingProblem) -> [PlacedSession] {
    members.filter { other in
      other.placement.start <= member.placement.start && member.placement.start < problem.span(other.session, other.placement).end
    }
  }

  public func amount(_ group: Int, _ members: [PlacedSession], in problem: SchedulingProblem) -> Int {
    let teams = limit(group, problem).teams
    guard members.count > teams else { return 0 }
    var over = 0
    for member in members {
      var running = 0
      for other in members
      where other.placement.start <= member.placement.start && member.placement.start < problem.span(other.session, other.placement).end {
        running += 1
      }
      over += max(0, running - teams)
    }
    return over
  }

  public func sentence(_ group: Int, _ members: [PlacedSession], in problem: SchedulingProblem) -> (String, [Int]) {
    let (pair, teams) = limit(group, problem)
    let sorted = members.sorted { $0.session < $1.session }
    let worst = sorted.max { running(at: $0, sorted, problem).count < running(at: $1, sorted, problem).count } ?? sorted[0]
    let together = running(at: worst, sorted, problem).map(\.session)
    let names = together.map(problem.name).joined(separator: ", ")
    return ("\(together.count) sessions need \(pair) interpretation at \(TimelineMinute.describe(worst.placement.start)) (\(names)) but there \(teams == 1 ? "is 1 team" : "are \(teams) teams")", together)
  }
}
