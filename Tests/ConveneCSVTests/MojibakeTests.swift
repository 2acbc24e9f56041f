import Foundation
import Testing

@testable import ConveneCSV

@Suite struct MojibakeTests {
  /// Text double-encoded the way it happens: its UTF-8 bytes read by iconv as `codePage` and
  /// written out as UTF-8.
  static func doubleEncoded(_ text: String, through codePage: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
    process.arguments = ["-f", codePage, "-t", "utf-8"]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(text.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "iconv could not read \(text) as \(codePage)")
    return String(decoding: data, as: UTF8.self)
  }

  static let names = [
    "Élodie Lefèvre", "Hélène Côté", "Benoît Girard", "Loïc Roussel", "Søren Møller", "Aïcha Koné",
    "Conceição Araújo", "Hodžić Amra", "Тимур Жумабаев", "Олена Шевченко", "ليلى حداد", "أحمد الخطيب",
    "هدى الحسن", "It’s ‘quoted’", "Nørgaard – Holm",
  ]

  @Test(arguments: names)
  func finds_and_repairs_text_double_encoded_through_Windows_1252(name: String) throws {
    let damaged = try Self.doubleEncoded(name, through: "windows-1252")
    #expect(damaged != name)
    let match = try #require(Mojibake.repair(damaged), "\(damaged)")
    #expect(match.repaired == name)
    #expect(match.codePage == .windows1252)
  }

  @Test func arabicThroughWindows1256AndCyrillicThroughWindows1251() throws {
    let arabic = try Self.doubleEncoded("ليلى حداد", through: "windows-1256")
    #expect(Mojibake.repair(arabic) == .init(repaired: "ليلى حداد", codePage: .windows1256))
    let cyrillic = try Self.doubleEncoded("Олена Шевченко", through: "windows-1251")
    #expect(Mojibake.repair(cyrillic) == .init(repaired: "Олена Шевченко", codePage: .windows1251))
  }

  @Test func arabicThroughLatin1KeepsItsC1ControlCharacters() throws {
    // Read as ISO-8859-1, the bytes 0x80-0x9F of Arabic letters become C1 controls (م is Ù and
    // U+0085), which Windows-1252 has no character for.
    let arabic = try Self.doubleEncoded("حسن النجار محمد", through: "iso-8859-1")
    #expect(arabic.unicodeScalars.contains("\u{85}"))
    #expect(Mojibake.repair(arabic) == .init(repaired: "حسن النجار محمد", codePage: .latin1))
    let utf8 = Array(arabic.utf8)
    #expect(utf8.withUnsafeBufferPointer(Mojibake.mayBeDoubleEncoded))
    // Text that Windows-1252 explains as well is named after it.
    let french = try Self.doubleEncoded("Hélène", through: "iso-8859-1")
    #expect(Mojibake.repair(french)?.codePage == .windows1252)
  }

  @Test(arguments: [("macintosh", Mojibake.CodePage.macRoman), ("windows-1250", .windows1250), ("windows-1253", .windows1253)])
  func findsLatinTextDoubleEncodedThroughMacRomanCentralEuropeanAndGreek(codePage: String, expected: Mojibake.CodePage) throws {
    for name in ["Hélène Lefèvre", "José García", "Besançon", "Conceição Araújo", "Zoë Müller"] {
      let damaged = try Self.doubleEncoded(name, through: codePage)
      #expect(Mojibake.repair(damaged) == .init(repaired: name, codePage: expected), "\(damaged)")
    }
  }

  /// Excel for Mac opening an Arabic or Russian UTF-8 export (`ÿ£ÿ≠ŸÖÿØ`, `–û–ª—å–≥–∞`), and a
  /// Central European or Greek Windows reading one.
  @Test(arguments: [
    ("macintosh", Mojibake.CodePage.macRoman, "أحمد عبد الله"), ("macintosh", .macRoman, "عمّان"),
    ("macintosh", .macRoman, "Ольга Иванова"), ("macintosh", .macRoman, "Ελένη Παπαδοπούλου"),
    ("windows-1250", .windows1250, "أحمد عبد الله"), ("windows-1250", .windows1250, "Ελένη Παπαδοπούλου"),
    ("windows-1253", .windows1253, "أحمد عبد الله"),
  ])
  func findsOtherScriptsDoubleEncodedThroughMacRomanAndCentralEuropean(
    codePage: String, expected: Mojibake.CodePage, name: String
  ) throws {
    let damaged = try Self.doubleEncoded(name, through: codePage)
    #expect(damaged != name)
    #expect(Mojibake.repair(damaged) == .init(repaired: name, codePage: expected), "\(damaged)")
  }

  @Test func findsTextDoubleEncodedTwiceAndBesideATypedWord() throws {
    let twice = try Self.doubleEncoded(try Self.doubleEncoded("Hélène", through: "windows-1252"), through: "windows-1252")
    #expect(Mojibake.repair(twice) == .init(repaired: "Hélène", codePage: .windows1252, times: 2))
    #expect(
      Mojibake.repair(twice + " Lefèvre") == .init(repaired: "Hélène Lefèvre", codePage: .windows1252, times: 2, partly: true))
    #expect(Mojibake.repair(twice)?.partly == false)
  }

  @Test(arguments: ["WRÓŻKA", "GÓŻDŹ", "ΔΉΜΟΣ ΑΘΗΝΑΊΩΝ", "Ελένη Παπαδοπούλου", "Łódź", "Škoda Čech", "√2 ≈ 1.41"])
  func leavesCentralEuropeanAndGreekTextAlone(text: String) {
    #expect(Mojibake.repair(text) == nil, "\(text)")
  }

  @Test(arguments: names + ["JOSÉ", "ÉTIENNE", "Müller", "Ça va", "«Côté»", "Dakar", "", "Ω", "naïve café", "Ÿ"])
  func leavesOrdinaryTextAlone(text: String) {
    #expect(Mojibake.repair(text) == nil, "\(text)")
  }

  @Test func theTablesAreTheCodePages() {
    #expect(Mojibake.CodePage.windows1252.bytes[0x20AC] == 0x80)  // €
    #expect(Mojibake.CodePage.windows1252.bytes[0xE9] == 0xE9)  // é
    #expect(Mojibake.CodePage.windows1256.bytes[0x0637] == 0xD8)  // ط
    #expect(Mojibake.CodePage.windows1251.bytes[0x0420] == 0xD0)  // Р
  }

  /// The quick test by table gives what asking each code page gives, for every first
  /// character up to U+0700 followed by characters of every kind (and by none).
  @Test func theQuickTestAsksEveryCodePage() {
    let followers: [UInt32] = [0, 0x20, 0x41, 0x80, 0x9F, 0xA9, 0xBB, 0xE9, 0x152, 0x2C6, 0x420, 0x451, 0x627, 0x6FF, 0x2019, 0x20AC]
    for first in UInt32(0x80)..<0x700 {
      for second in followers + Array(stride(from: first % 13 + 0x80, to: 0x700, by: 13)) {
        var text = String(Unicode.Scalar(first)!)
        if second != 0 { text.unicodeScalars.append(Unicode.Scalar(second)!) }
        let expected = Mojibake.CodePage.allCases.contains { codePage in
          (0xC2...0xF4).contains(Mojibake.byte(first, in: codePage)) && Mojibake.byte(second, in: codePage) & 0xC0 == 0x80
        }
        let quick = Array(text.utf8).withUnsafeBufferPointer(Mojibake.mayBeDoubleEncoded)
        if quick != expected { Issue.record("U+\(String(first, radix: 16)) U+\(String(second, radix: 16))") }
      }
    }
  }
}
