import Testing

@testable import ConveneCSV

/// Western European names in the two code pages an Arabic-speaking hub meets: Windows-1252
/// from its European partners, Windows-1256 from its own members. Windows-1256 keeps the
/// French letters of Windows-1252 (é, è, à, ç, ô, ü...) and puts Arabic letters and vowel
/// signs on the others, so a Western file read as Windows-1256 glues Arabic to Latin inside a
/// word (`Kِln`, `Jنger`, `Muًoz`): such a file is Windows-1252 whatever the event's languages.
/// Files converted by the real `iconv`, read in an Arabic-language event, a trilingual one
/// (English, French, Arabic) and an English one.
@Suite struct WesternBesideArabicTests {
  static let header = "Full name,City"
  static let western: [(language: String, rows: [String])] = [
    ("German", ["Jürgen Müller,Köln", "Björn Schröder,Düsseldorf", "Käthe Groß,Würzburg", "Daniel O’Neill,Dublin"]),
    ("French", ["Éloïse Lefèvre,Besançon", "Gaëlle Cœur,Orléans", "Élodie Côté,Évry"]),
    ("Spanish", ["José Núñez,Bogotá", "María Peña,Málaga", "Ángel Muñoz,Cádiz"]),
    ("Portuguese", ["João Conceição,São Paulo", "Inês Guimarães,Brasília", "Luís Magalhães,Évora"]),
    // Turkish names that Windows-1252 can hold (no ğ, ş, ı, İ).
    ("Turkish", ["Ümit Gündüz,Çorlu", "Gül Öztürk,Bolu", "Mehmet Çelik,Ürgüp"]),
  ]
  /// Each language's names that Windows-1256 can hold, among an Arabic hub's members.
  static let beside: [(language: String, rows: [String])] = [
    ("German", ["Jürgen Krüger,Lübeck"]),
    ("French", ["Hélène Côté,Besançon", "François Mbaye,Thiès"]),
    ("Spanish", ["José Inés,Valencia"]),
    ("Portuguese", ["Antônio Assis,Recife"]),
    ("Turkish", ["Gül Büyük,Izmir"]),
  ]
  static let arabicRows = ["محمد الشواربة,عمّان", "فاطمة الزهراء بن علي,تونس", "رانيا قباني,إربد"]
  /// The code pages of an Arabic-language event, a trilingual one and an English one.
  static let events: [[SourceEncoding]] = [[.windows1256], [.windows1252, .windows1256], [.windows1252]]

  static func file(_ rows: [String]) -> String {
    EncodingDetectionTests.rows([header] + rows)
  }

  @Test(arguments: western.map(\.language))
  func westernNamesInWindows1252AreReadAsWindows1252InEveryEvent(language: String) throws {
    let text = Self.file(Self.western.first { $0.language == language }!.rows)
    let bytes = try EncodingDetectionTests.iconv(text, to: "CP1252")
    for event in Self.events {
      let decoded = try TextDecoder.decode(bytes, preferring: event)
      #expect(decoded.encoding == .windows1252, "\(language), event \(event.map(\.name))")
      #expect(decoded.text == text)
    }
  }

  @Test(arguments: beside.map(\.language))
  func westernNamesAmongArabicOnesInWindows1256AreReadAsWindows1256InEveryEvent(language: String) throws {
    let text = Self.file(Self.arabicRows + Self.beside.first { $0.language == language }!.rows)
    let bytes = try EncodingDetectionTests.iconv(text, to: "CP1256")
    for event in Self.events {
      let decoded = try TextDecoder.decode(bytes, preferring: event)
      #expect(decoded.encoding == .windows1256, "\(language), event \(event.map(\.name))")
      #expect(decoded.text == text)
    }
  }

  /// The file an organiser's German partner sent: three people, one ö among French and German
  /// letters that both code pages share. Windows-1256 reads `Köln` as `Kِln`.
  @Test func aSingleUmlautThatWindows1256ReadsAsAVowelSignDecidesTheFile() throws {
    let text = EncodingDetectionTests.rows([
      "Full name,City", "Amélie Dubois,Lyon", "Daniel O’Neill,Dublin", "Jürgen Müller,Köln",
    ])
    let bytes = try EncodingDetectionTests.iconv(text, to: "CP1252")
    for event in Self.events {
      let decoded = try TextDecoder.decode(bytes, preferring: event)
      #expect(decoded.encoding == .windows1252)
      #expect(decoded.text == text)
    }
  }

  @Test func anArabicVowelSignOnALatinLetterMixesScripts() {
    let windows1256 = CodePageTable.legacy.first { $0.encoding == .windows1256 }!
    let windows1252 = CodePageTable.legacy.first { $0.encoding == .windows1252 }!
    let word = ArraySlice(Array("K".utf8) + [0xF6] + Array("ln".utf8))
    #expect(WordJudge.judge(word, traits: windows1256.traits).fixed == -1)
    #expect(WordJudge.judge(word, traits: windows1252.traits).latin.count == 1)
    // On an Arabic letter the same sign is an Arabic word with a vowel sign: rare, not wrong.
    let arabic = ArraySlice<UInt8>([0xE3, 0xF6, 0xE4])  // مِن
    #expect(WordJudge.judge(arabic, traits: windows1256.traits).fixed == 0.5)
  }

  /// What stays a close call: two code pages of the event's one language (Windows-1256 and
  /// ISO-8859-6), or French against Slovak with no event language to settle it.
  @Test func genuinelyCloseCallsAreStillRefused() throws {
    let arabic = try EncodingDetectionTests.iconv(
      EncodingDetectionTests.rows(["Name,Email", "Ali,ali@example.org", "محمد,m@example.org"]), to: "CP1256")
    #expect(throws: TextDecodingError.self) { try TextDecoder.decode(arabic, preferring: [.windows1256]) }
    let slovakOrFrench = try EncodingDetectionTests.iconv(
      EncodingDetectionTests.rows(["Nom;Ville", "Hélène Côté;Thiès", "Conseillère;Lyon"]), to: "CP1252")
    #expect(throws: TextDecodingError.self) { try TextDecoder.decode(slovakOrFrench) }
  }
}
