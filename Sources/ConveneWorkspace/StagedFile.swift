/// A file written beside its target and waiting to take its place (`FileSystem.stage`): the
/// target is untouched until `commit`, and stays as it was after `discard`.
public protocol StagedFile: Sendable {
  /// Puts the file in place. On the real file system this is a rename in the target's
  /// folder, which needs no more space.
  func commit() throws(WorkspaceError)
  /// Removes what was written; the target stays as it was.
  func discard()
  /// Fails, naming the target, when a file cannot take its place (a folder is there).
  func checkTarget() throws(WorkspaceError)
  /// Puts the file in place like `commit`, keeping what was there until the change is
  /// settled: the result puts it back, or lets it go.
  func commitKeepingPrevious() throws(WorkspaceError) -> any ReplacedFile
}

/// A target just replaced by a staged file, its previous content (or its absence) kept until
/// the change it belongs to succeeds or fails.
public protocol ReplacedFile: Sendable {
  /// Puts the previous content back (or removes the new file when there was none).
  func restore()
  /// Lets the previous content go: the new file stays.
  func settle()
}

/// A file held in memory until it is committed: how file systems without temporary files
/// stage one.
struct HeldFile: StagedFile {
  let fileSystem: any FileSystem
  let bytes: [UInt8]
  let path: String

  func commit() throws(WorkspaceError) { try fileSystem.write(bytes, to: path) }
  func discard() {}

  func checkTarget() throws(WorkspaceError) {
    if fileSystem.isDirectory(path) {
      throw .io(path: path, reason: "cannot be replaced (Is a directory)")
    }
  }

  func commitKeepingPrevious() throws(WorkspaceError) -> any ReplacedFile {
    let previous = try fileSystem.contents(of: path)
    try commit()
    return HeldReplacement(fileSystem: fileSystem, path: path, previous: previous ?? [])
  }
}

/// The previous content of a file held in memory. A file that did not exist before is put
/// back empty: these file systems cannot remove a file.
struct HeldReplacement: ReplacedFile {
  let fileSystem: any FileSystem
  let path: String
  let previous: [UInt8]

  func restore() { try? fileSystem.write(previous, to: path) }
  func settle() {}
}
