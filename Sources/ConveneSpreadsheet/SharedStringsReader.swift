/// `xl/sharedStrings.xml`: the text of every shared string, rich-text runs joined and
/// phonetic guides (`rPh`) left out.
final class SharedStringsReader: XMLPartReader {
  /// Shared strings read at most.
  static let limit = 5_000_000

  private(set) var strings: [String] = []
  private var current = ""
  private var inText = false
  private var phonetic = 0

  override func start(_ name: Substring, _ attributes: [String: String]) {
    switch name {
    case "si": current = ""
    case "t": inText = phonetic == 0
    case "rPh": phonetic += 1
    default: break
    }
  }

  override func end(_ name: Substring) {
    switch name {
    case "si":
      guard strings.count < Self.limit else {
        fail(.tooLarge(part: part, reason: "more than \(Self.limit) shared strings"))
        return
      }
      strings.append(ExcelText.unescaped(current))
    case "t": inText = false
    case "rPh": phonetic -= 1
    default: break
    }
  }

  override func text(_ string: String) {
    if inText { current += string }
  }
}
