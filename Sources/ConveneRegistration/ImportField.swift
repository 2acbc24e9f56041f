import ConveneCore

/// A field a registration export's column can feed.
public enum ImportField: String, Sendable, CaseIterable, Equatable {
  case name, email, category, title, organisation, city, country, region, gender, languages,
    needs, timezone, arrival, departure, unavailable, cohorts
  case firstName = "first_name"
  case lastName = "last_name"
  /// A middle name or further given names (`Middle name`, `Deuxième prénom`, `Segundo nombre`).
  case middleName = "middle_name"
  /// A second family name (`Segundo apellido`, `Apellido materno`).
  case secondLastName = "second_last_name"
  case ageGroup = "age_group"
  case publishName = "publish_name"
  /// When the form was submitted; orders new registrations for the waitlist.
  case timestamp
  /// A column to leave out.
  case ignore

  /// The columns a name is put together from, in the order its parts are written: given name,
  /// middle name, family name, second family name (`José` `García` `Pérez`).
  static let nameParts: [ImportField] = [.firstName, .middleName, .lastName, .secondLastName]

  /// True for the fields that hold a whole name or one of its parts.
  var isName: Bool { self == .name || Self.nameParts.contains(self) }

  /// The fields in the order that breaks a tie between two header words of the same length:
  /// "Organisation name" is an organisation, "May we publish your name?" a consent, "Nom de la
  /// ville" and "Nombre de su ciudad" a city, and so are "Organisation city" and "Ville de
  /// l'organisation" (a city or country word before an organisation's or a title's, in any
  /// word order): a header that merely mentions a name gives way to
  /// any other field's word (a full-name header is a longer phrase, and wins). `ignore`
  /// comes last: its words (form tools' and meeting reports' own columns, `Start time`,
  /// `Join Time`, `ID`) give way to any field's, so "Email ID" stays an e-mail.
  static let precedence: [ImportField] = [
    .email, .publishName, .timestamp, .firstName, .middleName, .lastName, .secondLastName, .city, .country,
    .organisation, .title, .region, .category, .gender, .ageGroup, .languages, .needs, .timezone, .arrival, .departure, .unavailable,
    .cohorts, .name, .ignore,
  ]

  /// Header words that name each field, in every language of `LanguagePack.all` (its
  /// `headers`, by the field's raw value), folded into word lists.
  static let phrases: [(ImportField, [[String]])] = precedence.map { field in
    (field, LanguagePack.words(\.headers, field.rawValue).map { $0.folded.split(separator: " ").map(String.init) })
  }

  /// The field a column header names, or nil: the field whose header words occur in it, the
  /// longest match winning ("Groupe d'âge" is an age group though "groupe" alone is a
  /// category, "الفئة العمرية" likewise), then `precedence`. KoboToolbox group prefixes
  /// (`group_contact/email`, `Contact/Email`) are dropped and its metadata columns (`_uuid`,
  /// `_id`, ...) ignored; a slash inside a header (`Country/Region`, `Carimbo de data/hora`)
  /// is read as part of it first.
  public static func matching(header: String) -> ImportField? {
    let cell = header.trimmed
    guard cell.contains("/") else { return matchingCell(cell) }
    let last = question(of: cell)
    if cell.lowercased().hasPrefix("group") { return matchingCell(last) }
    return matchingCell(cell) ?? matchingCell(last)
  }

  /// The question of a header under a KoboToolbox group (`identite/Nom` → `Nom`): the part
  /// after its last slash, or the whole header when it has none.
  static func question(of header: String) -> String {
    let cell = header.trimmed
    guard let slash = cell.lastIndex(of: "/") else { return cell }
    return String(cell[cell.index(after: slash)...])
  }

  static func matchingCell(_ cell: String) -> ImportField? {
    if cell == "_submission_time" { return .timestamp }
    if cell.hasPrefix("_") { return .ignore }
    let words = cell.folded.split(separator: " ").map(String.init)
    if let field = matching(words) { return field }
    return withoutPluralMarks(cell).flatMap { matching($0.folded.split(separator: " ").map(String.init)) }
  }

  /// A header with its plural marks in brackets left out (`Forename(s)`, `First name(s)`,
  /// `Sobrenome(s)`, `Nacionalidad(es)`), in any language, or nil when it has none. It is read
  /// when the header as written (`forenames`, `first names`) names no field: where the plural
  /// is a field's own word (`Nombre(s)` is `nombres`, the given names), it keeps its meaning.
  static func withoutPluralMarks(_ cell: String) -> String? {
    var singular = cell
    for mark in ["(s)", "(S)", "(es)", "(ES)"] { singular = singular.replacing(mark, with: "") }
    return singular == cell ? nil : singular
  }

  /// The field named by a header's folded words, or nil.
  static func matching(_ words: [String]) -> ImportField? {
    if let exact = ImportField(rawValue: words.joined(separator: "_")), exact != .ignore { return exact }
    // The longest phrase found wins, the first in `phrases` among equals; only the phrases
    // that start with one of the header's words are tried.
    var best: (field: ImportField, start: Int, length: Int, order: Int)?
    for start in words.indices {
      for candidate in phrasesByFirstWord[words[start]] ?? [] {
        let length = candidate.phrase.count
        guard start + length <= words.count, words[start..<start + length].elementsEqual(candidate.phrase) else { continue }
        if let best, (best.length, -best.order) >= (length, -candidate.order) { continue }
        best = (candidate.field, start, length, candidate.order)
      }
    }
    // A consent to a recording or to photographs is no consent to publish the name; a word of
    // the consent phrase itself ("diffusion de votre nom") is no such word.
    guard let best else { return nil }
    let outside = words[..<best.start] + words[(best.start + best.length)...]
    if best.field == .publishName, outside.contains(where: otherConsentWords.contains) { return .ignore }
    return best.field
  }

  /// True when the whole header is one of `field`'s words (`Organisation`, not `Organisation
  /// size`): such a column is the field's own, whatever other columns mention it.
  static func namesWholly(_ header: String, _ field: ImportField) -> Bool {
    let cell = header.trimmed
    let readings = [cell] + (withoutPluralMarks(cell).map { [$0] } ?? [])
    let words = readings.map { $0.folded.split(separator: " ").map(String.init) }
    return phrases.contains { $0.0 == field && $0.1.contains(where: words.contains) }
  }

  /// Words that make a consent header one to something else than a published name
  /// (recordings, photographs, videos, media), in every language, folded.
  static let otherConsentWords = Set(LanguagePack.words(\.headers, "other_consent").map(\.folded))

  /// `phrases` indexed by their first word, each with its place in `phrases`: a header is
  /// matched in time proportional to its words, not to every phrase of every language.
  static let phrasesByFirstWord: [String: [(field: ImportField, phrase: [String], order: Int)]] = {
    var index: [String: [(field: ImportField, phrase: [String], order: Int)]] = [:]
    var order = 0
    for (field, list) in phrases {
      for phrase in list {
        defer { order += 1 }
        guard let first = phrase.first else { continue }
        index[first, default: []].append((field, phrase, order))
      }
    }
    return index
  }()
}
