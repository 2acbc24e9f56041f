import ConveneCore
import ConveneEvaluation
import ConveneWorkspace
import Foundation

/// The files participants sent back, in a folder the organiser names (and its subfolders).
public enum ReturnedFiles {
  /// The files under `folder`, relative to it and sorted; hidden files and folders are
  /// skipped. On the real file system, links to folders are not followed.
  public static func names(in folder: String, on fileSystem: any FileSystem) -> [String] {
    if fileSystem is LocalFileSystem { return localNames(in: folder) }
    var files: [String] = []
    func walk(_ relative: String) {
      let path = relative.isEmpty ? folder : joinPath(folder, relative)
      for name in (try? fileSystem.list(path)) ?? [] where !name.hasPrefix(".") {
        let child = relative.isEmpty ? name : joinPath(relative, name)
        if fileSystem.isDirectory(joinPath(folder, child)) { walk(child) } else { files.append(child) }
      }
    }
    walk("")
    return files.sorted()
  }

  /// The files under `folder` on `source` (those `skipping` says yes to left out), read on
  /// both cores: each one's name and bytes, and a rejection for each that cannot be read
  /// (with the reason: a pipe or a device, too large, no permission).
  public static func read(
    _ folder: String, from source: any FileSystem, skipping: (String) -> Bool = { _ in false }
  ) throws(CommandFailure) -> (files: [(name: String, bytes: [UInt8])], unreadable: [FeedbackRejection]) {
    guard source.isDirectory(folder) else { throw CommandFailure("\(folder): no such folder") }
    let names = names(in: folder, on: source).filter { !skipping($0) }
    let read = ParallelMap.map(names) { name -> Result<[UInt8], FeedbackRejection> in
      do {
        guard let bytes = try source.contents(of: joinPath(folder, name)) else {
          return .failure(FeedbackRejection(source: name, reason: "cannot read the file: it is gone"))
        }
        return .success(bytes)
      } catch {
        let reason = if case WorkspaceError.io(_, let reason) = error { "it \(reason)" } else { "\(error)" }
        return .failure(FeedbackRejection(source: name, reason: "cannot read the file: \(reason)"))
      }
    }
    var files: [(name: String, bytes: [UInt8])] = []
    var unreadable: [FeedbackRejection] = []
    for (name, result) in zip(names, read) {
      switch result {
      case .success(let bytes): files.append((name, bytes))
      case .failure(let rejection): unreadable.append(rejection)
      }
    }
    return (files, unreadable)
  }

  static func localNames(in folder: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
    var files: [String] = []
    while let path = enumerator.nextObject() as? String {
      let name = (path as NSString).lastPathComponent
      if name.hasPrefix(".") {
        enumerator.skipDescendants()
        continue
      }
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: joinPath(folder, path), isDirectory: &isFolder), !isFolder.boolValue {
        files.append(path)
      }
    }
    return files.sorted()
  }
}
