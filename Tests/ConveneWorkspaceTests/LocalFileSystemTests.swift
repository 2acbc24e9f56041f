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

  /// A folder where a file is expected (`.convene/invitations.csv` made by hand) is named as
  /// a folder, and a pipe as a pipe, not as "a pipe, a device or a socket".
  @Test func whatStandsInPlaceOfAFileIsNamed() throws {
    let directory = folder + "/invitations.csv"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
    #expect(throws: WorkspaceError.io(path: directory, reason: "is a folder, not a file")) {
      try LocalFileSystem().contents(of: directory)
    }
    let pipe = folder + "/replies.ics"
    #expect(mkfifo(pipe, 0o600) == 0)
    #expect(throws: WorkspaceError.io(path: pipe, reason: "is not a plain file (a pipe)")) {
      try LocalFileSystem().contents(of: pipe)
    }
  }

  @Test func aWriteIntoAMissingFolderFailsWithThePath() {
    #expect(throws: WorkspaceError.self) {
      try LocalFileSystem().write("x", to: folder + "/missing/file.csv")
    }
  }

  @Test func theLockIsExclusiveSaysWhoHoldsItAndIsReleasedWithoutRemovingTheFile() throws {
    let fileSystem = LocalFileSystem()
    let path = folder + "/.convene/lock"
    let held = try fileSystem.lock(path, purpose: "participants import a.csv")
    #expect(throws: WorkspaceError.locked(path: path, holder: "process \(getpid()): participants import a.csv")) {
      try fileSystem.lock(path, purpose: "list")
    }
    held.release()
    held.release()
    try fileSystem.lock(path, purpose: "again").release()
    // The file stays: removing it could let two processes lock two different files.
    #expect(fileSystem.exists(path))
  }

  /// The lock file shows a process id, which tempts one to delete it: a second command would
  /// then make a new file and lock that, and run beside the first. The folder's lock holds.
  @Test func aLockFileDeletedWhileHeldLetsNoSecondHolderIn() throws {
    let fileSystem = LocalFileSystem()
    let path = folder + "/.convene/lock"
    let held = try fileSystem.lock(path, purpose: "participants import big.csv")
    try FileManager.default.removeItem(atPath: path)
    #expect(throws: WorkspaceError.locked(path: path, holder: "lock file \(path)")) {
      try fileSystem.lock(path, purpose: "participants cancel p003")
    }
    held.release()
    try fileSystem.lock(path, purpose: "participants cancel p003").release()
  }

  @Test func aLockFileLeftByAKilledProcessHoldsNothing() throws {
    let fileSystem = LocalFileSystem()
    let path = folder + "/.convene/lock"
    try fileSystem.createDirectory(folder + "/.convene")
    // What a killed holder leaves: its note, no lock (the kernel released it).
    try "\(getpid()) participants import\n".write(toFile: path, atomically: true, encoding: .utf8)
    try fileSystem.lock(path, purpose: "next").release()
  }

  @Test func temporaryFilesOfEndedProcessesAreRemovedByTheNextWriterOfTheFolder() throws {
    let fileSystem = LocalFileSystem()
    // 4194303 is above any process id Linux gives; process 1 is always running.
    let orphan = ".participants.csv.4194303.tmp", alive = ".participants.csv.1.tmp", other = ".notes.tmp"
    for name in [orphan, alive, other] { try "partial".write(toFile: folder + "/" + name, atomically: false, encoding: .utf8) }
    try fileSystem.write("id\n", to: folder + "/participants.csv")
    #expect(try fileSystem.list(folder) == [other, alive, "participants.csv"])
  }

  @Test func aTemporaryFileNameGivesItsProcess() {
    #expect(LocalFileSystem.temporaryFileOwner(".participants.csv.4711.tmp") == 4711)
    #expect(LocalFileSystem.temporaryFileOwner(".v1.json.12.tmp") == 12)
    for name in ["participants.csv.4711.tmp", ".x.tmp", ".x.-3.tmp", ".x.0.tmp", ".x.99999999999.tmp", ".x.12a.tmp"] {
      #expect(LocalFileSystem.temporaryFileOwner(name) == nil, "\(name)")
    }
  }
}
