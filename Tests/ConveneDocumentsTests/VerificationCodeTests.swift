import Testing

@testable import ConveneDocuments

@Suite struct VerificationCodeTests {
  let code = VerificationCode(key: Array(repeating: 7, count: 32), message: Array("m".utf8))

  @Test func sixteenCharactersInGroupsOfFour() {
    #expect(code.characters.count == 16)
    #expect(code.description.count == 19)
    #expect(code.description.split(separator: "-").map(\.count) == [4, 4, 4, 4])
    #expect(code.characters.allSatisfy { VerificationCode.alphabet.contains($0) })
    #expect(code == VerificationCode(key: Array(repeating: 7, count: 32), message: Array("m".utf8)))
    #expect(code != VerificationCode(key: Array(repeating: 8, count: 32), message: Array("m".utf8)))
    #expect(code != VerificationCode(key: Array(repeating: 7, count: 32), message: Array("n".utf8)))
  }

  @Test func typedBackInAnyCaseWithOrWithoutSeparators() throws {
    #expect(try VerificationCode(typed: code.description) == code)
    #expect(try VerificationCode(typed: code.characters.lowercased()) == code)
    #expect(
      try VerificationCode(
        typed: " " + code.description.replacingOccurrences(of: "-", with: " ") + "\n") == code)
    let withLookAlikes = code.characters.replacingOccurrences(of: "0", with: "O")
      .replacingOccurrences(of: "1", with: "l")
    #expect(try VerificationCode(typed: withLookAlikes) == code)
  }

  @Test func wrongLengthAndForeignCharactersAreRefused() {
    #expect(throws: VerificationCode.Problem.wrongLength(15)) {
      try VerificationCode(typed: String(code.characters.dropLast()))
    }
    #expect(throws: VerificationCode.Problem.badCharacter("U")) {
      try VerificationCode(typed: "U" + code.characters.dropFirst())
    }
    #expect(throws: VerificationCode.Problem.badCharacter("*")) {
      try VerificationCode(typed: code.characters + "*")
    }
  }

  /// Every single character mistyped, at every position of many codes, is caught.
  @Test func everySingleTypoIsCaught() {
    for seed in 0..<40 {
      let characters = Array(
        VerificationCode(key: [UInt8(seed)], message: [1, 2, UInt8(seed)]).characters)
      for position in characters.indices {
        for replacement in VerificationCode.alphabet where replacement != characters[position] {
          var typed = characters
          typed[position] = replacement
          #expect(throws: VerificationCode.Problem.typo) {
            try VerificationCode(typed: String(typed))
          }
        }
      }
    }
  }

  /// Two neighbours swapped are caught, except 0 and Z (Luhn mod 32's blind spot).
  @Test func swappedNeighboursAreCaught() {
    var caught = 0
    var missed: Set<String> = []
    for seed in 0..<300 {
      let characters = Array(
        VerificationCode(key: [UInt8(seed % 256), 9], message: [UInt8(seed / 256)]).characters)
      for position in 0..<(characters.count - 1)
      where characters[position] != characters[position + 1] {
        var typed = characters
        typed.swapAt(position, position + 1)
        if (try? VerificationCode(typed: String(typed))) == nil {
          caught += 1
        } else {
          missed.insert(String([characters[position], characters[position + 1]].sorted()))
        }
      }
    }
    #expect(caught > 4000)
    #expect(missed.isSubset(of: ["0Z"]))
  }
}
