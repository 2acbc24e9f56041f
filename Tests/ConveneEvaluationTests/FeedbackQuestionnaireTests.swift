import ConveneCore
import Testing

@testable import ConveneEvaluation

@Suite struct FeedbackQuestionnaireTests {
  let questionnaire = Build.questionnaire(Build.plan(people: []))

  @Test func aPerSessionQuestionHasOneFieldPerSession() {
    #expect(questionnaire.keys.prefix(3) == ["satisfaction", "usefulness:s1", "usefulness:s2"])
    #expect(questionnaire.field("usefulness:s2")?.session?.id == "s2")
  }

  /// The category question offers the default categories in the form's language, as badges
  /// name them (a French form listed "Mayor or deputy mayor"); an event's own label stays as
  /// written.
  @Test func theCategoryQuestionOffersCategoriesInTheFormsLanguage() {
    var plan = Build.plan(people: [])
    plan.event.categories = Category.defaults.map { $0.id == "youth" ? Category(id: "youth", label: "Jeunes leaders") : $0 }
    let question = Question(id: "category", kind: .choice, text: ["en": "You are"], profileField: "category")
    plan.event.evaluation.questions.append(question)
    let questionnaire = Build.questionnaire(plan)
    let options = questionnaire.options(of: question)
    #expect(options.first { $0.id == "mayor" }?.label(in: "fr") == "Maire")
    #expect(options.first { $0.id == "mayor" }?.label(in: "ar") == "رئيس بلدية")
    #expect(options.first { $0.id == "mayor" }?.label(in: "es") == "Alcalde/sa")
    #expect(options.first { $0.id == "mayor" }?.label(in: "en") == Category.defaults.first { $0.id == "mayor" }?.label)
    #expect(options.first { $0.id == "youth" }?.label(in: "fr") == "Jeunes leaders")
  }

  @Test func scaleAnswersAreWholeNumbersInRange() throws {
    let scale = questionnaire.evaluation.question("satisfaction")!
    #expect(try questionnaire.normalised("5 - Very satisfied", for: scale).get() == "5")
    #expect(try questionnaire.normalised(" 4.0 ", for: scale).get() == "4")
    #expect(try questionnaire.normalised("", for: scale).get() == "")
    #expect(throws: AnswerProblem("7 is outside 1-5")) {
      try questionnaire.normalised("7", for: scale).get()
    }
    #expect(throws: AnswerProblem.self) { try questionnaire.normalised("4.5", for: scale).get() }
    #expect(throws: AnswerProblem.self) { try questionnaire.normalised("very", for: scale).get() }
  }

  /// A number with its label, or out of the scale's maximum, is the number; a number whose
  /// leading digits may not be the answer is refused with the value shown.
  @Test(arguments: [
    ("5 - Very satisfied", "5"), ("4 (useful)", "4"), ("5: Très satisfait", "5"), ("4/5", "4"), ("4 / 5", "4"),
    ("05", "5"), (" 2 ", "2"), ("5!", "5"), ("3.", "3"), ("٤", "4"),
  ])
  func aScaleAnswerWithItsLabelIsItsNumber(answer: String, stored: String) throws {
    let scale = questionnaire.evaluation.question("satisfaction")!
    #expect(try questionnaire.normalised(answer, for: scale).get() == stored, "\(answer)")
  }

  @Test(arguments: [
    "5abc", "4x", "4 or 5", "1 (typo, meant 5)", "2 (pas terrible), sinon 5", "1\n5", "4/10", "0x5", "3 4",
  ])
  func aScaleAnswerWhoseLeadingDigitsMayNotBeTheAnswerIsRefused(answer: String) {
    let scale = questionnaire.evaluation.question("satisfaction")!
    #expect(throws: AnswerProblem("\"\(answer.trimmed)\" is not a number from 1 to 5"), "\(answer)") {
      try questionnaire.normalised(answer, for: scale).get()
    }
  }

  /// A label naming the other end of the scale from its number (a form whose scale runs the
  /// other way round) is refused; a label of the middle, or one the table does not know, is not.
  @Test(arguments: [
    ("1 - Very satisfied", "1 is in the lower half of 1-5, but its label is one of the highest answers"),
    ("2 (Satisfait)", "2 is in the lower half of 1-5, but its label is one of the highest answers"),
    ("5 - Pas du tout utile", "5 is in the upper half of 1-5, but its label is one of the lowest answers"),
    ("4: muy insatisfecho", "4 is in the upper half of 1-5, but its label is one of the lowest answers"),
    ("١ - راض جدا", "1 is in the lower half of 1-5, but its label is one of the highest answers"),
    ("1 (best)", "1 is in the lower half of 1-5, but its label is one of the highest answers"),
    ("5 - Le pire", "5 is in the upper half of 1-5, but its label is one of the lowest answers"),
    // Worded for both genders, as the event's own Spanish and Portuguese hints word them.
    ("5 - Muito insatisfeito/a", "5 is in the upper half of 1-5, but its label is one of the lowest answers"),
    ("1 - Muy satisfecho/a", "1 is in the lower half of 1-5, but its label is one of the highest answers"),
    ("5 - Muy insatisfecho(a)", "5 is in the upper half of 1-5, but its label is one of the lowest answers"),
    ("1 - Très satisfait(e)", "1 is in the lower half of 1-5, but its label is one of the highest answers"),
  ])
  func aLabelOfTheOtherEndIsRefused(answer: String, reason: String) {
    let scale = questionnaire.evaluation.question("satisfaction")!
    #expect(
      throws: AnswerProblem(
        "\"\(answer)\": \(reason): does the form's scale run the other way? (give the number on this event's scale, 5 "
          + "the highest)"), "\(answer)"
    ) {
      try questionnaire.normalised(answer, for: scale).get()
    }
  }

  @Test(arguments: [
    "3 - Satisfied", "3 (Dissatisfied)", "1 - Not at all", "5 = Muito satisfeito", "2 - Meh", "4 - Bien",
    "5 - Muy satisfecho/a", "1 - Muito insatisfeito(a)",
  ])
  func aLabelOfItsOwnEndOrOfTheMiddleIsTheNumber(answer: String) throws {
    let scale = questionnaire.evaluation.question("satisfaction")!
    #expect(try questionnaire.normalised(answer, for: scale).get() == String(answer.prefix(1)), "\(answer)")
  }

  @Test func noLabelIsBothALowAndAHighAnswer() {
    #expect(FeedbackQuestionnaire.lowLabels.intersection(FeedbackQuestionnaire.highLabels).isEmpty)
  }

  /// An answer holding both a yes and a no is neither.
  /// A free-text answer whose letters a code page lost as `?` is refused (it was dropped as
  /// punctuation: no commitment); a question in an answer is kept.
  @Test func aTextAnswerWithLettersLostAsQuestionMarksIsRefused() throws {
    let text = Question(id: "commitments", kind: .text, text: ["en": "Next step?"])
    for lost in ["???? ?????? ??????", "Cr?er un r?seau"] {
      guard case .failure(let problem) = questionnaire.normalised(lost, for: text) else {
        Issue.record("\(lost) was taken")
        continue
      }
      #expect(problem.reason.hasPrefix("\"\(lost)\" has letters written as \"?\""), "\(problem.reason)")
    }
    for kept in ["Who funds the next phase? We do.", "¿Quién paga? Nosotros", "Why not?"] {
      #expect(try questionnaire.normalised(kept, for: text).get() == kept)
    }
    #expect(try questionnaire.normalised("?", for: text).get() == "")
  }

  @Test func anAnswerOfBothYesAndNoIsRefused() {
    let choice = questionnaire.evaluation.question("intend_to_act")!
    for answer in ["yes no", "Oui / Non", "no, yes"] {
      #expect(throws: AnswerProblem("\"\(answer)\" is not one of yes, no"), "\(answer)") {
        try questionnaire.normalised(answer, for: choice).get()
      }
    }
  }

  /// A yes or no with more to it than agreement is not that yes or no: "No answer" is no "no".
  @Test(arguments: [
    "No sé todavía", "Não sei", "No answer", "لا أعرف بعد", "No idea", "Non applicable", "Non, pas encore",
    "No, not sure", "Oui mais", "Yes?", "¿Sí?",
  ])
  func aYesOrNoWithMoreToItIsRefused(answer: String) {
    let choice = questionnaire.evaluation.question("intend_to_act")!
    #expect(throws: AnswerProblem("\"\(answer)\" is not one of yes, no"), "\(answer)") {
      try questionnaire.normalised(answer, for: choice).get()
    }
  }

  @Test(arguments: [
    ("Yes, definitely", "yes"), ("Sí, claro", "yes"), ("No, thanks", "no"), ("Non merci", "no"), ("نعم", "yes"),
    ("NÃO", "no"),
  ])
  func aYesOrNoWithAgreementOrCourtesyIsRead(answer: String, expected: String) throws {
    let choice = questionnaire.evaluation.question("intend_to_act")!
    #expect(try questionnaire.normalised(answer, for: choice).get() == expected, "\(answer)")
  }

  /// A free-text answer of nothing visible, punctuation, a placeholder or a plain no is no
  /// answer: a commitment of `-` is no commitment (no follow-up form, not counted).
  @Test(arguments: ["\u{2060}", "-", ".", "N/A", "n.a.", "None", "Rien", "لا شيء", "No", "Non", "—", " \u{200B} "])
  func aTextThatSaysNothingIsNoAnswer(answer: String) throws {
    let text = try #require(questionnaire.evaluation.questions.first { $0.kind == .text })
    #expect(try questionnaire.normalised(answer, for: text).get() == "", "\(answer)")
  }

  @Test func aTextThatSaysSomethingIsKeptAsWritten() throws {
    let text = try #require(questionnaire.evaluation.questions.first { $0.kind == .text })
    #expect(try questionnaire.normalised("Table the plan - by June.", for: text).get() == "Table the plan - by June.")
    #expect(try questionnaire.normalised("No more paper: digital archive", for: text).get() == "No more paper: digital archive")
  }

  @Test func choiceAnswersMatchIdsAndLabelsInAnyLanguage() throws {
    let choice = questionnaire.evaluation.question("intend_to_act")!
    #expect(try questionnaire.normalised("Oui", for: choice).get() == "yes")
    #expect(try questionnaire.normalised("no", for: choice).get() == "no")
    #expect(throws: AnswerProblem("\"maybe\" is not one of yes, no")) {
      try questionnaire.normalised("maybe", for: choice).get()
    }
    let gender = questionnaire.evaluation.question("gender")!
    #expect(try questionnaire.normalised("Femme", for: gender).get() == "woman")
  }
}
