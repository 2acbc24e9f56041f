import Testing
import Foundation

@testable import ConveneMail

/// Hostile values in every header convene writes: none may add a header or end the headers.
@Suite struct MailHeaderTests {
  /// The header block of a rendered message, split into lines (folded lines joined).
  func headers(_ message: String) -> [String] {
    let block = message.components(separatedBy: "\r\n\r\n")[0]
    var lines: [String] = []
    for line in block.components(separatedBy: "\r\n") {
      if line.hasPrefix(" ") || line.hasPrefix("\t") {
        lines[lines.count - 1] += line
      } else {
        lines.append(line)
      }
    }
    return lines
  }

  func email(
    name: String = "Aïcha Koné", address: String = "aicha@example.org",
    subject: String = "Invitation",
    organiser: String = "Network Unit", left: String = "p001.request.v1",
    right: String = "dakar-2027.convene"
  ) -> CalendarEmail {
    CalendarEmail(
      from: MailAddress(name: organiser, address: "events@example.org"),
      to: MailAddress(name: name, address: address),
      subject: subject, text: "Hello", calendar: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
      method: "REQUEST",
      date: 0, messageID: (left, right))
  }

  static let injections = [
    "x\r\nBcc: victim@example.org", "x\nBcc: victim@example.org", "x\rBcc: victim@example.org",
    "x\r\n\r\nbody", "x\u{0B}Bcc: v@example.org", "x\u{85}Bcc: v@example.org",
    "x\u{2028}Bcc: v@example.org",
    "=?UTF-8?B?DQpCY2M6IHZAZXhhbXBsZS5vcmc=?=", "Ünïcödé\r\nBcc: victim@example.org",
  ]

  @Test(arguments: injections) func namesAndSubjectsCannotAddAHeader(_ hostile: String) throws {
    for message in [email(name: hostile), email(subject: hostile), email(organiser: hostile)] {
      let lines = headers(try message.rendered())
      #expect(
        lines.map { $0.prefix { $0 != ":" } } == [
          "From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
        ])
      #expect(
        lines.allSatisfy { $0.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F } })
    }
  }

  @Test(
    arguments: injections.filter { !$0.hasPrefix("=?") } + [
      "p001@evil", "p 001", "a..b", ".p001", "", "<p001>",
    ])
  func idsThatAreNotDotAtomsAreRefused(_ hostile: String) {
    #expect(throws: MailHeaderError.self) { try email(left: hostile).rendered() }
    #expect(throws: MailHeaderError.self) { try email(right: hostile).rendered() }
  }

  @Test(arguments: [
    "a@example.org\r\nBcc: v@example.org", "a@example.org, v@example.org", "<a@example.org>",
    "a b@example.org",
    "a@example.org\u{0}", "no-at-sign", "a@b@example.org", "\"a\"@example.org",
    // Not ASCII: raw UTF-8 in a header needs SMTPUTF8, which these messages do not use.
    "cai@exämple.org", "\u{430}na@example.org", "ليلى@example.org",
  ])
  func addressesThatAreNotOnePlainAddressAreRefused(_ hostile: String) {
    #expect(throws: MailHeaderError.self) { try email(address: hostile).rendered() }
  }

  @Test func theRefusalNamesTheFieldAndShowsTheControlCharacters() {
    #expect(
      MailHeaderError.unsafe(field: "Message-ID", value: "p1\r\nBcc", reason: "r").message
        == "Message-ID \"p1\\r\\nBcc\": r; the e-mail was not written")
  }

  @Test func plainTextStaysReadableAndOtherTextIsEncodedInShortWords() throws {
    #expect(MailHeader.text("Invitation: Dakar workshop") == "Invitation: Dakar workshop")
    #expect(MailHeader.text("  two\r\n lines\t") == "two lines")
    let long = MailHeader.text(String(repeating: "é", count: 100))
    // 19 letters of 2 bytes a word: a word and `Subject: ` before it stay within 76 characters.
    #expect(long.components(separatedBy: "\r\n ").count == 6)
    #expect(
      long.components(separatedBy: "\r\n ").allSatisfy {
        $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") && $0.count <= 64
      })
    #expect(
      try MailHeader.mailbox(name: "Say \"hi\" \\ bye", address: "a@example.org")
        == "\"Say \\\"hi\\\" \\\\ bye\" <a@example.org>")
    #expect(try MailHeader.mailbox(name: "", address: "a@example.org") == "<a@example.org>")
  }

  /// A name of 500 characters (`check` allows it) in quotes, or of 250 escaped quotes, made a
  /// `To:` line of 1,022 characters: past the 998 a mail line may have. Such a name is
  /// encoded, in words on folded lines, and decodes back to itself.
  @Test(arguments: ["Ali " + String(repeating: "\\\"", count: 248), String(repeating: "Abcdefghij ", count: 45) + "Zed"])
  func aLongPlainNameIsEncodedOnShortLines(name: String) throws {
    let mailbox = try MailHeader.mailbox(name: name, address: "someone@example.org")
    let lines = mailbox.components(separatedBy: "\r\n")
    #expect(lines.count > 2 && lines.allSatisfy { $0.utf8.count <= 76 - "To: ".count })
    #expect(lines.last == " <someone@example.org>")
    let decoded = lines.dropLast().map { line -> String in
      let word = line.trimmingCharacters(in: .whitespaces).dropFirst("=?UTF-8?B?".count).dropLast(2)
      return String(decoding: Data(base64Encoded: String(word))!, as: UTF8.self)
    }.joined()
    #expect(decoded == name)
  }
}
