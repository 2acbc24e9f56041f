import ConveneCore

extension NetworkChecker {
  /// The network's files in the order their findings are listed.
  static let fileOrder = [NetworkFile.name, CitiesFile.name, FrameworkFile.name, RequestsFile.name]

  /// `findings` as `network check` and a refused `network report` list them: the network's
  /// files first, then the events' in the order given; by line within a file.
  public static func ordered(_ findings: [Finding]) -> [Finding] {
    findings.ordered(files: fileOrder)
  }
}
