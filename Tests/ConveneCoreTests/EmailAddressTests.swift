import Testing

@testable import ConveneCore

@Suite struct EmailAddressTests {
  @Test func normalisesWhatFormsProduce() {
    #expect(EmailAddress.normalised("  Aicha.Kone@Example.ORG ") == "aicha.kone@example.org")
    #expect(EmailAddress.normalised("mailto:x@example.org") == "x@example.org")
    #expect(EmailAddress.normalised("<x@example.org>") == "x@example.org")
  }

  @Test(arguments: ["not-an-email", "a@b", "a@@b.org", "a b@c.org", "a@b..org", "a@b.org;c@d.org", "@b.org"])
  func rejectsWhatIsNotAnAddress(text: String) {
    #expect(EmailAddress.normalised(text) == nil)
  }
}
