/// A file written beside its target and waiting to take its place (`FileSystem.stage`): the
/// target is untouched until `commit`, and stays as it was after `discard`.
public protocol StagedFile: Sendable {
  /// Puts the file in place. On the real file system this is a rename in the target's
  /// folder, which needs no more space.
  func commit() throws(WorkspaceError)
  /// Removes what was written; the target stays as it was.
  func discard()
}

/// A file held in memory until it is committed: how file systems without temporary files
/// stage one.
struct HeldFile: StagedFile {
  let fileSystem: any FileSystem
  let bytes: [UInt8]
  let path: String

  func commit() throws(WorkspaceError) { try fileSystem.write(bytes, to: path) }
  func discard() {}
}
