import ConveneDocuments
import ConveneWorkspace

/// What `convene certificates` did, as the organiser reads it: the certificates issued (the
/// first few with their codes), codes superseded or withdrawn, who is below the share and the
/// files written.
struct CertificatesSummary {
  var outcome: CertificateRun.Outcome
  var workspace: Workspace
  var minimumShare: Double

  /// How many certificates, and people below the share, the text lists.
  static let shown = 10

  /// The lines of the summary, each printed on its own (so that each is escaped as a line).
  var lines: [String] {
    var lines: [String] = []
    let issue = outcome.issue
    let fresh = issue.certificates.filter(\.isNew).count
    if outcome.keyCreated {
      lines.append(
        "Made the certificate key \(workspace.path(CertificateFiles.keyName)) (readable by you only): back it up, and keep it out of shared folders and version control."
      )
    }
    lines.append(
      "\(issue.certificates.count) certificate\(issue.certificates.count == 1 ? "" : "s") of attendance (at least \(Int((minimumShare * 100).rounded()))% of their sessions): \(fresh) new or changed, \(issue.certificates.count - fresh) unchanged."
    )
    lines += certificates()
    lines += changedCodes()
    if outcome.daysWithoutSchedule {
      lines.append(
        "No release or schedule.json: sign-ins for a whole day could not be matched to that day's sessions; publish the schedule and run again."
      )
    }
    if !outcome.belowShare.isEmpty {
      let below = outcome.belowShare.map {
        "\($0.participant.id) (\($0.attended.count)/\($0.slots))"
      }
      lines.append("Below the share (\(below.count)): " + Self.firstOf(below))
    }
    if !outcome.unrecorded.isEmpty {
      let ids = outcome.unrecorded.map { "\($0.participant.id) (0/\($0.slots))" }
      lines.append(
        "No attendance recorded (\(ids.count), holding a place): " + Self.firstOf(ids)
          + "; absent throughout, or missing from the sign-in sheets")
    }
    lines.append(
      "Wrote \(outcome.files.count) file\(outcome.files.count == 1 ? "" : "s"), listed in \(workspace.path(CertificateFiles.listName))."
    )
    return lines
  }

  /// The first `shown` of `items`, then `...` when there are more.
  static func firstOf(_ items: [String]) -> String {
    items.prefix(shown).joined(separator: ", ") + (items.count > shown ? ", ..." : "")
  }

  /// The first certificates with their codes and sessions attended.
  func certificates() -> [String] {
    let certificates = outcome.issue.certificates
    var lines = certificates.prefix(Self.shown).map { certificate in
      let person = certificate.attendance
      return
        "  \(person.participant.id)  \(certificate.code)  \(person.attended.count)/\(person.slots) sessions\(certificate.isNew ? "  (new)" : "")"
    }
    if certificates.count > Self.shown {
      lines.append(
        "  ... and \(certificates.count - Self.shown) more (all in \(CertificateFiles.listName))")
    }
    return lines
  }

  /// The codes superseded by new ones and those withdrawn.
  func changedCodes() -> [String] {
    outcome.issue.superseded.map { old in
      "Superseded: \(old.participant)'s earlier code \(VerificationCode.printed(old.code))"
    }
      + outcome.issue.withdrawn.map { old in
        let reason =
          switch outcome.issue.withdrawalReasons[old.participant] {
          case .status(let status)?: "now \(status.rawValue): only people holding a place are certified"
          case .gone?: "no longer in participants.csv"
          default: "no longer at the share asked"
          }
        return
          "Withdrawn: \(old.participant)'s code \(VerificationCode.printed(old.code)) (\(reason); its file in \(CertificateFiles.folder)/ was left as it was)"
      }
  }
}
