import ConveneCore
import ConveneTestSupport
import Testing

@testable import ConveneWorkspace

@Suite struct WorkspaceTests {
  @Test func loadsEveryFile() throws {
    let fileSystem = Fixtures.workspace(
      participants: ["p001,A,a@example.org,mayor,,,,,,,,,,,,,,,no,confirmed"],
      rooms: ["hall,Hall,,50,,"], sessions: ["s1,Session,panel,60,p001,,,,"], signups: ["p001,s1"])
    let contents = try Workspace(root: "ws", fileSystem: fileSystem).load()
    #expect(contents.findings.isEmpty)
    let plan = try #require(contents.plan)
    #expect(plan.participants.count == 1)
    #expect(plan.rooms.count == 1)
    #expect(plan.sessions.count == 1)
    #expect(plan.signups.count == 1)
  }

  @Test func aFolderWithoutEventJSONIsNotAWorkspace() {
    #expect(throws: WorkspaceError.notAWorkspace(path: "elsewhere")) {
      try Workspace(root: "elsewhere", fileSystem: InMemoryFileSystem()).load()
    }
  }

  @Test func loadPlanRefusesAFileWithErrorsItWouldWrite() {
    let fileSystem = Fixtures.workspace(participants: ["p001,A,broken,,,,,,,,,,,,,,,,no,registered"])
    #expect(throws: WorkspaceError.self) {
      try Workspace(root: "ws", fileSystem: fileSystem).loadPlan(requiringValid: ["participants.csv"])
    }
  }

  /// Two rows of one address are two people one message would reach: every command that
  /// needs the people refuses them, naming the line, as `check` does.
  @Test func loadPlanRefusesTwoPeopleOfOneAddress() {
    let fileSystem = Fixtures.workspace(participants: [
      "p001,A,a@example.org,mayor,,,,,,,,,,,,,,,no,registered",
      "p002,B,A@EXAMPLE.ORG,mayor,,,,,,,,,,,,,,,no,waitlisted",
    ])
    let workspace = Workspace(root: "ws", fileSystem: fileSystem)
    #expect {
      try workspace.loadPlan(requiringValid: ["participants.csv"])
    } throws: { error in
      guard case .invalid(let findings) = error as? WorkspaceError else { return false }
      return findings.map(\.description) == [
        "error: participants.csv:3: email: the e-mail a@example.org is already used on line 2 (hint: one row per person; merge the two rows)"
      ]
    }
    #expect(throws: Never.self) { try workspace.loadPlan(requiringValid: []) }
  }

  /// A workspace without its people's file says so first, before the errors that follow from
  /// it (every reference to a person).
  @Test func aMissingParticipantsFileIsNamed() throws {
    let fileSystem = Fixtures.workspace()
    fileSystem.delete("ws/participants.csv")
    let contents = try Workspace(root: "ws", fileSystem: fileSystem).load()
    #expect(
      contents.findings.first?.description
        == "error: participants.csv: the file is missing: it lists the event's people (hint: put it back (a workspace made by `convene init` has it, with its header))"
    )
  }

  /// A file of no bytes, not even its header, was cut short or emptied by mistake: read as
  /// "nothing", it would make a list of no one (no travel, no task) look right. A header alone
  /// is a file that holds nothing.
  @Test(arguments: Workspace.csvFiles)
  func aFileOfNoBytesIsAnErrorAndAHeaderAloneIsNot(name: String) throws {
    let fileSystem = Fixtures.workspace()
    try fileSystem.write("", to: "ws/" + name)
    let workspace = Workspace(root: "ws", fileSystem: fileSystem)
    let errors = try workspace.load().findings.filter { $0.severity == .error }.map(\.description)
    #expect(
      errors == [
        "error: \(name): the file is empty, without even its header line (hint: put back its content, or write its header line alone if it has nothing to hold)"
      ])
    #expect(throws: WorkspaceError.self) { try workspace.loadPlan(requiringValid: [name]) }
    try fileSystem.write("participant,session,status,checked_in_at\n", to: "ws/attendance.csv")
    try fileSystem.write(TravelFile.columns.joined(separator: ",") + "\n", to: "ws/travel.csv")
    try fileSystem.write("id,task,offset,owner,done,auto\n", to: "ws/tasks.csv")
    if ![AttendanceFile.name, TravelFile.name, TasksFile.name].contains(name) { return }
    #expect(try workspace.load().findings.filter { $0.severity == .error }.isEmpty)
  }

  @Test func aLockHeldElsewhereStopsAWriterWithExitCodeThree() throws {
    let fileSystem = Fixtures.workspace()
    // A folder of its own: a transaction of this process on a folder of the same name (another
    // test's "ws", run at the same time) would be joined, as a nested one is.
    let workspace = Workspace(root: "ws-held-elsewhere", fileSystem: fileSystem)
    let other = try fileSystem.lock(workspace.lockPath, purpose: "another command")
    #expect {
      try workspace.withLock(purpose: "second") {}
    } throws: { error in
      (error as? WorkspaceError)?.exitCode == 3
    }
    other.release()
    try workspace.withLock(purpose: "after release") {}
  }

  @Test func aTransactionInsideAnotherJoinsItAndTheLockIsHeldUntilTheOuterEnds() throws {
    let fileSystem = Fixtures.workspace()
    let workspace = Workspace(root: "ws", fileSystem: fileSystem)
    try workspace.withLock(purpose: "outer") {
      try workspace.withLock(purpose: "inner") {}
      #expect(throws: WorkspaceError.self) { try fileSystem.lock(workspace.lockPath, purpose: "another command") }
    }
    try fileSystem.lock(workspace.lockPath, purpose: "another command").release()
  }
}

@Suite struct WorkspaceEncodingTests {
  /// The Dakar participant's row with "é" written as the single byte Windows-1252 gives it.
  static func workspaceWithALatin1Byte() throws -> InMemoryFileSystem {
    let file = "ws/participants.csv"
    let fileSystem = Fixtures.workspace(
      participants: ["p001,Awa Ndiaye,awa@example.org,mayor,,Ville de Thies,Thies,SN,,,,,,,,,,,no,registered"],
      signups: [])
    var bytes = try #require(try fileSystem.contents(of: file))
    let index = try #require(bytes.lastIndex(of: UInt8(ascii: "h")))
    bytes.insert(0xE8, at: index + 1)
    try fileSystem.write(bytes, to: file)
    return fileSystem
  }

  @Test func aByteThatIsNotUTF8IsAnErrorNamingFileLineAndColumn() throws {
    let contents = try Workspace(root: "ws", fileSystem: Self.workspaceWithALatin1Byte()).load()
    #expect(contents.undecodableFiles == ["participants.csv"])
    #expect(contents.findings(in: "participants.csv") == [
      .error(
        "participants.csv", line: 2, field: "city", "holds bytes that are not UTF-8",
        hint: "save the file as UTF-8 (\"CSV UTF-8\" in Excel) and fix this cell; convene does not write a file it cannot read exactly")
    ])
    // The rest of the file is still read as UTF-8, never as another encoding.
    #expect(contents.participants.first?.city == "Th\u{FFFD}ies")
  }

  @Test func noCommandGetsThePlanOfAWorkspaceWithAFileThatIsNotUTF8() throws {
    let fileSystem = Fixtures.workspace(participants: ["p001,A,a@example.org,mayor,,,,,,,,,,,,,,,no,registered"])
    try fileSystem.write(Array("participant,session\np001,caf".utf8) + [0xE9, 0x0A], to: "ws/signups.csv")
    let workspace = Workspace(root: "ws", fileSystem: fileSystem)
    #expect(throws: WorkspaceError.self) { try workspace.loadPlan(requiringValid: []) }
    #expect(throws: WorkspaceError.self) { try workspace.loadPlan(requiringValid: ["participants.csv"]) }
  }
}
