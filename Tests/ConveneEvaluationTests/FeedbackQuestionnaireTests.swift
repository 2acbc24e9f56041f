import ConveneCore
import Testing

@testable import ConveneEvaluation

@Suite struct FeedbackQuestionnaireTests {
  let questionnaire = Build.questionnaire(Build.plan(people: []))

  @Test func aPerSessionQuestionHasOneFieldPerSession() {
    #expect(questionnaire.keys.prefix(3) == ["satisfaction", "usefulness:s1", "usefulness:s2"])
    #expect(questionnaire.field("usefulness:s2")?.session?.id == "s2")
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
