import ArgumentParser
import ConveneCSV

/// `--encoding NAME`: the encoding of a text file someone else made, when the one found from
/// its words is not the one meant (or a close call is refused).
struct EncodingOption: ParsableArguments {
  @Option(
    name: .customLong("encoding"),
    help: ArgumentHelp(
      "Read a text file in this encoding (utf-8, utf-16le, windows-1256, cp1251, latin1, macroman, ...).",
      valueName: "NAME"))
  var name: String?

  func validate() throws { _ = try sourceEncoding() }

  /// The encoding named, or nil when none is.
  func sourceEncoding() throws -> SourceEncoding? {
    guard let name else { return nil }
    guard let known = SourceEncoding(named: name) else {
      throw ValidationError(
        "--encoding \"\(name)\" is not an encoding convene or iconv knows; for example "
          + SourceEncoding.commonNames.joined(separator: ", "))
    }
    return known
  }
}
