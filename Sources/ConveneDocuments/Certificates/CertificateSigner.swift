import ConveneCore

/// Computes and checks verification codes with the workspace's HMAC key. A code binds the
/// event, the person (id and name as printed) and the sessions certified: change any of them
/// and the code no longer matches.
public struct CertificateSigner: Sendable {
  let key: [UInt8]

  /// A signer with the key of `.convene/certificate-key`.
  public init(key: [UInt8]) { self.key = key }

  /// The code of a certificate for `participant`, named `name`, attending `sessions` of
  /// `event`.
  public func code(event: String, participant: String, name: String, sessions: [String])
    -> VerificationCode
  {
    VerificationCode(
      key: key,
      message: Self.message(event: event, participant: participant, name: name, sessions: sessions))
  }

  /// True when `certificate`'s code is the one its event, person and sessions give.
  public func matches(_ certificate: IssuedCertificate) -> Bool {
    code(
      event: certificate.event, participant: certificate.participant, name: certificate.name,
      sessions: certificate.sessions
    ).characters == certificate.code
  }

  /// What is signed: a version tag and each field as its UTF-8 length, a colon and its bytes,
  /// so that no two different certificates give the same message.
  static func message(event: String, participant: String, name: String, sessions: [String])
    -> [UInt8]
  {
    var bytes = Array("convene-certificate/1".utf8)
    for field in [event, participant, name] + sessions {
      bytes += Array("\n\(field.utf8.count):".utf8) + Array(field.utf8)
    }
    return bytes
  }
}
