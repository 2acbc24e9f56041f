import ConveneCheck
import ConveneCore
import ConveneEvaluation
import ConveneWorkspace
import Foundation

/// A network folder (`network.json`, `cities.csv`, `framework.json`, `requests.csv`) and the
/// event workspaces it covers, read through file systems: the folder's own, and one per
/// event workspace, each confined to its folder.
public struct NetworkFolder: Sendable {
  /// The folder.
  public let root: String
  /// Where the folder's files are read and written.
  public let fileSystem: any FileSystem
  /// Opens the event workspace at a path.
  let openWorkspace: @Sendable (String) -> Workspace

  /// A network folder at `root`; `openWorkspace` opens an event workspace by its path.
  public init(root: String, fileSystem: any FileSystem, openWorkspace: @escaping @Sendable (String) -> Workspace) {
    self.root = root
    self.fileSystem = fileSystem
    self.openWorkspace = openWorkspace
  }

  /// The folder at `root` on the real file system, each folder confined to itself.
  public static func local(root: String, environment: [String: String] = [:]) -> NetworkFolder {
    NetworkFolder(
      root: root,
      fileSystem: ConfinedFileSystem(
        LocalFileSystem(environment: environment), roots: [root],
        currentDirectory: FileManager.default.currentDirectoryPath),
      openWorkspace: { Workspace.local(root: $0, environment: environment) })
  }

  /// The path of a file in the folder.
  public func path(_ name: String) -> String { joinPath(root, name) }

  /// The folder of an event workspace listed as `path` (relative to the network folder, or
  /// absolute).
  public func eventRoot(_ path: String) -> String { joinPath(root, path) }

  /// The folder as a workspace, for its lock (`.convene/lock`) and confined writes.
  public var workspace: Workspace { Workspace(root: root, fileSystem: fileSystem) }

  /// What reading the folder gave.
  public struct Loaded: Sendable {
    /// The records, with the events that could be read.
    public var records: NetworkRecords
    /// Every problem: the folder's files, then each event's (named by its path), then the
    /// checks across them.
    public var findings: [Finding]

    /// The errors among the findings.
    public var errors: [Finding] { findings.filter { $0.severity == .error } }
  }

  /// Reads the folder and its events; the questions and indicators of an event that declares
  /// none are `standardEvaluation`. Fails only when there is no `network.json` or a file
  /// cannot be read; problems in the files are findings.
  public func load(standardEvaluation: Evaluation) throws(WorkspaceError) -> Loaded {
    guard let networkBytes = try fileSystem.contents(of: path(NetworkFile.name)) else {
      throw .io(path: root, reason: "is not a network folder (no \(NetworkFile.name)); create one with `convene network init`")
    }
    let (read, networkFindings) = NetworkFile.read(networkBytes)
    var findings = networkFindings
    let settings = read ?? NetworkSettings(title: "Network")
    let cities = CitiesFile.read(try required(CitiesFile.name, &findings))
    let framework = FrameworkFile.read(try required(FrameworkFile.name, &findings))
    let requests = RequestsFile.read(try optional(RequestsFile.name, &findings))
    findings += cities.findings + framework.findings + requests.findings
    let loaded = ParallelMap.map(settings.events) { entry in
      Self.loadEvent(entry, workspace: openWorkspace(eventRoot(entry.path)), standard: standardEvaluation)
    }
    findings += loaded.flatMap(\.findings)
    let records = NetworkRecords(
      settings: settings, cities: cities.cities, framework: framework.framework, requests: requests.requests,
      events: loaded.compactMap(\.event))
    findings += NetworkChecker.check(
      records,
      mentions: NetworkChecker.Mentions(
        cities: cities.ids, citiesLeftOut: cities.leftOut, requests: requests.cities, questions: framework.questions))
    return Loaded(records: records, findings: findings)
  }

  /// The bytes of a file the folder must have; an error finding (and no bytes) when missing.
  func required(_ name: String, _ findings: inout [Finding]) throws(WorkspaceError) -> [UInt8] {
    guard let bytes = try fileSystem.contents(of: path(name)) else {
      findings.append(.error(name, "the file is missing", hint: "`convene network init` writes a starting one"))
      return []
    }
    Self.refuseEmpty(bytes, name, &findings)
    return bytes
  }

  /// The bytes of a file the folder may have (none when it is missing); an error finding when
  /// it is there with no bytes at all (`Finding.emptyFile`).
  func optional(_ name: String, _ findings: inout [Finding]) throws(WorkspaceError) -> [UInt8] {
    guard let bytes = try fileSystem.contents(of: path(name)) else { return [] }
    Self.refuseEmpty(bytes, name, &findings)
    return bytes
  }

  static func refuseEmpty(_ bytes: [UInt8], _ name: String, _ findings: inout [Finding]) {
    if bytes.isEmpty { findings.append(.emptyFile(name)) }
  }

  /// The files of an event workspace a network report reads.
  static let eventFiles: Set<String> = [
    EventFile.name, ParticipantsFile.name, AttendanceFile.name, FeedbackFile.name, FollowupFile.name,
  ]

  /// One event: its records, or nil when it cannot be read; its problems named by its path.
  static func loadEvent(
    _ entry: NetworkSettings.EventEntry, workspace: Workspace, standard: Evaluation
  ) -> (event: NetworkEvent?, findings: [Finding]) {
    func named(_ findings: [Finding]) -> [Finding] {
      findings.map { finding in
        var finding = finding
        finding.file = NetworkChecker.joinedPath(entry.path, finding.file)
        return finding
      }
    }
    let contents: Workspace.Contents
    do {
      contents = try workspace.load()
    } catch {
      let reason: String
      if case .notAWorkspace = error { reason = "\(entry.path) is not an event workspace (no event.json)" } else { reason = error.description }
      return (nil, [.error(NetworkFile.name, line: entry.line, field: "events", reason)])
    }
    var findings = contents.findings.filter {
      $0.severity == .error && (eventFiles.contains($0.file) || contents.undecodableFiles.contains($0.file))
    }
    guard let plan = contents.plan else { return (nil, named(findings)) }
    let evaluation = plan.event.evaluation.isEmpty ? standard : plan.event.evaluation
    let placed: [String: ClosedRange<LocalDate>]
    do {
      placed = try workspace.placedSessionDays()
    } catch {
      return (nil, named(findings + [.error(ScheduleFile.name, error.description)]))
    }
    findings += WorkspaceChecker.checkRecords(
      plan, attendance: contents.attendance, responses: contents.responses, evaluation: evaluation, placed: placed
    ).filter { $0.severity == .error && ($0.file == AttendanceFile.name || $0.file == FeedbackFile.name) }
    let commitments = Commitment.found(in: contents.responses, evaluation: evaluation).commitments
    let followups: [FeedbackResponse]
    do {
      let read = try FollowupFile.findings(in: workspace, plan: plan, commitments: commitments)
      followups = read.responses
      findings += read.findings
    } catch {
      return (nil, named(findings) + [.error(NetworkFile.name, line: entry.line, field: "events", error.description)])
    }
    let records = EventRecords(
      plan: plan, evaluation: evaluation, attendance: contents.attendance, responses: contents.responses)
    var event = NetworkEvent(path: entry.path, records: records, followups: followups, line: entry.line)
    do {
      let bytes = try workspace.fileSystem.contents(of: workspace.path(DisclosureRecord.path))
      // What each published edition counted is read only when the records changed since the
      // last one (see `NetworkEvent.editionState`).
      event.disclosure = try DisclosureRecord.read(stored: bytes, editions: false)
      if !event.disclosure.digests.isEmpty, event.disclosure.digests != event.digests {
        event.disclosure = try DisclosureRecord.read(stored: bytes)
      }
    } catch let error as DisclosureRecord.RecordError {
      findings.append(
        .error(
          DisclosureRecord.path, line: error.line, field: nil,
          "\(error.reason); it records what the event's reports hid, which the network report hides too",
          hint: "restore it, or delete it only if no report of this event was ever shared"))
    } catch {
      return (nil, named(findings) + [.error(NetworkFile.name, line: entry.line, field: "events", "\(error)")])
    }
    return (event, named(findings))
  }
}
