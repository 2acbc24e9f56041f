import ConveneCore
import Testing

@testable import ConveneRegistration

@Suite struct DuplicateClustersTests {
  /// Folding word by word gives what folding the whole text, writing its compound names as one
  /// word (`عبد الله` is `عبدالله`) and sorting its words gives, for every text of up to three
  /// of these pieces.
  @Test func foldingWordByWordIsFoldingTheWhole() {
    let pieces = [
      "Awa", "NDIAYE", "Ndiayé", "Jean-Marc", "de", "O'Neill", "  ", "\t", "-", "Æsa", "ليلى", "Олена", "(x)", "Straße", "",
      "أحمد", "فاطمة", "عبـــد", "الله",
    ]
    // A folder that remembers only a few words folds the others each time it meets them.
    var folders = [DuplicateClusters.WordFolder(), DuplicateClusters.WordFolder(remembering: 5)]
    for a in pieces {
      for b in pieces {
        for c in pieces {
          let text = a + " " + b + "  " + c
          var words = text.folded.split(separator: " ").map { Array($0.utf8) }
          CompoundNames.join(&words)
          var reference = words.map { String(decoding: $0, as: UTF8.self) }
          reference.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
          // Twice: the second time, the text is one the folder has met.
          for index in Array(folders.indices) + Array(folders.indices) {
            #expect(folders[index].sortedWords(text) == reference.joined(separator: " "), "\(text)")
          }
        }
      }
    }
  }

  @Test(arguments: [[], [0], [1, 0], [2, 0, 1], [4, 3, 2, 1, 0], [3, 0, 4, 1, 5, 2], [1, 2, 3, 4, 5, 0]])
  func newPeopleArePutInOrderWithoutLosingAnyone(order: [Int]) {
    var elements = order.indices.map { "e\($0)" }
    ImportMerge.permute(&elements, into: order)
    #expect(elements == order.map { "e\($0)" })
  }
}

extension DuplicateClustersTests {
  @Test func compoundNamesAreOneWordWithOrWithoutTheirSpace() {
    var folder = DuplicateClusters.WordFolder()
    #expect(folder.sortedWords("عبد الله الخطيب") == folder.sortedWords("عبدالله الخطيب"))
    #expect(folder.sortedWords("أبو بكر سالم") == folder.sortedWords("ابوبكر سالم"))
    #expect(folder.sortedWords("نور الدين حداد") == folder.sortedWords("نورالدين حداد"))
    #expect(folder.sortedWords("Abdul Rahman") == folder.sortedWords("Abdulrahman"))
    #expect(folder.sortedWords("عبد الله سالم") != folder.sortedWords("عبد الله الخطيب"))
  }
}
