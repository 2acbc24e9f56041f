import ArgumentParser
import ConveneCore
import ConveneDocuments
import ConveneTemplates
import ConveneWorkspace

/// `convene certificates [issue]` and `convene certificates verify CODE`.
struct CertificatesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "certificates", abstract: "Certificates of attendance with verification codes.",
    subcommands: [Issue.self, Verify.self], defaultSubcommand: Issue.self)

  /// Issues the certificates.
  struct Issue: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Write a certificate for everyone who attended enough of their sessions (certificates/).",
      discussion: """
        A person's sessions are those they were expected at, as for invitations (speaking, \
        moderating, signed up, with a cohort, and every plenary), on the latest release or \
        schedule.json; attendance.csv says which they attended (a record for the session, else \
        for its day). Each certificate lists the sessions attended and a verification code \
        (HMAC-SHA256 of the event, the person and the sessions, with the key in \
        .convene/certificate-key, made on first use). certificates/certificates.csv lists them; \
        the same attendance gives the same codes, and a changed one a new code (the old one \
        is then superseded).
        """)

    @Option(help: "The least share of their sessions a person must have attended (0 < share ≤ 1).")
    var minShare: Double = 0.75
    @Option(
      help:
        "The certificates' language: \(LanguagePack.codes.joined(separator: ", ")) (default: each person's own)."
    )
    var lang: String?
    @Flag(help: "Also print certificates/ID.pdf for each, with headless Chromium.") var pdf = false
    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
      try validateLanguage(lang)
      guard minShare > 0 && minShare <= 1 else {
        throw ValidationError(
          "--min-share must be more than 0 and at most 1 (such as 0.75), not \(minShare)")
      }
    }

    func run() throws {
      let printer = try pdf ? requirePrinter() : nil
      let workspace = options.open()
      let outcome = try CertificateRun.run(
        in: workspace,
        request: .init(
          minimumShare: minShare, language: lang,
          template: try TemplateBundle.required("certificate.html.mustache"),
          printer: printer),
        randomBytes: { count in
          var generator = SystemRandomNumberGenerator()
          return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        },
        purpose: WorkspaceOptions.purpose)
      let summary = CertificatesSummary(
        outcome: outcome, workspace: workspace, minimumShare: minShare)
      for line in summary.lines { Terminal.print(line) }
    }
  }

  /// Says whose a code is and what it certifies.
  struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Say whose a verification code is and what it certifies (exit 1 when it is not a valid certificate)."
    )

    @Argument(
      parsing: .remaining, help: "The code as printed (case, spaces and hyphens do not matter).")
    var words: [String] = []
    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
      guard !words.isEmpty else {
        throw ValidationError("give the code to verify, such as 7KQ2-M9XD-4HTR-B3WP")
      }
    }

    func run() throws {
      let code = words.joined(separator: " ")
      let workspace = options.open()
      let plan = try workspace.loadPlan(requiringValid: []).plan
      let outcome = try CertificateVerification.verify(code, in: workspace)
      let titles = Dictionary(
        plan.sessions.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
      func certifies(_ entry: IssuedCertificate) -> [String] {
        let event =
          entry.event == plan.event.id ? "\(plan.event.title) (\(entry.event))" : entry.event
        return [
          "  Name: \(entry.name) (\(entry.participant))", "  Event: \(event)",
          "  Sessions attended (\(entry.sessions.count)):",
        ] + entry.sessions.map { "    \($0)  \(titles[$0] ?? "")" }
      }
      switch outcome {
      case .valid(let entry):
        Terminal.print(
          ([
            "\(VerificationCode.printed(entry.code)) is a valid certificate of attendance issued by this workspace:"
          ] + certifies(entry))
          .joined(separator: "\n"))
      case .superseded(let entry, let newer):
        Terminal.print(
          ([
            "\(VerificationCode.printed(entry.code)) was issued here but has been superseded by \(newer.map { VerificationCode.printed($0.code) } ?? "a later certificate") (\(Self.change(from: entry, to: newer))); it certified:"
          ]
            + certifies(entry)).joined(separator: "\n"))
        throw CommandFailure.alreadyReported()
      case .withdrawn(let entry):
        Terminal.print(
          ([
            "\(VerificationCode.printed(entry.code)) was issued here but has been withdrawn (the person no longer qualified); it certified:"
          ]
            + certifies(entry)).joined(separator: "\n"))
        throw CommandFailure.alreadyReported()
      case .altered(let entry):
        throw CommandFailure(
          "\(VerificationCode.printed(entry.code)) is in the register, but the register's entry for it was changed after it was written (its name, event, sessions or state no longer match its code and seal): it cannot be verified"
        )
      case .keyMissing(let entry):
        throw CommandFailure(
          "\(VerificationCode.printed(entry.code)) is in the register, but the key it was issued with (\(CertificateFiles.keyName)) is missing: restore it from a backup to verify codes"
        )
      case .notIssued(let code):
        throw CommandFailure("\(code) is not a code this workspace issued")
      case .unreadable(let problem):
        throw CommandFailure("\(code): \(problem)")
      }
    }

    /// What made a later certificate replace `entry`, in words.
    static func change(from entry: IssuedCertificate, to newer: IssuedCertificate?) -> String {
      guard let newer else { return "what it certified changed" }
      switch (entry.name != newer.name, entry.sessions != newer.sessions) {
      case (true, true): return "the name and the attendance record changed"
      case (true, false): return "the name changed"
      default: return "the attendance record changed"
      }
    }
  }
}
