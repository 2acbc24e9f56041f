/// Text read from bytes, with the encoding it was read in and why that one.
public struct DecodedText: Sendable, Equatable {
  /// Why an encoding was chosen.
  public enum Choice: Sendable, Equatable, CustomStringConvertible {
    /// The caller named it.
    case given
    /// The caller named it, and another code page reads the file's words clearly better: one
    /// line as each reads it, the one named first.
    case givenDespite(EncodingAmbiguity)
    /// The file begins with a byte-order mark.
    case byteOrderMark
    /// The bytes are valid UTF-8.
    case validUTF8
    /// Zero bytes at every other position: UTF-16 without a byte-order mark.
    case zeroBytes
    /// Its words are the most plausible, ahead of the runner-up's.
    case plausibility(runnerUp: SourceEncoding?)
    /// It reads the words about as well as another code page, and is the code page of one of
    /// the event's languages.
    case eventLanguage(over: SourceEncoding)
    /// It reads the words about as well as another code page, and is the code page of the
    /// languages of the countries the file names (`CodePageEvidence`).
    case countries(over: SourceEncoding)

    public var description: String {
      switch self {
      case .given: "as given"
      case .givenDespite(let doubt):
        "as given, though its words read better in " + doubt.readings.dropFirst().map(\.encoding.name).joined(separator: " or ")
      case .byteOrderMark: "byte-order mark"
      case .validUTF8: "valid UTF-8"
      case .zeroBytes: "UTF-16 without byte-order mark, from its zero bytes"
      case .plausibility(let runnerUp):
        "its words read best" + (runnerUp.map { "; next best \($0.name)" } ?? "")
      case .eventLanguage(let other):
        "reads as well as \(other.name), and is a code page of the event's languages"
      case .countries(let other):
        "reads as well as \(other.name), and writes the languages of the countries the file names"
      }
    }
  }

  /// The text, without a byte-order mark.
  public var text: String
  /// The encoding it was read in.
  public var encoding: SourceEncoding
  /// Why.
  public var choice: Choice
}
