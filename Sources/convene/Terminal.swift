import ConveneCore
import Foundation

/// Writes to standard output and standard error. Control characters and bidirectional
/// overrides in what is written (a name typed into a file by hand) are escaped
/// (`UnsafeCharacter.escaped`): a terminal would obey them.
enum Terminal {
  /// Prints a message to standard error, prefixed `convene: ` unless it already names a file.
  static func error(_ message: String) {
    var text = UnsafeCharacter.escaped(message)
    if !text.hasSuffix("\n") { text += "\n" }
    writeToStandardError(text)
  }

  /// Rewrites the progress line on standard error (nil clears it).
  static func progress(_ text: String?) {
    writeToStandardError(text.map { "\r\u{1B}[2K" + $0 } ?? "\r\u{1B}[2K")
  }

  /// Writes `text` to standard error as far as it can be written: a standard error that is
  /// closed, full (`2>/dev/full`) or a broken pipe loses the message, never the command's
  /// exit code (`FileHandle.write` traps on a failed write).
  static func writeToStandardError(_ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
      if written > 0 {
        bytes = bytes.dropFirst(written)
      } else if written < 0 && errno == EINTR {
        continue
      } else {
        return
      }
    }
  }

  /// True once something was printed to standard output (a command's result, which a
  /// failure under `--json` does not follow with a second document). Set on the main thread.
  nonisolated(unsafe) private(set) static var hasPrinted = false

  /// Prints to standard output.
  static func print(_ text: String, terminator: String = "\n") {
    hasPrinted = true
    Swift.print(UnsafeCharacter.escaped(text), terminator: terminator)
  }

  /// Prints one line about one file or row to standard output: line breaks in a value it
  /// quotes are written as escapes (`\r`, `\n`) too, so that the line stays one line.
  static func printLine(_ text: String) {
    hasPrinted = true
    Swift.print(UnsafeCharacter.escapedOnOneLine(text))
  }

  /// Lays out rows as aligned columns (a Chinese, Japanese or Korean character takes two
  /// columns); cells longer than `maxWidth` characters are cut with "…".
  static func table(_ header: [String], _ rows: [[String]], maxWidth: Int = 34) -> String {
    func cut(_ cell: String) -> String {
      let flat = cell.replacingOccurrences(of: "\n", with: " ")
      return flat.count > maxWidth ? String(flat.prefix(maxWidth - 1)) + "…" : flat
    }
    let cells = ([header] + rows).map { $0.map(cut) }
    var widths = Array(repeating: 0, count: header.count)
    for row in cells {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.displayWidth) }
    }
    return cells.map { row in
      row.enumerated().map { index, cell in
        index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.displayWidth)
      }.joined(separator: "  ")
    }.joined(separator: "\n")
  }
}
