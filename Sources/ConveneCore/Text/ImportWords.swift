/// Word-sequence matching shared by header and answer look-ups.
public enum ImportWords {
  /// True when `phrase` occurs in `words` as consecutive whole words.
  public static func contains(_ words: [String], _ phrase: [String]) -> Bool {
    firstIndex(of: phrase, in: words) != nil
  }

  /// Where `phrase` first occurs in `words` as consecutive whole words, or nil.
  public static func firstIndex(of phrase: [String], in words: [String]) -> Int? {
    guard !phrase.isEmpty, words.count >= phrase.count else { return nil }
    for start in 0...(words.count - phrase.count) where words[start..<start + phrase.count].elementsEqual(phrase) {
      return start
    }
    return nil
  }
}
