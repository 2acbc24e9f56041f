import ConveneCore

/// The files participants sent back, in a folder the organiser names (and its subfolders):
/// feedback and follow-up forms, calendar replies.
public enum ReturnedFiles {
  /// A file that is there but could not be read, and why.
  public struct Unreadable: Error, Sendable, Equatable {
    /// The file's name, relative to the folder.
    public var name: String
    /// Why, in words (`cannot read the file: it is not a plain file ...`).
    public var reason: String
  }

  /// The files under `folder`, relative to it and sorted, and the subfolders that could not
  /// be listed. Hidden files and folders are skipped, and so are links to folders (a link
  /// could lead out of the folder or round in a loop); pipes and devices are listed, for the
  /// reading to reject them by name.
  static func names(in folder: String, on fileSystem: any FileSystem) -> (files: [String], unlistable: [String]) {
    var files: [String] = []
    var unlistable: [String] = []
    func walk(_ relative: String) {
      let path = relative.isEmpty ? folder : joinPath(folder, relative)
      guard let entries = try? fileSystem.list(path) else { return unlistable.append(relative) }
      for name in entries where !name.hasPrefix(".") {
        let child = relative.isEmpty ? name : joinPath(relative, name)
        let childPath = joinPath(folder, child)
        if !fileSystem.isDirectory(childPath) {
          files.append(child)
        } else if !fileSystem.isSymbolicLink(childPath) {
          walk(child)
        }
      }
    }
    walk("")
    return (files.sorted(), unlistable.sorted())
  }

  /// The files under `folder` on `source` (those `skipping` says yes to left out), read on
  /// both cores: each one's name and bytes, and each that cannot be read with the reason (a
  /// pipe or a device, too large, no permission, a subfolder that cannot be listed). A
  /// Ctrl-C or SIGTERM stops the reading and fails with `Interrupted` (nothing was written).
  public static func read(
    _ folder: String, from source: any FileSystem, skipping: (String) -> Bool = { _ in false }
  ) throws -> (files: [(name: String, bytes: [UInt8])], unreadable: [Unreadable]) {
    guard source.isDirectory(folder) else { throw CommandFailure("\(folder): no such folder") }
    let listed = names(in: folder, on: source)
    try Interruption.checkpoint()
    let names = listed.files.filter { !skipping($0) }
    let read = ParallelMap.map(names) { name -> Result<[UInt8], Unreadable> in
      // Once stopped, the files left are not read: the command ends below.
      if Interruption.isRequested { return .success([]) }
      do {
        guard let bytes = try source.contents(of: joinPath(folder, name)) else {
          return .failure(Unreadable(name: name, reason: "cannot read the file: it is gone"))
        }
        return .success(bytes)
      } catch {
        let reason = if case WorkspaceError.io(_, let reason) = error { "it \(reason)" } else { "\(error)" }
        return .failure(Unreadable(name: name, reason: "cannot read the file: \(reason)"))
      }
    }
    try Interruption.checkpoint()
    var files: [(name: String, bytes: [UInt8])] = []
    var unreadable = listed.unlistable.map { Unreadable(name: $0.isEmpty ? folder : $0, reason: "cannot list the folder") }
    for (name, result) in zip(names, read) {
      switch result {
      case .success(let bytes): files.append((name, bytes))
      case .failure(let file): unreadable.append(file)
      }
    }
    return (files, unreadable)
  }
}
