import ConveneCore

/// An RFC 6047 e-mail carrying an invitation: From the organiser, To the participant, a
/// readable text part and a `text/calendar; method=...` part in a multipart/alternative, and the
/// same calendar attached as `invite.ics`.
public struct InvitationEmail: Sendable {
  public var from: CalendarPerson
  public var to: CalendarPerson
  public var subject: String
  public var text: String
  public var calendar: String
  public var method: CalendarDocument.Method
  /// Seconds since 1970 (UTC), for the Date header.
  public var date: Int
  /// Without angle brackets.
  public var messageID: String

  /// Creates an e-mail.
  public init(from: CalendarPerson, to: CalendarPerson, subject: String, text: String, calendar: String, method: CalendarDocument.Method, date: Int, messageID: String) {
    self.from = from
    self.to = to
    self.subject = subject
    self.text = text
    self.calendar = calendar
    self.method = method
    self.date = date
    self.messageID = messageID
  }

  /// The message, with CRLF line ends.
  public var rendered: String {
    let boundary = "convene-\(contentDigest(messageID))"
    let inner = "\(boundary)-alt"
    var lines = [
      "From: \(Self.address(from))",
      "To: \(Self.address(to))",
      "Subject: \(Self.encodedWord(subject))",
      "Date: \(Self.rfc5322Date(date))",
      "Message-ID: <\(messageID)>",
      "MIME-Version: 1.0",
      "Content-Type: multipart/mixed; boundary=\"\(boundary)\"",
      "",
      "--\(boundary)",
      "Content-Type: multipart/alternative; boundary=\"\(inner)\"",
      "",
      "--\(inner)",
      "Content-Type: text/plain; charset=UTF-8",
      "Content-Transfer-Encoding: base64",
      "",
    ]
    lines += Self.base64Lines(text.replacingNewlinesWithCRLF)
    lines += [
      "", "--\(inner)",
      "Content-Type: text/calendar; charset=UTF-8; method=\(method.rawValue)",
      "Content-Transfer-Encoding: base64", "",
    ]
    lines += Self.base64Lines(calendar)
    lines += [
      "", "--\(inner)--", "", "--\(boundary)",
      "Content-Type: application/ics; name=\"invite.ics\"",
      "Content-Disposition: attachment; filename=\"invite.ics\"",
      "Content-Transfer-Encoding: base64", "",
    ]
    lines += Self.base64Lines(calendar)
    lines += ["", "--\(boundary)--", ""]
    return lines.joined(separator: "\r\n")
  }

  /// `"Name" <address>`, the name encoded when it is not plain ASCII.
  static func address(_ person: CalendarPerson) -> String {
    let plain = person.name.allSatisfy { $0.isASCII && $0 != "\"" && $0 != "\\" && !$0.isNewline }
    let name = plain ? "\"\(person.name)\"" : encodedWord(person.name)
    return "\(name) <\(person.email)>"
  }

  /// RFC 2047 `=?UTF-8?B?...?=` for text that is not plain ASCII, in pieces short enough for a
  /// header line.
  static func encodedWord(_ text: String) -> String {
    if text.allSatisfy({ $0.isASCII && !$0.isNewline }) { return text }
    var words: [String] = []
    var chunk: [UInt8] = []
    for character in text {
      let bytes = Array(String(character).utf8)
      if chunk.count + bytes.count > 45 {
        words.append("=?UTF-8?B?\(base64(chunk))?=")
        chunk = []
      }
      chunk += bytes
    }
    if !chunk.isEmpty { words.append("=?UTF-8?B?\(base64(chunk))?=") }
    return words.joined(separator: "\r\n ")
  }

  static func base64Lines(_ text: String) -> [String] {
    let encoded = Array(base64(Array(text.utf8)).utf8)
    return stride(from: 0, to: encoded.count, by: 76).map { start in
      String(decoding: encoded[start..<min(start + 76, encoded.count)], as: UTF8.self)
    }
  }

  static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  static func base64(_ bytes: [UInt8]) -> String {
    var output: [UInt8] = []
    output.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index < bytes.count {
      let a = UInt32(bytes[index])
      let b = index + 1 < bytes.count ? UInt32(bytes[index + 1]) : 0
      let c = index + 2 < bytes.count ? UInt32(bytes[index + 2]) : 0
      let triple = a << 16 | b << 8 | c
      output.append(alphabet[Int(triple >> 18 & 63)])
      output.append(alphabet[Int(triple >> 12 & 63)])
      output.append(index + 1 < bytes.count ? alphabet[Int(triple >> 6 & 63)] : UInt8(ascii: "="))
      output.append(index + 2 < bytes.count ? alphabet[Int(triple & 63)] : UInt8(ascii: "="))
      index += 3
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// `Tue, 09 Mar 2027 06:00:00 +0000`.
  static func rfc5322Date(_ seconds: Int) -> String {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let date = LocalDate(daysSinceEpoch: days)
    let rest = seconds - days * 86_400
    let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(names[date.isoWeekday - 1]), \(two(date.day)) \(months[date.month - 1]) \(date.year) \(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60)) +0000"
  }
}

extension String {
  var replacingNewlinesWithCRLF: String {
    var result = ""
    for character in self {
      if character == "\n" || character == "\r\n" { result += "\r\n" } else { result.append(character) }
    }
    return result
  }
}
