import Foundation
import Testing

/// Every output that takes a language speaks every language of the table: the report right to
/// left in Arabic, the agenda, sign-in sheets, feedback form and invitations in Spanish and
/// Portuguese.
@Suite struct LanguageCommandTests {
  let runner = ConveneRunner()

  func text(_ path: String) -> String { String(decoding: runner.bytes(path), as: UTF8.self) }

  @Test func theReportInArabicReadsRightToLeftWithArabicLabels() throws {
    let ws = try runner.dakarAfterTheEvent()
    let result = try runner.run("report", "--lang", "ar", "--workspace", ws)
    #expect(result.status == 0, "\(result.error)")
    let html = text(ws + "/reports/report.html")
    #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
    #expect(html.contains("<h2>الأرقام الرئيسية</h2>"))
    #expect(html.contains("<title>تقرير الرصد والتقييم: "))
    // Numbers stay left to right inside the right-to-left page; hidden cells say so in Arabic.
    #expect(html.contains("<bdi dir=\"ltr\">25</bdi>"))
    #expect(html.contains("<bdi dir=\"ltr\">مخفي</bdi>"))
    #expect(text(ws + "/reports/report.md").contains("الأرقام الرئيسية"))
    let english = try runner.run("report", "--lang", "en", "--format", "html", "--output", runner.path("en"), "--workspace", ws)
    #expect(english.status == 0)
    #expect(text(runner.path("en") + "/report.html").contains("<html lang=\"en\" dir=\"ltr\">"))
  }

  @Test func aLanguageConveneDoesNotSpeakIsRefused() throws {
    let ws = try runner.copyExample("dakar-regional-workshop")
    let results = [
      try runner.run("report", "--lang", "de", "--workspace", ws),
      try runner.run("agenda", "--lang", "de", "--workspace", ws),
      try runner.run("feedback", "form", "--lang", "de", "--workspace", ws),
      try runner.run("attendance", "sheets", "--lang", "de", "--workspace", ws),
    ]
    for result in results {
      #expect(result.status == 2)
      #expect(result.error.contains("--lang must be one of en, fr, ar, es, pt"), Comment(rawValue: result.error))
    }
    #expect(!FileManager.default.fileExists(atPath: ws + "/reports"))
  }

  @Test func theAgendaSheetsAndFormInSpanishAndPortuguese() throws {
    let ws = try runner.copyExample("dakar-regional-workshop")
    #expect(try runner.run("schedule", "--iterations", "2000", "--workspace", ws).status == 0)
    let spanish = try runner.run("agenda", "--lang", "es", "--format", "html", "--workspace", ws)
    #expect(spanish.status == 0)
    #expect(spanish.output.contains("<html lang=\"es\" dir=\"ltr\">"))
    #expect(spanish.output.contains("<th>Hora</th><th>Sala</th><th>Sesión</th>"))
    let portuguese = try runner.run("agenda", "--lang", "pt", "--workspace", ws)
    #expect(portuguese.output.contains("Horários locais"))
    #expect(try runner.run("attendance", "sheets", "--lang", "pt", "--workspace", ws).status == 0)
    let sheets = try FileManager.default.contentsOfDirectory(atPath: ws + "/sign-in").sorted()
    #expect(text(ws + "/sign-in/" + sheets[0]).contains("Assinatura"))
    #expect(try runner.run("feedback", "form", "--lang", "es", "--workspace", ws).status == 0)
    let form = text(ws + "/forms/feedback-form-es.html")
    #expect(form.contains("lang=\"es\"") && form.contains("Guardar mis respuestas"))
  }

  @Test func invitationsInSpanishAndPortugueseForPeopleWhoSpeakThem() throws {
    let ws = try runner.copyExample("dakar-regional-workshop")
    let eventPath = ws + "/event.json"
    try text(eventPath).replacingOccurrences(of: "\"languages\": [\"fr\", \"en\"]", with: "\"languages\": [\"fr\", \"en\", \"es\", \"pt\"]")
      .write(toFile: eventPath, atomically: true, encoding: .utf8)
    let participantsPath = ws + "/participants.csv"
    var lines = text(participantsPath).components(separatedBy: "\r\n")
    lines[1] = lines[1].replacingOccurrences(of: ",55-64,fr,", with: ",55-64,es,")
    lines[2] = lines[2].replacingOccurrences(of: ",35-44,fr,", with: ",35-44,pt,")
    try lines.joined(separator: "\r\n").write(toFile: participantsPath, atomically: true, encoding: .utf8)
    #expect(try runner.run("check", "--workspace", ws).status == 0)
    #expect(try runner.run("schedule", "--iterations", "2000", "--workspace", ws).status == 0)
    #expect(try runner.run("publish", "--workspace", ws).status == 0)
    #expect(try runner.run("invite", "--workspace", ws).status == 0)
    let spanish = try Self.message(text(ws + "/outbox/v1/p001-request.eml"))
    #expect(spanish.subject.hasPrefix("Invitación: "))
    #expect(spanish.body.hasPrefix("Estimado/a Yao Ouédraogo:"))
    #expect(spanish.body.contains("Queda invitado/a a las siguientes sesiones de"))
    let portuguese = try Self.message(text(ws + "/outbox/v1/p002-request.eml"))
    #expect(portuguese.subject.hasPrefix("Convite: "))
    #expect(portuguese.body.contains("Você está convidado/a para as seguintes sessões de"))
    #expect(portuguese.body.contains("Atenciosamente,"))
  }

  /// The decoded subject and text part of an e-mail convene wrote.
  static func message(_ eml: String) throws -> (subject: String, body: String) {
    let lines = eml.components(separatedBy: "\r\n")
    var subject = ""
    if let start = lines.firstIndex(where: { $0.hasPrefix("Subject: ") }) {
      var encoded = [String(lines[start].dropFirst(9))]
      var next = start + 1
      while lines[next].hasPrefix(" ") { encoded.append(lines[next].trimmingCharacters(in: .whitespaces)); next += 1 }
      subject = encoded.map { word in
        guard word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?=") else { return word }
        let data = Data(base64Encoded: String(word.dropFirst(10).dropLast(2))) ?? Data()
        return String(decoding: data, as: UTF8.self)
      }.joined()
    }
    let plain = try #require(lines.firstIndex(of: "Content-Type: text/plain; charset=UTF-8"))
    let base64 = lines[(plain + 3)...].prefix { !$0.isEmpty }.joined()
    let body = String(decoding: Data(base64Encoded: base64) ?? Data(), as: UTF8.self)
    return (subject, body)
  }
}
