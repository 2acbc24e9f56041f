import ConveneHMAC

/// The verification code printed on a certificate: 75 bits of an HMAC-SHA256 as 15
/// characters of Crockford's base32 (digits and capitals without I, L, O and U), then a Luhn
/// mod 32 check character, in four groups of four: `7KQ2-M9XD-4HTR-B3WP`.
///
/// Typed back, case, spaces and hyphens do not matter, `O` reads as `0` and `I` or `L` as
/// `1`; the check character catches any one character mistyped and two neighbours swapped
/// (all but `0` and `Z`).
public struct VerificationCode: Sendable, Hashable, CustomStringConvertible {
  /// The 16 characters, without hyphens.
  public let characters: String

  /// Crockford's base32 alphabet.
  static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
  static let values: [Character: Int] = Dictionary(
    uniqueKeysWithValues: alphabet.enumerated().map { ($1, $0) })
  /// Characters before the check character.
  static let payloadLength = 15

  /// The code of `message` under `key`: its HMAC-SHA256, first 75 bits.
  public init(key: [UInt8], message: [UInt8]) {
    let digest = HMAC.sha256(key: key, message: message)
    var payload: [Character] = []
    var buffer = 0
    var bits = 0
    var index = 0
    while payload.count < Self.payloadLength {
      if bits < 5 {
        buffer = (buffer << 8) | Int(digest[index])
        index += 1
        bits += 8
      }
      payload.append(Self.alphabet[(buffer >> (bits - 5)) & 31])
      bits -= 5
    }
    characters =
      String(payload) + String(Self.alphabet[Self.checkValue(payload.map { Self.values[$0]! })])
  }

  /// Reads a code as a person typed it. Fails saying why: a character that cannot be in a
  /// code, the wrong length, or a check character that does not match (a typo).
  public init(typed text: String) throws(VerificationCode.Problem) {
    var values: [Int] = []
    for character in text.uppercased() {
      switch character {
      case " ", "-", "\t", "\n", "\r", "\r\n": continue
      case "O": values.append(0)
      case "I", "L": values.append(1)
      default:
        guard let value = Self.values[character] else { throw .badCharacter(character) }
        values.append(value)
      }
    }
    guard values.count == Self.payloadLength + 1 else { throw .wrongLength(values.count) }
    guard Self.checkValue(Array(values.prefix(Self.payloadLength))) == values.last else {
      throw .typo
    }
    characters = String(values.map { Self.alphabet[$0] })
  }

  /// The code as printed, in groups of four.
  public var description: String { Self.printed(characters) }

  /// Stored code characters (as the register keeps them) as printed, in groups of four.
  public static func printed(_ characters: String) -> String {
    stride(from: 0, to: characters.count, by: 4).map { start in
      String(characters.dropFirst(start).prefix(4))
    }.joined(separator: "-")
  }

  /// The Luhn mod 32 check value of `payload`: doubling every second value from the right,
  /// the digits of each product summed in base 32.
  static func checkValue(_ payload: [Int]) -> Int {
    var sum = 0
    var factor = 2
    for value in payload.reversed() {
      let addend = factor * value
      sum += addend / 32 + addend % 32
      factor = factor == 2 ? 1 : 2
    }
    return (32 - sum % 32) % 32
  }

  /// Why a typed code cannot be read.
  public enum Problem: Error, Equatable, CustomStringConvertible {
    case badCharacter(Character)
    case wrongLength(Int)
    case typo

    public var description: String {
      switch self {
      case .badCharacter(let character):
        "\"\(character)\" is not a character of a verification code (digits and letters other than I, L, O and U)"
      case .wrongLength(let count):
        "a verification code has 16 characters (four groups of four), not \(count)"
      case .typo:
        "the code's check character does not match: a character was mistyped"
      }
    }
  }
}
