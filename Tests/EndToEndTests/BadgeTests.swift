import ConveneQR
import Foundation
import Testing

/// What Debian's zbarimg reads in each PNG of `folder` (sorted by name): the text of the one
/// QR code found, or nil.
func zbarRead(_ folder: String) throws -> [String?] {
  guard FileManager.default.isExecutableFile(atPath: "/usr/bin/zbarimg") else {
    Issue.record("zbarimg is missing: run `make test`, which installs zbar-tools")
    return []
  }
  return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".png") }
    .sorted().map {
      image in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/zbarimg")
      process.arguments = [
        "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", folder + "/" + image,
      ]
      let output = Pipe()
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
      let data = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      guard process.terminationStatus == 0 else { return nil }
      var text = String(decoding: data, as: UTF8.self)
      if text.hasSuffix("\n") { text.removeLast() }
      return text
    }
}

/// Badges printed as a browser renders them: every QR code read back by zbarimg, and the ids
/// read fed to the badge-scan import.
@Suite(.serialized) struct BadgeTests {
  let runner = ConveneRunner()

  @Test func everyBadgeScansBackToItsIdAndTheScansAreImported() throws {
    let ws = try runner.copyExample("dakar-regional-workshop")
    let made = try runner.run("badges", "--workspace", ws)
    #expect(made.status == 0, "\(made.error)")
    #expect(made.output.contains("Made 55 badges on 7 A4 sheets"))
    let shots = runner.path("shots")
    let answer = try runBrowser(
      url: URL(fileURLWithPath: ws + "/badges/badges.html").absoluteString,
      downloads: runner.path("dl"),
      steps: [
        "Array.from(document.querySelectorAll('article.badge')).map(b => b.dataset.participant).join(' ')",
        screenshots(of: "article.badge svg.qr", into: shots),
        // Every badge is 98.5 × 67 mm (at 96 CSS pixels to the inch) and inside its A4 sheet.
        "Array.from(document.querySelectorAll('article.badge')).every(b => { const r = b.getBoundingClientRect(), s = b.closest('.sheet').getBoundingClientRect(); return Math.abs(r.width - 372.3) < 1 && Math.abs(r.height - 253.2) < 1 && r.left >= s.left && r.right <= s.right && r.top >= s.top && r.bottom <= s.bottom; })",
        "document.scripts.length",
      ])
    let results = answer["results"] as? [Any] ?? []
    try #require(results.count == 4)
    let ids = (results[0] as? String ?? "").split(separator: " ").map(String.init)
    let holders = try participantsHoldingAPlace(ws)
    #expect(ids == holders)
    #expect(results[1] as? Int == holders.count)
    #expect(results[2] as? Bool == true)
    #expect(results[3] as? Int == 0)
    #expect((answer["external_requests"] as? [String]) == [])
    let read = try zbarRead(shots)
    #expect(read == ids.map { Optional($0) })

    // A scanner's export of those codes, as the attendance import reads it.
    let scans =
      "badge,session,time\n"
      + read.compactMap { $0 }.map { "\($0),day2,2027-03-10 08:4\($0.last!)" }.joined(
        separator: "\n") + "\n"
    let imported = try runner.run(
      "attendance", "import", try runner.write(scans, to: "scans.csv"), "--workspace", ws)
    #expect(imported.status == 0)
    #expect(
      imported.output.contains("Recorded \(ids.count) attendances from")
        && imported.output.contains("0 rows not matched"))
    let attendance = String(decoding: runner.bytes(ws + "/attendance.csv"), as: UTF8.self)
    for id in ids {
      #expect(attendance.contains("\(id),2027-03-10,present,2027-03-10 08:4\(id.last!)\r\n"))
    }
  }

  /// An Arabic sheet (right to left) for people chosen by id, one of them waitlisted.
  @Test func anArabicSheetForChosenPeopleScansBackToo() throws {
    let ws = try runner.copyExample("dakar-regional-workshop")
    let refused = try runner.run("badges", "--for", "p004", "p024", "--workspace", ws)
    #expect(
      refused.status == 1 && refused.error.contains("p024 (waitlisted): no place, so no badge"))
    #expect(!FileManager.default.fileExists(atPath: ws + "/badges"))
    let made = try runner.run(
      "badges", "--for", "p004", "p024", "--status", "confirmed", "waitlisted", "--lang", "ar",
      "--workspace", ws)
    #expect(made.status == 0)
    let shots = runner.path("shots-ar")
    let answer = try runBrowser(
      url: URL(fileURLWithPath: ws + "/badges/badges.html").absoluteString,
      downloads: runner.path("dl"),
      steps: [
        "getComputedStyle(document.querySelector('.badge')).direction",
        screenshots(of: "svg.qr", into: shots),
      ])
    #expect((answer["results"] as? [Any])?.first as? String == "rtl")
    #expect(try zbarRead(shots) == ["p004", "p024"])
  }

  /// Our QR codes of every version, 1 to 40, as Chromium renders the SVG: random ids and
  /// texts (non-ASCII ones carry ECI UTF-8) read back exactly by zbarimg.
  @Test func codesOfEveryVersionReadBackExactly() throws {
    var generator = SystemRandomNumberGenerator()
    let letters = Array("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789-_.:/")
    let accented = Array("éàçöñßØЖжأحمد漢字")
    var texts: [String] = (0..<20).map { _ in
      "p" + String(Int.random(in: 1...99_999, using: &generator))
    }
    let capacities = [
      14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666,
      711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911,
      1989, 2099, 2213, 2331,
    ]
    for (index, capacity) in capacities.enumerated() {
      let lower = index == 0 ? 1 : capacities[index - 1] + 1
      let length = index % 2 == 0 ? capacity : Int.random(in: lower...capacity, using: &generator)
      texts.append(String((0..<length).map { _ in letters.randomElement(using: &generator)! }))
    }
    for _ in 0..<10 {
      let length = Int.random(in: 1...300, using: &generator)
      texts.append(
        String(
          (0..<length).map { _ in
            (Bool.random(using: &generator) ? letters : accented).randomElement(using: &generator)!
          }))
    }
    let codes = try texts.map { try QRCode(text: $0) }
    #expect(Set(codes.map(\.version)) == Set(1...40))
    let page =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{margin:0;background:#fff} svg{display:block;margin:4px}</style></head><body>"
      + codes.map { $0.svg(moduleSize: 3, unit: "px") }.joined() + "</body></html>"
    let file = try runner.write(page, to: "codes.html")
    let shots = runner.path("shots-codes")
    let answer = try runBrowser(
      url: URL(fileURLWithPath: file).absoluteString, downloads: runner.path("dl"),
      steps: [screenshots(of: "svg.qr", into: shots, scale: 1)])
    #expect((answer["results"] as? [Any])?.first as? Int == texts.count)
    let read = try zbarRead(shots)
    try #require(read.count == texts.count)
    for (index, (text, found)) in zip(texts, read).enumerated() {
      #expect(
        found == text, "code \(index): version \(codes[index].version), \(text.utf8.count) bytes")
    }
  }

  /// The participants who hold a place, in file order.
  func participantsHoldingAPlace(_ ws: String) throws -> [String] {
    let listed = try runner.run(
      "participants", "list", "--format", "csv", "--status", "invited", "--status", "registered",
      "--status", "confirmed", "--workspace", ws)
    let ids = Set(
      listed.output.split(whereSeparator: \.isNewline).dropFirst().map {
        String($0.prefix { $0 != "," })
      })
    let csv = String(decoding: runner.bytes(ws + "/participants.csv"), as: UTF8.self)
    return csv.split(whereSeparator: \.isNewline).dropFirst().map {
      String($0.prefix { $0 != "," })
    }.filter(ids.contains)
  }
}
