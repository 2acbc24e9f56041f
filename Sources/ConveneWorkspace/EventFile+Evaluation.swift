import ConveneCore
import ConveneJSON

extension EventFile.Decoder {
  /// Reads `evaluation`: the feedback questions and the indicators built on them.
  mutating func evaluationSettings() -> Evaluation {
    guard let object = member(node, "", "evaluation") else { return Evaluation() }
    guard object.members != nil else {
      problem("evaluation", object.line, "must be an object with questions and indicators")
      return Evaluation()
    }
    checkFields(object, "evaluation", known: ["questions", "indicators"])
    var questions: [Question] = []
    for (index, item) in array(object, "evaluation", "questions").enumerated() {
      if let question = question(item, path: "evaluation.questions[\(index)]") {
        if questions.contains(where: { $0.id == question.id }) {
          problem(
            "evaluation.questions[\(index)].id", item.line, "\"\(question.id)\" is used twice")
        } else {
          questions.append(question)
        }
      }
    }
    var indicators: [IndicatorDefinition] = []
    for (index, item) in array(object, "evaluation", "indicators").enumerated() {
      let path = "evaluation.indicators[\(index)]"
      guard var indicator = indicator(item, path: path) else { continue }
      for id in indicator.questionsRead where !questions.contains(where: { $0.id == id }) {
        problem(
          path, item.line,
          "names the question \"\(id)\", which evaluation.questions does not declare")
      }
      fit(&indicator, item, path: path, questions: questions, earlier: indicators)
      if indicators.contains(where: { $0.id == indicator.id }) {
        problem("\(path).id", item.line, "\"\(indicator.id)\" is used twice")
      }
      indicators.append(indicator)
    }
    return Evaluation(questions: questions, indicators: indicators)
  }

  /// The fields a question of `evaluation.questions` may have.
  static let questionFields = [
    "id", "kind", "text", "min", "max", "hint", "options", "profile", "per_session", "required",
  ]

  /// The fields an indicator of `evaluation.indicators` may have.
  static let indicatorFields = [
    "id", "label", "measure", "question", "before", "after", "answers", "target", "disaggregate_by",
  ]

  /// Names what does not fit `indicator`'s questions (`IndicatorDefinition.mismatches`), a
  /// breakdown asked of a whole-event figure (which is then not broken down), and a question
  /// an `earlier` change already compares.
  mutating func fit(
    _ indicator: inout IndicatorDefinition, _ item: JSONNode, path: String, questions: [Question],
    earlier: [IndicatorDefinition]
  ) {
    let asked = { (id: String) in questions.first { $0.id == id } }
    for (field, message) in indicator.mismatches(asked) {
      problem("\(path).\(field)", item.line, message)
    }
    if indicator.isWholeEventOnly(asked) {
      if member(item, path, "disaggregate_by") != nil && !indicator.disaggregations.isEmpty {
        problem(
          "\(path).disaggregate_by", item.line,
          "\(indicator.measure.rawValue) is computed for the whole event (per session, place or answer), not by group: leave it out or write []")
      }
      indicator.disaggregations = []
    }
    guard indicator.measure == .change else { return }
    for id in Set([indicator.before, indicator.after].compactMap({ $0 })).sorted() {
      if let other = earlier.first(where: { $0.measure == .change && ($0.before == id || $0.after == id) }) {
        problem(
          path, item.line,
          "\"\(id)\" is already compared by \"\(other.id)\": a question takes part in one change, so that its mean and the change count the same people")
      }
    }
  }

  /// A text by language: either one string (English) or an object of language codes.
  mutating func localized(_ object: JSONNode, _ parent: String, _ key: String) -> [String: String] {
    guard let value = member(object, parent, key) else { return [:] }
    guard let (texts, notText) = value.textsByLanguage else {
      problem(
        join(parent, key), value.line,
        "must be text or an object of texts by language (\"en\", \"fr\")")
      return [:]
    }
    for member in notText { problem(join(join(parent, key), member.key), member.line, "must be text") }
    return texts
  }

  mutating func question(_ item: JSONNode, path: String) -> Question? {
    lines[path] = item.line
    guard item.members != nil else {
      problem(path, item.line, "must be an object with id, kind and text")
      return nil
    }
    checkFields(item, path, known: Self.questionFields)
    guard let id = identifier(item, path, "id") else { return nil }
    guard let kindText = string(item, path, "kind", required: true) else { return nil }
    guard let kind = Question.Kind(rawValue: kindText) else {
      problem(
        "\(path).kind", item.line, "\"\(kindText)\" is not a question kind",
        hint: "scale, choice or text")
      return nil
    }
    let text = localized(item, path, "text")
    if text.isEmpty { problem("\(path).text", item.line, "is missing") }
    let minimum = integer(item, path, "min", in: Limits.scale) ?? 1
    let maximum = integer(item, path, "max", in: Limits.scale) ?? 5
    if kind == .scale && maximum <= minimum {
      problem("\(path).max", item.line, "must be greater than min (\(minimum))")
    }
    var options: [QuestionOption] = []
    for (index, option) in array(item, path, "options").enumerated() {
      let optionPath = "\(path).options[\(index)]"
      if option.members != nil { checkFields(option, optionPath, known: ["id", "label"]) }
      guard let optionID = string(option, optionPath, "id", required: true) else { continue }
      options.append(QuestionOption(id: optionID, label: localized(option, optionPath, "label")))
    }
    let profile = string(item, path, "profile")
    if let profile, !Question.profileFields.contains(profile) {
      problem(
        "\(path).profile", item.line,
        "\"\(profile)\" is not a participant field a question can fill",
        hint: Question.profileFields.joined(separator: ", "))
    }
    if kind == .choice && options.isEmpty && profile != "category" {
      problem("\(path).options", item.line, "a choice question needs options")
    }
    return Question(
      id: id, kind: kind, text: text, minimum: minimum, maximum: maximum,
      scaleHint: localized(item, path, "hint"), options: options,
      perSession: member(item, path, "per_session")?.bool ?? false,
      required: member(item, path, "required")?.bool ?? false, profileField: profile)
  }

  mutating func indicator(_ item: JSONNode, path: String) -> IndicatorDefinition? {
    lines[path] = item.line
    guard item.members != nil else {
      problem(path, item.line, "must be an object with id and measure")
      return nil
    }
    checkFields(item, path, known: Self.indicatorFields)
    guard let id = identifier(item, path, "id"),
      let measureText = string(item, path, "measure", required: true)
    else { return nil }
    guard let measure = IndicatorDefinition.Measure(rawValue: measureText) else {
      problem(
        "\(path).measure", item.line, "\"\(measureText)\" is not a measure",
        hint: IndicatorDefinition.Measure.allCases.map(\.rawValue).joined(separator: ", "))
      return nil
    }
    var label = localized(item, path, "label")
    if label.isEmpty { label = ["en": id] }
    let question = string(item, path, "question")
    let before = string(item, path, "before")
    let after = string(item, path, "after")
    checkQuestions(of: measure, question: question, before: before, after: after, item: item, path: path)
    let answers = countedAnswers(of: measure, item: item, path: path)
    let target = indicatorTarget(item, path: path)
    let disaggregations = breakdownFields(item, path: path)
    return IndicatorDefinition(
      id: id, label: label, measure: measure, question: question, answers: answers,
      before: before, after: after, target: target, disaggregations: disaggregations)
  }

  /// A problem when `measure` lacks the questions it reads.
  mutating func checkQuestions(
    of measure: IndicatorDefinition.Measure, question: String?, before: String?, after: String?,
    item: JSONNode, path: String
  ) {
    switch measure {
    case .mean, .share, .distribution, .nps, .answered:
      if question == nil {
        problem(
          "\(path).question", item.line,
          "is missing (the \(measure.rawValue) measure reads one question)")
      }
    case .change:
      if before == nil || after == nil {
        problem(path, item.line, "the change measure needs \"before\" and \"after\" questions")
      }
    default: break
    }
  }

  /// The answers a share counts (numbers written as their text); a share needs some.
  mutating func countedAnswers(of measure: IndicatorDefinition.Measure, item: JSONNode, path: String) -> [String] {
    let answers = array(item, path, "answers").compactMap { node -> String? in
      if let text = node.string { return text }
      if let number = node.integer { return String(number) }
      return nil
    }
    if measure == .share && answers.isEmpty {
      problem("\(path).answers", item.line, "the share measure needs the answers that count")
    }
    return answers
  }

  mutating func indicatorTarget(_ item: JSONNode, path: String) -> Double? {
    guard let value = member(item, path, "target") else { return nil }
    guard let number = value.number, Limits.target.contains(number) else {
      problem(
        "\(path).target", value.line,
        "must be a number from \(Int(Limits.target.lowerBound).grouped) to "
          + Int(Limits.target.upperBound).grouped)
      return nil
    }
    return number
  }

  /// The participant fields an indicator is broken down by: the standard ones unless
  /// `disaggregate_by` names others.
  mutating func breakdownFields(_ item: JSONNode, path: String) -> [String] {
    guard member(item, path, "disaggregate_by") != nil else { return IndicatorDefinition.standardDisaggregations }
    let disaggregations = array(item, path, "disaggregate_by").compactMap(\.string)
    for field in disaggregations
    where !IndicatorDefinition.standardDisaggregations.contains(field) {
      problem(
        "\(path).disaggregate_by", item.line,
        "\"\(field)\" is not a participant field indicators are broken down by",
        hint: IndicatorDefinition.standardDisaggregations.joined(separator: ", "))
    }
    return disaggregations
  }
}
