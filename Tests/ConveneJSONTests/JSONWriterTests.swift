import ConveneTestSupport
import Testing

@testable import ConveneJSON

@Suite struct JSONWriterTests {
  @Test func writesMembersInOrderWithShortListsAndObjectsInline() {
    let node = JSONNode.object([
      ("id", .string("x")), ("languages", .strings(["en", "fr"])),
      ("breaks", .array([.object([("start", .string("12:30")), ("end", .string("13:30"))])])),
      ("capacity", .number(120)), ("skipped", nil),
    ])
    #expect(JSONWriter.string(node) == """
      {
        "id": "x",
        "languages": ["en", "fr"],
        "breaks": [
          { "start": "12:30", "end": "13:30" }
        ],
        "capacity": 120
      }

      """)
  }

  @Test func escapesWhatJSONRequiresAndKeepsUnicode() {
    #expect(JSONWriter.quoted("a\"b\\c\nd\u{01}é ليلى") == #""a\"b\\c\nd\u0001é ليلى""#)
  }

  @Test func roundTrips() throws {
    let text = JSONWriter.string(.object([("t", .string("x\u{2028}y")), ("n", .number(1.25)), ("b", .bool(false)), ("z", .null)]))
    let node = try JSONParser.parse(text)
    #expect(node["t"]?.string == "x\u{2028}y")
    #expect(node["n"]?.number == 1.25)
    #expect(node["b"]?.bool == false)
  }

  /// The writer as first written: every one-line candidate built whole and its characters
  /// counted, each scalar of a string escaped or copied one by one.
  static func reference(_ node: JSONNode, indent: Int = 0) -> String {
    let quoted = JSONWriter.escaped
    func plain(_ node: JSONNode) -> String? {
      switch node.value {
      case .null: "null"
      case .bool(let flag): flag ? "true" : "false"
      case .number(let number): JSONWriter.format(number)
      case .string(let text): quoted(text)
      case .array, .object: nil
      }
    }
    let pad = String(repeating: " ", count: indent)
    switch node.value {
    case .array(let elements):
      if elements.isEmpty { return "[]" }
      let parts = elements.compactMap(plain)
      if parts.count == elements.count, case let line = "[" + parts.joined(separator: ", ") + "]", line.count + indent <= 80 {
        return line
      }
      return "[\n" + elements.map { pad + "  " + reference($0, indent: indent + 2) }.joined(separator: ",\n") + "\n" + pad + "]"
    case .object(let members):
      if members.isEmpty { return "{}" }
      let parts = members.compactMap { member in plain(member.value).map { quoted(member.key) + ": " + $0 } }
      if parts.count == members.count, case let line = "{ " + parts.joined(separator: ", ") + " }", line.count + indent <= 90 {
        return line
      }
      return "{\n" + members.map { pad + "  " + quoted($0.key) + ": " + reference($0.value, indent: indent + 2) }
        .joined(separator: ",\n") + "\n" + pad + "}"
    default: return plain(node)!
    }
  }

  @Test func writesExactlyWhatTheFirstWriterWrote() {
    // Texts around the one-line limits, with escapes, U+2028, other E2 characters, accents
    // written as combining marks, Arabic and emoji (several bytes per character).
    let pieces = ["a", "mayor", "é", "e\u{301}", "ليلى", "–", "→", "\u{2028}", "\"", "\\", "\n", "\u{01}", "👩🏽‍🌾", "1234567890"]
    var generator = SeededRandom(seed: 2026)
    func text() -> String { (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() }
    func value(_ depth: Int) -> JSONNode {
      switch Int.random(in: 0...(depth > 2 ? 3 : 5), using: &generator) {
      case 0: return .number(Double(Int.random(in: -5000...5000, using: &generator)) / 8)
      case 1: return JSONNode(.bool(Bool.random(using: &generator)))
      case 2: return JSONNode(.null)
      case 3: return .string(text())
      case 4: return .array((0..<Int.random(in: 0...9, using: &generator)).map { _ in value(depth + 1) })
      default:
        return .object((0..<Int.random(in: 0...9, using: &generator)).map { n in ("\(text())\(n)", Optional(value(depth + 1))) })
      }
    }
    for _ in 0..<3_000 {
      let node = value(0)
      #expect(JSONWriter.string(node) == Self.reference(node) + "\n")
    }
  }
}
