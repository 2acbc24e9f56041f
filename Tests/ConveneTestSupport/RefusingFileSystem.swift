import ConveneWorkspace

/// The in-memory file system, except that writing one path fails (a full disk, a read-only file).
public struct RefusingFileSystem: FileSystem {
  public let base: InMemoryFileSystem
  public let refused: String

  /// `base`, refusing to write `refused`.
  public init(base: InMemoryFileSystem, refused: String) {
    self.base = base
    self.refused = refused
  }

  public func contents(of path: String) throws(WorkspaceError) -> [UInt8]? { try base.contents(of: path) }
  public func write(_ bytes: [UInt8], to path: String) throws(WorkspaceError) {
    guard path != refused else { throw .io(path: path, reason: "cannot be written: no space left on device") }
    try base.write(bytes, to: path)
  }
  /// Refused as the write would be: writing the staged file is what fails.
  public func stage(_ bytes: [UInt8], for path: String) throws(WorkspaceError) -> any StagedFile {
    guard path != refused else { throw .io(path: path, reason: "cannot be written: no space left on device") }
    return try base.stage(bytes, for: path)
  }
  public func exists(_ path: String) -> Bool { base.exists(path) }
  public func isDirectory(_ path: String) -> Bool { base.isDirectory(path) }
  public func isSymbolicLink(_ path: String) -> Bool { base.isSymbolicLink(path) }
  public func createDirectory(_ path: String) throws(WorkspaceError) { try base.createDirectory(path) }
  public func list(_ path: String) throws(WorkspaceError) -> [String] { try base.list(path) }
  public func lock(_ path: String, purpose: String) throws(WorkspaceError) -> any WorkspaceLockHolder {
    try base.lock(path, purpose: purpose)
  }
  public func append(_ bytes: [UInt8], to path: String) throws(WorkspaceError) { try base.append(bytes, to: path) }
  public func resolvedPath(_ path: String) -> String? { base.resolvedPath(path) }
}
