import ConveneCore

/// The headers every e-mail convene writes begins with — From, To, Subject, Date, Message-ID
/// and MIME-Version — each value made safe by `MailHeader`.
public struct MailEnvelope: Sendable, Equatable {
  public var from: MailAddress
  public var to: MailAddress
  public var subject: String
  /// Seconds since 1970 (UTC), for the Date header.
  public var date: Int
  /// The two halves of the Message-ID (`left@right`); each must be a dot-atom.
  public var messageID: (left: String, right: String)

  /// Creates an envelope.
  public init(
    from: MailAddress, to: MailAddress, subject: String, date: Int,
    messageID: (left: String, right: String)
  ) {
    self.from = from
    self.to = to
    self.subject = subject
    self.date = date
    self.messageID = messageID
  }

  public static func == (lhs: MailEnvelope, rhs: MailEnvelope) -> Bool {
    lhs.from == rhs.from && lhs.to == rhs.to && lhs.subject == rhs.subject
      && lhs.date == rhs.date && lhs.messageID == rhs.messageID
  }

  /// The header lines and the Message-ID written in them; fails when an address or the
  /// message id cannot be written safely.
  func headerLines() throws(MailHeaderError) -> (lines: [String], messageID: String) {
    let id = try MailHeader.messageID(left: messageID.left, right: messageID.right)
    return (
      [
        "From: \(try MailHeader.mailbox(name: from.name, address: from.address))",
        "To: \(try MailHeader.mailbox(name: to.name, address: to.address))",
        "Subject: \(MailHeader.text(subject))",
        "Date: \(Self.rfc5322Date(date))",
        "Message-ID: \(id)",
        "MIME-Version: 1.0",
      ], id
    )
  }

  /// `Tue, 09 Mar 2027 06:00:00 +0000`.
  static func rfc5322Date(_ seconds: Int) -> String {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let date = LocalDate(daysSinceEpoch: days)
    let rest = seconds - days * 86_400
    let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    let months = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return
      "\(names[date.isoWeekday - 1]), \(two(date.day)) \(months[date.month - 1]) \(date.year) \(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60)) +0000"
  }
}
