import ConveneCheck
import ConveneCore
import ConveneEvaluation
import ConveneWorkspace

/// `convene certificates` as one transaction: under the workspace lock, read the plan, the
/// schedule, `attendance.csv` and the register; create the key on first use; write the
/// register, `certificates/certificates.csv` and one certificate per person
/// (`certificates/ID.html`, and `ID.pdf` when a printer is given).
public enum CertificateRun {
  /// What the run is asked for.
  public struct Request: Sendable {
    /// The least share (0 to 1) of their sessions a person must have attended.
    public var minimumShare: Double
    /// The certificates' language; nil: each person's own (as for e-mails).
    public var language: String?
    /// `Templates/certificate.html.mustache`.
    public var template: String
    /// Prints each certificate to PDF too, when given.
    public var printer: ChromiumPrinter?

    public init(
      minimumShare: Double, language: String?, template: String, printer: ChromiumPrinter?
    ) {
      self.minimumShare = minimumShare
      self.language = language
      self.template = template
      self.printer = printer
    }
  }

  /// What the run did.
  public struct Outcome: Sendable {
    public var issue: CertificateIssue
    /// People who attended something but less than the share asked.
    public var belowShare: [SessionAttendance.Person]
    /// People holding a place, expected at sessions, of whom no attendance is recorded (absent
    /// throughout, or left off the sign-in sheets).
    public var unrecorded: [SessionAttendance.Person]
    /// The files written, relative to the workspace.
    public var files: [String]
    /// True when this run created the key.
    public var keyCreated: Bool
    /// True when attendance was recorded for whole days but no schedule says which sessions
    /// were on which day, so those records could not count.
    public var daysWithoutSchedule: Bool
  }

  /// Fails, naming each, when `attendance.csv` holds records `check` calls errors across the
  /// files (a check-in on another day than its session's, a session that is none): a
  /// certificate says the sessions were attended, as `report` would count them.
  static func refuseRecordsCheckRefuses(
    _ attendance: [AttendanceRecord], plan: EventPlan, placed: [String: ClosedRange<LocalDate>]
  ) throws {
    let errors = WorkspaceChecker.checkRecords(
      plan, attendance: attendance, responses: [], evaluation: plan.event.evaluation, placed: placed
    )
    .filter { $0.severity == .error && $0.file == AttendanceFile.name }
    guard !errors.isEmpty else { return }
    throw CommandFailure(errors.map(\.description).joined(separator: "\n") + "\nno certificate was issued")
  }

  /// Issues the certificates. `randomBytes` gives the key's bytes on first use (the
  /// operating system's random source).
  public static func run(
    in workspace: Workspace, request: Request, randomBytes: (Int) -> [UInt8], purpose: String
  ) throws -> Outcome {
    try workspace.transaction(purpose: purpose) {
      let (plan, contents) = try workspace.loadPlan(
        requiringValid: [
          ParticipantsFile.name, SessionsFile.name, SignupsFile.name, AttendanceFile.name,
        ])
      PrintScratch.removeLeftovers(in: workspace)
      let schedule = try workspace.latestRelease() ?? workspace.loadSchedule()
      try refuseRecordsCheckRefuses(contents.attendance, plan: plan, placed: schedule?.sessionDays ?? [:])
      guard contents.attendance.contains(where: { $0.status == .present }) else {
        throw CommandFailure(
          "\(AttendanceFile.name) records nobody present yet: record attendance first (`convene attendance import` or `mark`); no certificate was issued"
        )
      }
      let (previous, seals) = try register(of: workspace)
      var key = try CertificateKey.load(from: workspace)
      if let key {
        try requireSealed(
          previous, seals: seals, signer: CertificateSigner(key: key),
          sealedBefore: workspace.fileSystem.exists(workspace.path(CertificateFiles.sealedMarkName)))
      }
      try requireWrittenRegister(in: workspace)
      if key == nil && !previous.isEmpty {
        throw CommandFailure(
          "\(CertificateFiles.registerName) lists \(previous.count) certificate(s) but \(CertificateFiles.keyName) is missing: restore the key from a backup (a new key would make every issued code fail); nothing was written"
        )
      }
      let attendance = SessionAttendance(
        plan: plan, schedule: schedule, records: contents.attendance)
      let keyCreated = key == nil
      try Interruption.checkpoint()
      if key == nil { key = try CertificateKey.create(in: workspace, randomBytes: randomBytes) }
      let issue = CertificateIssue(
        plan: plan, attendance: attendance, minimumShare: request.minimumShare,
        signer: CertificateSigner(key: key!), register: previous)
      let pages = try issue.certificates.map { certificate in
        let person = certificate.attendance.participant
        return (
          name:
            "\(CertificateFiles.folder)/\(try OutputConfinement.fileName(id: person.id, suffix: ".html"))",
          html: try CertificatePage.html(
            certificate, plan: plan, schedule: schedule,
            language: request.language ?? person.language(for: plan.event),
            template: request.template)
        )
      }
      let files = try write(
        issue, pages: pages, previous: (previous, seals), signer: CertificateSigner(key: key!),
        in: workspace, printer: request.printer)
      // Someone recorded present only at sessions that are not theirs has attendance recorded,
      // none of it counting: below the share, not among those of whom nothing is recorded.
      let presentSomewhere = Set(contents.attendance.filter { $0.status == .present }.map(\.participant))
      let below = attendance.people.filter {
        (!$0.attended.isEmpty || presentSomewhere.contains($0.participant.id)) && !$0.attendedAtLeast(request.minimumShare)
      }
      let unrecorded = attendance.people.filter {
        $0.attended.isEmpty && $0.participant.holdsPlace && !presentSomewhere.contains($0.participant.id)
      }
      return Outcome(
        issue: issue, belowShare: below, unrecorded: unrecorded, files: files, keyCreated: keyCreated,
        daysWithoutSchedule: schedule == nil && contents.attendance.contains(where: \.isForDay))
    }
  }

  /// Fails unless every row of the register carries its seal. A register without the seal
  /// column is one written before rows were sealed (sealed by this run) only while no register
  /// of the workspace was ever sealed (`sealedBefore`); an empty seal is an edited row.
  static func requireSealed(
    _ register: [IssuedCertificate], seals: [String]?, signer: CertificateSigner,
    sealedBefore: Bool
  ) throws(CommandFailure) {
    guard let seals else {
      guard !sealedBefore else {
        throw CommandFailure(
          "\(CertificateFiles.registerName) has lost its seal column although it was sealed before (\(CertificateFiles.sealedMarkName)): restore the register from a backup; nothing was written"
        )
      }
      return
    }
    for (entry, seal) in zip(register, seals) where !signer.isSealed(entry, by: seal) {
      throw CommandFailure(
        "\(CertificateFiles.registerName): the row of \(VerificationCode.printed(entry.code)) (\(entry.participant)) was changed after it was written (its seal does not match): restore the register from a backup; nothing was written"
      )
    }
  }

  /// The register as read, with each row's seal (nil when written before seals), failing on a
  /// register with errors or damaged as a whole (`CertificateFiles.registerDamage`).
  public static func register(of workspace: Workspace) throws -> (
    entries: [IssuedCertificate], seals: [String]?
  ) {
    let path = workspace.path(CertificateFiles.registerName)
    let found = try workspace.fileSystem.contents(of: path)
    let listed = workspace.fileSystem.exists(workspace.path(CertificateFiles.listName))
    if let damage = CertificateFiles.registerDamage(found, listExists: listed) {
      throw CommandFailure("\(path):1: \(damage)")
    }
    let (certificates, seals, findings) = CertificateFiles.readRegister(found ?? [])
    let errors = findings.filter { $0.severity == .error }
    guard errors.isEmpty else {
      throw CommandFailure(errors.map(\.description).joined(separator: "\n"))
    }
    return (certificates, seals)
  }

  /// Fails when the register is not the one convene last wrote (`CertificateFiles.registerDamage`
  /// with the mark's digests: a row deleted, the file cut). Checked after each row's seal, so
  /// that a row changed by hand is named as such.
  public static func requireWrittenRegister(in workspace: Workspace) throws {
    if let damage = try CertificateFiles.registerDamage(in: workspace) {
      throw CommandFailure("\(workspace.path(CertificateFiles.registerName)):1: \(damage)")
    }
  }

  /// Writes the register (when it changed), the list and the pages; returns what was written.
  static func write(
    _ issue: CertificateIssue, pages: [(name: String, html: String)],
    previous: (entries: [IssuedCertificate], seals: [String]?), signer: CertificateSigner,
    in workspace: Workspace, printer: ChromiumPrinter?
  ) throws -> [String] {
    let fileSystem = workspace.fileSystem
    _ = try OutputConfinement.folder(CertificateFiles.folder, in: workspace)
    var files: [String] = []
    let seals = issue.register.map(signer.seal(of:))
    if issue.register != previous.entries || seals != previous.seals {
      // The mark names the register being replaced and its replacement, then the replacement
      // alone: a kill at any point leaves a register the mark accepts.
      let mark = workspace.path(CertificateFiles.sealedMarkName)
      let path = workspace.path(CertificateFiles.registerName)
      let register = CertificateFiles.writeRegister(issue.register, seals: seals)
      let digest = CertificateFiles.registerDigest(Array(register.utf8))
      let before = try fileSystem.contents(of: path).map(CertificateFiles.registerDigest)
      try fileSystem.write(CertificateFiles.sealedMark(accepting: [before, digest].compactMap { $0 }), to: mark)
      try fileSystem.write(register, to: path)
      try fileSystem.write(CertificateFiles.sealedMark(accepting: [digest]), to: mark)
      files.append(CertificateFiles.registerName)
    }
    let list = CertificateFiles.writeList(
      issue.certificates.map {
        ($0.attendance.participant.id, $0.code.description, $0.attendance.attended.map(\.id))
      })
    try fileSystem.write(list, to: workspace.path(CertificateFiles.listName))
    files.append(CertificateFiles.listName)
    for page in pages {
      try fileSystem.write(page.html, to: workspace.path(page.name))
      files.append(page.name)
      if let printer {
        let pdfName = String(page.name.dropLast(".html".count)) + ".pdf"
        try fileSystem.write(
          try printer.pdf(ofHTMLFile: page.name, in: workspace), to: workspace.path(pdfName))
        files.append(pdfName)
      }
    }
    return files
  }
}
