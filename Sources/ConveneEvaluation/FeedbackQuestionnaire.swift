import Foundation
import ConveneCore

/// The feedback questions of one event made concrete: one answer field per question, and one
/// per session for per-session questions, with the checks every answer goes through.
public struct FeedbackQuestionnaire: Sendable {
  /// One answer: a question, or a question about one session.
  public struct Field: Sendable, Equatable {
    /// `satisfaction`, or `usefulness:s03`.
    public var key: String
    /// The question.
    public var question: Question
    /// The session, for a per-session question.
    public var session: Session?
  }

  /// The event.
  public let event: Event
  /// The questions.
  public let evaluation: Evaluation
  /// The fields, in form order.
  public let fields: [Field]
  let byKey: [String: Field]
  let categories: CategoryMatcher

  /// The columns the CSV template has before the answers.
  public static let identityColumns = ["participant", "email", "submitted_at"]

  /// Makes the questionnaire of `plan` with `evaluation` (the event's own, or the standard set).
  public init(plan: EventPlan, evaluation: Evaluation) {
    event = plan.event
    self.evaluation = evaluation
    var fields: [Field] = []
    for question in evaluation.questions {
      if question.perSession {
        for session in plan.sessions {
          fields.append(
            Field(
              key: FeedbackResponse.key(question: question.id, session: session.id),
              question: question, session: session))
        }
      } else {
        fields.append(Field(key: question.id, question: question, session: nil))
      }
    }
    self.fields = fields
    byKey = Dictionary(fields.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    categories = CategoryMatcher(categories: plan.event.categories)
  }

  /// The field with the given key.
  public func field(_ key: String) -> Field? { byKey[key] }

  /// The answer keys, in form order (the answer columns of the CSV template and of
  /// `feedback/feedback.csv`).
  public var keys: [String] { fields.map(\.key) }

  /// The options a choice question offers: its own, or the event's categories (a default
  /// category that kept its default label in every language of the table, as its badges
  /// name it; an event's own label as written).
  public func options(of question: Question) -> [QuestionOption] {
    if question.profileField == "category" && question.options.isEmpty {
      return event.categories.map { category in
        var labels = ["en": category.label]
        for code in LanguagePack.codes where code != "en" {
          labels[code] = Category.translatedLabel(category.id, label: category.label, in: code)
        }
        return QuestionOption(id: category.id, label: labels)
      }
    }
    return question.options
  }

  /// The stored form of an answer (`4`, `yes`, the text), "" for no answer, or why it is not
  /// an answer to the question.
  public func normalised(_ raw: String, for question: Question) -> Result<String, AnswerProblem> {
    let value = raw.trimmed
    guard !value.isEmpty else { return .success("") }
    switch question.kind {
    case .text:
      if Self.lostLetters(value) {
        return .failure(
          AnswerProblem(
            "\"\(value)\" has letters written as \"?\": the tool that saved the file used a code page without them, "
              + "and they cannot be read back (export the file again as UTF-8)"))
      }
      return .success(Self.saysNothing(value) ? "" : value)
    case .scale:
      guard let number = Self.leadingInteger(value.asciiDigits, maximum: question.maximum) else {
        return .failure(
          AnswerProblem(
            "\"\(value)\" is not a number from \(question.minimum) to \(question.maximum)"))
      }
      guard number >= question.minimum && number <= question.maximum else {
        return .failure(
          AnswerProblem("\(number) is outside \(question.minimum)-\(question.maximum)"))
      }
      if let problem = Self.labelContradicts(value, number: number, question: question) {
        return .failure(problem)
      }
      return .success(String(number))
    case .choice:
      let options = options(of: question)
      let folded = value.folded
      // `Yes?` folds to `yes` but asks rather than answers, unless the label itself asks.
      func asks(_ text: String) -> Bool { text.contains { "?¿؟".contains($0) } }
      if let option = options.first(where: { option in
        option.id == value
          || (!asks(value) && option.id.folded == folded)
          || option.label.values.contains { $0.folded == folded && asks($0) == asks(value) }
          || (!asks(value) && option.otherWords.contains { $0.folded == folded })
      }) {
        return .success(option.id)
      }
      switch question.profileField {
      case "gender":
        if let gender = DemographicValues.gender(value), !gender.isEmpty { return .success(gender) }
      case "age_group":
        if let group = DemographicValues.ageGroup(value), !group.isEmpty { return .success(group) }
      case "category":
        if let category = categories.category(for: value) { return .success(category) }
      default:
        if let flag = DemographicValues.chosenYesNo(value), !Self.saysBothYesAndNo(value),
          options.contains(where: { $0.id == (flag ? "yes" : "no") })
        {
          return .success(flag ? "yes" : "no")
        }
      }
      return .failure(
        AnswerProblem("\"\(value)\" is not one of \(options.map(\.id).joined(separator: ", "))"))
    }
  }

  /// The whole number of a scale answer: the number alone (`5`, `4.0`), out of the scale's
  /// `maximum` (`4/5`), or followed by its label (`5 - Very satisfied`, `4 (useful)`, `5: Très
  /// satisfait`). Arabic-Indic digits are read by the caller through `asciiDigits`. Nil for
  /// anything else, whose leading digits may not be the answer: letters against the number
  /// (`5abc`, `4x`), another number after it (`4 or 5`, `1 (typo, meant 5)`, `2 (bad), otherwise
  /// 5`), a second line, a fraction (`4.5`) or an exponent (`1e+20`, how a JSON number too
  /// large for a whole number is written).
  static func leadingInteger(_ text: String, maximum: Int) -> Int? {
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 4 else { return nil }
    var rest = Substring(text.dropFirst(digits.count))
    if let next = rest.first, next == "." || next == ",", rest.dropFirst().first?.isNumber == true {
      // 4.0 is 4; 4.5 is not a whole answer.
      let zeros = rest.dropFirst().prefix { $0.isNumber }
      guard zeros.allSatisfy({ $0 == "0" }) else { return nil }
      rest = rest.dropFirst(1 + zeros.count)
    }
    let label = rest.drop { $0 == " " }
    if label.isEmpty { return Int(digits) }
    if label.first == "/" {
      return label.dropFirst().trimmingCharacters(in: .whitespaces) == String(maximum) ? Int(digits) : nil
    }
    // A label, or a mark (`5!`): no digit or line break, and set off from the number by a
    // space or a mark.
    guard !label.contains(where: { $0.isNumber || $0.isNewline }) else { return nil }
    if label.allSatisfy({ $0.isPunctuation || $0.isSymbol || $0 == " " }) { return Int(digits) }
    guard rest.first == " " || "-–—:.)(=".contains(label.first!) else { return nil }
    return Int(digits)
  }

  /// Why a scale answer's label says the other end of the scale from its number (`1 - Very
  /// satisfied`, `5 - Pas du tout utile`): a form whose scale runs the other way round from
  /// the event's, whose numbers would be read upside down. Nil when the label agrees, names the
  /// middle, or is not one the language table knows.
  static func labelContradicts(_ text: String, number: Int, question: Question) -> AnswerProblem? {
    let marks: Set<Character> = [" ", "-", "–", "—", ":", ".", "(", ")", "="]
    let digits = text.asciiDigits.drop { $0.isNumber || $0 == "." || $0 == "," }.drop { marks.contains($0) }
    var rest = Substring(withoutGenderEndings(String(digits)))
    while let last = rest.last, marks.contains(last) { rest = rest.dropLast() }
    let label = String(rest).folded
    let doubled = number * 2
    let middle = question.minimum + question.maximum
    let saysLow = lowLabels.contains(label) && !highLabels.contains(label)
    let saysHigh = highLabels.contains(label) && !lowLabels.contains(label)
    guard (saysLow && doubled > middle) || (saysHigh && doubled < middle) else { return nil }
    let end = saysLow ? "lowest" : "highest"
    return AnswerProblem(
      "\"\(text.trimmed)\": \(number) is in the \(saysLow ? "upper" : "lower") half of \(question.minimum)-"
        + "\(question.maximum), but its label is one of the \(end) answers: does the form's scale run the other way? "
        + "(give the number on this event's scale, \(question.maximum) the highest)")
  }

  /// `text` without the endings that write a word for both genders (`insatisfecho/a`,
  /// `insatisfeito(a)`, `satisfait(e)`, `satisfeitos/as`), as forms word a scale's labels.
  static func withoutGenderEndings(_ text: String) -> String {
    guard text.contains("/") || text.contains("(") else { return text }
    return text.replacingOccurrences(
      of: #"(?<=\p{L})(/(a|o|e|as|os|es)|\((a|o|e|s|as|os|es)\))(?=$|[\s.,;:!?)])"#, with: "",
      options: [.regularExpression, .caseInsensitive])
  }

  /// Scale labels of the lowest and the highest answers in every language, folded.
  static let lowLabels = Set(LanguagePack.words(\.values.scaleLow).map(\.folded))
  static let highLabels = Set(LanguagePack.words(\.values.scaleHigh).map(\.folded))

  /// True for a free-text answer that says nothing: invisible characters and punctuation alone
  /// (`-`, `.`, a word joiner), a placeholder (`N/A`, `none`, `rien`, `لا شيء`), or a plain no.
  /// Such an answer is left out as a blank one is: a commitment of `-` is no commitment.
  static func saysNothing(_ value: String) -> Bool {
    let visible = value.unicodeScalars.filter { $0.properties.generalCategory != .format }
    let folded = String(String.UnicodeScalarView(visible)).folded
    return folded.isEmpty || FormToolWords.placeholders.contains(folded)
      || DemographicValues.chosenYesNo(value) == false
  }

  /// True when a free-text answer holds letters a code page lost as `?`: a word of question
  /// marks alone (`???? ??????`, an Arabic commitment saved as Windows-1252), or a `?` between
  /// two letters (`Cr?er un r?seau`). A question mark ending a word (`Who funds it?`) is a
  /// question. Read as punctuation, the first was dropped as an empty answer: no commitment.
  static func lostLetters(_ value: String) -> Bool {
    guard value.contains("?") else { return false }
    for word in value.split(whereSeparator: \.isWhitespace) where word.contains("?") {
      if word.count >= 2 && word.allSatisfy({ $0 == "?" }) { return true }
      let letters = Array(word)
      for index in letters.indices.dropFirst().dropLast() where letters[index] == "?" {
        if letters[index - 1].isLetter && letters[index + 1].isLetter { return true }
      }
    }
    return false
  }

  /// True for an answer holding both a yes and a no (`yes no`, `Oui / Non`): which one is meant
  /// is not known.
  static func saysBothYesAndNo(_ value: String) -> Bool {
    let words = value.split { !$0.isLetter }.map { DemographicValues.yesNo(String($0)) }
    return words.contains(true) && words.contains(false)
  }
}
