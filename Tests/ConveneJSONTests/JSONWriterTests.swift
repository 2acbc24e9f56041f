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
}
