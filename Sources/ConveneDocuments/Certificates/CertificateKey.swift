import ConveneCore
import ConveneWorkspace

/// The workspace's certificate key (`.convene/certificate-key`): 32 bytes from the operating
/// system's random source, written once as 64 hexadecimal digits in a file only its owner can
/// read (0600), never replaced by convene. Losing it makes every issued code unverifiable;
/// whoever holds it can issue codes that verify.
public enum CertificateKey {
  /// The key's length in bytes.
  public static let length = 32

  /// The key, or nil when the workspace has none yet. Fails on a key file that is not 64
  /// hexadecimal digits.
  public static func load(from workspace: Workspace) throws -> [UInt8]? {
    guard
      let bytes = try workspace.fileSystem.contents(of: workspace.path(CertificateFiles.keyName))
    else {
      return nil
    }
    let text = String(decoding: bytes, as: UTF8.self).trimmed
    let digits = Array(text.utf8)
    guard digits.count == 2 * length, let key = decode(digits) else {
      throw CommandFailure(
        "\(CertificateFiles.keyName) is not a certificate key (64 hexadecimal digits); restore it from a backup — convene never replaces a key"
      )
    }
    return key
  }

  /// The key as written to its file.
  static func encoded(_ key: [UInt8]) -> [UInt8] {
    let hex = Array("0123456789abcdef".utf8)
    return key.flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 15)]] } + [UInt8(ascii: "\n")]
  }

  static func decode(_ digits: [UInt8]) -> [UInt8]? {
    func value(_ digit: UInt8) -> UInt8? {
      switch digit {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
      default: nil
      }
    }
    var key: [UInt8] = []
    for index in stride(from: 0, to: digits.count, by: 2) {
      guard let high = value(digits[index]), let low = value(digits[index + 1]) else { return nil }
      key.append(high << 4 | low)
    }
    return key
  }

  /// Writes a new key made of `randomBytes(32)`, readable by its owner only.
  static func create(in workspace: Workspace, randomBytes: (Int) -> [UInt8]) throws -> [UInt8] {
    let key = randomBytes(length)
    guard key.count == length, Set(key).count > 1 else {
      throw CommandFailure(
        "the system's random source gave no usable key; no certificate was issued")
    }
    try workspace.fileSystem.createDirectory(workspace.path(".convene"))
    try workspace.fileSystem.writePrivately(
      encoded(key), to: workspace.path(CertificateFiles.keyName))
    return key
  }
}
