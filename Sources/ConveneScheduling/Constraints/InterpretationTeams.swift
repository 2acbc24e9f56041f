/// Hard: never more parallel sessions needing a language pair than there are interpreter
/// teams for it (`scheduling.interpretation_teams`; pairs not listed are not limited). Size:
/// sessions over the limit, counted at each session's start.
public struct InterpretationTeams: GroupConstraint {
  public let name = "interpretation-teams"
  public let level = ConstraintLevel.hard
  public init() {}

  func pairs(_ problem: SchedulingProblem) -> [String] {
    problem.interpretationTeams.keys.filter { problem.interpretationMembers[$0] != nil }.sorted()
  }

  public func groups(in problem: SchedulingProblem) -> [Int] { Array(pairs(problem).indices) }

  public func groups(of session: Int, at placement: Placement?, in problem: SchedulingProblem) -> [Int] {
    let needed = problem.sessions[session].interpretation
    guard !needed.isEmpty else { return [] }
    return pairs(problem).enumerated().filter { needed.contains($0.element) }.map(\.offset)
  }

  /// For each placed session needing the pair, the sessions running when it starts.
  func crowding(_ group: Int, _ placements: [Placement?], _ problem: SchedulingProblem) -> [(session: Int, running: [Int])] {
    let pair = pairs(problem)[group]
    let members = problem.interpretationMembers[pair]!.filter { placements[$0] != nil }
    return members.map { session in
      let start = placements[session]!.start
      let running = members.filter { other in
        let span = problem.span(other, placements[other]!)
        return span.start <= start && start < span.end
      }
      return (session, running)
    }
  }

  public func amount(_ group: Int, _ placements: [Placement?], in problem: SchedulingProblem) -> Int {
    let teams = problem.interpretationTeams[pairs(problem)[group]] ?? 0
    return crowding(group, placements, problem).reduce(0) { $0 + max(0, $1.running.count - teams) }
  }

  public func sentence(_ group: Int, _ placements: [Placement?], in problem: SchedulingProblem) -> (String, [Int]) {
    let pair = pairs(problem)[group]
    let teams = problem.interpretationTeams[pair] ?? 0
    let worst = crowding(group, placements, problem).max { $0.running.count < $1.running.count }!
    let names = worst.running.map(problem.name).joined(separator: ", ")
    return ("\(worst.running.count) sessions need \(pair) interpretation at \(TimelineMinute.describe(placements[worst.session]!.start)) (\(names)) but there \(teams == 1 ? "is 1 team" : "are \(teams) teams")", worst.running)
  }
}
