import ConveneCore
import ConveneTestSupport
import Foundation
import Testing

@testable import ConveneWorkspace

/// Every read and write of a command goes through `ConfinedFileSystem`: a name built from an
/// id or read from a file cannot lead outside the workspace, even if a reader let it through.
@Suite struct ConfinedFileSystemTests {
  let memory = InMemoryFileSystem(["/ws/event.json": "{}", "/secret": "password"])
  var confined: ConfinedFileSystem { ConfinedFileSystem(memory, roots: ["/ws"], currentDirectory: "/home") }

  @Test(arguments: [
    "/ws/outbox/v1/../../../tmp/x-request.ics", "/ws/../secret", "/etc/passwd", "/ws2/x", "/wsx",
    "/ws/outbox/v1/p001\u{0}-request.eml", "../../tmp/x", "/",
  ])
  func pathsOutsideTheWorkspaceAreRefused(path: String) {
    #expect(throws: WorkspaceError.self) { try confined.write(Array("x".utf8), to: path) }
    #expect(throws: WorkspaceError.self) { try confined.contents(of: path) }
    #expect(throws: WorkspaceError.self) { try confined.createDirectory(path) }
    #expect(!confined.exists(path))
    #expect(memory.writes.isEmpty)
  }

  @Test func pathsInsideTheWorkspaceWork() throws {
    try confined.write(Array("x".utf8), to: "/ws/outbox/v1/p001-request.ics")
    try confined.write(Array("y".utf8), to: "/ws/outbox/v1/./../v1/p002-request.ics")
    #expect(memory.writes == ["/ws/outbox/v1/p001-request.ics", "/ws/outbox/v1/./../v1/p002-request.ics"])
    #expect(try confined.contents(of: "/ws/event.json") == Array("{}".utf8))
  }

  @Test func relativeRootsAndPathsAreTakenFromTheCurrentFolder() throws {
    let relative = ConfinedFileSystem(memory, roots: ["ws"], currentDirectory: "/")
    try relative.write(Array("x".utf8), to: "ws/schedule.json")
    #expect(throws: WorkspaceError.self) { try relative.write(Array("x".utf8), to: "ws/../secret") }
  }

  @Test func anOutputFolderIsReachableButNotBeyond() throws {
    let workspace = Workspace(root: "/ws", fileSystem: confined).allowing("/out")
    try workspace.fileSystem.write(Array("x".utf8), to: "/out/2027-03-09.html")
    #expect(throws: WorkspaceError.self) { try workspace.fileSystem.write(Array("x".utf8), to: "/out/../secret") }
  }

  @Test func theRefusalNamesThePathWithoutItsControlCharacters() {
    do {
      try confined.write([], to: "/ws/../x\r\nBcc: y")
      Issue.record("wrote outside the workspace")
    } catch {
      #expect(error.description == "/ws/../x\\r\\nBcc: y: is outside the workspace; convene reads and writes only inside it")
    }
  }

  @Test func aFolderThatLinksOutsideIsRefusedOnTheRealFileSystem() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("convene-confined-\(UUID().uuidString)")
    let root = base.appendingPathComponent("ws").path
    let outside = base.appendingPathComponent("outside").path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: base) }
    try FileManager.default.createSymbolicLink(atPath: root + "/outbox", withDestinationPath: outside)
    let workspace = Workspace.local(root: root)
    #expect(throws: WorkspaceError.self) {
      try workspace.fileSystem.write(Array("x".utf8), to: workspace.path("outbox/v1/p001-request.ics"))
    }
    #expect(throws: WorkspaceError.self) { try workspace.fileSystem.createDirectory(workspace.path("outbox/v1")) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
    try workspace.fileSystem.write(Array("x".utf8), to: workspace.path("schedule.json"))
    #expect(FileManager.default.fileExists(atPath: root + "/schedule.json"))
  }
}
