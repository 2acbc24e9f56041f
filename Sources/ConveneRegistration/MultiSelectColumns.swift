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
  /// What a per-choice cell says: ticked or not, or nil for a value that is neither. 0 or 1 as
  /// KoboToolbox writes them, as a spreadsheet saves them in any locale (`1.0`, `1,0`,
  /// `1.00`), yes or no and the spreadsheets' booleans in the languages of the table (`TRUE`,
  /// `VRAI`, `FALSO`), a mark (`✓`, `selected`), or a blank written out (`n/a`, `-`).
  static func tick(_ value: String) -> Bool? {
    let text = value.trimmed.lowercased()
    if text.isEmpty || text == "n/a" || text == "na" || text == "-" { return false }
    if text.first?.isNumber == true, let number = Double(text.replacingOccurrences(of: ",", with: ".")) {
      return number == 1 ? true : number == 0 ? false : nil
    }
    if FormToolWords.tickMarks.contains(text) { return true }
    if let answer = DemographicValues.yesNo(text) { return answer }
    return FormToolWords.tickMarks.contains(text.folded) ? true : nil
  }

  /// What a per-choice cell of `choice` says: ticked when it is a tick (`tick`) or the
  /// choice's own label (SurveyMonkey writes `French` in the column of `French` when it was
  /// chosen and leaves it empty when not), or nil for a value that is neither.
  static func tick(_ value: String, of choice: String) -> Bool? {
    tick(value) ?? (value.folded == choice.folded ? true : nil)
  }

  /// The labels of a choice whose column holds what the person typed (`Other (please
  /// specify)`, `Autre`), folded.
  static let otherChoices = Set(LanguagePack.words(\.headers, "other_choice").map(\.folded))

  /// Per list field, its choices' columns and names.
  private(set) var choices: [ImportField: [(column: Int, choice: String)]] = [:]
  /// Per list field, the columns of its other choice, whose text is the answer.
  private(set) var typed: [ImportField: [Int]] = [:]

  /// Finds the per-choice columns of `header`: cells `question/choice` whose question names a
  /// list field and whose every value is a tick of the choice (`tick(_:of:)`), and the
  /// column of its other choice (`Which languages?/Other (please specify)`) when it holds
  /// text.
  init(header: [String], rows: ExportRows) {
    var others: [(field: ImportField, column: Int)] = []
    for (column, cell) in header.enumerated() {
      guard let slash = cell.lastIndex(of: "/") else { continue }
      let question = String(cell[..<slash]), choice = String(cell[cell.index(after: slash)...]).trimmed
      guard !choice.isEmpty, let field = ImportField.matching(header: question), Self.listFields.contains(field)
      else { continue }
      if rows.allSatisfy({ Self.tick($0[column], of: choice) != nil }) {
        choices[field, default: []].append((column, choice))
      } else if Self.otherChoices.contains(choice.folded) {
        others.append((field, column))
      }
    }
    for (field, column) in others where choices[field] != nil { typed[field, default: []].append(column) }
  }

  /// True when every answer of `column` is a list of KoboToolbox choice names separated by
  /// spaces (`wheelchair interpretation_fr`: lower-case letters, digits and `_`) and one of
  /// them at least has a `_`, which people do not type: the column is a select-multiple
  /// question exported without its per-choice columns, read with `choiceNames`.
  static func holdsChoiceNames(_ column: Int, rows: ExportRows) -> Bool {
    var underscore = false
    for row in rows {
      var previous: UInt8 = 0x20
      for byte in row[column].trimmed.utf8 {
        switch byte {
        case 0x61...0x7A, 0x30...0x39: break
        case 0x5F: underscore = true
        case 0x20 where previous != 0x20: break
        default: return false
        }
        previous = byte
      }
    }
    return underscore
  }

  /// The choices of a KoboToolbox select-multiple answer (`wheelchair interpretation_fr`), as
  /// the per-choice columns give them (`wheelchair`, `interpretation-fr`).
  static func choiceNames(_ answer: String) -> [String] {
    answer.split(separator: " ").map { $0.replacingOccurrences(of: "_", with: "-") }
  }

  /// True when the file has per-choice columns for no field.
  var isEmpty: Bool { choices.isEmpty }

  /// The ticked choices of `field` in `row`, separated by `;`; nil when `field` has no
  /// per-choice columns.
  func answer(_ field: ImportField, in row: ExportRow) -> String? {
    guard let columns = choices[field] else { return nil }
    let ticked = columns.filter { Self.tick(row[$0.column], of: $0.choice) == true }
    let written = (typed[field] ?? []).map { row[$0].trimmed }.filter { !$0.isEmpty }
    return (ticked.map { $0.choice.replacingOccurrences(of: "_", with: "-") } + written).joined(separator: "; ")
  }
}
