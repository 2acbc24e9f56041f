/// Maps what people write as their role or stakeholder group onto the event's categories:
/// ids, labels and the common names of every language of `LanguagePack.all` ("Maire",
/// "Deputy Mayor", "Alcaldesa", "Prefeito" and "رئيس بلدية" all give `mayor`).
public struct CategoryMatcher: Sendable {
  private var index: [String: String] = [:]

  /// Names by default category id, in every language of `LanguagePack.all`, compared after
  /// folding.
  static let synonyms: [String: [String]] = {
    let ids = Set(LanguagePack.all.flatMap { $0.values.categories.keys })
    return Dictionary(uniqueKeysWithValues: ids.map { ($0, LanguagePack.words(\.values.categories, $0)) })
  }()

  /// A matcher for the given categories; the synonyms of a default id apply when the event
  /// keeps that id.
  public init(categories: [Category]) {
    for category in categories {
      index[category.id.folded] = category.id
      index[category.label.folded] = category.id
      for synonym in Self.synonyms[category.id] ?? [] { index[synonym.folded] = category.id }
    }
  }

  /// Words after a role that make the person someone around its holder, or no longer its
  /// holder (`Mayor (former)`, `رئيس بلدية سابق`), folded.
  static let entourage = Set(
    LanguagePack.words(\.values.entourage).map(\.folded) + LanguagePack.words(\.values.formerly).map(\.folded))

  /// The category id meant by `text`, or nil.
  public func category(for text: String) -> String? {
    let key = text.folded
    if let id = index[key] { return id }
    // "Deputy Mayor of Mombasa" or "Mayors (and deputies)": try the leading words, unless the
    // words after them name another category ("Maire des jeunes", a youth council's) or
    // someone around the holder ("Mayor's office", "Maire, cabinet"), or a former holder
    // ("Mayor (former)").
    let words = key.split(separator: " ").map(String.init)
    for length in stride(from: min(words.count, 4), through: 1, by: -1) {
      guard let id = index[words.prefix(length).joined(separator: " ")] else { continue }
      let rest = Array(words.dropFirst(length))
      return qualifiesAnother(rest, than: id) ? nil : id
    }
    return nil
  }

  /// True when `words` (after a role that names `id`) hold a word of `entourage`, or a word
  /// or two that name another category.
  func qualifiesAnother(_ words: [String], than id: String) -> Bool {
    for start in words.indices {
      if Self.entourage.contains(words[start]) { return true }
      for length in 1...min(2, words.count - start) {
        if let other = index[words[start..<start + length].joined(separator: " ")], other != id { return true }
      }
    }
    return false
  }
}
