import ConveneCore

extension NetworkChecker {
  /// The network's files in the order their findings are listed.
  static let fileOrder = [NetworkFile.name, CitiesFile.name, FrameworkFile.name, RequestsFile.name]

  /// `findings` as `network check` and a refused `network report` list them: the network's
  /// files first, then the events' in the order given; by line within a file.
  public static func ordered(_ findings: [Finding]) -> [Finding] {
    findings.enumerated().sorted { left, right in
      let a = left.element, b = right.element
      let fileA = fileOrder.firstIndex(of: a.file) ?? fileOrder.count
      let fileB = fileOrder.firstIndex(of: b.file) ?? fileOrder.count
      if fileA != fileB { return fileA < fileB }
      if a.file != b.file { return left.offset < right.offset }
      return (a.line ?? 0, left.offset) < (b.line ?? 0, right.offset)
    }.map(\.element)
  }
}
