/// The file operations convene needs, so that the code that reads and writes a workspace can
/// be run against a real folder or an in-memory one.
public protocol FileSystem: Sendable {
  /// The bytes of a file, or nil when it does not exist.
  func contents(of path: String) throws(WorkspaceError) -> [UInt8]?
  /// Replaces a file's content at once: readers see the old or the new bytes, never a part.
  func write(_ bytes: [UInt8], to path: String) throws(WorkspaceError)
  /// True when a file or folder exists at `path`.
  func exists(_ path: String) -> Bool
  /// True when a folder exists at `path` (or a link to one).
  func isDirectory(_ path: String) -> Bool
  /// True when `path` itself is a symbolic link, whatever it points to.
  func isSymbolicLink(_ path: String) -> Bool
  /// Creates a folder and its parents.
  func createDirectory(_ path: String) throws(WorkspaceError)
  /// The names in a folder, sorted.
  func list(_ path: String) throws(WorkspaceError) -> [String]
  /// Takes the workspace lock at `path`, or fails with `.locked` when another process has it.
  func lock(_ path: String, purpose: String) throws(WorkspaceError) -> any WorkspaceLockHolder
  /// Adds bytes at the end of a file (created if missing) and waits until they are on disk:
  /// for a journal, whose every line must survive a crash the moment it is written.
  func append(_ bytes: [UInt8], to path: String) throws(WorkspaceError)
  /// The path with symbolic links and `..` resolved, or nil when nothing is there.
  func resolvedPath(_ path: String) -> String?
  /// Writes `bytes` for `path` without replacing it yet: they take its place when the result
  /// is committed (`FileCommit` writes several files so, as one change).
  func stage(_ bytes: [UInt8], for path: String) throws(WorkspaceError) -> any StagedFile
}

/// A held lock; releasing it twice is harmless.
public protocol WorkspaceLockHolder: Sendable {
  /// Gives the lock back.
  func release()
}

extension FileSystem {
  /// Holds the bytes until the commit, which writes them as usual: for file systems without
  /// temporary files.
  public func stage(_ bytes: [UInt8], for path: String) throws(WorkspaceError) -> any StagedFile {
    HeldFile(fileSystem: self, bytes: bytes, path: path)
  }

  /// Stages a file like `stage` without waiting for the disk (`FileCommit(waitingForDisk:
  /// false)`). File systems that cannot tell the difference stage as usual.
  func stageQuickly(_ bytes: [UInt8], for path: String) throws(WorkspaceError) -> any StagedFile {
    if let local = self as? LocalFileSystem {
      return try local.stage(bytes, for: path, waitingForDisk: false)
    } else if let confined = self as? ConfinedFileSystem {
      return try confined.base.stageQuickly(bytes, for: confined.checked(path))
    } else {
      return try stage(bytes, for: path)
    }
  }

  /// Writes a file only its owner may read or write (mode 0600 from its creation), such as a
  /// key. File systems without permissions write as usual.
  public func writePrivately(_ bytes: [UInt8], to path: String) throws(WorkspaceError) {
    if let local = self as? LocalFileSystem {
      try local.write(bytes, to: path, waitingForDisk: true, mode: 0o600)
    } else if let confined = self as? ConfinedFileSystem {
      try confined.base.writePrivately(bytes, to: confined.checked(path))
    } else {
      try write(bytes, to: path)
    }
  }

  /// Writes text as UTF-8.
  public func write(_ text: String, to path: String) throws(WorkspaceError) {
    try write(Array(text.utf8), to: path)
  }
}

/// Joins path components with `/`.
public func joinPath(_ base: String, _ name: String) -> String {
  if base.isEmpty || name.hasPrefix("/") { return name }
  return base.hasSuffix("/") ? base + name : base + "/" + name
}
