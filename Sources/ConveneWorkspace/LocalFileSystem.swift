#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
import ConveneCore
import Foundation
import Synchronization

/// The real file system. Writes go to a temporary file in the same folder, are flushed to
/// disk, and then renamed over the target, so that an interrupted command leaves either the
/// old or the new file; a temporary file left by a killed process is removed by the next
/// process that writes into that folder.
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
    if stat(path, &status) == 0 {
      // A pipe, a device or a socket would block or never end: workspace files and returned
      // forms are plain files.
      guard status.st_mode & S_IFMT == S_IFREG else {
        throw .io(path: path, reason: Self.notAPlainFile(mode: status.st_mode))
      }
      if Int(status.st_size) > Limits.fileBytes {
        throw .io(path: path, reason: "is larger than \(Limits.fileBytes >> 20) MiB, more than any workspace file can be")
      }
    }
    guard let bytes = Self.bytes(ofFile: path) else {
      throw .io(path: path, reason: "cannot be read (\(String(cString: strerror(errno))))")
    }
    return bytes
  }

  /// Why a path that is not a plain file cannot be read as one, naming what it is.
  static func notAPlainFile(mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFDIR: "is a folder, not a file"
    case S_IFIFO: "is not a plain file (a pipe)"
    case S_IFSOCK: "is not a plain file (a socket)"
    case S_IFCHR, S_IFBLK: "is not a plain file (a device)"
    default: "is not a plain file"
    }
  }

  /// A whole file read straight into an array, without a `Data` copied into it; nil when it
  /// cannot be opened or read, or holds more than `limit` bytes (`errno` says why: `EFBIG`
  /// for the limit). A pipe is read until it ends or passes the limit.
  public static func bytes(ofFile path: String, limit: Int = Limits.fileBytes) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer {
      let error = errno
      close(descriptor)
      errno = error
    }
    var status = stat()
    let size = fstat(descriptor, &status) == 0 ? max(0, Int(status.st_size)) : 0
    guard size <= limit else {
      errno = EFBIG
      return nil
    }
    var failed = false
    var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      while count < size {
        let got = read(descriptor, buffer.baseAddress! + count, size - count)
        if got < 0 && errno == EINTR { continue }
        guard got > 0 else {
          failed = got < 0
          return
        }
        count += got
      }
    }
    // A file that grew since, or one whose size is not known beforehand (a pipe).
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while !failed {
      let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
      if got < 0 && errno == EINTR { continue }
      guard got > 0 else {
        failed = got < 0
        break
      }
      guard bytes.count + got <= limit else {
        errno = EFBIG
        return nil
      }
      bytes += chunk[..<got]
    }
    return failed ? nil : bytes
  }

  public func write(_ bytes: [UInt8], to path: String) throws(WorkspaceError) {
    try write(bytes, to: path, waitingForDisk: true)
  }

  /// Writes atomically; with `waitingForDisk`, the file and its folder are flushed to disk too.
  /// `mode` is the new file's permission bits (0600 for a secret: created so, never widened).
  func write(
    _ bytes: [UInt8], to path: String, waitingForDisk: Bool, mode: mode_t = 0o644
  ) throws(WorkspaceError) {
    try stage(bytes, for: path, waitingForDisk: waitingForDisk, mode: mode).commit()
  }

  public func stage(_ bytes: [UInt8], for path: String) throws(WorkspaceError) -> any StagedFile {
    try stage(bytes, for: path, waitingForDisk: true)
  }

  /// Writes `bytes` to a temporary file beside `path` (flushed to disk with `waitingForDisk`),
  /// to be renamed over it when committed.
  func stage(
    _ bytes: [UInt8], for path: String, waitingForDisk: Bool, mode: mode_t = 0o644
  ) throws(WorkspaceError) -> TemporaryFile {
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    Self.removeOrphanedTemporaries(in: folder)
    let temporary = joinPath(folder, ".\(name).\(getpid()).tmp")
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
    guard descriptor >= 0 else { throw .io(path: path, reason: Self.lastError("cannot be created")) }
    // A file left under the temporary name keeps its own mode: a narrower one is set before
    // any byte is written (the usual mode is left to the umask).
    guard mode == 0o644 || fchmod(descriptor, mode) == 0 else {
      close(descriptor)
      unlink(temporary)
      throw .io(path: path, reason: Self.lastError("cannot be given its permissions"))
    }
    let failure = Self.writeAll(bytes, to: descriptor)
    if let failure {
      close(descriptor)
      unlink(temporary)
      throw .io(path: path, reason: failure)
    }
    if (waitingForDisk && fsync(descriptor) != 0) || close(descriptor) != 0 {
      unlink(temporary)
      throw .io(path: path, reason: Self.lastError("cannot be flushed to disk"))
    }
    return TemporaryFile(
      temporary: temporary, path: path, waitingForDisk: waitingForDisk, holdBeforeRename: holdBeforeRename)
  }

  /// A complete temporary file beside its target, renamed over it when committed.
  struct TemporaryFile: StagedFile {
    let temporary: String
    let path: String
    let waitingForDisk: Bool
    let holdBeforeRename: Double?

    func commit() throws(WorkspaceError) {
      if let holdBeforeRename { usleep(UInt32(holdBeforeRename * 1_000_000)) }
      guard rename(temporary, path) == 0 else {
        let reason = LocalFileSystem.lastError("cannot be replaced")
        unlink(temporary)
        throw .io(path: path, reason: reason)
      }
      if waitingForDisk { LocalFileSystem.syncFolder((path as NSString).deletingLastPathComponent) }
    }

    func discard() { unlink(temporary) }

    func checkTarget() throws(WorkspaceError) {
      var status = stat()
      guard lstat(path, &status) == 0 else {
        if errno == ENOENT { return }
        throw .io(path: path, reason: LocalFileSystem.lastError("cannot be replaced"))
      }
      switch status.st_mode & S_IFMT {
      case S_IFREG: return
      case S_IFDIR: throw .io(path: path, reason: "cannot be replaced (Is a directory)")
      default: throw .io(path: path, reason: "cannot be replaced (it is not a plain file)")
      }
    }

    /// Keeps the previous file under a second name (a hard link, `.NAME.kept.PID.tmp`, so a
    /// killed process leaves a temporary file the next one removes), then renames.
    func commitKeepingPrevious() throws(WorkspaceError) -> any ReplacedFile {
      let folder = (path as NSString).deletingLastPathComponent
      let kept = joinPath(folder, ".\((path as NSString).lastPathComponent).kept.\(getpid()).tmp")
      unlink(kept)
      var status = stat()
      let existed = lstat(path, &status) == 0
      if existed && link(path, kept) != 0 {
        let reason = LocalFileSystem.lastError("cannot be kept while it is replaced")
        unlink(temporary)
        throw .io(path: path, reason: reason)
      }
      do {
        try commit()
      } catch {
        if existed { unlink(kept) }
        throw error
      }
      return KeptFile(path: path, kept: existed ? kept : nil)
    }
  }

  /// The previous file of a target just replaced, under its second name (nil when there was
  /// none).
  struct KeptFile: ReplacedFile {
    let path: String
    let kept: String?

    func restore() {
      if let kept { rename(kept, path) } else { unlink(path) }
      LocalFileSystem.syncFolder((path as NSString).deletingLastPathComponent)
    }

    func settle() {
      if let kept { unlink(kept) }
    }
  }

  /// Writes every byte; the reason when it cannot.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
    FileDescriptor.writeAll(bytes, to: descriptor) ? nil : lastError("cannot be written")
  }

  /// Flushes a folder's entries (a file renamed or created in it) to disk.
  static func syncFolder(_ folder: String) {
    let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  public func append(_ bytes: [UInt8], to path: String) throws(WorkspaceError) {
    let created = !FileManager.default.fileExists(atPath: path)
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw .io(path: path, reason: Self.lastError("cannot be opened")) }
    defer { close(descriptor) }
    let failure = Self.writeAll(bytes, to: descriptor)
    if let failure { throw .io(path: path, reason: failure) }
    guard fdatasync(descriptor) == 0 else { throw .io(path: path, reason: Self.lastError("cannot be flushed to disk")) }
    if created { Self.syncFolder((path as NSString).deletingLastPathComponent) }
  }

  public func resolvedPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  public func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  public func isDirectory(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      && isFolder.boolValue
  }

  public func isSymbolicLink(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
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

  /// Takes the lock with `flock(2)` on open descriptors of the lock file's folder and of the
  /// lock file. The kernel gives them back when the holder ends, however it ends, so a killed
  /// command never leaves a lock behind. The folder's lock holds even when the file is
  /// deleted while held (a file showing a process id tempts one to): a second command would
  /// make a new file and lock that. The file's lock is what other programs see (`flock
  /// .convene/lock`); convene never removes the file. The holder writes its process id and
  /// purpose into it for the "in use by" message.
  public func lock(_ path: String, purpose: String) throws(WorkspaceError) -> any WorkspaceLockHolder {
    let folder = (path as NSString).deletingLastPathComponent
    try createDirectory(folder)
    let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard folderDescriptor >= 0 else { throw .io(path: folder, reason: Self.lastError("cannot open the lock's folder")) }
    do {
      try Self.take(folderDescriptor, path: path) { Self.note(atPath: path) }
    } catch {
      close(folderDescriptor)
      throw error
    }
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
    guard descriptor >= 0 else {
      close(folderDescriptor)
      throw .io(path: path, reason: Self.lastError("cannot open the lock"))
    }
    do {
      try Self.take(descriptor, path: path) { Self.note(in: descriptor) }
    } catch {
      close(descriptor)
      close(folderDescriptor)
      throw error
    }
    let note = Array("\(getpid()) \(purpose)\n".utf8)
    if ftruncate(descriptor, 0) == 0 {
      _ = note.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }
    return FileLock(descriptor: descriptor, folderDescriptor: folderDescriptor)
  }

  /// Locks `descriptor` without waiting; when another process holds it, fails naming the
  /// holder from the note `holderNote` reads.
  private static func take(_ descriptor: Int32, path: String, holderNote: () -> String) throws(WorkspaceError) {
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      let reason = errno
      if reason == EINTR { continue }
      guard reason == EWOULDBLOCK else {
        errno = reason
        throw .io(path: path, reason: lastError("cannot lock"))
      }
      let fields = holderNote().split(separator: " ", maxSplits: 1)
      let holder =
        fields.count == 2
        ? "process \(fields[0]): \(fields[1].trimmingCharacters(in: .whitespacesAndNewlines))"
        : "lock file \(path)"
      throw .locked(path: path, holder: holder)
    }
  }

  /// The note in the lock file at `path`, "" when there is none to read.
  private static func note(atPath path: String) -> String {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
    guard descriptor >= 0 else { return "" }
    defer { close(descriptor) }
    return note(in: descriptor)
  }

  /// The note a holder wrote into the lock file (at most a line).
  private static func note(in descriptor: Int32) -> String {
    var buffer = [UInt8](repeating: 0, count: 512)
    let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { return "" }
    return String(decoding: buffer[..<count], as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
  }

  /// Removes, once per folder and process, the temporary files (`.NAME.PID.tmp`) that
  /// processes killed mid-write left in `folder`: only those whose process has ended.
  static func removeOrphanedTemporaries(in folder: String) {
    let first = cleanedFolders.withLock { $0.insert(folder).inserted }
    guard first, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else {
      return
    }
    for name in names {
      guard let pid = temporaryFileOwner(name), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
      unlink(joinPath(folder, name))
    }
  }

  /// The process id in a temporary file's name (`.participants.csv.4711.tmp`), or nil.
  static func temporaryFileOwner(_ name: String) -> pid_t? {
    guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
    let stem = name.dropLast(4)
    guard let dot = stem.lastIndex(of: "."), dot > stem.startIndex else { return nil }
    let digits = stem[stem.index(after: dot)...]
    guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
    return pid_t(digits).flatMap { $0 > 0 ? $0 : nil }
  }

  private static let cleanedFolders = Mutex<Set<String>>([])

  static func lastError(_ what: String) -> String { "\(what) (\(String(cString: strerror(errno))))" }
}

final class FileLock: WorkspaceLockHolder, @unchecked Sendable {
  private var descriptor: Int32
  private var folderDescriptor: Int32
  private let mutex = NSLock()

  init(descriptor: Int32, folderDescriptor: Int32) {
    self.descriptor = descriptor
    self.folderDescriptor = folderDescriptor
  }

  /// Clears the note and closes the descriptors, which gives the locks back; the file stays.
  func release() {
    mutex.lock()
    defer { mutex.unlock() }
    guard descriptor >= 0 else { return }
    _ = ftruncate(descriptor, 0)
    close(descriptor)
    close(folderDescriptor)
    descriptor = -1
    folderDescriptor = -1
  }

  deinit { release() }
}
