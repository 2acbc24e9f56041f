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
