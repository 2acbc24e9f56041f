import Testing

@testable import ConveneMail

@Suite struct CalendarEmailTests {
  let email = CalendarEmail(
    from: MailAddress(name: "Network Management Unit", address: "events@example.org"),
    to: MailAddress(name: "Aïcha Koné", address: "aicha@example.org"),
    subject: "Invitation : Atelier régional",
    text: "Bonjour,\nà bientôt", calendar: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
    method: "REQUEST", date: 1_804_579_200,
    messageID: ("p001.request.v1", "nbo.convene"))

  @Test func headersFollowRFC5322AndEncodeNonASCII() throws {
    let lines = try email.rendered().components(separatedBy: "\r\n")
    #expect(lines[0] == "From: \"Network Management Unit\" <events@example.org>")
    // An encoded name's address is folded onto a line of its own.
    #expect(lines[1] == "To: =?UTF-8?B?QcOvY2hhIEtvbsOp?=")
    #expect(lines[2] == " <aicha@example.org>")
    #expect(lines[3] == "Subject: =?UTF-8?B?SW52aXRhdGlvbiA6IEF0ZWxpZXIgcsOpZ2lvbmFs?=")
    #expect(lines[4] == "Date: Tue, 09 Mar 2027 08:00:00 +0000")
    #expect(lines[5] == "Message-ID: <p001.request.v1@nbo.convene>")
    #expect(lines.contains("Content-Type: text/calendar; charset=UTF-8; method=REQUEST"))
    #expect(lines.contains("Content-Disposition: attachment; filename=\"invite.ics\""))
  }

  /// RFC 2047: a header line holding an encoded word is at most 76 characters, however long
  /// the name, the address and the subject.
  @Test func headerLinesWithEncodedWordsStayWithin76Characters() throws {
    var long = email
    long.to = MailAddress(
      name: String(repeating: "Aïcha Koné ", count: 9), address: "aicha.kone.\(String(repeating: "x", count: 60))@example.org")
    long.subject = "Invitation : " + String(repeating: "Atelier régional Afrique de l'Ouest — ", count: 6)
    let head = try long.rendered().components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
    let encoded = head.filter { $0.contains("=?UTF-8?B?") }
    #expect(encoded.count > 8)
    for line in encoded { #expect(line.count <= 76, "\(line)") }
  }

  @Test func bodiesAreBase64InLinesOf76() throws {
    #expect(Base64.encode(Array("Aïcha".utf8)) == "QcOvY2hh")
    #expect(Base64.encode(Array("ab".utf8)) == "YWI=")
    #expect(
      try email.rendered().components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 998 })
  }
}

@Suite struct TextEmailTests {
  @Test func aTextEmailHasTheEnvelopeThenOnePlainPart() throws {
    let email = TextEmail(
      envelope: MailEnvelope(
        from: MailAddress(name: "Unit", address: "events@example.org"),
        to: MailAddress(name: "Eve\r\nBcc: victim@example.org", address: "eve@example.org"),
        subject: "Liste d'attente\nBcc: x@y.org", date: 1_804_579_200,
        messageID: ("p001.notice1.waitlisted.ab12", "dakar-2027.convene")),
      text: "Bonjour,\nposition 2")
    let rendered = try email.rendered()
    let (headers, body) = (
      rendered.components(separatedBy: "\r\n\r\n")[0], rendered.components(separatedBy: "\r\n\r\n")[1]
    )
    #expect(
      headers.components(separatedBy: "\r\n") == [
        "From: \"Unit\" <events@example.org>", "To: \"Eve Bcc: victim@example.org\" <eve@example.org>",
        "Subject: Liste d'attente Bcc: x@y.org", "Date: Tue, 09 Mar 2027 08:00:00 +0000",
        "Message-ID: <p001.notice1.waitlisted.ab12@dakar-2027.convene>", "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64",
      ])
    #expect(body == Base64.encode(Array("Bonjour,\r\nposition 2".utf8)) + "\r\n")
    var hostile = email
    hostile.envelope.messageID.left = "p001\r\nBcc: x@y.org"
    #expect(throws: MailHeaderError.self) { try hostile.rendered() }
  }
}
