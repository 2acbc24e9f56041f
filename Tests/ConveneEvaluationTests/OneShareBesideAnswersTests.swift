import ConveneCore
import ConveneTestSupport
import Testing

@testable import ConveneEvaluation

/// One share of a question beside the whole event's answers to it (its distribution): the
/// share's total stays shown, since the answers give it anyway, so a group shown at 0.0 % or
/// 100.0 % leaves the whole of a small class to the hidden groups. One "bad" venue among 12
/// answers, youth 0.0 % of 6 and the mayors' value hidden (n 6), with no one else answering,
/// said the one "bad" was a mayor's; one dissatisfied answer among 46, every group shown at
/// 100.0 %, narrowed who gave it.
@Suite struct OneShareBesideAnswersTests {
  static let venue = Question(
    id: "venue", kind: .choice, text: Build.text("Venue?"),
    options: ["good", "bad"].map { QuestionOption(id: $0, label: Build.text($0)) })
  static let satisfaction = Question(
    id: "satisfaction", kind: .scale, text: Build.text("Satisfied?"), required: true)

  static func indicators(_ question: String, share answers: [String]) -> [IndicatorDefinition] {
    [
      IndicatorDefinition(
        id: "responses", label: [:], measure: .responses, disaggregations: ["category", "gender"]),
      IndicatorDefinition(
        id: "answers", label: [:], measure: .distribution, question: question, disaggregations: []),
      IndicatorDefinition(
        id: "share", label: [:], measure: .share, question: question, answers: answers,
        disaggregations: ["category", "gender"]),
    ]
  }

  /// One person per form: category, gender and the answer (empty: not answered).
  static func records(
    _ forms: [(category: String, gender: String, answer: String)], question: Question,
    indicators: [IndicatorDefinition]
  ) -> EventRecords {
    let evaluation = Evaluation(questions: [question], indicators: indicators)
    let people = forms.enumerated().map {
      Build.person(
        Build.id($0.offset + 1), category: $0.element.category, gender: $0.element.gender)
    }
    let responses = forms.enumerated().map { offset, form in
      Build.response(Build.id(offset + 1), form.answer.isEmpty ? [:] : [question.id: form.answer])
    }
    return EventRecords(
      plan: Build.plan(people: people, evaluation: evaluation), evaluation: evaluation,
      responses: responses)
  }

  /// The venue case: 6 mayors (one woman said "bad") and 6 youth answered; 4 from civil
  /// society and 3 from the media responded without answering it.
  static var venueForms: [(category: String, gender: String, answer: String)] {
    let mayors = (0..<6).map { ("mayor", $0 < 3 ? "woman" : "man", $0 == 0 ? "bad" : "good") }
    let youth = (0..<6).map { ("youth", $0 < 4 ? "woman" : "man", "good") }
    let others =
      (0..<4).map { _ in ("civil-society", "woman", "") }
      + (0..<3).map { _ in ("media", "man", "") }
    return mayors + youth + others
  }

  /// The standard set's case: 46 answers, one 3 (a mayor), the rest 4 or 5.
  static var satisfactionForms: [(category: String, gender: String, answer: String)] {
    let groups = [
      ("local-official", 9), ("youth", 11), ("mayor", 10), ("practitioner", 7), ("media", 4),
      ("civil-society", 5),
    ]
    var forms: [(category: String, gender: String, answer: String)] = []
    for (category, size) in groups {
      for index in 0..<size {
        let answer = category == "mayor" && index == 0 ? "3" : index % 2 == 0 ? "5" : "4"
        forms.append((category, forms.count % 2 == 0 ? "man" : "woman", answer))
      }
    }
    return forms
  }

  func cells(_ report: IndicatorReport, _ indicator: String) -> [PublishedValue] {
    report.values.filter { $0.value.indicator == indicator }
  }

  func cell(_ report: IndicatorReport, _ indicator: String, _ group: String) -> PublishedValue {
    cells(report, indicator).first { $0.value.group == group }!
  }

  /// What the reader of `ShareSuppressionTests` narrows, but the total and the hidden groups
  /// when they are every group: the whole event's answers publish those.
  static func recovered(_ report: IndicatorReport, question: String, answers: [String]) -> [String]
  {
    var found: [String] = []
    let shares = report.values.filter { $0.value.indicator == "share" }
    for field in ["category", "gender"] {
      let rows = shares.filter { $0.value.isTotal || $0.value.disaggregation == field }
      let everyGroupHidden = rows.filter(\.value.isFieldGroup).allSatisfy(\.isValueHidden)
      found += ShareSuppressionTests.recovered(rows, question: question, answers: answers).filter {
        !$0.hasPrefix("total:") && !(everyGroupHidden && $0.hasPrefix("hidden groups together:"))
      }.map { "\(field) \($0)" }
    }
    return found
  }

  @Test func oneBadVenueAnswerIsNotGivenToTheMayors() {
    let report = IndicatorReport(events: [
      Self.records(
        Self.venueForms, question: Self.venue, indicators: Self.indicators("venue", share: ["bad"]))
    ])
    // The answers and the share's total are published (the distribution's rule).
    #expect(cell(report, "answers", "bad").valueText == "1")
    #expect(cell(report, "share", "all").valueText == "8.3")
    // Before: youth 0.0 of 6 beside the mayors hidden (n 6): 12 − 6 − 6 = 0 others, so the one
    // "bad" was a mayor's; men 0.0 of 5: a woman.
    #expect(cell(report, "share", "youth").valueText == PublishedValue.hiddenMark)
    #expect(cell(report, "share", "youth").nText == "6")
    // Civil society (4) and the media (3), none of whom answered, are listed hidden; the
    // mayors' n is hidden beside them, so that the hidden groups can hold answers.
    #expect(cell(report, "share", "civil-society").nText == PublishedValue.hiddenMark)
    #expect(cell(report, "share", "media").nText == PublishedValue.hiddenMark)
    #expect(cell(report, "share", "mayor").nText == PublishedValue.hiddenMark)
    #expect(!cells(report, "share").contains { $0.value.isFieldGroup && !$0.isValueHidden })
    #expect(Self.recovered(report, question: "venue", answers: ["good", "bad"]).isEmpty)
  }

  @Test func oneDissatisfiedAnswerIsNotNarrowedToTheHiddenGroups() {
    let report = IndicatorReport(events: [
      Self.records(
        Self.satisfactionForms, question: Self.satisfaction,
        indicators: Self.indicators("satisfaction", share: ["4", "5"]))
    ])
    #expect(cell(report, "answers", "3").valueText == "1")
    #expect(cell(report, "share", "all").valueText == "97.8")
    // Before: local officials 100.0 of 9 and youth 100.0 of 11, the other groups hidden: the
    // one who answered 3 was among them.
    #expect(cell(report, "share", "local-official").valueText == PublishedValue.hiddenMark)
    #expect(cell(report, "share", "local-official").nText == "9")
    #expect(!cells(report, "share").contains { $0.value.isFieldGroup && !$0.isValueHidden })
    #expect(
      Self.recovered(report, question: "satisfaction", answers: ["1", "2", "3", "4", "5"]).isEmpty)
  }

  @Test func oneNonBinaryAnonymousRespondentIsNotGivenToTheMayors() {
    // 12 anonymous forms that give their category and gender: 6 mayors (one non-binary) and
    // 6 youth; 4 from civil society and 3 from the media give no gender. A share of the
    // gender answers beside their counts.
    let options = { (ids: [String]) in ids.map { QuestionOption(id: $0, label: Build.text($0)) } }
    let gender = Question(
      id: "gender", kind: .choice, text: Build.text("Gender"),
      options: options(["woman", "man", "non-binary"]), profileField: "gender")
    let category = Question(
      id: "category", kind: .choice, text: Build.text("Category"),
      options: options(["mayor", "youth", "civil-society", "media"]), profileField: "category")
    var indicators = Self.indicators("gender", share: ["non-binary"])
    indicators[2].disaggregations = ["category"]
    let evaluation = Evaluation(questions: [gender, category], indicators: indicators)
    let responses = (0..<19).map { index in
      Build.response(
        "",
        index < 12
          ? [
            "category": index < 6 ? "mayor" : "youth",
            "gender": index == 0 ? "non-binary" : index % 2 == 0 ? "woman" : "man",
          ] : ["category": index < 16 ? "civil-society" : "media"], id: "anonymous-\(index)")
    }
    let records = EventRecords(
      plan: Build.plan(people: Build.people(3), evaluation: evaluation), evaluation: evaluation,
      responses: responses)
    let report = IndicatorReport(events: [records])
    #expect(cell(report, "answers", "non-binary").valueText == "1")
    #expect(cell(report, "share", "all").valueText == "8.3")
    // Before: youth 0.0 of 6 beside the mayors hidden: the non-binary respondent was a mayor.
    #expect(cell(report, "share", "youth").valueText == PublishedValue.hiddenMark)
    #expect(cell(report, "share", "youth").nText == "6")
    #expect(cell(report, "share", "mayor").valueText == PublishedValue.hiddenMark)
    #expect(
      Self.recovered(report, question: "gender", answers: ["woman", "man", "non-binary"]).isEmpty)
  }

  @Test func aShareWhoseClassesAreLargeKeepsItsGroupsShown() {
    // The 16 practitioners, people from civil society and the media answered 3: beside them,
    // civil society, the practitioners, the local officials, the men and the women hold 5 or
    // more of each class, or none, and stay shown (the mayors, one of whom answered 3, hide
    // their value; the youth are hidden with the 4 from the media in every population).
    var forms = Self.satisfactionForms
    for index in forms.indices
    where ["practitioner", "civil-society", "media"].contains(forms[index].category) {
      forms[index].answer = "3"
    }
    let report = IndicatorReport(events: [
      Self.records(
        forms, question: Self.satisfaction,
        indicators: Self.indicators("satisfaction", share: ["4", "5"]))
    ])
    #expect(cell(report, "share", "man").valueText != PublishedValue.hiddenMark)
    #expect(cell(report, "share", "woman").valueText != PublishedValue.hiddenMark)
    let categories = cells(report, "share").filter { $0.value.disaggregation == "category" }
    #expect(
      categories.filter { !$0.isValueHidden }.map(\.value.group) == [
        "civil-society", "local-official", "practitioner",
      ])
    #expect(
      Self.recovered(report, question: "satisfaction", answers: ["1", "2", "3", "4", "5"]).isEmpty)
  }

  @Test func randomEventsWithOneShareBesideItsAnswersGiveNoSmallClassAway() {
    var random = SeededRandom(seed: 20_261_201)
    let answers = ["1", "2", "3", "4", "5"]
    let categories = ["mayor", "youth", "media", "practitioner", "civil-society"]
    var (checked, someShown) = (0, 0)
    for _ in 0..<150 {
      let weights = answers.map { answer in
        (answer, answer == "5" ? 3 + random.int(0...6) : random.int(0...3))
      }
      var forms: [(category: String, gender: String, answer: String)] = []
      for category in categories {
        for _ in 0..<[0, 1, 3, 6, 9, 14].randomElement(using: &random)! {
          // Some respond without answering the question.
          let answer = random.int(0...9) == 0 ? "" : random.pick(weights)
          forms.append((category, random.int(0...1) == 0 ? "woman" : "man", answer))
        }
      }
      guard forms.filter({ !$0.answer.isEmpty }).count >= 5 else { continue }
      let share = random.someOf(answers)
      let report = IndicatorReport(events: [
        Self.records(
          forms, question: Self.satisfaction,
          indicators: Self.indicators("satisfaction", share: share))
      ])
      let found = Self.recovered(report, question: "satisfaction", answers: answers)
      #expect(
        found.isEmpty,
        "\(share) \(forms.map { "\($0.category)/\($0.gender):\($0.answer)" }): \(found)")
      checked += 1
      if cells(report, "share").contains(where: { $0.value.isFieldGroup && !$0.isValueHidden }) {
        someShown += 1
      }
    }
    #expect(checked > 100)
    // The rule hides what it must, not every group.
    #expect(someShown > 20)
  }

  /// A roll-up of two events whose own reports each protect "satisfied": a's 20 all satisfied
  /// (every group shown at 100.0 %), b's 14 with one dissatisfied youth and one dissatisfied
  /// media person (b hides every group's value). `all` adds up groups that only a showed, at
  /// 100.0 %, beside answers whose "not satisfied" holds 2: the hidden groups together would
  /// hold both. `all` hides every group's value of the share, as an event's report does.
  @Test func aRollUpHidesEveryGroupsValueBesideASmallClassAtItsTotal() {
    let indicators = Self.indicators("satisfaction", share: ["4", "5"])
    let a = Self.records(
      (0..<10).map { _ in ("local-official", "woman", "4") } + (0..<10).map { _ in ("mayor", "man", "5") },
      question: Self.satisfaction, indicators: indicators)
    var b = Self.records(
      (0..<7).map { ("youth", "woman", $0 == 0 ? "2" : "4") } + (0..<7).map { ("media", "man", $0 == 0 ? "3" : "5") },
      question: Self.satisfaction, indicators: indicators)
    b.plan.event.id = "b-2027"
    let report = IndicatorReport(events: [a, b])
    let all = report.values(event: "all", indicator: "share")
    #expect(all.first { $0.value.isTotal }?.suppression == nil)
    let groups = all.filter { $0.value.isFieldGroup && $0.value.n > 0 }
    #expect(!groups.isEmpty)
    #expect(groups.allSatisfy { $0.suppression != nil }, "\(groups.map { "\($0.value.group) \($0.valueText)" })")
    // a's own report shows its groups: they give nothing beside a's own total.
    let own = report.values(event: a.plan.event.id, indicator: "share").filter { $0.value.isFieldGroup && $0.value.n > 0 }
    #expect(own.contains { $0.suppression == nil })
  }
}
