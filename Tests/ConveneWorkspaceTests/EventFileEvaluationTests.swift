import ConveneCore
import Foundation
import Testing

@testable import ConveneWorkspace

@Suite struct EventFileEvaluationTests {
  func read(_ evaluation: String) -> EventFile.Contents {
    let text = Fixtures.event.replacingOccurrences(
      of: "\"capacity\": 3", with: "\"capacity\": 3,\n  \"evaluation\": \(evaluation)")
    return EventFile.read(Array(text.utf8))
  }

  @Test func readsQuestionsInSeveralLanguagesAndIndicatorsWithTargets() throws {
    let contents = read(
      #"""
      {"questions": [
        {"id": "satisfaction", "kind": "scale", "min": 1, "max": 5, "required": true, "text": {"en": "Satisfied?", "fr": "Satisfait ?"}},
        {"id": "usefulness", "kind": "scale", "per_session": true, "text": "Useful?"},
        {"id": "act", "kind": "choice", "text": "Act?", "options": [{"id": "yes", "label": {"en": "Yes", "ar": "نعم"}}]},
        {"id": "gender", "kind": "choice", "profile": "gender", "text": "Gender", "options": [{"id": "woman", "label": "Woman"}]}
      ],
      "indicators": [
        {"id": "satisfied", "measure": "share", "question": "satisfaction", "answers": [4, 5], "target": 80, "label": {"en": "Satisfied"}},
        {"id": "cities", "measure": "cities", "disaggregate_by": []}
      ]}
      """#)
    #expect(contents.findings.isEmpty)
    let evaluation = try #require(contents.event?.evaluation)
    #expect(evaluation.question("satisfaction")?.text(in: "fr") == "Satisfait ?")
    #expect(evaluation.question("satisfaction")?.required == true)
    #expect(evaluation.question("usefulness")?.perSession == true)
    #expect(evaluation.question("act")?.options.first?.label(in: "ar") == "نعم")
    #expect(evaluation.question("gender")?.profileField == "gender")
    #expect(evaluation.indicators.first?.answers == ["4", "5"])
    #expect(evaluation.indicators.first?.target == 80)
    #expect(evaluation.indicators.last?.disaggregations == [])
  }

  @Test func namesEveryMistakeByPathAndLine() {
    let contents = read(
      #"""
      {"questions": [
        {"id": "q", "kind": "stars", "text": "Q?"},
        {"id": "s", "kind": "scale", "min": 5, "max": 1, "text": "S?"}
      ],
      "indicators": [
        {"id": "m", "measure": "median", "question": "q"},
        {"id": "n", "measure": "nps", "question": "recommend"},
        {"id": "x", "measure": "share", "question": "s"}
      ]}
      """#)
    let described = contents.findings.map(\.description)
    #expect(
      described.contains {
        $0.hasPrefix(
          "error: event.json:14: evaluation.questions[0].kind: \"stars\" is not a question kind")
      })
    #expect(
      described.contains {
        $0.hasPrefix(
          "error: event.json:15: evaluation.questions[1].max: must be greater than min (5)")
      })
    #expect(
      described.contains {
        $0.hasPrefix(
          "error: event.json:18: evaluation.indicators[0].measure: \"median\" is not a measure")
      })
    #expect(
      described.contains {
        $0.contains("evaluation.indicators[1]: names the question \"recommend\"")
      })
    #expect(
      described.contains {
        $0.contains(
          "evaluation.indicators[2].answers: the share measure needs the answers that count")
      })
  }

  /// An indicator that cannot measure what it says is refused where it is declared: a Net
  /// Promoter Score of a yes/no question, a share of answers the scale does not have, a mean of
  /// a choice, a distribution of free text, a count of cities by gender; one that fits its
  /// question is not.
  @Test func anIndicatorThatDoesNotFitItsQuestionIsNamed() {
    let contents = read(
      #"""
      {"questions": [
        {"id": "act", "kind": "choice", "text": "Act?", "options": [{"id": "yes"}, {"id": "unsure"}, {"id": "no"}]},
        {"id": "sat", "kind": "scale", "min": 1, "max": 5, "text": "Satisfied?"},
        {"id": "rec", "kind": "scale", "min": 0, "max": 10, "text": "Recommend?"},
        {"id": "why", "kind": "text", "text": "Why?"},
        {"id": "use", "kind": "scale", "per_session": true, "text": "Useful?"},
        {"id": "sat2", "kind": "scale", "text": "Satisfied again?"}
      ],
      "indicators": [
        {"id": "a", "measure": "nps", "question": "act"},
        {"id": "b", "measure": "share", "question": "sat", "answers": ["9", "x", "5"]},
        {"id": "c", "measure": "mean", "question": "act"},
        {"id": "d", "measure": "distribution", "question": "why"},
        {"id": "e", "measure": "share", "question": "act", "answers": ["maybe", "yes"]},
        {"id": "f", "measure": "nps", "question": "sat"},
        {"id": "g", "measure": "change", "before": "sat", "after": "act"},
        {"id": "ok1", "measure": "nps", "question": "rec"},
        {"id": "ok2", "measure": "share", "question": "act", "answers": ["yes", "unsure"]},
        {"id": "ok3", "measure": "distribution", "question": "act"},
        {"id": "ok4", "measure": "share", "question": "rec", "answers": [0, 10]},
        {"id": "h", "measure": "cities", "disaggregate_by": ["gender", "age_group"]},
        {"id": "i", "measure": "mean", "question": "use", "disaggregate_by": ["gender"]},
        {"id": "ok5", "measure": "countries"},
        {"id": "ok6", "measure": "mean", "question": "use", "disaggregate_by": []},
        {"id": "j", "measure": "share", "question": "use", "answers": [5]},
        {"id": "k", "measure": "mean", "question": "sat", "disaggregate_by": ["gender", "gender"]},
        {"id": "n", "measure": "change", "before": "sat", "after": "rec"},
        {"id": "l", "measure": "change", "before": "rec", "after": "sat2"},
        {"id": "m", "measure": "change", "before": "sat2", "after": "sat2"}
      ]}
      """#)
    #expect(
      contents.findings.map { "\($0.field ?? ""): \($0.message)" } == [
        "evaluation.indicators[0].question: \"act\" is not a 0-10 scale: a Net Promoter Score reads answers from 0 to 10",
        "evaluation.indicators[1].answers: \"9\" is not an answer of \"sat\" (a whole number from 1 to 5)",
        "evaluation.indicators[1].answers: \"x\" is not an answer of \"sat\" (a whole number from 1 to 5)",
        "evaluation.indicators[2].question: \"act\" is a choice question: a mean reads a scale",
        "evaluation.indicators[3].question: \"why\" is a text question: a distribution counts scale or choice answers",
        "evaluation.indicators[4].answers: \"maybe\" is not an answer of \"act\" (yes, unsure, no)",
        "evaluation.indicators[5].question: \"sat\" is not a 0-10 scale: a Net Promoter Score reads answers from 0 to 10",
        "evaluation.indicators[6].after: \"act\" is a choice question: a change reads a scale",
        "evaluation.indicators[11].disaggregate_by: cities is computed for the whole event (per session, place or answer), not by group: leave it out or write []",
        "evaluation.indicators[12].disaggregate_by: mean is computed for the whole event (per session, place or answer), not by group: leave it out or write []",
        "evaluation.indicators[15].question: \"use\" is asked per session: only a mean reads it",
        "evaluation.indicators[16].disaggregate_by: \"gender\" is listed twice",
        "evaluation.indicators[17]: \"sat\" is already compared by \"g\": a question takes part in one change, so that its mean and the change count the same people",
        "evaluation.indicators[18]: \"rec\" is already compared by \"n\": a question takes part in one change, so that its mean and the change count the same people",
        "evaluation.indicators[19].after: \"sat2\" is also the question before: a change compares two questions",
        "evaluation.indicators[19]: \"sat2\" is already compared by \"l\": a question takes part in one change, so that its mean and the change count the same people",
      ])
    // Left out, a whole-event indicator is not broken down (no row of a group, not even hidden).
    #expect(contents.event?.evaluation.indicators.first { $0.id == "ok5" }?.disaggregations == [])
    #expect(contents.findings.allSatisfy { $0.severity == .error && $0.file == "event.json" && $0.line != nil })
  }

  @Test func theStandardSetShippedInTemplatesIsValid() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(
        "Templates/workspaces/common/evaluation.json")
    let (evaluation, findings) = EventFile.readEvaluation(
      Array(try Data(contentsOf: url)), name: "evaluation.json")
    #expect(findings.isEmpty)
    #expect(evaluation.questions.map(\.id).contains("recommend"))
    #expect(
      Set(evaluation.indicators.map(\.measure)).count == IndicatorDefinition.Measure.allCases.count)
    for question in evaluation.questions {
      #expect(Set(question.text.keys) == Set(LanguagePack.codes), "\(question.id) lacks a language")
    }
  }
}
