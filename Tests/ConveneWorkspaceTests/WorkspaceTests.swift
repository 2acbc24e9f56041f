import ConveneCore
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

  @Test func aLockHeldElsewhereStopsAWriterWithExitCodeThree() throws {
    let fileSystem = Fixtures.workspace()
    let workspace = Workspace(root: "ws", fileSystem: fileSystem)
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
