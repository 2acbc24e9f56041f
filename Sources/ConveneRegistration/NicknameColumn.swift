import ConveneCSV
import ConveneCore

/// `Apelido` is the family name in Portugal, Mozambique and Angola and a nickname in Brazil.
/// Beside `Sobrenome` it gives way (the language table calls it secondary), and beside `Nome
/// completo` the full name is read; but a form that asks only a given name and `Apelido` cannot
/// tell which it means unless its rows name countries other than Brazil. Such a file is a
/// warning: the nickname would become everyone's family name.
enum NicknameColumn {
  /// The headers meaning a family name in Portugal and a nickname in Brazil, folded.
  static let headers: Set<String> = ["apelido", "apelidos"]

  /// The warning, when the family-name column is an `Apelido` the import chose (not `--map`),
  /// the file has a given-name column and no full-name column, and every country its rows give
  /// is Brazil (or none is given).
  static func warning(
    fields: [ImportField?], header: [String], mapped: (String) -> Bool, rows: ExportRows
  ) -> ImportReport.Warning? {
    guard let column = fields.firstIndex(of: .lastName), !mapped(header[column]),
      headers.contains(ImportField.question(of: header[column]).folded),
      fields.contains(.firstName), !fields.contains(.name)
    else { return nil }
    let country = fields.firstIndex(of: .country)
    var count = 0
    var lines: [Int] = []
    for row in rows {
      if let country, case let given = row[country].trimmedCell, !given.isEmpty,
        Country.matching(given)?.code != "BR"
      {
        return nil
      }
      guard !row[column].trimmedCell.isEmpty else { continue }
      count += 1
      if lines.count < QualityGate.sampleLines { lines.append(row.line) }
    }
    guard count > 0 else { return nil }
    let name = header[column]
    return ImportReport.Warning(
      kind: .nicknameColumn, column: name, count: count, lines: lines,
      message:
        "is the family name in Portugal, Mozambique and Angola but a nickname in Brazil, and the file "
        + "has no Sobrenome or full-name column and no country but Brazil to tell which: \(count) "
        + "name\(count == 1 ? "" : "s") would end with \(count == 1 ? "it" : "them")",
      hint:
        "--map '\(name)=ignore' if it is a nickname, --map '\(name)=last_name' if it is the family name, "
        + "or --accept-warnings to read it as the family name")
  }
}
