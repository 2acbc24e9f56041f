/// The few words the registration import needs beyond the language table (`LanguagePack`,
/// which holds the column headers of form tools and meeting reports): values that stand for
/// no name, the markers of 12-hour clocks, the English month names Zoom writes in its reports
/// ("Mar 22, 2025 19:13:27"), and the header words of account and screen names. Kept in one
/// place so that they can move into the language table as they are.
/// Every word is compared after `folded` (lower case, no accents, punctuation dropped).
public enum FormToolWords {
  /// Answers that stand for no name or no address: Microsoft Forms writes "anonymous" in the
  /// respondent columns of a form anyone can answer; people type "N/A" (`N/D`, `S/N` in French,
  /// Spanish and Portuguese), "unknown", "test", or the example name of a form's language
  /// (`John Doe`, `Fulano de Tal`, `فلان الفلاني`). Arabic ones are folded as `folded` writes them.
  public static let placeholders: Set<String> = Set(
    [
      "anonymous", "anonyme", "anonimo", "anonima", "unknown", "inconnu", "inconnue", "none", "null",
      "nil", "na", "n a", "test", "x", "xx", "xxx", "no name", "sans nom", "zoom user", "usuario de zoom",
      "utilisateur zoom", "utilisateur de zoom", "guest", "invite", "invitee", "invitado", "convidado",
      "n d", "s n", "sin nombre", "sem nome", "desconocido", "desconocida", "desconhecido", "desconhecida",
      "ninguno", "ninguna", "nenhum", "nenhuma", "prueba", "teste", "john doe", "jane doe", "fulano de tal",
      "fulano", "prenom nom", "nombre apellido", "nome sobrenome", "first name last name",
      "مجهول", "غير معروف", "بدون اسم", "بلا اسم", "فلان الفلاني", "فلان", "تجربة",
      // What a form's question or a meeting tool shows where no one typed a name.
      "name", "full name", "your name", "my name", "user", "participant", "attendee", "respondent",
      "nobody", "no one", "first last", "firstname lastname", "name surname", "nom prenom", "asdf", "qwerty", "aaa", "abc", "nom", "nom complet", "votre nom", "participante",
      "repondant", "aucun", "aucune", "rien", "nombre", "nombre completo", "su nombre", "nadie", "nome",
      "nome completo", "seu nome", "ninguem", "الاسم", "اسم", "الاسم الكامل", "لا يوجد", "لا شيء", "مشارك",
      "your full name", "first name", "last name", "firstname", "lastname", "surname", "given name", "family name",
      "nom et prenom", "prenom et nom", "prenom", "nom de famille", "utilisateur", "nombre y apellido",
      "nombre y apellidos", "apellido", "apellidos", "tu nombre", "usuario", "nome e sobrenome", "seu nome completo",
      "sobrenome", "undefined", "مستخدم", "المشارك", "اسم المشارك", "الاسم الثلاثي", "الاسم واللقب", "اختبار",
      // "Not applicable" as forms' free-text answers write it ("to be confirmed" is no placeholder:
      // in a status column it is a status still unknown, which the import warns of).
      "neant", "non applicable", "pas applicable", "sans objet", "s o", "no aplica", "no aplicable", "nao se aplica",
      "nao aplicavel", "لا ينطبق", "غير متوفر",
    ].map(\.folded))

  /// Courtesy titles and forms of address (`Mr.`, `Mme`, `Sra.`, `السيد`): alone in a name
  /// cell they stand for no name; in a title cell they are an answer, so they are apart from
  /// `placeholders`. Folded, as `folded` writes them.
  public static let courtesyTitles: Set<String> = Set(
    [
      "mr", "mrs", "ms", "miss", "mister", "mx", "maam", "dr", "prof", "pr", "sir", "madam", "mme", "mlle", "m",
      "monsieur", "madame", "mr mrs", "m mme", "الانسة", "الاستاذ", "الاستاذة", "د", "السيد ة",
      "sr", "sra", "srta", "senor", "senora", "senhor", "senhora", "السيد", "السيدة", "الدكتور", "الدكتورة",
    ].map(\.folded))

  /// The markers of a morning time on a 12-hour clock (`a.m.` folds to `am`; `ص` is Arabic's).
  public static let morning: Set<String> = ["am", "a m", "ص", "صباحا"]
  /// The markers of an afternoon or evening time (`م` is Arabic's).
  public static let afternoon: Set<String> = ["pm", "p m", "م", "مساء"]

  /// Month names and their abbreviations, January first, lower case as written (a word of a
  /// date is compared lower-cased, accents and hamza kept, so both spellings are listed):
  /// English; French; Spanish (Zoom's `ene 10, 2027`); Portuguese; Arabic as the Middle East
  /// (يناير), the Levant (آذار), Algeria and Tunisia (جانفي، أفريل، ماي) and Morocco (يوليوز،
  /// غشت) write them. The Levant's two-word months (كانون الثاني، تشرين الأول) are listed
  /// with a space between their words, with and without the article and hamza.
  public static let months: [[String]] = [
    [
      "january", "jan", "janvier", "janv", "enero", "ene", "janeiro", "يناير", "جانفي", "جانفييه", "ينير",
      "كانون الثاني", "كانون ثاني",
    ],
    [
      "february", "feb", "février", "fevrier", "févr", "fevr", "fév", "fev", "febrero", "fevereiro", "فبراير",
      "شباط", "فيفري", "فبرير",
    ],
    ["march", "mar", "mars", "marzo", "março", "marco", "مارس", "آذار", "اذار"],
    [
      "april", "apr", "avril", "avr", "abril", "abr", "أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "افريل",
    ],
    ["may", "mai", "mayo", "maio", "مايو", "أيار", "ايار", "ماي"],
    ["june", "jun", "juin", "junio", "junho", "يونيو", "يونيه", "حزيران", "جوان"],
    ["july", "jul", "juillet", "juil", "julio", "julho", "يوليو", "يوليه", "تموز", "جويلية", "يوليوز"],
    ["august", "aug", "août", "aout", "agosto", "ago", "أغسطس", "اغسطس", "آب", "اب", "أوت", "اوت", "غشت"],
    [
      "september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "set", "سبتمبر", "أيلول",
      "ايلول", "شتنبر",
    ],
    [
      "october", "oct", "octobre", "octubre", "outubro", "out", "أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول",
      "تشرين أول", "تشرين اول",
    ],
    ["november", "nov", "novembre", "noviembre", "novembro", "نوفمبر", "نونبر", "تشرين الثاني", "تشرين ثاني"],
    [
      "december", "dec", "décembre", "decembre", "déc", "dic", "diciembre", "dezembro", "dez", "ديسمبر", "دجنبر",
      "كانون الأول", "كانون الاول", "كانون أول", "كانون اول",
    ],
  ]

  /// What may follow a day's number before its month: French `1er mars`, English `1st`,
  /// `2nd`, `3rd`, `4th`, Spanish and Portuguese `1º de marzo` (a date also reads `1°`, typed
  /// with the degree sign), lower case as written.
  public static let ordinalSuffixes: Set<String> = ["er", "st", "nd", "rd", "th", "º"]

  /// Names of the days of the week, which may begin a written date (`mardi 9 mars 2027`,
  /// `Tuesday, March 9, 2027`), lower case as written.
  public static let weekdays: Set<String> = Set(weekdayNames.joined()).union(["feira"])

  /// The names of each weekday, Monday first (ISO 8601 order), lower case as written.
  public static let weekdayNames: [[String]] = [
    ["monday", "mon", "lundi", "lunes", "segunda", "الاثنين", "الإثنين"],
    ["tuesday", "tue", "mardi", "martes", "terça", "terca", "الثلاثاء"],
    ["wednesday", "wed", "mercredi", "miércoles", "miercoles", "quarta", "الأربعاء", "الاربعاء"],
    ["thursday", "thu", "jeudi", "jueves", "quinta", "الخميس"],
    ["friday", "fri", "vendredi", "viernes", "sexta", "الجمعة"],
    ["saturday", "sat", "samedi", "sábado", "sabado", "السبت"],
    ["sunday", "sun", "dimanche", "domingo", "الأحد", "الاحد"],
  ]

  /// Words that join the parts of a written date (`9 de marzo de 2027`, `9 mars 2027 à 14h30`,
  /// `9 de março de 2027 às 14:30`, `9 de mayo de 2027 a las 18:30`, `le 9 mars`, `الساعة`
  /// before a time), lower case as written.
  public static let dateJoiners: Set<String> = [
    "de", "del", "à", "a", "às", "as", "le", "el", "at", "on", "las", "la", "الساعة",
  ]

  /// Header words of columns that hold an account's or a screen's name rather than the name a
  /// person gives (Zoom's "User Name (Original Name)", a display name): such a column is a name
  /// of last resort.
  public static let accountNames: [String] = ["user name", "display name", "original name", "screen name"]

  /// Words of the names meeting tools show for a device (`iPhone de Khadija`, `Awa's iPad`,
  /// `Galaxy A52`, `DESKTOP-4F2K9`), lower case.
  static let deviceWords: [[UInt8]] = [
    "iphone", "ipad", "android", "galaxy", "samsung", "huawei", "xiaomi", "redmi", "tecno", "infinix", "macbook",
    "laptop", "desktop", "tablet", "tablette", "smartphone", "pixel", "oppo", "itel", "elitebook", "thinkpad",
    "celular", "telefone", "phone", "telephone", "movil", "téléphone", "teléfono", "telefono", "móvil",
    "telemóvel", "telemovel", "portable",
  ].map { Array($0.utf8) }

  /// The same words in Arabic script (`آيفون خديجة`, `جوال عمر`), as written and folded, as
  /// UTF-8 bytes.
  static let arabicDeviceWords: [[UInt8]] = {
    let words = [
      "آيفون", "أيفون", "آيباد", "أيباد", "جوال", "جوّال", "موبايل", "هاتف", "سامسونج", "جالكسي", "غالكسي", "هواوي",
      "شاومي", "ريدمي", "تكنو", "لابتوب", "حاسوب", "كمبيوتر", "تابلت", "أندرويد", "ماك", "ماكبوك",
    ]
    return Array(Set(words + words.map(\.folded))).map { Array($0.utf8) }
  }()

  /// True for a name that holds a device's word, judged on its bytes without folding: it is
  /// asked of every name of an export. Latin words (`deviceWords`) are runs of ASCII and
  /// accented Latin-1 letters compared in any case; a word in Arabic script (a space-separated run that starts with a
  /// lead byte 0xD8-0xDB) is compared with `arabicDeviceWords`.
  public static func isDeviceName(_ name: String) -> Bool {
    var name = name
    return name.withUTF8 { bytes in
      var start = 0
      while start < bytes.count {
        while start < bytes.count && !isASCIILetter(bytes[start]) && !isArabicLead(bytes[start]) { start += 1 }
        guard start < bytes.count else { break }
        var end = start
        if isArabicLead(bytes[start]) {
          while end < bytes.count && bytes[end] != 0x20 { end += 1 }
          let word = bytes[start..<end]
          if arabicDeviceWords.contains(where: { $0.elementsEqual(word) }) { return true }
        } else {
          while end < bytes.count && (isASCIILetter(bytes[end]) || isLatin1Letter(bytes, at: end)) { end += 1 }
          let word = bytes[start..<end]
          // Lower case: an ASCII letter's byte or a Latin-1 letter's second byte with 0x20 set
          // (`É` is C3 89, `é` C3 A9); the lead byte C3 as it is.
          if deviceWords.contains(where: {
            $0.count == word.count && zip($0, word).allSatisfy { $0 == $1 || ($1 != 0xC3 && $0 == $1 | 0x20) }
          }) {
            return true
          }
        }
        start = end
      }
      return false
    }
  }

  static func isArabicLead(_ byte: UInt8) -> Bool { (0xD8...0xDB).contains(byte) }

  /// True when the byte at `index` is part of an accented Latin-1 letter (`é`, `ó`, `Ç`: C3 and
  /// the byte after it), which a device's word may hold (`Teléfono`, `Telemóvel`).
  static func isLatin1Letter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    if bytes[index] == 0xC3 { return index + 1 < bytes.count && (0x80...0xBF).contains(bytes[index + 1]) }
    return (0x80...0xBF).contains(bytes[index]) && index > 0 && bytes[index - 1] == 0xC3
  }

  static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

  /// The marks meeting tools write in brackets after a guest's name (`LanguagePack.Values.
  /// guestMarks`), folded.
  static let guestMarks = Set((LanguagePack.words(\.values.guestMarks) + otherGuestMarks).map(\.folded))

  /// The guest marks of Microsoft Teams in languages the language table does not hold yet:
  /// German, Italian, Dutch, Polish, Turkish, Russian, Ukrainian, Kazakh, Bosnian, Croatian and
  /// Serbian (Latin and Cyrillic), Macedonian, Swahili, Urdu, Hindi, Bengali.
  static let otherGuestMarks = [
    "gast", "extern", "externer", "ospite", "esterno", "gość", "zewnętrzny", "konuk", "misafir", "harici",
    "гость", "внешний", "гість", "зовнішній", "қонақ", "сыртқы", "gost", "vanjski", "eksterni", "spoljni",
    "гост", "спољни", "гостин", "надворешен", "mgeni", "wa nje", "مہمان", "بیرونی", "अतिथि", "बाहरी", "অতিথি",
  ]

  /// The name a person gives, from the name a meeting tool shows: without the bracketed mark
  /// Microsoft Teams writes after a guest's name (`Moussa Diop (Invité)`), and given name
  /// first when the tool wrote the family name first before that mark (`Ndiaye, Khady
  /// (Externe)` is Khady Ndiaye). In a meeting report (`inMeetingReport`), a name without a mark
  /// is turned round too when it is one family name, a comma and one to three given names
  /// (`Diop, Moussa`), as a tenant set to list names family name first writes it. Any other
  /// name as it is (`Awa Ndiaye (Dakar)`, `Khady Ndiaye, PhD`, `Ndiaye, Awa` in a form).
  public static func personName(fromDisplayName name: String, inMeetingReport: Bool = false) -> String {
    var shown = name
    var marked = false
    if name.utf8.last == UInt8(ascii: ")"), let open = name.lastIndex(of: "("),
      guestMarks.contains(String(name[name.index(after: open)..<name.index(before: name.endIndex)]).folded)
    {
      shown = String(name[..<open]).trimmed
      marked = true
    }
    guard marked || inMeetingReport, shown.utf8.contains(UInt8(ascii: ",")) else { return shown }
    // A bracket convene does not know as a mark (`Петров, Иван (Гость)` in a language not
    // listed) is kept where it is written: turned round, it would stand inside the name.
    if !marked && shown.utf8.last == UInt8(ascii: ")") { return shown }
    let parts = shown.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmed }
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return shown }
    if !marked {
      let family = parts[0].split(separator: " ").count, given = parts[1].split(separator: " ").count
      guard family == 1, (1...3).contains(given) else { return shown }
    }
    return parts[1] + " " + parts[0]
  }

  /// Marks a per-choice column may hold for a ticked choice beyond 1 and yes (`✓`,
  /// `selected`), folded.
  public static let tickMarks: Set<String> = [
    "✓", "✔", "☑", "x", "selected", "checked", "ticked", "selectionne", "selectionnee", "coche", "cochee",
    "seleccionado", "seleccionada", "marcado", "marcada", "selecionado", "selecionada", "محدد",
  ]

  /// The roles meeting tools write of each attendee (Microsoft Teams' `Role` column:
  /// `Organizer`, `Presenter`, `Attendee`, in the languages of the network): a column of them
  /// is no job title. Arabic words are kept without their article (see `isMeetingRole(_:)`).
  static let meetingRoles: Set<String> = Set(
    [
      "organizer", "organiser", "co organizer", "co organiser", "presenter", "attendee", "producer", "panelist",
      "host", "co host", "organisateur", "coorganisateur", "co organisateur", "presentateur", "participant",
      "organizador", "coorganizador", "co organizador", "presentador", "asistente", "apresentador", "participante",
      "منظم", "مقدم", "مقدم العرض", "حاضر", "مشارك", "حضور", "منظم مشارك",
    ].map(withoutArabicArticle))

  /// True when `answer`, folded, is a meeting tool's role, an Arabic word read with or without
  /// its article (`الحاضر` is `حاضر`, `مقدم العرض` is `مقدم عرض`).
  public static func isMeetingRole(_ answer: String) -> Bool {
    meetingRoles.contains(withoutArabicArticle(answer))
  }

  /// `text`, folded, with the article `ال` taken off each Arabic word of more than two letters
  /// after it.
  static func withoutArabicArticle(_ text: String) -> String {
    guard text.contains("ال") else { return text }
    return text.split(separator: " ").map { word in
      word.hasPrefix("ال") && word.count > 4 ? word.dropFirst(2) : word
    }.joined(separator: " ")
  }
}
