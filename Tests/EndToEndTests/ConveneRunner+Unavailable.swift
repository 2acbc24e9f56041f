import Foundation

extension ConveneRunner {
  /// Makes `participant` unavailable during the time a published session takes (its `start`
  /// and `end` in a release), by writing the window into `participants.csv` the way an organiser
  /// would; returns the window as written (`2027-03-09 11:00-12:30`).
  @discardableResult
  func makeUnavailable(_ participant: String, during entry: [String: Any], in workspace: String) throws -> String {
    let start = entry["start"] as! String, end = entry["end"] as! String
    let window = "\(start.prefix(10)) \(start.dropFirst(11).prefix(5))-\(end.dropFirst(11).prefix(5))"
    let path = workspace + "/participants.csv"
    let rows = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n").map { line -> String in
      guard line.hasPrefix(participant + ",") else { return line }
      var cells = line.components(separatedBy: ",")
      cells[cells.count - 4] = window  // unavailable, counted from the end (a title may hold a comma)
      return cells.joined(separator: ",")
    }
    try rows.joined(separator: "\r\n").write(toFile: path, atomically: true, encoding: .utf8)
    return window
  }
}
