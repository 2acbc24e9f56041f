import ConveneCore

extension Finding {
  /// The error for a CSV file that is there with no bytes at all, not even its header: cut
  /// short or emptied by mistake. Read as "nothing", it would make a list of no one look right.
  public static func emptyFile(_ name: String) -> Finding {
    .error(
      name, "the file is empty, without even its header line",
      hint: "put back its content, or write its header line alone if it has nothing to hold")
  }
}
