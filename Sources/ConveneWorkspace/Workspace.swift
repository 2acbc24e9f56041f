import ConveneCore
import ConveneJSON
import Synchronization

/// An event workspace: a folder of plain files, read and written through a `FileSystem`.
public struct Workspace: Sendable {
  /// The folder.
  public let root: String
  /// Where the files are read from and written to.
  public let fileSystem: any FileSystem

  /// Creates a workspace view of `root`.
  public init(root: String, fileSystem: any FileSystem) {
    self.root = root
    self.fileSystem = fileSystem
  }

  /// The path of a file in the workspace.
  public func path(_ name: String) -> String { joinPath(root, name) }

  /// The lock file.
  public var lockPath: String { path(".convene/lock") }

  /// Everything read from the files, with the problems found file by file.
  public struct Contents: Sendable {
    /// `event.json`, as read.
    public var eventFile: EventFile.Contents
    /// Rooms.
    public var rooms: [Room]
    /// Participants.
    public var participants: [Participant]
    /// Columns of `participants.csv` that convene keeps without using.
    public var participantExtraColumns: [String]
    /// Sessions.
    public var sessions: [Session]
    /// Sign-ups.
    public var signups: [Signup]
    /// `attendance.csv` (empty when there is none yet).
    public var attendance: [AttendanceRecord] = []
    /// `feedback/feedback.csv` (empty when there is none yet).
    public var responses: [FeedbackResponse] = []
    /// `tasks.csv`, the planning timeline (empty when there is none).
    public var tasks: [PlanTask] = []
    /// `travel.csv` (empty when there is none).
    public var travel: [TravelRecord] = []
    /// Problems within single files.
    public var findings: [Finding]
    /// The CSV files holding bytes that are not UTF-8.
    public var undecodableFiles: Set<String> = []

    /// The plan, when `event.json` could be read.
    public var plan: EventPlan? {
      eventFile.event.map {
        EventPlan(
          event: $0, rooms: rooms, participants: participants, sessions: sessions,
          signups: signups, eventLines: eventFile.lines)
      }
    }

    /// Problems of the given file only.
    public func findings(in file: String) -> [Finding] { findings.filter { $0.file == file } }
  }

  /// Reads every workspace file. Fails only when the folder has no `event.json` or a file
  /// cannot be read; malformed content is reported in `findings`.
  public func load() throws(WorkspaceError) -> Contents {
    guard let eventBytes = try fileSystem.contents(of: path(EventFile.name)) else {
      throw .notAWorkspace(path: root)
    }
    let eventFile = EventFile.read(eventBytes)
    var files: [String: [UInt8]] = [:]
    var absent = Set<String>()
    for name in Self.csvFiles {
      let bytes = try fileSystem.contents(of: path(name))
      if bytes == nil { absent.insert(name) }
      files[name] = bytes ?? []
    }
    // Every workspace has its people's file (`init` writes it with its header): without it,
    // every reference to a person would be an error of its own, the cause named nowhere.
    var missing: [Finding] =
      absent.contains(ParticipantsFile.name)
      ? [
        .error(
          ParticipantsFile.name, "the file is missing: it lists the event's people",
          hint: "put it back (a workspace made by `convene init` has it, with its header)")
      ] : []
    for name in Self.csvFiles where !absent.contains(name) && files[name]!.isEmpty {
      missing.append(.emptyFile(name))
    }
    let rooms = RoomsFile.read(files[RoomsFile.name]!)
    let participants = ParticipantsFile.read(files[ParticipantsFile.name]!)
    let sessions = SessionsFile.read(files[SessionsFile.name]!)
    let signups = SignupsFile.read(files[SignupsFile.name]!)
    let attendance = AttendanceFile.read(files[AttendanceFile.name]!)
    let feedback = FeedbackFile.read(files[FeedbackFile.name]!)
    let tasks = TasksFile.read(files[TasksFile.name]!)
    let travel = TravelFile.read(files[TravelFile.name]!)
    let undecodable = Set(files.filter { String(validating: $0.value, as: UTF8.self) == nil }.keys)
    return Contents(
      eventFile: eventFile, rooms: rooms.rooms, participants: participants.participants,
      participantExtraColumns: participants.extraColumns, sessions: sessions.sessions,
      signups: signups.signups, attendance: attendance.records, responses: feedback.responses,
      tasks: tasks.tasks, travel: travel.records,
      findings: eventFile.findings + missing + rooms.findings + participants.findings + sessions.findings
        + signups.findings + attendance.findings + feedback.findings + tasks.findings
        + travel.findings, undecodableFiles: undecodable)
  }

  /// Reads the workspace and returns the plan, failing when a file the command needs holds
  /// errors (`files`), so that nothing is written over a file that was not understood, and
  /// when any file is not UTF-8, so that no command reads or writes its text wrong; with
  /// `participants.csv` among them, when two of its rows share an id or an e-mail address
  /// (`ParticipantIdentity`).
  public func loadPlan(requiringValid files: [String]) throws(WorkspaceError) -> (
    plan: EventPlan, contents: Contents
  ) {
    let contents = try load()
    var blocking = contents.findings.filter {
      $0.severity == .error
        && (files.contains($0.file) || $0.file == EventFile.name || contents.undecodableFiles.contains($0.file))
    }
    if files.contains(ParticipantsFile.name), let plan = contents.plan {
      blocking += ParticipantIdentity.findings(of: plan.participants, file: ParticipantsFile.name)
    }
    guard blocking.isEmpty, let plan = contents.plan else {
      throw .invalid(blocking.isEmpty ? contents.findings(in: EventFile.name) : blocking)
    }
    return (plan, contents)
  }

  /// The CSV files `load()` reads.
  static let csvFiles = [
    RoomsFile.name, ParticipantsFile.name, SessionsFile.name, SignupsFile.name, AttendanceFile.name,
    FeedbackFile.name, TasksFile.name, TravelFile.name,
  ]

  /// Runs `body` as one transaction of the workspace: it holds the lock from before the first
  /// read to after the last write, so that nothing another command writes meanwhile is lost.
  /// The lock is released however `body` ends (and by the kernel if the process is killed).
  /// While it is held, Ctrl-C and SIGTERM are handled as `Interruption` says. Taking it
  /// removes the temporary files killed commands left anywhere in the workspace
  /// (`OrphanedTemporaries`). A transaction inside another of the same workspace joins it (the lock is held once).
  public func withLock<T>(purpose: String, _ body: () throws -> T) throws -> T {
    Interruption.install()
    let path = lockPath
    if Self.heldLocks.withLock({ $0.contains(path) }) { return try body() }
    let lock = try fileSystem.lock(path, purpose: purpose)
    Self.heldLocks.withLock { _ = $0.insert(path) }
    defer {
      Self.heldLocks.withLock { _ = $0.remove(path) }
      lock.release()
    }
    OrphanedTemporaries.remove(in: self)
    return try body()
  }

  /// The lock files this process holds.
  private static let heldLocks = Mutex<Set<String>>([])

  /// Writes `participants.csv` atomically.
  public func saveParticipants(
    _ participants: [Participant], extraColumns: [String]
  ) throws(WorkspaceError) {
    try fileSystem.write(
      ParticipantsFile.bytes(participants, extraColumns: extraColumns),
      to: path(ParticipantsFile.name))
  }
}
