import ConveneCore
import ConveneScheduling

/// Checks of `schedule.json` against the plan, as `explain` and `publish` read it
/// (`ScheduleConversion`): every session and room exists, each session is listed once, and
/// each ends when its start and duration say.
struct ScheduleChecks {
  let plan: EventPlan
  let schedule: ScheduleDocument
  let file = "schedule.json"

  func findings() -> [Finding] {
    ScheduleConversion.schedule(from: schedule, problem: SchedulingProblem(plan: plan), file: file).problems
  }
}
