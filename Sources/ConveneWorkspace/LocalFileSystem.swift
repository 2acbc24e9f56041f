#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
import ConveneCore
import Foundation

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  #if canImport(Darwin)
    Darwin.write(descriptor, buffer, count)
  #elseif canImport(Musl)
    Musl.write(descriptor, buffer, count)
  #else
    Glibc.write(descriptor, buffer, count)
  #endif
}

/// The real file system. Writes go to a temporary file in the same folder, are flushed to
/// disk, and then renamed over the target, so that an interrupted command leaves either the
/// old or the new file.
public struct LocalFileSystem: FileSystem {
  /// When set (to a number of seconds), every write waits that long after the temporary file
  /// is complete and before it is renamed into place: a fault-injection point for tests that
  /// kill a command mid-write.
  public static let holdBeforeRenameVariable = "CONVENE_HOLD_BEFORE_RENAME"

  private let holdBeforeRename: Double?

  /// Creates the file system; `environment` is read for the fault-injection variable only.
  public init(environment: [String: String] = [:]) {
    holdBeforeRename = environment[Self.holdBeforeRenameVariable].flatMap(Double.init)
  }

  public func contents(of path: String) throws(WorkspaceError) -> [UInt8]? {
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    var status = stat()
    if stat(path, &status) == 0 && Int(status.st_size) > Limits.fileBytes {
      throw .io(path: path, reason: "is larger than \(Limits.fileBytes >> 20) MiB, more than any workspace file can be")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .io(path: path, reason: "cannot be read (\(String(cString: strerror(errno))))")
    }
    return [UInt8](data)
  }

  public func write(_ bytes: [UInt8], to path: String) throws(WorkspaceError) {
    try write(bytes, to: path, waitingForDisk: true)
  }

  /// Writes atomically; with `waitingForDisk`, the file and its folder are flushed to disk too.
  func write(_ bytes: [UInt8], to path: String, waitingForDisk: Bool) throws(WorkspaceError) {
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let temporary = joinPath(folder, ".\(name).\(getpid()).tmp")
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw .io(path: path, reason: Self.lastError("cannot be created")) }
    var written = 0
    let failure: String? = bytes.withUnsafeBytes { buffer in
      while written < buffer.count {
        let result = systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
        if result < 0 {
          if errno == EINTR { continue }
          return Self.lastError("cannot be written")
        }
        written += result
      }
      return nil
    }
    if let failure {
      close(descriptor)
      unlink(temporary)
      throw .io(path: path, reason: failure)
    }
    if (waitingForDisk && fsync(descriptor) != 0) || close(descriptor) != 0 {
      unlink(temporary)
      throw .io(path: path, reason: Self.lastError("cannot be flushed to disk"))
    }
    if let holdBeforeRename { usleep(UInt32(holdBeforeRename * 1_000_000)) }
    guard rename(temporary, path) == 0 else {
      let reason = Self.lastError("cannot be replaced")
      unlink(temporary)
      throw .io(path: path, reason: reason)
    }
    let folderDescriptor = waitingForDisk ? open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY) : -1
    if folderDescriptor >= 0 {
      fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }

  public func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  public func isDirectory(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      && isFolder.boolValue
  }

  public func createDirectory(_ path: String) throws(WorkspaceError) {
    do {
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true)
    } catch {
      throw .io(path: path, reason: "cannot create the folder (\(error.localizedDescription))")
    }
  }

  public func list(_ path: String) throws(WorkspaceError) -> [String] {
    do {
      return try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    } catch {
      throw .io(path: path, reason: "cannot list the folder")
    }
  }

  public func lock(_ path: String, purpose: String) throws(WorkspaceError) -> any WorkspaceLockHolder {
    try createDirectory((path as NSString).deletingLastPathComponent)
    for _ in 0..<2 {
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
      if descriptor >= 0 {
        let note = "\(getpid()) \(purpose)\n"
        _ = note.withCString { systemWrite(descriptor, $0, strlen($0)) }
        fsync(descriptor)
        close(descriptor)
        return FileLock(path: path)
      }
      guard errno == EEXIST else { throw .io(path: path, reason: Self.lastError("cannot lock")) }
      let note = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
      let fields = note.split(separator: " ", maxSplits: 1)
      if let pid = fields.first.flatMap({ Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }),
        kill(pid, 0) != 0 && errno == ESRCH
      {
        // The process that held it has gone (killed or crashed): the lock is stale.
        unlink(path)
        continue
      }
      let holder =
        fields.count == 2
        ? "process \(fields[0]): \(fields[1].trimmingCharacters(in: .whitespacesAndNewlines))"
        : "lock file \(path)"
      throw .locked(path: path, holder: holder)
    }
    throw .locked(path: path, holder: "lock file \(path)")
  }

  static func lastError(_ what: String) -> String { "\(what) (\(String(cString: strerror(errno))))" }
}

final class FileLock: WorkspaceLockHolder, @unchecked Sendable {
  private let path: String
  private var released = false
  private let mutex = NSLock()

  init(path: String) { self.path = path }

  func release() {
    mutex.lock()
    defer { mutex.unlock() }
    guard !released else { return }
    released = true
    unlink(path)
  }

  deinit { release() }
}
