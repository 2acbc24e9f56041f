/// `xl/styles.xml`: the number format of each cell style (`cellXfs`), and the workbook's
/// own number formats (`numFmts`), from which dates are recognised.
final class StylesReader: XMLPartReader {
  private(set) var customFormats: [Int: String] = [:]
  /// The number format id of each cell style, in order.
  private(set) var styleFormats: [Int] = []
  private var inCellStyles = false

  override func start(_ name: Substring, _ attributes: [String: String]) {
    switch name {
    case "numFmt":
      if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
        customFormats[id] = code
      }
    case "cellXfs": inCellStyles = true
    case "xf" where inCellStyles:
      guard styleFormats.count < 1_000_000 else {
        fail(.tooLarge(part: part, reason: "more than 1,000,000 cell styles"))
        return
      }
      styleFormats.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
    default: break
    }
  }

  private var kinds: [NumberFormat.Kind] = []

  override func end(_ name: Substring) {
    if name == "cellXfs" { inCellStyles = false }
    if name == "styleSheet" {
      kinds = styleFormats.map { NumberFormat.kind(id: $0, code: customFormats[$0]) }
    }
  }

  /// What the style numbered `style` shows a number as.
  func kind(ofStyle style: Int) -> NumberFormat.Kind {
    guard style >= 0, style < kinds.count else { return .number }
    return kinds[style]
  }
}
