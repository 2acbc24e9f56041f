import ConveneCore

/// A plain-text e-mail (UTF-8, base64): the registration notices. Every header value goes
/// through `MailHeader` (by way of `MailEnvelope`), so the message has exactly the headers
/// written here, whatever the names and titles it was made from.
public struct TextEmail: Sendable, Equatable {
  public var envelope: MailEnvelope
  public var text: String

  /// Creates an e-mail.
  public init(envelope: MailEnvelope, text: String) {
    self.envelope = envelope
    self.text = text
  }

  /// The message, with CRLF line ends; fails when an address or the message id cannot be
  /// written safely.
  public func rendered() throws(MailHeaderError) -> String {
    var lines = try envelope.headerLines().lines
    lines += [
      "Content-Type: text/plain; charset=UTF-8",
      "Content-Transfer-Encoding: base64",
      "",
    ]
    lines += Base64.lines(text.replacingNewlinesWithCRLF)
    lines.append("")
    return lines.joined(separator: "\r\n")
  }
}
