import ConveneCore
import Testing

@testable import ConveneEvaluation

/// A returned feedback form's bytes and id, attacked: invalid UTF-8, ids that are no record key,
/// one id for two people, and long values quoted in the rejection.
extension FeedbackCollectorTests {
  func form(_ participant: String, response: String, answer: String = "4") -> [UInt8] {
    Array(
      #"{"format": "convene-feedback/1", "response": "\#(response)", "participant": "\#(participant)", "submitted_at": "2027-03-10T17:02:00Z", "answers": {"satisfaction": "\#(answer)"}}"#
        .utf8)
  }

  func collect(_ files: [(String, [UInt8])], into existing: [FeedbackResponse] = []) -> FeedbackCollector.Outcome {
    let reader = FeedbackReader(questionnaire: Build.questionnaire(plan))
    let read = files.map { reader.read(file: $0.0, bytes: $0.1) }
    return collector.collect(read.flatMap(\.submissions), into: existing, rejections: read.flatMap(\.rejections))
  }

  @Test func invalidUTF8InAFormIsRejectedNamingTheByteNotStoredAsReplacement() {
    var bytes = form("p001", response: "r-1")
    bytes.insert(0xC3, at: 1)
    let outcome = collect([("f.json", [0xEF, 0xBB, 0xBF] + bytes)])
    #expect(outcome.responses.isEmpty)
    #expect(outcome.rejections.map(\.reason) == ["byte 4 (0xC3) is not UTF-8; the form saves its files in UTF-8"])
  }

  @Test func anIDWithALineBreakOrASlashIsRejectedAndOneIDNamesOneAnswer() {
    let outcome = collect([
      ("a.json", form("p001", response: #"../x\r\nBcc: y"#)), ("b.json", form("p002", response: "r-7")),
      ("c.json", form("p003", response: "r-7")), ("d.json", form("p002", response: "r-7", answer: "2")),
    ])
    #expect(outcome.responses.map(\.participant) == ["p002"])
    let reasons = outcome.rejections.map { "\($0.source): \($0.reason)" }
    #expect(reasons.count == 2, "\(reasons)")
    #expect(reasons.first?.hasPrefix(#"a.json: response: "../x\r\nBcc: y" holds U+000D"#) == true, "\(reasons)")
    #expect(reasons.last == #"c.json: response: "r-7" is already the id of the answer of p002 from b.json; one id names one answer"#)
  }

  @Test func aLongValueIsQuotedCutShort() {
    let name = String(repeating: "x", count: 200_000)
    let outcome = collect([("a.json", form(name, response: "r-1"))])
    let reason = outcome.rejections.first?.reason ?? ""
    #expect(reason == "unknown participant \"\(String(repeating: "x", count: 120))…\"")
  }
}
