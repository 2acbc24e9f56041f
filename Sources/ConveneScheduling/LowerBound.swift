/// A score no schedule can beat, from each session on its own: the cheapest of leaving it out
/// and each of its candidate placements, compared level by level (hard, then medium, then
/// soft), summed over the sessions. This is a bound level by level: a schedule can only match
/// the sum's hard part with every session at its cheapest hard cost, and so on down. Constraints
/// between sessions only add to a schedule's score. The search stops early when its best
/// schedule reaches the bound.
enum LowerBound {
  static func of(_ model: CostModel) -> Score {
    let problem = model.problem
    var total = Score.zero
    for (session, info) in problem.sessions.enumerated() {
      var best = model.leftOutCost[session]
      if info.candidateStarts.count * info.candidateRooms.count <= 20_000 {
        for start in info.candidateStarts {
          for room in info.candidateRooms {
            let cost = model.unaryCost(session, Placement(start: start, room: room))
            if cost < best { best = cost }
          }
        }
      } else if let room = info.candidateRooms.first, let start = info.candidateStarts.first {
        // Many placements: the cheapest start plus the cheapest room, leaving out what depends
        // on both (which only adds).
        let starts = info.candidateStarts.map { CostModel.cost(of: model.unaryByStart, session, Placement(start: $0, room: room), problem) }
        let rooms = info.candidateRooms.map { CostModel.cost(of: model.unaryByRoom, session, Placement(start: start, room: $0), problem) }
        let placed = starts.min()! + rooms.min()!
        if placed < best { best = placed }
      }
      total = total + best
    }
    return total
  }
}
