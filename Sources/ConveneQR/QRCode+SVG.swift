import ConveneCore

extension QRCode {
  /// The symbol as an SVG image: one path of dark modules (a rectangle per horizontal run)
  /// on a white square that includes the 4-module quiet zone, with crisp edges so that no
  /// renderer blurs module boundaries. The image scales: `moduleSize` and `unit` (such as
  /// `0.5` and `"mm"`) only set its printed width and height. `label` becomes its accessible
  /// name (escaped).
  public func svg(moduleSize: Double = 1, unit: String = "", label: String = "") -> String {
    let side = size + 2 * Self.quietZone
    let extent = Self.number(Double(side) * moduleSize) + unit
    let name = label.isEmpty ? "" : " role=\"img\" aria-label=\"\(label.htmlEscaped)\""
    return
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" width=\"\(extent)\" height=\"\(extent)\" viewBox=\"0 0 \(side) \(side)\" shape-rendering=\"crispEdges\"\(name)>"
      + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"
      + "<path fill=\"#000\" d=\"\(pathData)\"/></svg>"
  }

  /// The path of the dark modules: `M x y h n v 1 h -n z` for each horizontal run.
  var pathData: String {
    var parts: [String] = []
    for row in 0..<size {
      var column = 0
      while column < size {
        guard self[row, column] else {
          column += 1
          continue
        }
        let start = column
        while column < size && self[row, column] { column += 1 }
        let length = column - start
        parts.append("M\(start + Self.quietZone) \(row + Self.quietZone)h\(length)v1h-\(length)z")
      }
    }
    return parts.joined()
  }

  /// A length without a needless fraction (`14.5`, `29`).
  static func number(_ value: Double) -> String {
    let rounded = (value * 1000).rounded() / 1000
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
