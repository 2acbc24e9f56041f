extension PreFlight {
  /// Sessions that must come after others (`after`, or a later part of a series) and whose
  /// last start allowed by their own hard rules comes before the earlier ones can have ended,
  /// each at its earliest start allowed by theirs: the order can never hold, however long the
  /// search (a series whose second part's speaker leaves before the first part's arrives).
  static func orderFindings(_ problem: SchedulingProblem) -> [Finding] {
    let before = problem.sessions.indices.map { predecessors(of: $0, in: problem) }
    guard before.contains(where: { !$0.isEmpty }) else { return [] }
    var earliestEnd: [Int: Int] = [:]
    var findings: [Finding] = []
    for session in dependencyOrder(before) {
      let starts = startsAlone(session, in: problem)
      // A session with no start of its own is named by `sessionFindings`; one after it gets
      // no finding of its own for that.
      guard !starts.isEmpty, before[session].allSatisfy({ earliestEnd[$0.session] != nil }) else { continue }
      let latest = before[session].max { earliestEnd[$0.session]! < earliestEnd[$1.session]! }
      let from = latest.map { earliestEnd[$0.session]! } ?? Int.min
      guard let start = starts.first(where: { $0 >= from }) else {
        findings.append(
          .init(
            impossible: true, message: orderMessage(session, starts.last!, latest!, earliestEnd: from, in: problem),
            sessions: [session]))
        continue
      }
      earliestEnd[session] = problem.span(of: session, at: start).end
    }
    return findings.sorted { $0.sessions.first! < $1.sessions.first! }
  }

  /// The sessions `session` must come after, each with the rule that says so.
  static func predecessors(of session: Int, in problem: SchedulingProblem) -> [(session: Int, rule: String)] {
    let info = problem.sessions[session]
    var result = info.after.map { (session: $0, rule: Precedence().name) }
    if let series = info.series, let part = info.part, !problem.partsInStartOrder[series] {
      for other in problem.seriesMembers[series] where (problem.sessions[other].part ?? part) < part {
        result.append((other, SeriesOrder().name))
      }
    }
    return result
  }

  /// The sessions, each after every one it must come after; sessions in a cycle (which
  /// `check` names) are left out.
  static func dependencyOrder(_ before: [[(session: Int, rule: String)]]) -> [Int] {
    var waiting = before.map(\.count)
    var after = Array(repeating: [Int](), count: before.count)
    for (session, earlier) in before.enumerated() {
      for one in earlier { after[one.session].append(session) }
    }
    var ready = waiting.indices.filter { waiting[$0] == 0 }
    var order: [Int] = []
    while let session = ready.popLast() {
      order.append(session)
      for later in after[session] {
        waiting[later] -= 1
        if waiting[later] == 0 { ready.append(later) }
      }
    }
    return order
  }

  /// The starts, earliest first, at which some room takes `session` without breaking a hard
  /// rule of its own (its windows, the room's hours and features, its people there).
  static func startsAlone(_ session: Int, in problem: SchedulingProblem) -> [Int] {
    let info = problem.sessions[session]
    let hard = ConstraintCatalogue.unary.filter { $0.level == .hard }
    return info.candidateStarts.sorted().filter { start in
      info.candidateRooms.contains { room in
        !hard.contains { $0.amount(session, at: Placement(start: start, room: room), in: problem) > 0 }
      }
    }
  }

  static func orderMessage(
    _ session: Int, _ lastStart: Int, _ earlier: (session: Int, rule: String), earliestEnd: Int, in problem: SchedulingProblem
  ) -> String {
    "\(problem.name(session)) must come after \(problem.name(earlier.session)) (\(earlier.rule)), which cannot end before "
      + "\(TimelineMinute.describe(earliestEnd)) (its people, rooms and windows, and the sessions it comes after, allow "
      + "no earlier start), but its own last start they allow is \(TimelineMinute.describe(lastStart)): the order can never hold"
  }
}
