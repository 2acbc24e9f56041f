import ConveneCore
import Testing

@testable import ConveneWorkspace

/// A response id written into the file by hand (or by an older version) that is no record key
/// is an error of its line, the same rule `feedback collect` applies.
extension FeedbackFileTests {
  @Test func aResponseIDThatIsNoRecordKeyIsAnErrorOfItsLine() {
    let long = String(repeating: "r", count: 201)
    let text =
      "response,participant,submitted_at,source,language,satisfaction\r\n"
      + "\"../x\r\nBcc: y\",p001,,a.json,,5\r\nr\\1,p002,,b.json,,4\r\n\(long),p003,,c.json,,3\r\nr-4,p004,,d.json,,3\r\n"
    let (responses, findings) = FeedbackFile.read(Array(text.utf8))
    #expect(responses.map(\.id) == ["r-4"])
    #expect(findings.map { "\($0.line ?? 0) \($0.field ?? "")" } == ["2 response", "4 response", "5 response"])
    #expect(findings.first?.description.contains(#"response: "../x\r\nBcc: y" holds U+000D"#) == true, "\(findings)")
    #expect(findings.last?.message.contains("is 201 characters long") == true)
  }
}
