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

  @Test func aHeldLockStopsASecondWriterWithExitCodeThree() throws {
    let workspace = Workspace(root: "ws", fileSystem: Fixtures.workspace())
    try workspace.withLock(purpose: "first") { () throws(WorkspaceError) in
      let second = Result { () throws(WorkspaceError) in
        try workspace.withLock(purpose: "second") { () throws(WorkspaceError) in }
      }
      guard case .failure(let error) = second else {
        Issue.record("the second lock was granted")
        return
      }
      #expect(error.exitCode == 3)
    }
    try workspace.withLock(purpose: "after release") { () throws(WorkspaceError) in }
  }
}
