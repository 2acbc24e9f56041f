extension JSONNode {
  /// A text given in several languages: one string (English), or an object of texts by
  /// language code (codes in lower case). Nil when the value is neither; the members of the
  /// object that are not text are in `notText`, by language code.
  public var textsByLanguage: (texts: [String: String], notText: [JSONNode.Member])? {
    if let text = string { return (["en": text], []) }
    guard let members else { return nil }
    var texts: [String: String] = [:]
    var notText: [Member] = []
    for (language, node) in members {
      if let text = node.string { texts[language.lowercased()] = text } else { notText.append(Member(key: language, line: node.line)) }
    }
    return (texts, notText)
  }

  /// A member's key and line.
  public struct Member: Sendable, Equatable {
    public var key: String
    public var line: Int
  }
}
