/// `xl/workbook.xml`: the sheets in order, and which date system the workbook uses.
final class WorkbookPartReader: XMLPartReader {
  struct Sheet {
    var name: String
    var relationship: String
    var hidden: Bool
  }

  private(set) var sheets: [Sheet] = []
  /// True when serial dates count from 1904-01-01 (workbooks from old Mac Excel).
  private(set) var uses1904Dates = false

  override func start(_ name: Substring, _ attributes: [String: String]) {
    switch name {
    case "workbookPr":
      uses1904Dates = Self.isTrue(attributes["date1904"]?.lowercased())
    case "sheet":
      guard let sheetName = attributes["name"],
        let relationship = Self.attribute("id", in: attributes)
      else { return }
      let state = attributes["state"] ?? "visible"
      sheets.append(Sheet(name: sheetName, relationship: relationship, hidden: state != "visible"))
    default:
      break
    }
  }
}
