import ConveneCore
import ConveneTemplates
import Testing

/// Every language of the table has its invitation text, with the same blocks as English.
@Suite struct InvitationTemplateTests {
  @Test(arguments: LanguagePack.codes)
  func everyLanguageHasAnInvitationText(code: String) throws {
    let text = try #require(TemplateBundle.text(of: "invitation/\(code).txt.mustache"))
    for tag in ["{{{name}}}", "{{{event}}}", "{{#isCancel}}", "{{#hasChanged}}", "{{#sessions}}", "{{{timezone}}}", "{{{organiser}}}"] {
      #expect(text.contains(tag), "\(code) lacks \(tag)")
    }
  }
}
