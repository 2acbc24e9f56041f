import ConveneCore
import ConveneEvaluation
import Foundation
import Testing

@testable import ConveneReports

@Suite struct FeedbackFormPageTests {
  let questionnaire = FeedbackQuestionnaire(plan: Fixture.plan(), evaluation: Fixture.evaluation)

  @Test func theFormIsSelfContainedAndEscapesEveryText() throws {
    let html = try FeedbackFormPage.html(
      questionnaire, language: "en", template: Fixture.template("feedback-form.html.mustache"))
    // One script, the form's own; no payload opened another.
    #expect(html.components(separatedBy: "<script").count == 2)
    #expect(!html.contains("<img"))
    #expect(html.contains("Session &lt;script&gt;"))
    let tags = html.replacingOccurrences(of: #""[^"]*""#, with: "\"\"", options: .regularExpression)
    #expect(tags.range(of: #"<[^>]*\s(src|href)\s*="#, options: .regularExpression) == nil)
    for marker in ["@import", "url("] { #expect(!html.contains(marker), "\(marker) found") }
    #expect(html.contains("name=\"usefulness:s1\""))
    #expect(html.contains("data-required=\"true\""))
    #expect(html.contains("<html lang=\"en\" dir=\"ltr\">"))
  }

  @Test func arabicReadsRightToLeft() throws {
    let html = try FeedbackFormPage.html(
      questionnaire, language: "ar", template: Fixture.template("feedback-form.html.mustache"))
    #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
    #expect(html.contains("راضٍ؟"))
  }

  @Test func scriptStringsCannotCloseTheScript() {
    #expect(FeedbackFormPage.scriptString("a</script>&b") == "\"a\\u003c/script\\u003e\\u0026b\"")
  }

  @Test func theCSVTemplateHasOneColumnPerAnswer() {
    #expect(
      FeedbackFormPage.csvTemplate(questionnaire) == [
        "participant", "email", "submitted_at", "satisfaction", "usefulness:s1", "knowledge_before",
        "knowledge_after", "commitments", "category",
      ])
  }
}
