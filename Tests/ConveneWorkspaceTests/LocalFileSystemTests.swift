import Foundation
import Testing

@testable import ConveneWorkspace

@Suite struct LocalFileSystemTests {
  let folder: String = {
    let path = NSTemporaryDirectory() + "convene-fs-\(UUID().uuidString)"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  @Test func writesReplaceTheFileAndLeaveNoTemporaryFile() throws {
    let fileSystem = LocalFileSystem()
    let path = folder + "/participants.csv"
    try fileSystem.write("old\n", to: path)
    try fileSystem.write("new\n", to: path)
    #expect(try fileSystem.contents(of: path) == Array("new\n".utf8))
    #expect(try fileSystem.list(folder) == ["participants.csv"])
  }

  @Test func aWriteIntoAMissingFolderFailsWithThePath() {
    #expect(throws: WorkspaceError.self) {
      try LocalFileSystem().write("x", to: folder + "/missing/file.csv")
    }
  }

  @Test func theLockIsExclusiveAndReleased() throws {
    let fileSystem = LocalFileSystem()
    let path = folder + "/.convene/lock"
    let held = try fileSystem.lock(path, purpose: "import")
    #expect(throws: WorkspaceError.self) { try fileSystem.lock(path, purpose: "list") }
    held.release()
    try fileSystem.lock(path, purpose: "again").release()
    #expect(!fileSystem.exists(path))
  }

  @Test func aLockLeftByADeadProcessIsTakenOver() throws {
    let fileSystem = LocalFileSystem()
    let path = folder + "/.convene/lock"
    try fileSystem.createDirectory(folder + "/.convene")
    // A process id that is not running: the highest possible one.
    try "4194303 participants import\n".write(toFile: path, atomically: true, encoding: .utf8)
    try fileSystem.lock(path, purpose: "next").release()
  }
}
