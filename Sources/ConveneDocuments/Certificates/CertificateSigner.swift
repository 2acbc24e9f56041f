import ConveneCore
import ConveneHMAC
import ConveneWorkspace

/// Computes and checks verification codes with the workspace's HMAC key. A code binds the
/// event, the person (id and name as printed) and the sessions certified: change any of them
/// and the code no longer matches. A register row's seal binds the whole row (the code, what
/// it certifies, its state and what replaced it), so that a withdrawn or superseded code
/// cannot be made current again by editing the register.
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

  /// The seal of `certificate`'s register row: HMAC-SHA256 of every cell, in hexadecimal.
  public func seal(of certificate: IssuedCertificate) -> String {
    var message = Array("convene-certificate-register/1".utf8)
    for cell in CertificateFiles.cells(of: certificate) {
      message += Array("\n\(cell.utf8.count):".utf8) + Array(cell.utf8)
    }
    return HMAC.sha256(key: key, message: message).map { byte in
      let digits = Array("0123456789abcdef")
      return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }.joined()
  }

  /// True when `seal` is the seal of `certificate`'s row (compared in constant time).
  public func isSealed(_ certificate: IssuedCertificate, by seal: String) -> Bool {
    HMAC.equal(Array(self.seal(of: certificate).utf8), Array(seal.utf8))
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
