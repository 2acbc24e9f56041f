import ConveneCore
import ConveneScheduling
import ConveneWorkspace

/// `convene schedule` as one transaction: under the workspace lock, read the plan and the
/// latest release, solve, and write `schedule.json`. Ctrl-C or SIGTERM stops the solver, and
/// the best schedule found so far is written before the lock is released, except when the
/// first schedule was cut short (sessions never tried) and a `schedule.json` is already
/// there: a part of a schedule never replaces a whole one.
public struct ScheduleRun: Sendable {
  public var options: Solver.Options
  /// Schedule even when the pre-flight check finds impossibilities.
  public var force: Bool

  /// Creates the run.
  public init(options: Solver.Options, force: Bool) {
    self.options = options
    self.force = force
  }

  /// What the run did.
  public struct Outcome: Sendable {
    /// Every pre-flight finding (impossibilities let through by `force` among them).
    public var preFlight: [PreFlight.Finding]
    public var result: Solver.Result
    /// The checker's score (the one written).
    public var score: Score
    public var violations: [Violation]
    public var document: ScheduleDocument
    /// False when the first schedule was cut short and the `schedule.json` already there was
    /// kept as it was.
    public var written: Bool

    /// True when the time limit or Ctrl-C stopped the first schedule before every session was
    /// tried (`result.untried`).
    public var unfinished: Bool { !result.untried.isEmpty }
  }

  /// Runs it; `clock` gives seconds, `progress` is called as the solver improves.
  public func run(
    in workspace: Workspace, purpose: String, clock: @escaping () -> Double,
    progress: (Solver.Progress) -> Void = { _ in }
  ) throws -> Outcome {
    try workspace.transaction(purpose: purpose) {
      let context = try SchedulingContext.load(workspace)
      let problem = context.problem
      let preFlight = PreFlight.check(problem)
      if preFlight.contains(where: \.impossible) && !force {
        throw CommandFailure(
          preFlight.map { "pre-flight: \($0.message)" }.joined(separator: "\n")
            + "\nNo valid schedule can hold every session (above); change the input, or run with --force to schedule the rest."
        )
      }
      try Interruption.checkpoint()
      let start = context.latestRelease.map {
        ScheduleConversion.schedule(from: $0, problem: problem).schedule
      }
      let result = Solver(problem: problem, options: options).solve(
        startingFrom: start, clock: clock, shouldStop: { Interruption.isRequested },
        progress: progress)
      let (score, violations) = FastScoreChecker.check(result.schedule, in: problem)
      let reasons = UnscheduledReasons.reasons(
        for: result.schedule, in: problem, untried: result.untried, stop: result.stopReason,
        preFlight: preFlight)
      let document = ScheduleConversion.document(
        result.schedule, problem: problem, plan: context.plan,
        version: (context.latestRelease?.version ?? 0) + 1,
        score: score, reasons: reasons)
      // Interrupted or not, the best schedule found is kept, unless it is a part of a first
      // schedule and an earlier one (whole, or hand-corrected) is there.
      let written =
        result.untried.isEmpty || !workspace.fileSystem.exists(workspace.path(ScheduleFile.name))
      if written { try workspace.saveSchedule(document) }
      return Outcome(
        preFlight: preFlight, result: result, score: score, violations: violations,
        document: document, written: written)
    }
  }
}
