import Foundation

/// A sendmail-compatible program (`sendmail -t -i`, `msmtp -t`) that reads one message on its
/// standard input. It is run through `setpriv --pdeathsig KILL` when available, so that if
/// convene is killed mid-send the program dies with it and the message is not half-sent
/// behind its back; the next run sends it again.
struct MailProgram {
  let command: String

  enum Outcome {
    case success
    case failure(String)
  }

  func send(_ message: [UInt8]) -> Outcome {
    let process = Process()
    let guardian = "/usr/bin/setpriv"
    if FileManager.default.isExecutableFile(atPath: guardian) {
      process.executableURL = URL(fileURLWithPath: guardian)
      process.arguments = ["--pdeathsig", "KILL", "--", "/bin/sh", "-c", command]
    } else {
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", command]
    }
    let input = Pipe(), errors = Pipe()
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    do {
      try process.run()
    } catch {
      return .failure("cannot start `\(command)`: \(error.localizedDescription)")
    }
    // A program that exits without reading everything closes the pipe: not an error of ours.
    try? input.fileHandleForWriting.write(contentsOf: Data(message))
    try? input.fileHandleForWriting.close()
    let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationReason == .exit, process.terminationStatus == 0 else {
      let detail = complaint.split(separator: "\n").last.map(String.init) ?? "no message"
      return .failure("`\(command)` exited with \(process.terminationStatus): \(detail)")
    }
    return .success
  }
}
