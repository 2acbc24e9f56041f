import ConveneCore
import ConveneScheduling

/// Checks of `schedule.json` against the plan, as `explain` and `publish` read it
/// (`ScheduleConversion`): every session and room exists, each session is listed once, each
/// ends when its start and duration say and starts on a day of the event, every speaker and
/// moderator is a participant; and the hard constraints the placements break (a warning:
/// `publish` refuses such a schedule, and `explain` names each).
struct ScheduleChecks {
  let plan: EventPlan
  let schedule: ScheduleDocument
  let file = "schedule.json"

  func findings() -> [Finding] {
    let problem = SchedulingProblem(plan: plan)
    let (placed, problems) = ScheduleConversion.schedule(from: schedule, problem: problem, file: file)
    let findings = problems + dayFindings(problem) + peopleFindings()
    guard findings.isEmpty else { return findings }
    return changedPeopleFindings() + hardFindings(placed, problem)
  }

  /// Sessions whose speakers or moderators in the file are not those of sessions.csv: the
  /// agenda prints the file's, while the constraints were counted with sessions.csv's (a
  /// speaker written into the file by hand may be in two rooms at once).
  func changedPeopleFindings() -> [Finding] {
    let sessions = Dictionary(plan.sessions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    return schedule.sessions.enumerated().flatMap { position, entry -> [Finding] in
      guard let session = sessions[entry.id] else { return [] }
      return [("speakers", entry.speakers, session.speakers), ("moderators", entry.moderators, session.moderators)]
        .compactMap { field, written, planned in
          guard Set(written) != Set(planned) else { return nil }
          return .warning(
            file, field: "sessions[\(position)].\(field)",
            "the session \"\(entry.id)\" lists \(field) \(Self.list(written)) here but \(Self.list(planned)) in sessions.csv: "
              + "the agenda prints these, the constraints were counted with those",
            hint: "change them in sessions.csv and run `convene schedule` again")
        }
    }
  }

  static func list(_ ids: [String]) -> String { ids.isEmpty ? "none" : ids.joined(separator: ", ") }

  /// Sessions placed on a day the event does not have: the agenda has no day to show them on.
  func dayFindings(_ problem: SchedulingProblem) -> [Finding] {
    let days = Set(problem.days.map(\.date))
    guard let first = problem.days.first?.date, let last = problem.days.last?.date else { return [] }
    return schedule.sessions.enumerated().compactMap { position, entry in
      guard !days.contains(entry.start.date) else { return nil }
      return .error(
        file, field: "sessions[\(position)].start",
        "the session \"\(entry.id)\" starts on \(entry.start.date), not a day of the event (\(first) to \(last))",
        hint: "move it to a day of the event, or run `convene schedule` again")
    }
  }

  /// Speakers and moderators the agenda would print who are not in participants.csv.
  func peopleFindings() -> [Finding] {
    let known = plan.participantsByID
    return schedule.sessions.enumerated().flatMap { position, entry in
      [("speakers", entry.speakers), ("moderators", entry.moderators)].flatMap { field, ids in
        ids.enumerated().compactMap { index, id -> Finding? in
          guard known[id] == nil else { return nil }
          return .error(
            file, field: "sessions[\(position)].\(field)[\(index)]",
            "\"\(id)\" is not a participant (participants.csv has no such id)",
            hint: "name the session's \(field) in sessions.csv and run `convene schedule` again")
        }
      }
    }
  }

  /// One warning per hard constraint the placements break.
  func hardFindings(_ placed: Schedule, _ problem: SchedulingProblem) -> [Finding] {
    let (_, violations) = FastScoreChecker.check(placed, in: problem)
    return ScoreChecker.breakdown(violations.filter { $0.level == .hard }).map { entry in
      .warning(
        file,
        "the placements break the hard constraint \(entry.constraint) \(entry.count) time\(entry.count == 1 ? "" : "s") "
          + "(-\(entry.penalty)hard): `convene publish` refuses this schedule",
        hint: "`convene explain` names each; run `convene schedule` again, or correct the file")
    }
  }
}
