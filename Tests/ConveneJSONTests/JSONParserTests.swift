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
