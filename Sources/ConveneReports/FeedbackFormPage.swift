import ConveneCore
import ConveneEvaluation
import ConveneJSON
import Mustache

/// The offline feedback form (one self-contained HTML file) and its CSV template.
public enum FeedbackFormPage {
  /// The form in `language`, from `template` (Mustache): every text escaped, scripts and
  /// styles inline, right to left in Arabic.
  public static func html(
    _ questionnaire: FeedbackQuestionnaire, language: String, template: String
  ) throws -> String {
    let labels = FormLabels(language: language)
    return try render(
      questionnaire, language: language, template: template,
      page: [
        "heading": labels["feedback"], "intro": labels["intro"], "questionsHeading": labels["questions"],
        "format": "convene-feedback/1", "prefix": "feedback",
      ])
  }

  /// A page of the form template for `questionnaire`: the questions and the fixed words, and
  /// `page` for what differs between forms (the heading, the introduction, the JSON files'
  /// `format` and name `prefix`, and for a follow-up the participant's own `commitment`).
  static func render(
    _ questionnaire: FeedbackQuestionnaire, language: String, template: String, page: [String: Any]
  ) throws -> String {
    let labels = FormLabels(language: language)
    let compiled = try MustacheTemplate(string: template)
    var questions: [[String: Any]] = []
    var profile: [[String: Any]] = []
    for question in questionnaire.evaluation.questions {
      let item = self.question(question, in: questionnaire, language: language)
      if question.profileField != nil { profile.append(item) } else { questions.append(item) }
    }
    var context: [String: Any] = [
      "lang": labels.language, "dir": labels.direction, "title": questionnaire.event.title,
      "event": questionnaire.event.id, "questions": questions, "profile": profile,
      "hasProfile": !profile.isEmpty,
      "labels": labels.table.words,
      "messages": [
        "missing": scriptString(labels["missing"]), "badEmail": scriptString(labels["badEmail"]),
        "saved": scriptString(labels["saved"]),
      ],
    ]
    context.merge(page) { _, new in new }
    return compiled.render(context)
  }

  /// One question as the template shows it.
  static func question(
    _ question: Question, in questionnaire: FeedbackQuestionnaire, language: String
  ) -> [String: Any] {
    let values =
      question.kind == .scale
      ? (question.minimum...max(question.minimum, question.maximum)).map { ["value": String($0)] }
      : []
    let options = questionnaire.options(of: question).map {
      ["id": $0.id, "label": $0.label(in: language), "questionID": question.id]
    }
    var item: [String: Any] = [
      "id": question.id, "text": question.text(in: language),
      "hint": question.scaleHint(in: language),
      "hasHint": !question.scaleHint(in: language).isEmpty,
      "required": question.required,
      "kind": question.perSession ? "sessions" : question.kind.rawValue,
      "isScale": question.kind == .scale && !question.perSession,
      "isChoice": question.kind == .choice,
      "isText": question.kind == .text, "isSessions": question.perSession, "values": values,
      "options": options,
    ]
    if question.perSession {
      item["sessions"] = questionnaire.fields.filter { $0.question.id == question.id }.compactMap { field in
        field.session.map { ["key": field.key, "title": $0.title] }
      }
    }
    return item
  }

  /// A JavaScript string literal that cannot close the script element it sits in.
  static func scriptString(_ text: String) -> String {
    JSONWriter.quoted(text)
      .replacingAll("<", with: "\\u003c").replacingAll(">", with: "\\u003e").replacingAll(
        "&", with: "\\u0026")
  }

  /// The CSV template: the identity columns and one column per answer, with no rows.
  public static func csvTemplate(_ questionnaire: FeedbackQuestionnaire) -> [String] {
    FeedbackQuestionnaire.identityColumns + questionnaire.keys
  }
}

extension String {
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
