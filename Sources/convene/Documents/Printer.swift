import ConveneCore
import ConveneDocuments
import ConveneProcess
import Foundation

/// The PDF printer, or a failure saying how to get one (before anything is written).
func requirePrinter() throws -> ChromiumPrinter {
  guard let program = ChromiumPrinter.findProgram(environment: ProcessInfo.processInfo.environment)
  else {
    throw CommandFailure(
      "--pdf needs Chromium (not found on PATH as \(ChromiumPrinter.names.joined(separator: ", ")), nor named by CHROMIUM=/path): install it with `apt-get install chromium`, or print the HTML from a browser; nothing was written"
    )
  }
  return ChromiumPrinter(
    program: program, watchdog: try ProcessGroupWatchdog(executable: ProcessGroupWatchdog.currentExecutable))
}
