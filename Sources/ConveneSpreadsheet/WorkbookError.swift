/// Why a file cannot be read as an .xlsx workbook.
public enum WorkbookError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The zip container cannot be read.
  case zip(ZipError)
  /// The file is a zip archive, but not an Excel workbook (what it is instead, when known).
  case notAWorkbook(String)
  /// A part of the workbook is malformed.
  case malformed(part: String, line: Int?, reason: String)
  /// No sheet of that name.
  case noSuchSheet(String, available: [String])
  /// The workbook has no worksheet.
  case noSheet
  /// A part declares a document type (`<!DOCTYPE`, where entities are declared): no
  /// spreadsheet writes one, and convene expands no entity, so the workbook is refused.
  case declaresEntities(part: String)
  /// More than convene reads (cells, rows, shared strings, nesting).
  case tooLarge(part: String, reason: String)
  /// The reading was stopped (`ReadingStop`) before the sheet was read.
  case interrupted

  public var description: String {
    switch self {
    case .zip(let error): "not a readable .xlsx workbook: \(error)"
    case .notAWorkbook(let what): "not an Excel workbook: \(what)"
    case .malformed(let part, let line, let reason):
      "the workbook is damaged: \(part)\(line.map { " line \($0)" } ?? ""): \(reason)"
    case .noSuchSheet(let name, let available):
      "the workbook has no sheet \"\(name)\"; its sheets are "
        + available.map { "\"\($0)\"" }.joined(separator: ", ")
    case .noSheet: "the workbook has no worksheet"
    case .declaresEntities(let part):
      "\(part) declares a DOCTYPE with entities, which no spreadsheet program writes; convene expands no entity "
        + "and does not read this workbook (open it in a spreadsheet program and save it as a new .xlsx)"
    case .tooLarge(let part, let reason): "the workbook is too large to read: \(part): \(reason)"
    case .interrupted: "the reading was interrupted"
    }
  }
}
