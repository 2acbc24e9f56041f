import ConveneCore
import ConveneJSON

extension EventFile.Decoder {
  /// The members a `letterhead` may have.
  static let letterheadFields = [
    "organisation", "address", "signatory", "signatory_title", "email", "phone",
  ]

  /// Reads `letterhead`: who signs the organisers' letters. `organisation`, `address`,
  /// `signatory` and `signatory_title` are required; `email` must be an address and `phone`
  /// a telephone number when given.
  mutating func letterheadSettings() -> Letterhead? {
    guard let object = member(node, "", "letterhead") else { return nil }
    guard object.members != nil else {
      problem("letterhead", object.line, "must be an object with organisation, address, signatory and signatory_title")
      return nil
    }
    checkFields(object, "letterhead", known: Self.letterheadFields)
    let organisation = string(object, "letterhead", "organisation", required: true)
    let address = string(object, "letterhead", "address", required: true, multiline: true)
    let signatory = string(object, "letterhead", "signatory", required: true)
    let title = string(object, "letterhead", "signatory_title", required: true)
    let email = string(object, "letterhead", "email") ?? ""
    if !email.isEmpty, EmailAddress.normalised(email) == nil {
      problem("letterhead.email", lines["letterhead.email"] ?? object.line, "\"\(email)\" is not an e-mail address")
    }
    let phone = string(object, "letterhead", "phone") ?? ""
    if !phone.isEmpty && !Self.isPhoneNumber(phone) {
      problem(
        "letterhead.phone", lines["letterhead.phone"] ?? object.line,
        "\"\(phone)\" is not a telephone number", hint: "write +221 33 800 00 00")
    }
    guard let organisation, let address, let signatory, let title else { return nil }
    return Letterhead(
      organisation: organisation, address: address, signatory: signatory, signatoryTitle: title,
      email: email, phone: phone)
  }

  /// Digits with spaces, dots, dashes, brackets and a leading `+`; 6 to 20 digits.
  static func isPhoneNumber(_ text: String) -> Bool {
    let digits = text.filter(\.isASCII).filter(\.isNumber).count
    return (6...20).contains(digits)
      && text.enumerated().allSatisfy { index, character in
        (character.isASCII && character.isNumber) || " .-()".contains(character)
          || (character == "+" && index == 0)
      }
  }

  /// A `YYYY-MM-DD` date member, or nil (with a finding when it does not read as one).
  mutating func date(_ object: JSONNode, _ parent: String, _ key: String) -> LocalDate? {
    guard let text = string(object, parent, key) else { return nil }
    guard let date = LocalDate(text) else {
      problem(
        join(parent, key), lines[join(parent, key)] ?? object.line, "\"\(text)\" is not a date",
        hint: "write 2027-02-15")
      return nil
    }
    return date
  }
}
