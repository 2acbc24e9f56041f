import ConveneCore
import Testing

/// Control characters and bidirectional overrides: found, named, and escaped for a terminal.
@Suite struct UnsafeCharacterTests {
  @Test(arguments: [
    ("Ali\u{0}Baba", "U+0000 (NUL)"), ("Evil\u{1B}[2J", "U+001B (ESC)"), ("a\u{7}", "U+0007 (BEL)"),
    ("a\u{8}", "U+0008 (BS)"), ("a\u{7F}", "U+007F (DEL)"), ("a\u{85}", "U+0085 (NEL)"), ("a\u{9B}", "U+009B (a C1 control)"),
    ("a\u{202A}", "U+202A (LEFT-TO-RIGHT EMBEDDING)"), ("a\u{202E}", "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
    ("a\u{2066}", "U+2066 (LEFT-TO-RIGHT ISOLATE)"), ("a\u{2069}", "U+2069 (POP DIRECTIONAL ISOLATE)"),
  ])
  func findsAndNamesTheCharacter(text: String, named: String) {
    let scalar = UnsafeCharacter.first(in: text)
    #expect(scalar.map(UnsafeCharacter.named) == named)
    var utf8 = Array(text.utf8)
    #expect(utf8.withUnsafeBufferPointer(UnsafeCharacter.occurs(in:)))
    utf8 = Array("Hélène ليلى Олена\t\r\n’«»".utf8)
    #expect(!utf8.withUnsafeBufferPointer(UnsafeCharacter.occurs(in:)))
  }

  /// The scan of a cell's bytes agrees with the list of characters, for texts made of the
  /// unsafe characters, their neighbours in the code tables (U+00A0, U+2028, U+2019, U+206A)
  /// and ordinary letters, at every position.
  @Test func theByteScanFindsWhatTheCharacterListSays() {
    let pieces = [
      "a", " ", "\t", "\r", "\n", "é", "ل", "О", "’", "«", "\u{A0}", "\u{0}", "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}",
      "\u{202A}", "\u{202E}", "\u{202F}", "\u{2029}", "\u{2066}", "\u{2069}", "\u{206A}", "\u{2065}", "😀",
    ]
    var random = RandomSource(seed: 42)
    for _ in 0..<20_000 {
      let text = (0...Int.random(in: 0..<5, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
      let bytes = Array(text.utf8)
      #expect(bytes.withUnsafeBufferPointer(UnsafeCharacter.occurs(in:)) == (UnsafeCharacter.first(in: text) != nil), "\(text.unicodeScalars.map(\.value))")
    }
  }

  @Test func ordinaryTextTabsAndLineBreaksAreSafe() {
    for text in ["Hélène Lefèvre", "ليلى حداد", "a\tb\nc\r\nd", "\u{200F}mark\u{200E}", "Zoë ‘quoted’ — dash"] {
      #expect(UnsafeCharacter.first(in: text) == nil, "\(text)")
      #expect(UnsafeCharacter.escaped(text) == text)
    }
  }

  @Test func escapingWritesEveryUnsafeCharacterAndLoneCarriageReturn() {
    #expect(UnsafeCharacter.escaped("Evil\u{1B}[2J\u{1B}[31mName") == #"Evil\u001B[2J\u001B[31mName"#)
    #expect(UnsafeCharacter.escaped("a\u{202E}b\u{0}c\u{85}") == #"a\u202Eb\u0000c\u0085"#)
    #expect(UnsafeCharacter.escaped("over\rwrite\r\nline") == #"over\u000Dwrite"# + "\r\nline")
  }
}
