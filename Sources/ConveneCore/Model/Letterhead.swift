/// Who signs the letters convene writes for the organisers (visa support letters), as
/// `event.json`'s `letterhead` gives it.
public struct Letterhead: Sendable, Equatable {
  /// The organisation's name, at the head of the letter.
  public var organisation: String
  /// Its postal address (lines separated by line breaks or commas).
  public var address: String
  /// Who signs.
  public var signatory: String
  /// The signatory's title ("Head of the Network Management Unit").
  public var signatoryTitle: String
  /// Where consulates can check the letter.
  public var email: String
  public var phone: String

  /// Creates a letterhead.
  public init(
    organisation: String, address: String, signatory: String, signatoryTitle: String,
    email: String = "", phone: String = ""
  ) {
    self.organisation = organisation
    self.address = address
    self.signatory = signatory
    self.signatoryTitle = signatoryTitle
    self.email = email
    self.phone = phone
  }
}
