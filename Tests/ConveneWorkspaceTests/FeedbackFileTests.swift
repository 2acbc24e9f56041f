import ConveneCore
import Testing

@testable import ConveneWorkspace

@Suite struct FeedbackFileTests {
  @Test func roundTripsResponsesWithFormulasNeutralised() {
    let responses = [
      FeedbackResponse(
        id: "r-1", participant: "p001", submittedAt: "2027-03-10T17:00:00Z", source: "forms/a.json",
        language: "fr",
        answers: [
          "satisfaction": "5", "usefulness:s1": "4", "commitments": "=cmd, \"quoted\"\nnext line",
        ]),
      FeedbackResponse(
        id: "r-2", participant: "", submittedAt: "", source: "kobo.csv:3", answers: ["other": "x"]),
    ]
    let text = FeedbackFile.write(
      responses, answerColumns: ["satisfaction", "usefulness:s1", "commitments"])
    #expect(
      text.hasPrefix(
        "response,participant,submitted_at,source,language,satisfaction,usefulness:s1,commitments,other\r\n"
      ))
    #expect(text.contains("\"'=cmd, \"\"quoted\"\"\nnext line\""))
    let (read, findings) = FeedbackFile.read(Array(text.utf8))
    #expect(findings.isEmpty)
    #expect(read == responses)
  }

  /// A submission time not in the UTC form convene writes is an error naming it: a year of
  /// five digits would make a hand-edited answer the latest of its person.
  @Test(arguments: ["99999-12-31T00:00:00Z", "2027-03-10 17:00", "2027-3-10T17:00:00Z", "yesterday"])
  func aSubmissionTimeNotAsConveneWritesItIsAnError(stamp: String) {
    let (read, findings) = FeedbackFile.read(
      Array("response,participant,submitted_at,source,language,satisfaction\nr-1,p001,\(stamp),a.json,,5\n".utf8))
    #expect(read.isEmpty)
    #expect(
      findings.map(\.description) == [
        "error: feedback/feedback.csv:2: submitted_at: \"\(stamp)\" is not a date and time as convene writes it "
          + "(hint: write it in UTC as 2027-03-11T14:02:33Z)"
      ])
  }

  @Test func aMissingColumnIsNamed() {
    let (_, findings) = FeedbackFile.read(Array("participant,satisfaction\np001,4\n".utf8))
    #expect(
      findings.map(\.description) == [
        "error: feedback/feedback.csv:1: response: the column is missing"
      ])
  }

  /// Earlier versions wrote the language's name: read as its code, written as its code.
  @Test func aLanguageNameIsReadAndWrittenAsItsCode() {
    let text =
      "response,participant,submitted_at,source,language,satisfaction\n"
      + "r-1,p001,,a.json,English,5\nr-2,p002,,b.json,Français,4\nr-3,p003,,c.json,fr,3\nr-4,p004,,d.json,,3\n"
    let (responses, findings) = FeedbackFile.read(Array(text.utf8))
    #expect(findings.isEmpty)
    #expect(responses.map(\.language) == ["en", "fr", "fr", ""])
    let written = FeedbackFile.write(responses, answerColumns: ["satisfaction"])
    #expect(written.contains("r-1,p001,,a.json,en,5") && written.contains("r-2,p002,,b.json,fr,4"))
  }

  @Test func aLanguageThatIsNoCodeIsAnErrorOfItsLine() {
    let text = "response,participant,submitted_at,source,language,satisfaction\nr-1,p001,,a.json,\"../../fr\r\n\",5\n"
    let (responses, findings) = FeedbackFile.read(Array(text.utf8))
    #expect(responses.isEmpty)
    #expect(
      findings.map(\.description) == [
        "error: feedback/feedback.csv:2: language: \"../../fr\" is not an ISO 639-1 language code (hint: for example en, fr, ar)"
      ])
  }
}
