import Testing

@testable import ConveneCSV

@Suite struct TextDecoderTests {
  @Test func utf8WithoutBOMIsReadAsUTF8() {
    let (text, encoding) = TextDecoder.decode(Array("Aïcha,Koné".utf8))
    #expect(text == "Aïcha,Koné")
    #expect(encoding == .utf8)
  }

  @Test func utf8BOMIsDropped() {
    let (text, encoding) = TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Nom".utf8))
    #expect(text == "Nom")
    #expect(encoding == .utf8WithBOM)
  }

  @Test func utf16LittleEndianWithBOM() {
    let units = Array("Name\tليلى\r\n".utf16)
    let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let (text, encoding) = TextDecoder.decode(bytes)
    #expect(text == "Name\tليلى\r\n")
    #expect(encoding == .utf16LittleEndian)
  }

  @Test func utf16BigEndianWithBOM() {
    let units = Array("Олена".utf16)
    let bytes: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(TextDecoder.decode(bytes).text == "Олена")
  }

  @Test func invalidUTF8IsReadAsWindows1252() {
    // "Hélène – 5 €" as Excel writes it on a French Windows machine.
    let bytes: [UInt8] = [0x48, 0xE9, 0x6C, 0xE8, 0x6E, 0x65, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80]
    let (text, encoding) = TextDecoder.decode(bytes)
    #expect(text == "Hélène – 5 €")
    #expect(encoding == .windows1252)
  }
}
