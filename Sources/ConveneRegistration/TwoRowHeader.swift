import ConveneCSV
import ConveneCore

/// SurveyMonkey writes its export's header on two rows: the questions, then under each the
/// kind of answer its column holds (`Response`, `Open-Ended Response`) or, under a question of
/// several columns (a multiple choice with one column per choice, a contact-information
/// question, a matrix), each column's own label (`English`, `Email Address`), the question
/// written over the first of them only.
///
/// Read as one header, a column is named by its question, and a column of a question of
/// several columns `question/label` (`Which languages do you work in?/French`, `Contact
/// information/Email Address`): the shape of KoboToolbox's group and choice columns, read
/// the same way (`ImportField.matching(header:)`, `MultiSelectColumns`).
enum TwoRowHeader {
  /// The words written under a question of one column, folded.
  static let answerKinds = Set(LanguagePack.words(\.headers, "answer_kind").map(\.folded))

  /// True when `record` is a header's second row: no address in it, no cell under the first
  /// column, and at least one cell a kind of answer (`Response`).
  static func isSecondRow(_ document: CSVDocument, _ record: Int) -> Bool {
    guard record < document.count, document.field(record, 0).trimmed.isEmpty,
      !ImportSheet.holdsAddress(document, record)
    else { return false }
    return (0..<document.fieldCount(record)).contains { answerKinds.contains(document.field(record, $0).folded) }
  }

  /// The header that the questions `top` and the row under them, `labels`, make together
  /// (its trailing empty cells left out).
  static func merged(_ top: [String], _ labels: [String]) -> [String] {
    var header: [String] = []
    var question = ""
    for column in 0..<max(top.count, labels.count) {
      let written = column < top.count ? top[column].trimmed : ""
      let label = column < labels.count ? labels[column].trimmed : ""
      if !written.isEmpty { question = written }
      if label.isEmpty || answerKinds.contains(label.folded) {
        header.append(written.isEmpty ? (label.isEmpty ? "" : question) : written)
      } else {
        header.append(question.isEmpty ? label : question + "/" + label)
      }
    }
    return ImportSheet.trimmingTrailingEmpty(header)
  }
}
