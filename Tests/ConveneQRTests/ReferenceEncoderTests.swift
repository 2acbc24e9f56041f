import ConveneTestSupport
import Foundation
import Testing

@testable import ConveneQR

/// Our symbols against two encoders from PyPI (in `.build/venv`, installed by `make test`):
/// python-qrcode module for module with every version and mask forced; segno's choice of
/// version and mask; segno's penalty scores of our masked symbols.
///
/// segno writes a zero codeword where ISO/IEC 18004 7.4.10 asks for the pad codeword 0xEC
/// whenever the data ends on a codeword boundary, which byte mode without ECI always does;
/// its symbols are compared whole only with an ECI header (non-ASCII text), where they do not.
@Suite struct ReferenceEncoderTests {
  /// Every version 1 to 40 with every mask, filled with random bytes: at a random length
  /// that needs that version, at its capacity, and at one byte.
  @Test func everyVersionAndMaskMatchesQrcodeModuleForModule() throws {
    var random = SeededRandom(seed: 18004)
    var cases: [[String: Any]] = []
    var ours: [QRCode] = []
    for version in QRVersion.range {
      let capacity = QRVersion(number: version).byteCapacity(eci: false)
      let lower = version == 1 ? 0 : QRVersion(number: version - 1).byteCapacity(eci: false) + 1
      for mask in 0...7 {
        let count = [Int(random.next() % UInt64(capacity - lower + 1)) + lower, capacity, 1][
          mask % 3]
        let bytes = random.bytes(count)
        cases.append(["encoder": "qrcode", "hex": hex(bytes), "version": version, "mask": mask])
        ours.append(try QRCode(bytes: bytes, version: version, mask: mask))
      }
    }
    let reference = try run(cases)
    try #require(reference.count == ours.count)
    for (index, (code, expected)) in zip(ours, reference).enumerated() {
      #expect(
        rows(code) == expected["rows"] as? [String],
        "case \(index): version \(code.version) mask \(code.mask)")
    }
  }

  /// Non-ASCII names and ids (an ECI header, UTF-8) from 1 to 900 characters, versions 1 to
  /// 40: segno picks the same version and the same mask, and the symbols are the same.
  @Test func versionAndMaskChosenAsSegnoChoosesThem() throws {
    var random = SeededRandom(seed: 7)
    let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789-_ éçöØßЖжعربي漢字")
    var texts = ["Zoë", "p001-é", "Ахмед", "أحمد", "Nguyễn Thị Ánh"]
    for index in 0..<120 {
      let length = index < 80 ? Int(random.next() % 60) + 1 : Int(random.next() % 900) + 1
      texts.append(
        String((0..<length).map { _ in letters[Int(random.next() % UInt64(letters.count))] }) + "é")
    }
    let reference = try run(
      texts.map { ["encoder": "segno", "hex": hex(Array($0.utf8)), "text": true] })
    try #require(reference.count == texts.count)
    var versions = Set<Int>()
    var masks = Set<Int>()
    for (text, expected) in zip(texts, reference) {
      let code = try QRCode(text: text)
      versions.insert(code.version)
      masks.insert(code.mask)
      #expect(code.version == expected["version"] as? Int, "\(text.utf8.count) bytes")
      #expect(
        code.mask == expected["mask"] as? Int, "\(text.utf8.count) bytes, version \(code.version)")
      #expect(rows(code) == expected["rows"] as? [String], "\(text.utf8.count) bytes")
    }
    #expect(masks.count == 8)
    #expect(versions.count > 20)
  }

  /// The four penalty scores of every masked symbol of ids and random bytes (before the
  /// format information is written) are the ones segno computes for the same modules.
  @Test func penaltyScoresAreSegnos() throws {
    var random = SeededRandom(seed: 1804)
    var payloads: [[UInt8]] = (1...20).map { Array("p\(String(format: "%03d", $0 * 37))".utf8) }
    for _ in 0..<12 { payloads.append(random.bytes(Int(random.next() % 700) + 1)) }
    var matrices: [ModuleMatrix] = []
    for bytes in payloads {
      let version = try QRCode.version(for: bytes.count, eci: false, forced: nil)
      var matrix = ModuleMatrix(version: version)
      matrix.place(
        DataCodewords.interleaved(
          DataCodewords.data(bytes, version: version, eci: false), version: version))
      for mask in 0...7 {
        var masked = matrix
        masked.applyMask(mask)
        matrices.append(masked)
      }
    }
    let reference = try run(
      matrices.map { matrix in
        [
          "encoder": "segno-scores",
          "rows": (0..<matrix.size).map { row in
            String((0..<matrix.size).map { matrix[row, $0] ? "1" : "0" })
          },
        ]
      })
    try #require(reference.count == matrices.count)
    for (matrix, expected) in zip(matrices, reference) {
      let (n1, n2, n3, n4) = MaskPenalty.scores(matrix.dark, size: matrix.size)
      #expect([n1, n2, n3, n4] == expected["scores"] as? [Int], "size \(matrix.size)")
    }
  }

  func rows(_ code: QRCode) -> [String] { code.rows.map { String($0.map { $0 ? "1" : "0" }) } }

  func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

  /// The reference encoders' answers to `cases` (see `Reference/reference_matrices.py`).
  func run(_ cases: [[String: Any]]) throws -> [[String: Any]] {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let python = repository.appendingPathComponent(".build/venv/bin/python").path
    guard FileManager.default.isExecutableFile(atPath: python) else {
      Issue.record(
        "the reference encoders are missing: run `make test`, which installs segno and qrcode into .build/venv"
      )
      return []
    }
    let input = FileManager.default.temporaryDirectory.appendingPathComponent(
      "qr-cases-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: input) }
    try JSONSerialization.data(withJSONObject: cases).write(to: input)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [
      repository.appendingPathComponent("Tests/ConveneQRTests/Reference/reference_matrices.py")
        .path, input.path,
    ]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
  }
}
