import ConveneCore
import ConveneEvaluation
import Testing

@testable import ConveneNetwork

/// A follow-up answer's time and id, attacked: no time in every shape a hand-edited file or an
/// export can give, ids that are no record key, two answers with one id or one time.
extension FollowupTests {
  func form(_ participant: String, field: String, response: String? = nil) -> [UInt8] {
    Array(
      """
      { "format": "convene-followup/1", "event": "dakar-2027", "response": "\(response ?? "f-\(participant)")",
        "participant": "\(participant)", \(field) "answers": { "status": "done" } }
      """.utf8)
  }

  @Test(arguments: [
    ("", "submitted_at: missing"), (#""submitted_at": null,"#, #"submitted_at: "" is not a date and time"#),
    (#""submitted_at": true,"#, #"submitted_at: "yes" is not a date and time"#),
    (#""submitted_at": "","#, #"submitted_at: "" is not a date and time"#),
    (#""submitted_at": 1e308,"#, "is not a date and time"),
  ])
  func aFormWithoutItsTimeIsRejectedNamingTheField(field: String, reason: String) {
    let outcome = collect([("a.json", form("p001", field: field))])
    #expect(outcome.responses.isEmpty)
    #expect(outcome.rejections.map(\.source) == ["a.json"])
    #expect(outcome.rejections.first?.reason.contains(reason) == true, "\(outcome.rejections)")
  }

  @Test func anExportRowWithoutItsTimeIsRejectedAndCheckFlagsAStoredOne() {
    let csv = "participant,status,submitted_at\r\np001,done,\r\np004,done,2027-07-12T10:00:00Z\r\n"
    let outcome = collect([("export.csv", Array(csv.utf8))])
    #expect(outcome.responses.map(\.participant) == ["p004"])
    #expect(outcome.rejections.map(\.source) == ["export.csv:2"])
    #expect(outcome.rejections.first?.reason.hasPrefix("submitted_at: missing") == true)
    let stored = FollowupFile.read(Array(FollowupFile.write([Build.followup("p001", status: "done", at: "")]).utf8))
    let findings = FollowupFile.check(stored.responses, plan: plan, commitments: commitments)
    #expect(findings.map { "\($0.severity.rawValue) \($0.line ?? 0) \($0.field ?? "")" } == ["error 2 submitted_at"])
  }

  @Test(arguments: [
    ("../../etc/passwd", "a response id is no path"), (#"a\\b"#, "a response id is no path"),
    (#"x\r\nX: y"#, "U+000D"), (String(repeating: "r", count: 201), "is 201 characters long"),
  ])
  func aResponseIDThatIsNoRecordKeyIsRejected(id: String, reason: String) {
    let outcome = collect([("a.json", form("p001", field: #""submitted_at": "2027-07-10T10:00:00Z","#, response: id))])
    #expect(outcome.responses.isEmpty)
    #expect(outcome.rejections.first?.reason.hasPrefix("response: ") == true)
    #expect(outcome.rejections.first?.reason.contains(reason) == true, "\(outcome.rejections)")
    // The longest id allowed is taken.
    let longest = collect([("b.json", form("p001", field: #""submitted_at": "2027-07-10T10:00:00Z","#, response: String(repeating: "r", count: 200)))])
    #expect(longest.rejections.isEmpty && longest.responses.count == 1)
  }

  @Test func aSecondFileWithTheSameResponseIDForAnotherParticipantIsRejectedNamingBoth() {
    let time = #""submitted_at": "2027-07-10T10:00:00Z","#
    let first = collect([("a.json", form("p001", field: time, response: "f-1")), ("b.json", form("p004", field: time, response: "f-1"))])
    #expect(first.responses.map(\.participant) == ["p001"])
    #expect(first.rejections.map(\.source) == ["b.json"])
    #expect(first.rejections.first?.reason == #"response: "f-1" is already the id of the answer of p001 from a.json; one id names one answer"#)
    // The same, against an answer collected before.
    let later = collect([("c.json", form("p004", field: time, response: "f-1"))], into: first.responses)
    #expect(later.responses == first.responses && later.rejections.map(\.source) == ["c.json"])
  }

  @Test func twoAnswersWithTheSameTimeAreNamedAndTheLastFileByNameIsKept() {
    for order in [["a.json", "b.json"], ["b.json", "a.json"]] {
      let outcome = collect(order.map { ($0, form("p001", $0 == "a.json" ? "done" : "dropped")) })
      #expect(outcome.responses.map { $0.answers["status"] } == ["dropped"])
      #expect(outcome.sameTime == [.init(respondent: "p001", submittedAt: "2027-07-10T10:00:00Z", kept: "b.json", leftOut: "a.json")])
      #expect((outcome.added, outcome.replaced) == (1, 0))
    }
    // Against a record kept before: not "replaced by a later answer".
    let first = collect([("a.json", form("p001", "done"))])
    let second = collect([("b.json", form("p001", "dropped"))], into: first.responses)
    #expect(second.replaced == 0 && second.sameTime.map(\.kept) == ["b.json"])
  }

  @Test func invalidUTF8IsARejectedFileNamingTheByte() {
    var bytes = form("p001", "done")
    let offset = bytes.firstIndex(of: UInt8(ascii: "A"))!
    bytes.insert(contentsOf: [0xFF, 0xFE], at: offset)
    let outcome = collect([("a7.json", bytes)])
    #expect(outcome.responses.isEmpty)
    #expect(outcome.rejections.first?.reason == "byte \(offset) (0xFF) is not UTF-8; the form saves its files in UTF-8")
  }
}
