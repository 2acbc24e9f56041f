import ConveneCore

/// An RFC 6047 e-mail carrying a calendar: a readable text part and a `text/calendar;
/// method=...` part in a multipart/alternative, and the same calendar attached as
/// `invite.ics`. Every header value goes through `MailHeader`, so the message has exactly the
/// headers written here, whatever the names, ids and titles it was made from.
public struct CalendarEmail: Sendable, Equatable {
  /// Who it is from and to.
  public var from: MailAddress
  public var to: MailAddress
  public var subject: String
  public var text: String
  public var calendar: String
  /// The iTIP method (`REQUEST`, `CANCEL`).
  public var method: String
  /// Seconds since 1970 (UTC), for the Date header.
  public var date: Int
  /// The two halves of the Message-ID (`left@right`); each must be a dot-atom.
  public var messageID: (left: String, right: String)

  /// Creates an e-mail.
  public init(
    from: MailAddress, to: MailAddress, subject: String, text: String, calendar: String,
    method: String,
    date: Int, messageID: (left: String, right: String)
  ) {
    self.from = from
    self.to = to
    self.subject = subject
    self.text = text
    self.calendar = calendar
    self.method = method
    self.date = date
    self.messageID = messageID
  }

  public static func == (lhs: CalendarEmail, rhs: CalendarEmail) -> Bool {
    lhs.from == rhs.from && lhs.to == rhs.to && lhs.subject == rhs.subject && lhs.text == rhs.text
      && lhs.calendar == rhs.calendar && lhs.method == rhs.method && lhs.date == rhs.date
      && lhs.messageID == rhs.messageID
  }

  /// The message, with CRLF line ends; fails when an address, the message id or the method
  /// cannot be written safely.
  public func rendered() throws(MailHeaderError) -> String {
    let envelope = MailEnvelope(
      from: from, to: to, subject: subject, date: date, messageID: messageID)
    var (lines, id) = try envelope.headerLines()
    let method = try MailHeader.token(method, field: "method")
    let boundary = "convene-\(contentDigest(id))"
    let inner = "\(boundary)-alt"
    lines += [
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
    lines += Base64.lines(text.replacingNewlinesWithCRLF)
    lines += [
      "", "--\(inner)",
      "Content-Type: text/calendar; charset=UTF-8; method=\(method)",
      "Content-Transfer-Encoding: base64", "",
    ]
    lines += Base64.lines(calendar)
    lines += [
      "", "--\(inner)--", "", "--\(boundary)",
      "Content-Type: application/ics; name=\"invite.ics\"",
      "Content-Disposition: attachment; filename=\"invite.ics\"",
      "Content-Transfer-Encoding: base64", "",
    ]
    lines += Base64.lines(calendar)
    lines += ["", "--\(boundary)--", ""]
    return lines.joined(separator: "\r\n")
  }
}

/// A display name and an address.
public struct MailAddress: Sendable, Equatable {
  public var name: String
  public var address: String

  /// Creates an address.
  public init(name: String, address: String) {
    self.name = name
    self.address = address
  }
}

extension String {
  var replacingNewlinesWithCRLF: String {
    var result = ""
    for character in self {
      if character == "\n" || character == "\r\n" {
        result += "\r\n"
      } else {
        result.append(character)
      }
    }
    return result
  }
}
