import ConveneCore

/// Files written as one change, possibly on several file systems (a report's files and the
/// record of each event it covers): every file is first written beside its target, and only
/// when all of them are written, and every target can take a file, are they put in place, in
/// the order they were added. A failure while writing (a read-only folder, a full disk, a
/// file-size limit) or while putting them in place (a folder where a file goes) leaves every
/// target as it was.
public struct FileCommit {
  private var files: [File] = []
  private let waitingForDisk: Bool

  /// An empty change. With `waitingForDisk` false the files are not flushed to disk one by
  /// one: for many files written as one change (an outbox) whose loss in a power cut would
  /// only mean writing them again.
  public init(waitingForDisk: Bool = true) { self.waitingForDisk = waitingForDisk }

  /// Adds `text` as the new content of `path` on `fileSystem`.
  public mutating func add(_ text: String, to path: String, on fileSystem: any FileSystem) {
    files.append(File(bytes: Array(text.utf8), path: path, fileSystem: fileSystem))
  }

  /// Writes every file beside its target, checks that each target can be replaced (absent
  /// or a plain file), then puts them in place, keeping each previous file until all are.
  /// When a file cannot be written, or a target is a folder, those written are removed and no
  /// target changes; when one cannot be put in place, those already put in place get their
  /// previous content back, so a failure leaves every target as it was.
  public func write() throws(WorkspaceError) {
    let staged = try stagedFiles()
    var replaced: [any ReplacedFile] = []
    for (index, file) in staged.enumerated() {
      do {
        replaced.append(try file.commitKeepingPrevious())
      } catch {
        for done in replaced.reversed() { done.restore() }
        for rest in staged[(index + 1)...] { rest.discard() }
        throw error
      }
    }
    for done in replaced { done.settle() }
  }

  /// Every file written beside its target (each written and flushed to disk at the same time
  /// as the others), each target checked; on a failure, nothing is left written.
  private func stagedFiles() throws(WorkspaceError) -> [any StagedFile] {
    let waitingForDisk = waitingForDisk
    let results = ParallelMap.map(files) { file -> Result<any StagedFile, WorkspaceError> in
      do throws(WorkspaceError) {
        return .success(
          waitingForDisk
            ? try file.fileSystem.stage(file.bytes, for: file.path)
            : try file.fileSystem.stageQuickly(file.bytes, for: file.path))
      } catch {
        return .failure(error)
      }
    }
    let staged = results.compactMap { try? $0.get() }
    do {
      for result in results { _ = try result.get() }
      for file in staged { try file.checkTarget() }
    } catch {
      for file in staged { file.discard() }
      throw error
    }
    return staged
  }

  /// A file of the change and where it goes.
  private struct File: Sendable {
    let bytes: [UInt8]
    let path: String
    let fileSystem: any FileSystem
  }
}
