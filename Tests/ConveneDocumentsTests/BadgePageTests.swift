import ConveneCore
import Testing

@testable import ConveneDocuments

@Suite struct BadgePageTests {
  func page(language: String = "fr", people: [Participant] = Build.people) throws -> String {
    let sheet = try BadgeSheet(
      plan: Build.plan(people: people), selection: .init(), language: language)
    return try BadgePage.html(
      sheet, event: Build.event(), template: try Build.template("badges.html.mustache"))
  }

  func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  /// Markup in names, organisations and the event's title is shown as text, never run.
  @Test func everyTextIsEscaped() throws {
    let html = try page()
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Bob&quot;"))
    #expect(html.contains("Atelier &lt;test&gt; &amp; &quot;démo&quot;"))
    #expect(html.contains("Donor &lt;partner&gt;"))
  }

  /// Names take their own direction: an Arabic name reads right to left on a French sheet,
  /// and an Arabic sheet runs right to left.
  @Test func namesKeepTheirDirection() throws {
    let html = try page()
    #expect(html.contains("<html lang=\"fr\" dir=\"ltr\">"))
    #expect(html.contains("<p class=\"name large\" dir=\"auto\">أحمد العلي</p>"))
    #expect(html.contains("<bdi>Jordanie</bdi>"))
    #expect(try page(language: "ar").contains("<html lang=\"ar\" dir=\"rtl\">"))
  }

  /// One badge, one QR code and one band per person; sheets of eight; the band's colours.
  @Test func oneBadgePerPersonOnSheetsOfEight() throws {
    let people = (1...11).map { Build.person(String(format: "p%03d", $0)) }
    let html = try page(people: people)
    #expect(count("<section class=\"sheet\"", in: html) == 2)
    #expect(count("<article class=\"badge\"", in: html) == 11)
    #expect(count("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\"", in: html) == 11)
    #expect(count("style=\"background:#A4161A;color:#FFFFFF\"", in: html) == 11)
    #expect(html.contains("data-participant=\"p011\""))
    #expect(html.contains("@page { size: A4; margin: 0; }"))
  }

  @Test func longNamesGetSmallerType() {
    #expect(BadgePage.nameSize("Aminata Koné") == "large")
    #expect(BadgePage.nameSize("Maria Fernanda Gonçalves Pereira da Silva") == "small")
  }
}
