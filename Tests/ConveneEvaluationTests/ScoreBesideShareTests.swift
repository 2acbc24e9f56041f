import ConveneCore
import ConveneTestSupport
import Testing

@testable import ConveneEvaluation

/// A Net Promoter Score beside a share of the same question: promoters as a share give P, the
/// score gives P − D, so together they give the detractors of every group where both are
/// shown (Dakar's women: 43.8 % promoters and a score of 37.5 among 16, so 7 − 6 = 1 detractor).
@Suite struct ScoreBesideShareTests {
  static let promoters = IndicatorDefinition(
    id: "promoters", label: [:], measure: .share, question: "recommend", answers: ["9", "10"],
    disaggregations: ["gender"])
  static let nps = IndicatorDefinition(
    id: "nps", label: [:], measure: .nps, question: "recommend", disaggregations: ["gender"])

  /// One form per person: gender and recommendation (0-10).
  static func records(_ forms: [(gender: String, recommend: Int)], _ indicators: [IndicatorDefinition]) -> EventRecords {
    let evaluation = Evaluation(
      questions: [Question(id: "recommend", kind: .scale, text: Build.text("Recommend?"), minimum: 0, maximum: 10)],
      indicators: indicators)
    let people = forms.enumerated().map { Build.person(Build.id($0.offset + 1), gender: $0.element.gender) }
    let responses = forms.enumerated().map { offset, form in
      Build.response(Build.id(offset + 1), ["recommend": String(form.recommend)])
    }
    return EventRecords(
      plan: Build.plan(people: people, evaluation: evaluation), evaluation: evaluation, responses: responses)
  }

  /// 16 women (7 promoters, 8 passives, 1 detractor), 24 men (14 promoters, 5 passives, 5
  /// detractors): at the total, 21 promoters and 6 detractors.
  static let forms: [(gender: String, recommend: Int)] =
    Array(repeating: ("woman", 10), count: 7) + Array(repeating: ("woman", 8), count: 8) + [("woman", 3)]
    + Array(repeating: ("man", 9), count: 14) + Array(repeating: ("man", 7), count: 5)
    + Array(repeating: ("man", 2), count: 5)

  /// The detractors a reader works out of each group where both the score and the promoters'
  /// share are shown: n × share − n × score.
  static func detractorsWorkedOut(_ values: [PublishedValue]) -> [String: Int] {
    var result: [String: Int] = [:]
    for share in values where share.value.indicator == "promoters" {
      guard let score = values.first(where: { $0.value.indicator == "nps" && $0.value.group == share.value.group }),
        let percent = Double(share.valueText), let points = Double(score.valueText), let n = Int(share.nText)
      else { continue }
      let promoters = (percent * Double(n) / 100).rounded()
      result[share.value.group] = Int((promoters - points * Double(n) / 100).rounded())
    }
    return result
  }

  @Test func theScoreAndAShareOfPromotersNeverGiveASmallBandAway() {
    let report = IndicatorReport(events: [Self.records(Self.forms, [Self.nps, Self.promoters])])
    let worked = Self.detractorsWorkedOut(report.values)
    #expect(worked.values.allSatisfy { $0 == 0 || $0 >= 5 }, "\(worked)")
    // The score stays shown where its bands allow: it is the share that gives way.
    #expect(report.values.first { $0.value.indicator == "nps" && $0.value.group == "woman" }?.valueText == "37.5")
    let men = Self.detractorsWorkedOut(report.values)["man"]
    #expect(men == nil || men == 5)
  }

  @Test func aShareOfPromotersAloneIsShownAsBefore() {
    let report = IndicatorReport(events: [Self.records(Self.forms, [Self.promoters])])
    #expect(report.values.first { $0.value.indicator == "promoters" && $0.value.group == "woman" }?.valueText == "43.8")
  }
}
