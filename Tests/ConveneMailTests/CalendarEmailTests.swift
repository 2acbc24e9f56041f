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
    #expect(lines[1] == "To: =?UTF-8?B?QcOvY2hhIEtvbsOp?= <aicha@example.org>")
    #expect(lines[2] == "Subject: =?UTF-8?B?SW52aXRhdGlvbiA6IEF0ZWxpZXIgcsOpZ2lvbmFs?=")
    #expect(lines[3] == "Date: Tue, 09 Mar 2027 08:00:00 +0000")
    #expect(lines[4] == "Message-ID: <p001.request.v1@nbo.convene>")
    #expect(lines.contains("Content-Type: text/calendar; charset=UTF-8; method=REQUEST"))
    #expect(lines.contains("Content-Disposition: attachment; filename=\"invite.ics\""))
  }

  @Test func bodiesAreBase64InLinesOf76() throws {
    #expect(Base64.encode(Array("Aïcha".utf8)) == "QcOvY2hh")
    #expect(Base64.encode(Array("ab".utf8)) == "YWI=")
    #expect(
      try email.rendered().components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 998 })
  }
}
