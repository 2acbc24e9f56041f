import Foundation
import Testing

@testable import ConveneWorkspace

/// Several files written as one change on the real file system: a target that cannot be
/// replaced, or a rename that fails part-way, leaves every target as it was.
@Suite struct FileCommitTests {
  let folder: String = {
    let path = NSTemporaryDirectory() + "convene-commit-\(UUID().uuidString)"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  /// `a.txt`, `b.txt` and `c.txt` as "old a" …; `d.txt` absent.
  func oldFiles() throws -> LocalFileSystem {
    let fileSystem = LocalFileSystem()
    for name in ["a", "b", "c"] { try fileSystem.write("old \(name)", to: "\(folder)/\(name).txt") }
    return fileSystem
  }

  func commit(on fileSystem: any FileSystem, names: [String] = ["a", "d", "b", "c"]) -> FileCommit {
    var commit = FileCommit()
    for name in names { commit.add("new \(name)", to: "\(folder)/\(name).txt", on: fileSystem) }
    return commit
  }

  func text(_ name: String) -> String? {
    try? String(contentsOfFile: "\(folder)/\(name).txt", encoding: .utf8)
  }

  @Test func aFolderWhereAFileGoesChangesNoTarget() throws {
    let fileSystem = try oldFiles()
    try FileManager.default.removeItem(atPath: folder + "/c.txt")
    try FileManager.default.createDirectory(
      atPath: folder + "/c.txt", withIntermediateDirectories: false)
    #expect(
      throws: WorkspaceError.io(
        path: folder + "/c.txt", reason: "cannot be replaced (Is a directory)")
    ) {
      try commit(on: fileSystem).write()
    }
    #expect([text("a"), text("b"), text("d")] == ["old a", "old b", nil])
    #expect(try fileSystem.list(folder) == ["a.txt", "b.txt", "c.txt"])
  }

  @Test func aRenameFailingPartWayPutsBackEveryFileAlreadyRenamed() throws {
    let fileSystem = FailingRename(base: try oldFiles(), failing: folder + "/c.txt")
    #expect(throws: WorkspaceError.self) { try commit(on: fileSystem).write() }
    #expect([text("a"), text("b"), text("c"), text("d")] == ["old a", "old b", "old c", nil])
    #expect(try fileSystem.base.list(folder) == ["a.txt", "b.txt", "c.txt"])
  }

  @Test func aChangeThatSucceedsKeepsNoPreviousFile() throws {
    let fileSystem = try oldFiles()
    try commit(on: fileSystem).write()
    #expect([text("a"), text("b"), text("c"), text("d")] == ["new a", "new b", "new c", "new d"])
    #expect(try fileSystem.list(folder) == ["a.txt", "b.txt", "c.txt", "d.txt"])
  }
}

/// The real file system, except that putting one staged file in place fails as a rename
/// would (after every target was checked).
struct FailingRename: FileSystem {
  let base: LocalFileSystem
  let failing: String

  func stage(_ bytes: [UInt8], for path: String) throws(WorkspaceError) -> any StagedFile {
    let staged = try base.stage(bytes, for: path)
    return path == failing ? FailingStagedFile(staged: staged, path: path) : staged
  }

  struct FailingStagedFile: StagedFile {
    let staged: any StagedFile
    let path: String
    func commit() throws(WorkspaceError) {
      throw .io(path: path, reason: "cannot be replaced (I/O error)")
    }
    func discard() { staged.discard() }
    func checkTarget() throws(WorkspaceError) { try staged.checkTarget() }
    func commitKeepingPrevious() throws(WorkspaceError) -> any ReplacedFile {
      staged.discard()
      try commit()
      return try staged.commitKeepingPrevious()
    }
  }

  func contents(of path: String) throws(WorkspaceError) -> [UInt8]? { try base.contents(of: path) }
  func write(_ bytes: [UInt8], to path: String) throws(WorkspaceError) {
    try base.write(bytes, to: path)
  }
  func exists(_ path: String) -> Bool { base.exists(path) }
  func isDirectory(_ path: String) -> Bool { base.isDirectory(path) }
  func isSymbolicLink(_ path: String) -> Bool { base.isSymbolicLink(path) }
  func createDirectory(_ path: String) throws(WorkspaceError) { try base.createDirectory(path) }
  func list(_ path: String) throws(WorkspaceError) -> [String] { try base.list(path) }
  func lock(_ path: String, purpose: String) throws(WorkspaceError) -> any WorkspaceLockHolder {
    try base.lock(path, purpose: purpose)
  }
  func append(_ bytes: [UInt8], to path: String) throws(WorkspaceError) {
    try base.append(bytes, to: path)
  }
  func resolvedPath(_ path: String) -> String? { base.resolvedPath(path) }
}
