import Foundation

/// Changes a workspace's CSV files the way an organiser does in a spreadsheet.
extension ConveneRunner {
  /// Sets `column` of the row whose first cell is `id` in a workspace CSV file.
  func setCell(_ workspace: String, file: String = "participants.csv", id: String, _ column: String, _ value: String)
    throws
  {
    let path = workspace + "/" + file
    var rows = CSVLines.parse(try String(contentsOfFile: path, encoding: .utf8))
    guard let index = rows[0].firstIndex(of: column), let row = rows.firstIndex(where: { $0.first == id })
    else { throw CocoaError(.fileReadUnknown) }
    rows[row][index] = value
    try CSVLines.write(rows).write(toFile: path, atomically: true, encoding: .utf8)
  }

  /// Replaces text in a workspace file.
  func replace(_ workspace: String, file: String, _ old: String, with new: String) throws {
    let path = workspace + "/" + file
    let text = try String(contentsOfFile: path, encoding: .utf8)
    precondition(text.contains(old), "\(file) does not contain \(old)")
    try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
  }
}

/// A small RFC 4180 reader and writer for the tests' edits.
enum CSVLines {
  static func parse(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var cell = ""
    var quoted = false
    var iterator = Array(text).makeIterator()
    var pending: Character? = nil
    while let character = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if character == "\"" {
          if let next = iterator.next() {
            if next == "\"" { cell.append("\"") } else { quoted = false; pending = next }
          } else { quoted = false }
        } else { cell.append(character) }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        row.append(cell)
        cell = ""
      } else if character == "\r\n" || character == "\n" {
        row.append(cell)
        rows.append(row)
        row = []
        cell = ""
      } else {
        cell.append(character)
      }
    }
    if !cell.isEmpty || !row.isEmpty {
      row.append(cell)
      rows.append(row)
    }
    return rows
  }

  static func write(_ rows: [[String]]) -> String {
    rows.map { row in
      row.map { cell in
        cell.contains(where: { ",\"\r\n".contains($0) })
          ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
      }.joined(separator: ",")
    }.joined(separator: "\r\n") + "\r\n"
  }
}
