/// Compound names that people write as one word or two (`عبد الله` and `عبدالله`, `أبو بكر`
/// and `ابوبكر`, `نور الدين` and `نورالدين`): their parts come from the language table
/// (`LanguagePack.Values.nameJoinsNext`, `nameJoinsPrevious`), so that every comparison of
/// names (duplicates, attendance, the same person on re-import) joins them alike.
public enum CompoundNames {
  /// Folded parts that join the word after them (`عبد`, `ابو`).
  public static let joinsNext = Set(LanguagePack.words(\.values.nameJoinsNext).map { Array($0.folded.utf8) })
  /// Folded parts that join the word before them (`الدين`).
  public static let joinsPrevious = Set(LanguagePack.words(\.values.nameJoinsPrevious).map { Array($0.folded.utf8) })

  /// Writes the compound names among folded `pieces` (a name's words) as one word.
  public static func join(_ pieces: inout [[UInt8]]) {
    var joined: [[UInt8]] = []
    joined.reserveCapacity(pieces.count)
    var joinNext = false
    for piece in pieces {
      if joinNext || (!joined.isEmpty && joinsPrevious.contains(piece)) {
        joined[joined.count - 1] += piece
      } else {
        joined.append(piece)
      }
      joinNext = joinsNext.contains(piece) && !joinNext
    }
    pieces = joined
  }
}

extension String {
  /// The text `folded`, with compound names written as one word (`CompoundNames`): the form
  /// in which two spellings of one person's name, in the same word order, are equal.
  public var foldedName: String {
    var pieces = folded.utf8.split(separator: UInt8(ascii: " ")).map { Array($0) }
    CompoundNames.join(&pieces)
    return pieces.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
  }
}
