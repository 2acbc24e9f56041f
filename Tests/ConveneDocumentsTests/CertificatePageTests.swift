import ConveneCore
import ConveneEvaluation
import Testing

@testable import ConveneDocuments

@Suite struct CertificatePageTests {
  func page(_ person: Participant, language: String) throws -> String {
    let plan = Build.plan(people: [person])
    let attendance = SessionAttendance(
      plan: plan, schedule: nil, records: Build.present(person.id, "opening", "s2", "closing"))
    let certificate = CertificateIssue.Certificate(
      attendance: attendance.people[0], code: VerificationCode(key: [1], message: [2]), isNew: true)
    return try CertificatePage.html(
      certificate, plan: plan, schedule: nil, language: language, template: try Build.template("certificate.html.mustache"))
  }

  @Test func markupIsShownAsTextAndTheNameKeepsItsDirection() throws {
    let html = try page(Build.person("p002", name: "<img src=x onerror=alert(1)> \"Bob\""), language: "en")
    #expect(!html.contains("<img"))
    #expect(html.contains("&lt;img src=x onerror=alert(1)&gt; &quot;Bob&quot;</bdi>"))
    #expect(html.contains("<bdi class=\"name\" dir=\"auto\" data-participant=\"p002\">"))
    #expect(html.contains("Atelier &lt;2&gt;") && html.contains("Atelier &lt;test&gt; &amp; &quot;démo&quot;"))
    #expect(html.contains("3 of 3 sessions"))
    #expect(html.contains(VerificationCode(key: [1], message: [2]).description))
    #expect(html.contains("The organisers can confirm this certificate from its code: Unit, events@example.org."))
  }

  @Test func anArabicCertificateRunsRightToLeft() throws {
    let html = try page(Build.person("p002", name: "أحمد العلي", languages: ["ar"]), language: "ar")
    #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
    #expect(html.contains("شهادة حضور") && html.contains("3 من أصل 3 جلسات"))
    #expect(html.contains(">أحمد العلي</bdi>"))
  }

  /// An Arabic certificate says "she attended" of a woman, "he attended" of a man, and both
  /// of anyone whose gender is not recorded.
  @Test(arguments: [("woman", "حضرت الجلسات"), ("man", "حضر الجلسات"), ("", "حضر/حضرت الجلسات")])
  func anArabicCertificateSpeaksOfThePersonAsTheirGenderIs(gender: String, words: String) throws {
    var person = Build.person("p002", name: "نور الهدى", languages: ["ar"])
    person.gender = gender
    #expect(try page(person, language: "ar").contains(words + " التالية من"))
  }
}
