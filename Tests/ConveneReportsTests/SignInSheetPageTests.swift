import ConveneCore
import ConveneEvaluation
import Testing

@testable import ConveneReports

@Suite struct SignInSheetPageTests {
  @Test func onePagePerSessionWithEscapedNamesAndBlankLines() throws {
    let plan = Fixture.plan()
    let sheets = SignInSheets(plan: plan, schedule: nil)
    let day = try #require(sheets.days.last)
    let html = try SignInSheetPage.html(
      day, event: plan.event, language: "fr", template: Fixture.template("sign-in.html.mustache"))
    #expect(html.components(separatedBy: "<section class=\"page\"").count == day.pages.count + 1)
    #expect(!html.contains("<script"))
    #expect(html.contains("Name &lt;script&gt;"))
    #expect(html.contains("<th>Signature</th>"))
    #expect(
      html.components(separatedBy: "<td class=\"signature\">").count == 1 + 12
        + SignInSheetPage.blankRows)
    #expect(html.contains("break-after: page"))
    // Sessions without a time or room show neither (nor their separators).
    #expect(!html.contains("· ·"))
    #expect(html.contains("<h1>Session &lt;script&gt;"))
  }
}
