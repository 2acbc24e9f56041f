import Foundation
import Testing

/// A commitment is published as written only when it names no participant and gives no contact
/// details; the report says how many were withheld.
@Suite struct CommitmentPrivacyTests {
  @Test func aCommitmentNamingItsWriterOrAPhoneNumberIsWithheld() throws {
    let convene = ConveneRunner()
    let ws = try convene.dakarAfterTheEvent()
    let path = ws + "/feedback/feedback.csv"
    let original = String(decoding: convene.bytes(path), as: UTF8.self)
    // Written by two people (p001, p029), then one (p018).
    let named = "As Lord Mayor I (Efua Owusu) will table the plan"
    let phoned = "Call me on +234 803 555 0101 to plan the visit"
    let edited = original.replacingOccurrences(
      of: "Présenter le plan de prévention au conseil municipal", with: named
    ).replacingOccurrences(of: "Draft a city action plan with our national focal point", with: phoned)
    #expect(edited != original)
    try Data(edited.utf8).write(to: URL(fileURLWithPath: path))
    let run = try convene.run("report", "--lang", "en", "--workspace", ws)
    #expect(run.status == 0, "\(run.error)")
    for file in ["report.md", "report.html"] {
      let text = String(decoding: convene.bytes(ws + "/reports/" + file), as: UTF8.self)
      #expect(!text.contains("Efua Owusu") && !text.contains("555 0101"), "\(file)")
      #expect(text.contains("3 more are not printed: they name a person or give contact details."), "\(file)")
      #expect(text.contains("Train"), "\(file): the other commitments are still printed")
    }
  }
}
