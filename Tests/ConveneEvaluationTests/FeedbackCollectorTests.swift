import ConveneCore
import Testing

@testable import ConveneEvaluation

@Suite struct FeedbackCollectorTests {
  let plan = Build.plan(people: Build.people(3))
  var collector: FeedbackCollector {
    FeedbackCollector(plan: plan, questionnaire: Build.questionnaire(plan))
  }

  func submission(
    _ participant: String = "p001", at stamp: String = "2027-03-10T17:00:00Z",
    source: String = "a.json",
    _ answers: [String: String] = ["satisfaction": "4"]
  ) -> FeedbackSubmission {
    FeedbackSubmission(
      source: source, participant: participant, submittedAt: stamp, answers: answers)
  }

  @Test func keepsTheLatestAnswerOfEachParticipant() {
    let outcome = collector.collect(
      [
        submission(at: "2027-03-10T18:00:00Z", source: "late.json", ["satisfaction": "2"]),
        submission(at: "2027-03-10T17:00:00Z", source: "early.json", ["satisfaction": "5"]),
        submission("p002"),
      ], into: [])
    #expect(outcome.responses.map(\.participant) == ["p001", "p002"])
    #expect(outcome.responses[0].answers["satisfaction"] == "2")
    #expect((outcome.added, outcome.replaced, outcome.unchanged) == (2, 0, 1))
  }

  @Test func collectingTheSameSubmissionsAgainGivesTheSameRecords() {
    let submissions = [submission(), submission("", source: "anon.csv:2", ["satisfaction": "3"])]
    let first = collector.collect(submissions, into: [])
    let second = collector.collect(submissions, into: first.responses)
    #expect(second.responses == first.responses)
    #expect((second.added, second.replaced, second.unchanged) == (0, 0, 2))
    #expect(first.responses.first { $0.participant.isEmpty }?.id.hasPrefix("r-") == true)
  }

  @Test func theSameResponseFromAnotherCopyOfTheFileChangesNothing() {
    var copy = submission(source: "forms/a.json")
    copy.responseID = "r-1"
    let first = collector.collect([copy], into: [])
    copy.source = "returned/a.json"
    let second = collector.collect([copy], into: first.responses)
    #expect(second.responses == first.responses)
    #expect((second.added, second.replaced, second.unchanged) == (0, 0, 1))
  }

  /// Three paper forms typed up alike are three people; read again, still three.
  @Test func identicalAnonymousRowsOfOneFileAreAsManyResponses() {
    let rows = (2...4).map { submission("", at: "", source: "paper.csv:\($0)", ["satisfaction": "5"]) }
      + [submission("", at: "", source: "paper.csv:5", ["satisfaction": "2"])]
    let first = collector.collect(rows, into: [])
    #expect(first.responses.count == 4)
    let ratings: [String] = first.responses.compactMap { $0.answers["satisfaction"] }.sorted()
    #expect(ratings == ["2", "5", "5", "5"])
    #expect(first.added == 4)
    let again = collector.collect(rows, into: first.responses)
    #expect(again.responses == first.responses)
    #expect((again.added, again.replaced, again.unchanged) == (0, 0, 4))
    // The same answers in another file (a copy of the export) are the first's again.
    let copy = collector.collect([submission("", at: "", source: "copy.csv:7", ["satisfaction": "5"])], into: first.responses)
    #expect(copy.responses.count == 4)
  }

  /// A typed-up row corrected and collected again: the same participant's answer is replaced;
  /// another respondent's (an anonymous answer changed, a participant number corrected) is
  /// refused naming the answer it differs from, and replaces it with `--replace-corrected`.
  @Test func aCorrectedRowIsRefusedOrReplacesWhatItGaveBefore() {
    let stamp = "2027-03-10T16:02:00Z"
    let first = collector.collect([submission("", at: stamp, source: "paper.csv:4", ["satisfaction": "1"])], into: [])
    let changed = [submission("", at: stamp, source: "paper.csv:4", ["satisfaction": "2"])]
    let refused = collector.collect(changed, into: first.responses)
    #expect(refused.responses == first.responses)
    #expect(refused.rejections.map(\.source) == ["paper.csv:4"])
    #expect(
      refused.rejections.first?.reason
        == "reads otherwise than an anonymous answer recorded from paper.csv:4 at 2027-03-10T16:02:00Z: if the row was "
        + "corrected, collect again with --replace-corrected; if it is another file of the same name, give it a name of its own")
    var replacing = collector
    replacing.replacingCorrected = true
    let corrected = replacing.collect(changed, into: first.responses)
    #expect(corrected.responses.compactMap { $0.answers["satisfaction"] } == ["2"])
    #expect((corrected.added, corrected.replaced, corrected.unchanged) == (0, 1, 0))
    let named = replacing.collect(
      [submission("p001", at: stamp, source: "paper.csv:4", ["satisfaction": "3"])], into: corrected.responses)
    #expect(named.responses.map(\.participant) == ["p001"])
    // The same participant's answer corrected replaces it without asking.
    let renamed = collector.collect(
      [submission("p001", at: stamp, source: "paper.csv:4", ["satisfaction": "4"])], into: named.responses)
    #expect(renamed.responses.compactMap { $0.answers["satisfaction"] } == ["4"])
    #expect(renamed.sameTime.isEmpty && renamed.rejections.isEmpty)
    // The participant number corrected: refused, then replaced on request.
    let other = [submission("p002", at: stamp, source: "batch/paper.csv:4", ["satisfaction": "4"])]
    #expect(collector.collect(other, into: renamed.responses).rejections.count == 1)
    #expect(replacing.collect(other, into: renamed.responses).responses.map(\.participant) == ["p002"])
  }

  /// A row deleted above others moves them up a line: nothing is taken for a correction, and
  /// every answer still in the file stays recorded.
  @Test func aRowDeletedAboveOthersLosesNoAnswer() {
    let stamp = "2027-03-10T00:00:00Z"
    let rows = (1...4).map { submission("", at: stamp, source: "paper.csv:\($0 + 1)", ["satisfaction": "\($0)"]) }
    let first = collector.collect(rows, into: [])
    let shifted = (2...4).map { submission("", at: stamp, source: "paper.csv:\($0)", ["satisfaction": "\($0)"]) }
    let again = collector.collect(shifted, into: first.responses)
    #expect(again.rejections.isEmpty)
    #expect(again.responses.compactMap { $0.answers["satisfaction"] }.sorted() == ["1", "2", "3", "4"])
    #expect((again.added, again.replaced, again.unchanged) == (0, 0, 3))
    #expect(collector.collect(shifted, into: again.responses).responses == again.responses)
  }

  /// A form stamped before the event's first day began where it is held is a test answer.
  @Test func aFormStampedBeforeTheEventBeganIsRejected() {
    let outcome = collector.collect(
      [
        submission("p001", at: "2027-03-08T23:59:59Z", source: "early.json"),
        submission("p002", at: "2027-03-09T00:00:00Z", source: "first.json"),
        submission("", at: "2026-05-01T10:00:00Z", source: "anon.json"),
      ], into: [])
    #expect(outcome.responses.map(\.participant) == ["p002"])
    #expect(outcome.rejections.map(\.source) == ["early.json", "anon.json"])
    #expect(
      outcome.rejections.first?.reason
        == "submitted_at: 2027-03-08T23:59:59Z is before the event began (2027-03-09T00:00:00Z, its first day "
        + "where it is held): a test answer? Feedback counts from the event's first day")
    var amman = plan
    amman.event.timezone = "Asia/Amman"
    let there = FeedbackCollector(plan: amman, questionnaire: Build.questionnaire(amman))
    let local = there.collect([submission("p001", at: "2027-03-08T22:30:00Z", source: "a.json")], into: [])
    #expect(local.rejections.isEmpty, "00:30 on the first day in Amman")
  }

  @Test func rejectsUnknownParticipantsSessionsAndAnswersOutOfRange() {
    let outcome = collector.collect(
      [
        submission("p099"),
        FeedbackSubmission(
          source: "b.csv:3", email: "nobody@example.org", answers: ["satisfaction": "4"]),
        submission(source: "c.json", ["satisfaction": "9", "usefulness:s7": "3"]),
        submission(source: "d.json", ["commitments": "Plan"]),
        FeedbackSubmission(
          source: "e.json", participant: "p001", event: "other-2027", answers: ["satisfaction": "4"]
        ),
      ], into: [])
    #expect(outcome.responses.isEmpty)
    #expect(
      outcome.rejections.map(\.reason) == [
        "unknown participant \"p099\"",
        "unknown participant: no one registered with the e-mail address \"nobody@example.org\"",
        "satisfaction: 9 is outside 1-5; usefulness: unknown session \"s7\"",
        "satisfaction: is required and has no answer",
        "the form was for the event \"other-2027\", not \"t-2027\"",
      ])
    #expect(
      outcome.rejections.map(\.source) == ["a.json", "b.csv:3", "c.json", "d.json", "e.json"])
  }

  /// The answers as the form file gives them, read by the reader and checked by the collector.
  func collected(_ answers: String, language: String = "fr") -> FeedbackCollector.Outcome {
    let json = """
      {"format": "convene-feedback/1", "event": "t-2027", "response": "r-1", "participant": "p001",
       "submitted_at": "2027-03-10T18:02:00Z", "language": "\(language)", "answers": {\(answers)}}
      """
    let reader = FeedbackReader(questionnaire: Build.questionnaire(plan))
    let (submissions, rejections) = reader.read(file: "p001.json", bytes: Array(json.utf8))
    return collector.collect(submissions, into: [], rejections: rejections)
  }

  @Test func aNumberTooLargeForAWholeNumberIsOutOfRangeNotItsFirstDigit() {
    for number in ["99999999999999999999", "1e+308", "1e20", "12345678901", "11"] {
      let outcome = collected("\"satisfaction\": \(number)")
      #expect(outcome.responses.isEmpty, "\(number)")
      #expect(outcome.rejections.map(\.source) == ["p001.json"], "\(number)")
      #expect(outcome.rejections.first?.reason.hasPrefix("satisfaction: ") == true, "\(number)")
    }
    #expect(
      collected("\"satisfaction\": 99999999999999999999").rejections.map(\.reason) == [
        "satisfaction: \"1e+20\" is not a number from 1 to 5"
      ])
    // A whole number written with an exponent is that number.
    #expect(collected("\"satisfaction\": 5e0").responses.first?.answers["satisfaction"] == "5")
  }

  @Test func aTextWithControlCharactersOrALanguageThatIsNoCodeIsRejectedNotStored() {
    let text = "=HYPERLINK(\\\"http://x\\\")\\r\\n\\u001B[31mred\\u202E"
    let comment = collected("\"satisfaction\": 4, \"commitments\": \"\(text)\"")
    #expect(comment.responses.isEmpty)
    #expect(
      comment.rejections.map(\.reason) == [
        "commitments: holds U+001B (ESC), a control character that no one types and a terminal obeys"
      ])
    let language = collected("\"satisfaction\": 4", language: "../../fr\\r\\n")
    #expect(language.responses.isEmpty)
    #expect(
      language.rejections.map(\.reason) == [
        "language: \"../../fr\" is not a language code (for example en, fr, ar)"
      ])
    // A line break alone is text; a language named in words is stored as its code.
    let kept = collected("\"satisfaction\": 4, \"commitments\": \"one\\r\\ntwo\"", language: "French")
    #expect(kept.rejections.isEmpty)
    #expect(kept.responses.first?.language == "fr")
    #expect(kept.responses.first?.answers["commitments"] == "one\r\ntwo")
  }

  @Test func aResponseIdOrAFileNameWithAControlCharacterIsRejected() {
    var named = submission(source: "a\u{1B}[2J.json")
    named.responseID = "r-1"
    var identified = submission(source: "b.json")
    identified.responseID = "r-\u{202E}1"
    let outcome = collector.collect([named, identified], into: [])
    #expect(outcome.responses.isEmpty)
    #expect(
      outcome.rejections.map(\.reason) == [
        "the file's name holds U+001B (ESC), a control character that no one types and a terminal obeys",
        "response: holds U+202E (RIGHT-TO-LEFT OVERRIDE), an invisible control that reorders how the text is shown",
      ])
  }
}
