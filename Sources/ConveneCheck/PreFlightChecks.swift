import ConveneCore
import ConveneScheduling

/// What `convene schedule`'s pre-flight finds impossible (`PreFlight`), as `check` reports it:
/// a session needing features no single room has together, one longer than any stretch of a
/// day once breaks and a change of the clocks are taken out, one whose pins and unavailable
/// windows leave it no start, a speaker with more sessions than time. One source of truth, so
/// that a workspace `check` calls valid is never one `schedule` refuses.
struct PreFlightChecks {
  let plan: EventPlan

  /// Each impossibility, as an error of `sessions.csv`.
  func findings() -> [Finding] {
    PreFlight.check(SchedulingProblem(plan: plan)).filter(\.impossible).map {
      .error("sessions.csv", $0.message, hint: "`convene schedule` would refuse it; change the session, the rooms or the days")
    }
  }
}
