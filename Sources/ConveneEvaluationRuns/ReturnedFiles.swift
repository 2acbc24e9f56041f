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
