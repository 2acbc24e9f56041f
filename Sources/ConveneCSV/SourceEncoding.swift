/// The character encoding a file was read in: UTF-8, UTF-16, or one of the legacy code pages
/// that spreadsheets write on Windows and older systems.
public struct SourceEncoding: Sendable, Hashable, CustomStringConvertible {
  /// How the bytes are turned into text.
  enum Form: Sendable, Hashable {
    case utf8
    case utf16(bigEndian: Bool)
    /// One byte per character, through a table made by iconv.
    case singleByte
    /// Any other encoding iconv knows, converted whole.
    case iconv
  }

  /// The usual name (`Windows-1256`, `UTF-16LE`).
  public let name: String
  /// The name iconv knows it by.
  let iconvName: String
  let form: Form
  /// True when the file began with a byte-order mark.
  public var hasByteOrderMark = false

  init(_ name: String, iconv: String, form: Form) {
    self.name = name
    self.iconvName = iconv
    self.form = form
  }

  /// `Windows-1256`, or `UTF-8 with BOM`.
  public var description: String { hasByteOrderMark ? "\(name) with BOM" : name }

  /// The name as `--encoding` takes it and a hint writes it: `windows-1256`, `macroman`.
  public var option: String { String(name.lowercased().filter { $0 != " " }) }

  /// The same encoding, marked as announced by a byte-order mark.
  var withByteOrderMark: SourceEncoding {
    var copy = self
    copy.hasByteOrderMark = true
    return copy
  }

  public static let utf8 = SourceEncoding("UTF-8", iconv: "UTF-8", form: .utf8)
  public static let utf8WithBOM = utf8.withByteOrderMark
  public static let utf16LittleEndian = SourceEncoding(
    "UTF-16LE", iconv: "UTF-16LE", form: .utf16(bigEndian: false))
  public static let utf16BigEndian = SourceEncoding(
    "UTF-16BE", iconv: "UTF-16BE", form: .utf16(bigEndian: true))
  public static let windows1250 = SourceEncoding("Windows-1250", iconv: "CP1250", form: .singleByte)
  public static let windows1251 = SourceEncoding("Windows-1251", iconv: "CP1251", form: .singleByte)
  public static let windows1252 = SourceEncoding("Windows-1252", iconv: "CP1252", form: .singleByte)
  public static let windows1253 = SourceEncoding("Windows-1253", iconv: "CP1253", form: .singleByte)
  public static let windows1254 = SourceEncoding("Windows-1254", iconv: "CP1254", form: .singleByte)
  public static let windows1256 = SourceEncoding("Windows-1256", iconv: "CP1256", form: .singleByte)
  public static let latin1 = SourceEncoding("ISO-8859-1", iconv: "ISO-8859-1", form: .singleByte)
  public static let isoArabic = SourceEncoding("ISO-8859-6", iconv: "ISO-8859-6", form: .singleByte)
  public static let latin9 = SourceEncoding(
    "ISO-8859-15", iconv: "ISO-8859-15", form: .singleByte)
  public static let macRoman = SourceEncoding("Mac Roman", iconv: "MACINTOSH", form: .singleByte)
  public static let latin2 = SourceEncoding("ISO-8859-2", iconv: "ISO-8859-2", form: .singleByte)
  public static let isoGreek = SourceEncoding("ISO-8859-7", iconv: "ISO-8859-7", form: .singleByte)
  public static let rk1048 = SourceEncoding("RK1048", iconv: "RK1048", form: .singleByte)
  public static let macCyrillic = SourceEncoding("Mac Cyrillic", iconv: "MAC-CYRILLIC", form: .singleByte)

  /// The legacy code pages a file that is not UTF-8 or UTF-16 is tried in. When two of them
  /// read a file identically, the earlier one names the result.
  public static let legacyCodePages: [SourceEncoding] = [
    windows1252, windows1250, windows1251, windows1253, windows1254, windows1256, latin1,
    latin9, isoArabic, macRoman, latin2, isoGreek,
  ]

  /// The Windows code page written for the same languages as an ISO one that Excel does not
  /// write (ISO-8859-2 and Windows-1250, ISO-8859-7 and Windows-1253): the likelier of the two
  /// when both read a file as words (`EncodingDetector.windowsReading`).
  var windowsCounterpart: SourceEncoding? {
    switch self {
    case Self.latin2: Self.windows1250
    case Self.isoGreek: Self.windows1253
    default: nil
    }
  }

  /// Code pages tried only when the event's languages make them likely (`codePages(forLanguage:)`):
  /// Kazakh Windows' RK1048, and the Mac Cyrillic of Excel for Mac in a Cyrillic-script language.
  static let occasionalCodePages: [SourceEncoding] = [rk1048, macCyrillic]

  /// The spellings `--encoding` accepts for each encoding, lower case without spaces,
  /// hyphens or underscores.
  static let spellings: [(SourceEncoding, [String])] = [
    (utf8, ["utf8"]),
    (utf16LittleEndian, ["utf16le"]),
    (utf16BigEndian, ["utf16be"]),
    (windows1250, ["windows1250", "cp1250", "win1250", "ms1250"]),
    (windows1251, ["windows1251", "cp1251", "win1251", "ms1251"]),
    (windows1252, ["windows1252", "cp1252", "win1252", "ms1252", "ansi"]),
    (windows1253, ["windows1253", "cp1253", "win1253", "ms1253"]),
    (windows1254, ["windows1254", "cp1254", "win1254", "ms1254"]),
    (windows1256, ["windows1256", "cp1256", "win1256", "ms1256"]),
    (latin1, ["iso88591", "latin1", "l1", "iso885911987"]),
    (isoArabic, ["iso88596", "arabic", "iso885961987"]),
    (latin9, ["iso885915", "latin9", "latin0", "l9"]),
    (macRoman, ["macroman", "macintosh", "mac"]),
    (latin2, ["iso88592", "latin2", "l2", "iso885921987"]),
    (isoGreek, ["iso88597", "greek", "iso885972003", "iso885971987"]),
    (rk1048, ["rk1048", "kz1048", "strk10482002"]),
    (macCyrillic, ["maccyrillic", "xmaccyrillic", "msmaccyrillic"]),
  ]

  /// The encoding a user named, in any common spelling (`cp1256`, `Windows-1256`, `latin1`,
  /// `MacRoman`, `utf-16le`); any other name iconv knows (`KOI8-R`) is read through iconv.
  /// Nil when neither convene nor iconv knows the name.
  public init?(named text: String) {
    let key = String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    if let match = Self.spellings.first(where: { $0.1.contains(key) }) {
      self = match.0
      return
    }
    let trimmed = text.trimmingCharacters(in: " \t")
    guard !trimmed.isEmpty, trimmed.utf8.count < 64,
      trimmed.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }),
      (try? IconvConverter(from: trimmed)) != nil
    else { return nil }
    self.init(trimmed.uppercased(), iconv: trimmed, form: .iconv)
  }

  /// The names `--encoding` suggests.
  public static var commonNames: [String] {
    ["utf-8", "utf-16le", "utf-16be"] + legacyCodePages.map { $0.name.lowercased().replacingSpaces }
  }

  /// The Windows code page in which Excel writes text for a language (ISO 639-1), or nil.
  public static func windowsCodePage(forLanguage code: String) -> SourceEncoding? {
    codePageLanguages.first { $0.languages.contains(code.lowercased()) }?.encoding
  }

  /// The code pages in which a file in a language (ISO 639-1) may come: its Windows code page,
  /// then RK1048 for Kazakh and Mac Cyrillic for every language written in Windows-1251.
  public static func codePages(forLanguage code: String) -> [SourceEncoding] {
    guard let windows = windowsCodePage(forLanguage: code) else { return [] }
    guard windows == windows1251 else { return [windows] }
    return code.lowercased() == "kk" ? [windows, rk1048, macCyrillic] : [windows, macCyrillic]
  }

  /// The code pages of an event's languages, in order: those a close call between code pages
  /// of different languages is settled for.
  public static func codePages(forLanguages codes: [String]) -> [SourceEncoding] {
    codes.flatMap(codePages(forLanguage:))
  }

  /// The languages a legacy code page is made for, as a name shared by the code pages made
  /// for the same ones (`Arabic` for Windows-1256 and ISO-8859-6); nil for other encodings.
  /// The event's languages may settle a close call only between code pages of different
  /// groups: they say which language the file is in, not which of its code pages.
  var languageGroup: String? {
    switch self {
    case Self.windows1252, Self.latin1, Self.latin9, Self.macRoman: "Western European"
    case Self.windows1250, Self.latin2: "Central European"
    case Self.windows1251, Self.rk1048, Self.macCyrillic: "Cyrillic"
    case Self.windows1253, Self.isoGreek: "Greek"
    case Self.windows1254: "Turkish"
    case Self.windows1256, Self.isoArabic: "Arabic"
    default: nil
    }
  }

  static let codePageLanguages: [(encoding: SourceEncoding, languages: Set<String>)] = [
    (
      windows1252,
      [
        "en", "fr", "es", "pt", "it", "de", "nl", "ca", "da", "no", "nb", "nn", "sv", "fi", "is",
        "ga", "eu",
        "gl", "af", "sw", "id", "ms", "wo", "ha", "yo", "ig", "so", "rw", "mg",
      ]
    ),
    (windows1250, ["pl", "cs", "sk", "hu", "sl", "hr", "bs", "ro", "sq"]),
    (windows1251, ["ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tg", "mn"]),
    (windows1253, ["el"]),
    (windows1254, ["tr", "az"]),
    (windows1256, ["ar", "fa", "ur", "ps", "ku"]),
  ]
}

extension String {
  var replacingSpaces: String { String(map { $0 == " " ? "-" : $0 }) }
}
