import ConveneCalendar
import ConveneCheck
import ConveneCore
import ConveneEvaluation
import ConveneNetwork
import ConveneRegistration
import ConveneReleases
import ConveneWorkspace

/// `convene check`: every problem in every workspace file, gathered in one read (no lock: it
/// writes nothing) — what reading each file found, an unreadable schedule, the checks across
/// files, unreadable releases, the planning tasks as of a day, the follow-up answers and the
/// rows that name retired participants.
public enum CheckRun {
  /// The workspace's files in the order their findings are listed; others come after.
  static let fileOrder = [
    EventFile.name, RoomsFile.name, ParticipantsFile.name, SessionsFile.name, SignupsFile.name,
    AttendanceFile.name, FeedbackFile.name, FollowupFile.name, TasksFile.name, TravelFile.name,
    ScheduleFile.name,
  ]

  /// Every finding in `workspace`, by file, then line. The questions and indicators of an event
  /// that declares none are `standard`; tasks are judged as of `today`. Fails only when a file
  /// cannot be read (or the folder is no workspace).
  public static func findings(in workspace: Workspace, standard: Evaluation, today: LocalDate) throws -> [Finding] {
    let contents = try workspace.load()
    var findings = contents.findings
    var schedule: ScheduleDocument?
    do {
      schedule = try workspace.loadSchedule()
    } catch {
      // An unreadable schedule is a finding like any other; a file that cannot be read is not.
      guard case .invalid(let unreadable) = error else { throw error }
      findings += unreadable
    }
    findings += try releaseFindings(in: workspace)
    findings += try disclosureFindings(in: workspace)
    findings += try ledgerFindings(LedgerStore<InvitationLedger>(workspace: workspace))
    findings += try ledgerFindings(LedgerStore<NotificationLedger>(workspace: workspace))
    findings += try registerFindings(in: workspace)
    findings += OrphanedTemporaries.found(in: workspace).map {
      .warning(
        $0, "a temporary file left by a command that was killed while writing",
        hint: "the next command that writes to the workspace removes it")
    }
    if let plan = contents.plan {
      let evaluation = plan.event.evaluation.isEmpty ? standard : plan.event.evaluation
      findings += WorkspaceChecker.check(
        plan, attendance: contents.attendance, responses: contents.responses, evaluation: evaluation,
        travel: contents.travel, schedule: schedule,
        placed: ((try? workspace.latestRelease()) ?? schedule)?.sessionDays ?? [:])
      findings += WorkspaceChecker.check(tasks: contents.tasks, today: today)
      if !findings.contains(where: { $0.severity == .error }) { findings += WorkspaceChecker.preFlight(plan) }
      let commitments = Commitment.found(in: contents.responses, evaluation: evaluation).commitments
      findings += try FollowupFile.findings(in: workspace, plan: plan, commitments: commitments).findings
      findings += try RetiredIDs.orphanedRows(in: workspace, known: Set(plan.participants.map(\.id)))
    }
    return findings.ordered(files: fileOrder)
  }

  /// What reading the disclosure record (`.convene/disclosure.json`) found: `report` refuses
  /// to publish over a damaged one, so damage is reported now.
  static func disclosureFindings(in workspace: Workspace) throws -> [Finding] {
    let bytes = try workspace.fileSystem.contents(of: workspace.path(DisclosureRecord.path))
    do {
      _ = try DisclosureRecord.read(stored: bytes)
      return []
    } catch {
      return [
        .error(
          DisclosureRecord.path, line: error.line,
          "\(error.reason); it records what earlier reports hid, so that the next one stays consistent with them",
          hint: "restore it, or delete it only if no report of this event was ever shared")
      ]
    }
  }

  /// What reading a send ledger found: `invite` and `notify` send nothing from one that does
  /// not read or is not the one convene wrote, so that is reported now.
  static func ledgerFindings<Ledger>(_ store: LedgerStore<Ledger>) throws -> [Finding] {
    do {
      _ = try store.read()
      return []
    } catch let damage as LedgerDamage {
      return [
        .error(
          damage.file, damage.reason,
          hint: "restore it, with its seal, from the same backup; nothing is sent until then")
      ]
    } catch let error as LedgerError {
      return [.error(error.file, line: error.line, error.reason)]
    }
  }

  /// The certificate register damaged as a whole (emptied, cut, missing beside the list of
  /// certificates): `certificates` and `verify` refuse it, so it is reported now.
  static func registerFindings(in workspace: Workspace) throws -> [Finding] {
    guard let damage = try CertificateFiles.registerDamage(in: workspace) else { return [] }
    return [.error(CertificateFiles.registerName, line: 1, damage)]
  }

  /// What reading each release (`releases/vN.json`) found: `publish`, `agenda` and `invite`
  /// read them, so one they cannot read is reported now rather than when they run.
  static func releaseFindings(in workspace: Workspace) throws -> [Finding] {
    var findings: [Finding] = []
    for version in try workspace.releaseVersions() {
      do {
        _ = try workspace.release(version)
      } catch {
        guard case .invalid(let unreadable) = error else { throw error }
        findings += unreadable
      }
    }
    return findings
  }
}
