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
}
