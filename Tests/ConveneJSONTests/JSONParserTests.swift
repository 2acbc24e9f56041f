import Testing

@testable import ConveneJSON

@Suite struct JSONParserTests {
  @Test func valuesRememberTheirLine() throws {
    let node = try JSONParser.parse("{\n  \"id\": \"x\",\n  \"days\": [\n    { \"date\": \"2027-03-09\" }\n  ]\n}")
    #expect(node["id"]?.line == 2)
    #expect(node["days"]?.line == 3)
    #expect(node["days"]?.array?.first?["date"]?.line == 4)
    #expect(node["days"]?.array?.first?["date"]?.string == "2027-03-09")
  }

  @Test func readsEscapesNumbersAndLiterals() throws {
    let node = try JSONParser.parse(#"{"a": "q\"\\\n\u00e9\ud83d\ude00", "n": -1.5e2, "t": true, "z": null}"#)
    #expect(node["a"]?.string == "q\"\\\né😀")
    #expect(node["n"]?.number == -150)
    #expect(node["t"]?.bool == true)
    #expect(node["z"]?.value == .null)
  }

  @Test func aMissingCommaIsReportedWithLineAndColumn() {
    #expect(throws: JSONSyntaxError(line: 3, column: 3, reason: "expected ',' or '}' (is a comma missing?)")) {
      try JSONParser.parse("{\n  \"a\": 1\n  \"b\": 2\n}")
    }
  }

  @Test func aRepeatedKeyIsAnError() {
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(#"{"a": 1, "a": 2}"#) }
  }

  @Test func bytesThatAreNotUTF8AreAnErrorAtTheirLineAndColumn() throws {
    // A Latin-1 "é" (0xE9 then "e"), a stray continuation byte, an overlong "/" (0xC0 0xAF),
    // a UTF-16 surrogate (0xED 0xA0 0x80) and a sequence cut by the closing quote.
    for (bad, hex) in [([0xE9], "E9"), ([0xBF], "BF"), ([0xC0, 0xAF], "C0"), ([0xED, 0xA0, 0x80], "ED"), ([0xF0, 0x9F], "F0")]
    as [([UInt8], String)] {
      let bytes = Array("{\n  \"title\": \"Atelier ".utf8) + bad + Array("r\"\n}".utf8)
      #expect(throws: JSONSyntaxError(line: 2, column: 21, reason: "byte 0x\(hex) is not UTF-8 (save the file as UTF-8)")) {
        try JSONParser.parse(utf8: bytes)
      }
    }
    // Outside a string, the byte is named as what it is, not as the token expected there.
    #expect(throws: JSONSyntaxError(line: 1, column: 2, reason: "byte 0xFF is not UTF-8 (save the file as UTF-8)")) {
      try JSONParser.parse(utf8: [0x7B, 0xFF, 0x7D])
    }
    let valid = try JSONParser.parse(utf8: Array("\u{FEFF}{\"t\": \"é中😀\"}".utf8))
    #expect(valid["t"]?.string == "é中😀")
  }

  @Test func trailingTextIsAnError() {
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("{} x") }
  }
}

@Suite struct JSONBoundsTests {
  @Test func nestingDeeperThanTheLimitIsAnErrorNotAStackOverflow() {
    for text in [String(repeating: "[", count: 40_000), String(repeating: "{\"a\":", count: 40_000)] {
      #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
    }
    let deepest = String(repeating: "[", count: JSONParser.maximumDepth) + String(repeating: "]", count: JSONParser.maximumDepth)
    #expect(throws: Never.self) { try JSONParser.parse(deepest) }
    let tooDeep = "[" + deepest + "]"
    do {
      _ = try JSONParser.parse(tooDeep)
      Issue.record("parsed a document nested \(JSONParser.maximumDepth + 1) deep")
    } catch {
      #expect(error.reason == "lists and objects nest more than 64 deep")
    }
  }

  @Test func numbersThatAreNotFiniteOrTooLongAreErrors() throws {
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("1e999") }
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(String(repeating: "9", count: 65)) }
    #expect(try JSONParser.parse("99999999999999999999").integer == nil)
  }

  @Test func manyKeysAreReadInLinearTime() throws {
    let members = (0..<50_000).map { "\"k\($0)\": \($0)" }.joined(separator: ",")
    let node = try JSONParser.parse("{" + members + "}")
    #expect(node.members?.count == 50_000)
  }

  @Test func skippedMembersAreLeftOutAndTheRestReadTheSame() throws {
    let text = """
      {
        "key": "k",
        "published": {"editions": [{"a": "b"}], "populations": {"x": "q\\"\\u00e9", "x": 1}},
        "after": ["é", 2]
      }
      """
    let node = try JSONParser.parse(text, skipping: ["published"])
    #expect(node.members?.map(\.key) == ["key", "after"])
    #expect(node["after"]?.line == 4 && node["after"]?.array?.first?.string == "é")
    let plain = #"{"a": [1, "x\\ny"], "published": true}"#
    #expect(try JSONParser.parse(plain, skipping: []) == JSONParser.parse(plain))
    // A repeated key inside what is skipped is not looked for; broken syntax is still found.
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
    #expect(throws: JSONSyntaxError.self) {
      try JSONParser.parse(text.replacingOccurrences(of: "1}}", with: "1}"), skipping: ["published"])
    }
    // Only the top-level object's members are skipped.
    #expect(try JSONParser.parse(#"{"a": {"published": 1}}"#, skipping: ["published"])["a"]?["published"]?.number == 1)
  }
}
