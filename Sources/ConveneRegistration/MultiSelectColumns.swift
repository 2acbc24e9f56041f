import ConveneCore

/// KoboToolbox's answers to a select-multiple question: the question's column holds the
/// chosen choices' names separated by spaces (`english french`), and, in its default export,
/// one column per choice follows, named `question/choice` (with the group's prefix,
/// `group_work/languages/english`), holding 1 when the choice was ticked and 0 when not.
///
/// For a list field (languages, needs, cohorts) with such per-choice columns, the answer is
/// the ticked choices (`_` in a name read as `-`: `gluten_free` is `gluten-free`), whatever
/// the question's own column holds; a question's column of names alone is read by splitting
/// on spaces where every word is a language (`AnswerCache.languages`).
struct MultiSelectColumns {
  /// The fields that hold lists.
  static let listFields: [ImportField] = [.languages, .needs, .cohorts]
  /// What a per-choice column may hold: 0 or 1 as KoboToolbox writes them, as a spreadsheet
  /// saves them (`1.0`), as words, or a blank written out (`n/a`, `-`).
  static let ticks: Set<String> = [
    "", "0", "1", "0.0", "1.0", "true", "false", "yes", "no", "oui", "non", "n/a", "na", "-",
  ]
  /// The values of `ticks` that mean the choice was ticked.
  static let ticked: Set<String> = ["1", "1.0", "true", "yes", "oui"]

  /// Per list field, its choices' columns and names.
  private(set) var choices: [ImportField: [(column: Int, choice: String)]] = [:]

  /// Finds the per-choice columns of `header`: cells `question/choice` whose question names a
  /// list field and whose every value is one of `ticks`.
  init(header: [String], rows: ExportRows) {
    for (column, cell) in header.enumerated() {
      guard let slash = cell.lastIndex(of: "/") else { continue }
      let question = String(cell[..<slash]), choice = String(cell[cell.index(after: slash)...]).trimmed
      guard !choice.isEmpty, let field = ImportField.matching(header: question), Self.listFields.contains(field),
        rows.allSatisfy({ Self.ticks.contains($0[column].trimmed.lowercased()) })
      else { continue }
      choices[field, default: []].append((column, choice))
    }
  }

  /// True when the file has per-choice columns for no field.
  var isEmpty: Bool { choices.isEmpty }

  /// The ticked choices of `field` in `row`, separated by `;`; nil when `field` has no
  /// per-choice columns.
  func answer(_ field: ImportField, in row: ExportRow) -> String? {
    guard let columns = choices[field] else { return nil }
    let ticked = columns.filter { Self.ticked.contains(row[$0.column].trimmed.lowercased()) }
    return ticked.map { $0.choice.replacingOccurrences(of: "_", with: "-") }.joined(separator: "; ")
  }
}
