/// Files written as one change, possibly on several file systems (a report's files and the
/// record of each event it covers): every file is first written beside its target, and only
/// when all of them are written are they put in place, in the order they were added. A
/// failure while writing (a read-only folder, a full disk, a file-size limit) leaves every
/// target as it was.
public struct FileCommit {
  private var files: [(bytes: [UInt8], path: String, fileSystem: any FileSystem)] = []

  /// An empty change.
  public init() {}

  /// Adds `text` as the new content of `path` on `fileSystem`.
  public mutating func add(_ text: String, to path: String, on fileSystem: any FileSystem) {
    files.append((Array(text.utf8), path, fileSystem))
  }

  /// Writes every file beside its target, then puts them in place. When a file cannot be
  /// written, those written are removed and no target changes; a file that then cannot be
  /// put in place (which a rename in its own folder almost never is) stops the rest.
  public func write() throws(WorkspaceError) {
    var staged: [any StagedFile] = []
    do {
      for file in files { staged.append(try file.fileSystem.stage(file.bytes, for: file.path)) }
    } catch {
      for file in staged { file.discard() }
      throw error
    }
    for (index, file) in staged.enumerated() {
      do {
        try file.commit()
      } catch {
        for rest in staged[(index + 1)...] { rest.discard() }
        throw error
      }
    }
  }
}
