/// A JSON syntax error with the line and column where it was found.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
  /// 1-based line.
  public var line: Int
  /// 1-based column, counted in bytes.
  public var column: Int
  /// What is wrong.
  public var reason: String

  public var description: String { "line \(line), column \(column): \(reason)" }
}

/// Parses RFC 8259 JSON into nodes that remember their line. Documents nest at most
/// `maximumDepth` arrays and objects deep and numbers are at most `maximumNumberLength`
/// characters, so that no document can exhaust the stack or the time of its reader.
public struct JSONParser {
  /// The deepest nesting of arrays and objects accepted (convene's files nest 5 deep).
  public static let maximumDepth = 64
  /// The longest number accepted, in characters.
  public static let maximumNumberLength = 64

  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var lineStart = 0
  private var depth = 0
  /// The members of the top-level object left out of the document.
  private var skipped: Set<String> = []
  /// True while a skipped member's value is read: checked, but not kept.
  private var discarding = false

  /// Parses a whole document.
  public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
    try parse(text, skipping: [])
  }

  /// Parses a whole document, leaving out the members of the top-level object named in
  /// `skipped` (their values are checked for syntax but not kept, which is much cheaper for a
  /// large member the reader does not need).
  public static func parse(_ text: String, skipping skipped: Set<String>) throws(JSONSyntaxError) -> JSONNode {
    try parse(utf8: Array(text.utf8), skipping: skipped)
  }

  /// Parses a whole document stored as `bytes`, which must be UTF-8 (RFC 8259 §8.1): the
  /// first byte that is not is a syntax error naming its line and column, so that a file is
  /// never read with replacement characters in place of what it holds.
  public static func parse(utf8 bytes: [UInt8], skipping skipped: Set<String> = []) throws(JSONSyntaxError)
    -> JSONNode
  {
    var bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    var parser = JSONParser(bytes: bytes)
    parser.skipped = skipped
    do throws(JSONSyntaxError) {
      parser.skipWhitespace()
      let node = try parser.parseValue()
      parser.skipWhitespace()
      if parser.index < parser.bytes.count {
        throw parser.error("unexpected text after the end of the document")
      }
      return node
    } catch {
      // A byte that is not UTF-8 where the syntax stopped is named as such, not as the token
      // the syntax expected there.
      if parser.index < parser.bytes.count, parser.bytes[parser.index] >= 0x80, parser.utf8SequenceLength() == nil {
        throw parser.notUTF8()
      }
      throw error
    }
  }

  private func notUTF8() -> JSONSyntaxError {
    error("byte 0x\(String(bytes[index], radix: 16, uppercase: true)) is not UTF-8 (save the file as UTF-8)")
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private func error(_ reason: String) -> JSONSyntaxError {
    JSONSyntaxError(line: line, column: index - lineStart + 1, reason: reason)
  }

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipWhitespace() {
    while let byte = current {
      switch byte {
      case UInt8(ascii: "\n"):
        line += 1
        index += 1
        lineStart = index
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): index += 1
      default: return
      }
    }
  }

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
    let startLine = line
    guard let byte = current else { throw error("the document ends where a value was expected") }
    switch byte {
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      guard depth < Self.maximumDepth else {
        throw error("lists and objects nest more than \(Self.maximumDepth) deep")
      }
      depth += 1
      defer { depth -= 1 }
      let value = byte == UInt8(ascii: "{") ? try parseObject() : try parseArray()
      return JSONNode(value, line: startLine)
    case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), line: startLine)
    case UInt8(ascii: "t"):
      try expectWord("true")
      return JSONNode(.bool(true), line: startLine)
    case UInt8(ascii: "f"):
      try expectWord("false")
      return JSONNode(.bool(false), line: startLine)
    case UInt8(ascii: "n"):
      try expectWord("null")
      return JSONNode(.null, line: startLine)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONNode(.number(try parseNumber()), line: startLine)
    default:
      throw error("unexpected character '\(Character(Unicode.Scalar(byte)))'")
    }
  }

  private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
    let expected = Array(word.utf8)
    guard index + expected.count <= bytes.count,
      Array(bytes[index..<index + expected.count]) == expected
    else { throw error("unknown word; expected \(word)") }
    index += expected.count
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
    index += 1
    var members: [JSONMember] = []
    var keys = Set<String>()
    skipWhitespace()
    if current == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard current == UInt8(ascii: "\"") else { throw error("expected a key in double quotes") }
      let keyLine = line
      let key = try parseString()
      if !discarding, !keys.insert(key).inserted {
        throw JSONSyntaxError(line: keyLine, column: 1, reason: "the key \"\(key)\" appears twice")
      }
      skipWhitespace()
      guard current == UInt8(ascii: ":") else { throw error("expected ':' after the key") }
      index += 1
      skipWhitespace()
      if depth == 1, !discarding, skipped.contains(key) {
        discarding = true
        _ = try parseValue()
        discarding = false
      } else {
        let value = try parseValue()
        if !discarding { members.append(JSONMember(key, value)) }
      }
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "}"):
        index += 1
        return .object(members)
      default: throw error("expected ',' or '}' (is a comma missing?)")
      }
    }
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
    index += 1
    var elements: [JSONNode] = []
    skipWhitespace()
    if current == UInt8(ascii: "]") {
      index += 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      let element = try parseValue()
      if !discarding { elements.append(element) }
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "]"):
        index += 1
        return .array(elements)
      default: throw error("expected ',' or ']' (is a comma missing?)")
      }
    }
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    index += 1
    var buffer: [UInt8] = []
    // Plain bytes are taken in runs; only escapes are decoded one by one.
    var run = index
    while true {
      guard let byte = current else { throw error("a string is never closed") }
      switch byte {
      case UInt8(ascii: "\""):
        if discarding {
          index += 1
          return ""
        }
        if buffer.isEmpty {
          index += 1
          return String(decoding: bytes[run..<index - 1], as: UTF8.self)
        }
        buffer.append(contentsOf: bytes[run..<index])
        index += 1
        return String(decoding: buffer, as: UTF8.self)
      case UInt8(ascii: "\\"):
        buffer.append(contentsOf: bytes[run..<index])
        index += 1
        guard let escape = current else { throw error("a string is never closed") }
        index += 1
        defer { run = index }
        switch escape {
        case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): buffer.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(UInt8(ascii: "\n"))
        case UInt8(ascii: "r"): buffer.append(UInt8(ascii: "\r"))
        case UInt8(ascii: "t"): buffer.append(UInt8(ascii: "\t"))
        case UInt8(ascii: "u"):
          var scalarValue = try parseHex4()
          if (0xD800..<0xDC00).contains(scalarValue) {
            guard current == UInt8(ascii: "\\"), index + 1 < bytes.count,
              bytes[index + 1] == UInt8(ascii: "u")
            else { throw error("a \\u escape holds half of a surrogate pair") }
            index += 2
            let low = try parseHex4()
            guard (0xDC00..<0xE000).contains(low) else {
              throw error("a \\u escape holds half of a surrogate pair")
            }
            scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let scalar = Unicode.Scalar(scalarValue) else {
            throw error("a \\u escape is not a character")
          }
          buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
        default: throw error("unknown escape in a string")
        }
      case 0x00..<0x20:
        throw error("a line break or control character inside a string (write \\n)")
      case 0x80...:
        guard let length = utf8SequenceLength() else { throw notUTF8() }
        index += length
      default:
        index += 1
      }
    }
  }

  /// The length of the UTF-8 sequence starting at `index`, or nil when the bytes there are not
  /// one (a stray continuation byte, an overlong form, a surrogate, a value past U+10FFFF or a
  /// sequence cut short).
  private func utf8SequenceLength() -> Int? {
    var parser = Unicode.UTF8.ForwardParser()
    var input = bytes[index...].makeIterator()
    guard case .valid(let scalar) = parser.parseScalar(from: &input) else { return nil }
    return scalar.count
  }

  private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw error("a \\u escape needs four hex digits") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw error("a \\u escape needs four hex digits")
      }
      value = value * 16 + UInt32(digit)
      index += 1
    }
    return value
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
    let start = index
    while let byte = current,
      byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
        || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    {
      index += 1
    }
    guard index - start <= Self.maximumNumberLength else {
      throw error("a number is longer than \(Self.maximumNumberLength) characters")
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard let number = Double(text), number.isFinite else { throw error("\"\(text)\" is not a number") }
    return number
  }
}
