import ConveneCSV
import Foundation

/// An Office Open XML workbook (.xlsx), as KoboToolbox, Microsoft Forms, Excel, LibreOffice
/// and Google Sheets write it: its sheets, read as tables of text.
public struct Workbook {
  /// The sheets, in the workbook's order.
  public let sheetNames: [String]
  /// The sheets the workbook hides (Excel's Hide, or `veryHidden`).
  public var hiddenSheetNames: Set<String> { Set(sheets.filter(\.hidden).map(\.name)) }
  private let archive: ZipArchive
  private let sheets: [WorkbookPartReader.Sheet]
  private let sheetPaths: [String: String]
  private let uses1904: Bool

  /// Opens the workbook in `bytes`.
  public init(bytes: [UInt8]) throws(WorkbookError) {
    do {
      archive = try ZipArchive(bytes: bytes)
    } catch {
      throw .zip(error)
    }
    let workbookPath = try Self.workbookPath(in: archive)
    let workbook = WorkbookPartReader(part: workbookPath)
    try Self.read(workbookPath, in: archive, with: workbook)
    let relationshipsPath = Self.relationshipsPath(of: workbookPath)
    let relationships = RelationshipsReader(part: relationshipsPath)
    if archive.entry(named: relationshipsPath) != nil {
      try Self.read(relationshipsPath, in: archive, with: relationships)
    }
    var paths: [String: String] = [:]
    for sheet in workbook.sheets {
      guard let relationship = relationships.relationships[sheet.relationship],
        relationship.type.isEmpty || relationship.type.hasSuffix("/worksheet")
      else { continue }
      paths[sheet.name] = Self.resolve(relationship.target, from: workbookPath)
    }
    sheets = workbook.sheets.filter { paths[$0.name] != nil }
    sheetNames = sheets.map(\.name)
    sheetPaths = paths
    uses1904 = workbook.uses1904Dates
  }

  /// The sheet called `name` (exactly, else ignoring case and surrounding spaces), or the
  /// first visible sheet, as a table: the first non-empty row is the header, each record
  /// carries its sheet row number, dates are ISO text. Each part is parsed as it is inflated,
  /// so that memory follows the cells kept, not the size of the XML. `stop` is asked before
  /// each part, each buffer of it, and every few thousand elements.
  public func table(sheet name: String? = nil, stop: ReadingStop = .never) throws(WorkbookError) -> CSVTable {
    let sheet: WorkbookPartReader.Sheet
    if let name {
      let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
      guard
        let found = sheets.first(where: { $0.name == name })
          ?? sheets.first(where: {
            $0.name.trimmingCharacters(in: .whitespaces).lowercased() == wanted
          })
      else { throw .noSuchSheet(name, available: sheetNames) }
      sheet = found
    } else {
      guard let first = sheets.first(where: { !$0.hidden }) ?? sheets.first else { throw .noSheet }
      sheet = first
    }
    let path = sheetPaths[sheet.name]!
    let strings = try sharedStrings(stop: stop)
    if stop.isRequested { throw .interrupted }
    let reader = WorksheetReader(part: path, sharedStrings: strings, styles: try styles(), uses1904: uses1904)
    reader.stop = stop
    try Self.read(path, in: archive, with: reader)
    var table = try Self.table(of: reader.filledRows(), part: path)
    table.sheet = sheet.name
    table.datesCountFrom1904 = uses1904
    table.formulasWithoutValue = reader.formulasWithoutValue
    table.formulasReadingZero = reader.formulasReadingZero
    table.hiddenRows = reader.hiddenRows
    table.hiddenColumns = reader.hiddenColumns
    return table
  }

  /// Rows made dense: every record as wide as the widest row.
  static func table(of rows: [WorksheetReader.Row], part: String) throws(WorkbookError) -> CSVTable
  {
    let width = rows.reduce(0) { max($0, ($1.cells.map(\.column).max() ?? -1) + 1) }
    guard rows.count * width <= WorksheetReader.cellLimit else {
      throw .tooLarge(part: part, reason: "\(rows.count) rows of \(width) columns")
    }
    let records = rows.map { row in
      var fields = [String](repeating: "", count: width)
      for cell in row.cells { fields[cell.column] = cell.text }
      return CSVRecord(line: row.number, fields: fields)
    }
    return CSVTable(records: records.filter { !$0.isBlank })
  }

  private func sharedStrings(stop: ReadingStop) throws(WorkbookError) -> [String] {
    guard
      let entry = archive.entries.first(where: {
        $0.name.lowercased().hasSuffix("sharedstrings.xml")
      })
    else {
      return []
    }
    let reader = SharedStringsReader(part: entry.name)
    reader.stop = stop
    try reader.read(entry, in: archive)
    return reader.strings
  }

  private func styles() throws(WorkbookError) -> StylesReader? {
    guard
      let entry = archive.entries.first(where: { $0.name.lowercased().hasSuffix("/styles.xml") })
    else {
      return nil
    }
    let reader = StylesReader(part: entry.name)
    try reader.read(entry, in: archive)
    return reader
  }

  /// Parses the part at `path` with `reader`.
  static func read(_ path: String, in archive: ZipArchive, with reader: XMLPartReader) throws(WorkbookError) {
    guard let entry = archive.entry(named: path) else {
      throw .malformed(part: path, line: nil, reason: "the part is missing")
    }
    try reader.read(entry, in: archive)
  }

  /// The workbook part named by the package's relationships (`xl/workbook.xml` as a rule).
  static func workbookPath(in archive: ZipArchive) throws(WorkbookError) -> String {
    if archive.entry(named: "_rels/.rels") != nil {
      let package = RelationshipsReader(part: "_rels/.rels")
      try read("_rels/.rels", in: archive, with: package)
      if let document = package.relationships.values.first(where: {
        $0.type.hasSuffix("/officeDocument")
      }),
        archive.entry(named: resolve(document.target, from: "")) != nil
      {
        return resolve(document.target, from: "")
      }
    }
    if archive.entry(named: "xl/workbook.xml") != nil { return "xl/workbook.xml" }
    if let mimetype = archive.entry(named: "mimetype"),
      let kind = try? archive.contents(of: mimetype, limit: 256),
      String(decoding: kind, as: UTF8.self).contains("opendocument")
    {
      throw .notAWorkbook("an OpenDocument file (.ods); save it as .xlsx or CSV")
    }
    if archive.entry(named: "word/document.xml") != nil { throw .notAWorkbook("a Word document") }
    throw .notAWorkbook("a zip archive without xl/workbook.xml")
  }

  static func relationshipsPath(of part: String) -> String {
    let folder = part.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(
      separator: "/")
    let name = part.split(separator: "/").last.map(String.init) ?? part
    return (folder.isEmpty ? "" : folder + "/") + "_rels/\(name).rels"
  }

  /// A relationship target resolved against the folder of the part that names it.
  static func resolve(_ target: String, from part: String) -> String {
    var components: [Substring] =
      target.hasPrefix("/") ? [] : part.split(separator: "/").dropLast()
    for component in target.split(separator: "/") {
      switch component {
      case ".": continue
      case "..": _ = components.popLast()
      default: components.append(component)
      }
    }
    return components.joined(separator: "/")
  }
}
