import Foundation
import Testing

/// `convene travel` and `convene letters visa` over the Dakar example's travel.csv; travel data
/// never reaching a public output or a report.
@Suite struct TravelCommandTests {
  @Test func theListsForTheHotelsTheDriversAndTheCaterer() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let rooming = try convene.run("travel", "rooming", "--lang", "en", "--workspace", ws)
    #expect(rooming.status == 0, "\(rooming.error)")
    #expect(rooming.output.hasPrefix("# Rooming list\n\n## Hôtel de la Corniche (fictional)\n"))
    #expect(rooming.output.contains("| 1 | Yao Ouédraogo | 2027-03-08 | 2027-03-11 | 3 |"))
    #expect(rooming.error == "Left out, holding no place: p024 (waitlisted), p025 (waitlisted), p026 (waitlisted).\n")
    // Young people from one city share a room: both names on one row.
    let csv = try convene.run("travel", "rooming", "--format", "csv", "--workspace", ws).output
    let shared = csv.components(separatedBy: "\r\n").filter { $0.contains(";") }
    #expect(!shared.isEmpty && shared.allSatisfy { $0.hasPrefix("Résidence des Almadies (fictional),") })
    #expect(csv.hasPrefix("hotel,Chambre,Occupants,Arrivée,Départ,Nuits\r\n"))
    let json = try JSONSerialization.jsonObject(
      with: Data(try convene.run("travel", "pickups", "--json", "--workspace", ws).output.utf8)) as! [String: Any]
    let sections = json["sections"] as! [[String: Any]]
    #expect(sections.first?["heading"] as? String == "2027-03-08 09:00-10:00")
    #expect((sections.first?["rows"] as? [[String]])?.first?.prefix(3) == ["09:15", "HF302", "4"])
    // Local participants come by road: no airport pick-up, listed apart.
    #expect(json["notes"] as? [String] == ["Vol non indiqué, donc pas d'accueil à l'aéroport (route ou train ?) : Aminata Diallo; Hadiza Diop; Moussa Abakar"])
    #expect(!sections.contains { ($0["rows"] as? [[String]] ?? []).joined().contains { $0.contains("Hadiza") } })
    let needs = try convene.run("travel", "needs", "--lang", "en", "--workspace", ws)
    #expect(needs.output.contains("| Vegetarian | 5 |") && needs.output.contains("| Gluten-free | \\<5 |"))
    #expect(!needs.output.contains("Hadiza") && !needs.output.contains("p0"))
    let named = try convene.run("travel", "needs", "--names", "--lang", "en", "--workspace", ws)
    #expect(named.output.contains("| Gluten-free | 2 | Hadiza Diop; Noémie Gagnon |"))
    let html = try convene.run("travel", "rooming", "--format", "html", "--workspace", ws).output
    #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<td><bdi>Yao Ouédraogo</bdi></td>"))
  }

  @Test func aTravelFileWithErrorsIsReportedByFileLineAndFieldAndNoListIsMade() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    try convene.setCell(ws, file: "travel.csv", id: "p001", "room_sharing", "p002")
    try convene.setCell(ws, file: "travel.csv", id: "p002", "departure_at", "2027-03-01 10:00")
    try convene.setCell(ws, file: "travel.csv", id: "p003", "passport_expiry", "2027-06-30")
    try convene.setCell(ws, file: "travel.csv", id: "p004", "nationality", "Tunisia")
    let check = try convene.run("check", "--workspace", ws)
    #expect(check.status == 1)
    for line in [
      "error: travel.csv:5: nationality: \"Tunisia\" is not a country code",
      "error: travel.csv:2: room_sharing: p001 shares with p002, but p002 shares with nobody",
      "error: travel.csv:3: departure_at: departure (2027-03-01 10:00) is not after arrival (2027-03-08 11:05)",
      "warning: travel.csv:4: passport_expiry: the passport expires on 2027-06-30, less than 6 months after the event ends on 2027-03-10 (valid until 2027-09-10 at least)",
    ] {
      #expect(check.output.contains(line), "\(line)\n\(check.output)")
    }
    let refused = try convene.run("travel", "rooming", "--workspace", ws)
    #expect(refused.status == 1 && refused.output.isEmpty)
    #expect(refused.error.contains("travel.csv:5: nationality"))
    try convene.setCell(ws, file: "travel.csv", id: "p004", "nationality", "TN")
    let cross = try convene.run("travel", "rooming", "--workspace", ws)
    #expect(cross.status == 1 && cross.error.contains("travel.csv:2: room_sharing: p001 shares with p002"))
    // Letters are refused by what check finds across rows too, as the lists are.
    let letters = try convene.run("letters", "visa", "--date", "2027-01-10", "--workspace", ws)
    #expect(letters.status == 1 && letters.error.contains("travel.csv:2: room_sharing: p001 shares with p002"))
    #expect(!FileManager.default.fileExists(atPath: ws + "/letters/visa"))
    // A file saved in a legacy encoding: check names the cell and says how to fix it, and no
    // command reads it another way.
    var bytes = Array("participant,hotel\np001,H".utf8)
    bytes += [0xF4, 0x74, 0x65, 0x6C, 0x0D, 0x0A]
    try Data(bytes).write(to: URL(fileURLWithPath: ws + "/travel.csv"))
    let encoding = try convene.run("check", "--workspace", ws)
    #expect(encoding.output.contains("error: travel.csv:2: hotel: holds bytes that are not UTF-8 (hint: save the file as UTF-8"))
    for result in [
      try convene.run("travel", "rooming", "--workspace", ws), try convene.run("letters", "visa", "--workspace", ws),
      try convene.run("plan", "--workspace", ws),
    ] {
      #expect(result.status == 1 && result.error.contains("travel.csv:2: hotel: holds bytes that are not UTF-8"), "\(result.error)")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: ws + "/travel.csv")) == Data(bytes))
  }

  /// Passports, flights, hotels and needs stay inside the workspace: no public output, report or
  /// invitation carries them.
  @Test func travelDataReachesNoPublicOutputAndNoReport() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let travel = String(decoding: convene.bytes(ws + "/travel.csv"), as: UTF8.self)
    let passports = travel.components(separatedBy: "\r\n").dropFirst().compactMap {
      $0.components(separatedBy: ",").dropFirst(2).first
    }.filter { !$0.isEmpty }
    #expect(passports.count > 40)
    #expect(try convene.run("schedule", "--iterations", "2000", "--workspace", ws).status == 0)
    #expect(try convene.run("publish", "--workspace", ws).status == 0)
    #expect(try convene.run("invite", "--workspace", ws).status == 0)
    #expect(try convene.run("notify", "--workspace", ws).status == 0)
    #expect(try convene.run("report", "--workspace", ws).status == 0)
    var outputs = [
      try convene.run("participants", "list", "--public", "--workspace", ws).output,
      try convene.run("participants", "list", "--format", "json", "--workspace", ws).output,
      try convene.run("agenda", "--public", "--format", "html", "--workspace", ws).output,
      try convene.run("agenda", "--format", "ics", "--workspace", ws).output,
      try convene.run("participants", "stats", "--json", "--workspace", ws).output,
    ]
    for folder in ["reports", "outbox/v1", "outbox/notify"] {
      for name in try FileManager.default.contentsOfDirectory(atPath: ws + "/" + folder) {
        outputs.append(String(decoding: convene.bytes(ws + "/\(folder)/" + name), as: UTF8.self))
      }
    }
    let everything = outputs.joined(separator: "\n")
    for secret in passports + ["Corniche", "Almadies", "HF511", "KP041", "gluten", "halal"] {
      #expect(!everything.contains(secret), "\(secret) leaked")
    }
  }

  @Test func aLetterForEachConfirmedPersonNeedingAVisaAndNoneForAnyoneElse() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    // p004 cancels; p016 has not sent a passport number; p019 has a name with markup.
    #expect(try convene.run("participants", "cancel", "p004", "--workspace", ws).status == 0)
    try convene.setCell(ws, file: "travel.csv", id: "p016", "passport_number", "")
    try convene.setCell(ws, id: "p019", "name", "Ines <img src=x onerror=alert(1)> Benjelloun")
    let result = try convene.run("letters", "visa", "--date", "2027-01-10", "--workspace", ws)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("p004 Hamza Chaabane: no letter: not confirmed (cancelled); a letter goes only to confirmed participants"))
    #expect(result.output.contains("p016 Sofiane Mansouri: no letter: no passport number in travel.csv"))
    #expect(result.output.contains("6 letters written to letters/visa/; 2 without a letter."))
    let letters = try FileManager.default.contentsOfDirectory(atPath: ws + "/letters/visa").sorted()
    #expect(letters == ["p019.html", "p030.html", "p037.html", "p045.html", "p046.html", "p047.html"])
    let page = String(decoding: convene.bytes(ws + "/letters/visa/p019.html"), as: UTF8.self)
    #expect(!page.contains("<img"))
    #expect(page.contains("<bdi>Ines &lt;img src=x onerror=alert(1)&gt; Benjelloun</bdi>"))
    #expect(page.contains("<html lang=\"fr\" dir=\"ltr\">") && page.contains("Date : 2027-01-10"))
    // Asked for by name: the ones that cannot have a letter make the command fail.
    let asked = try convene.run("letters", "visa", "--for", "p001", "p030", "--date", "2027-01-10", "--json", "--workspace", ws)
    #expect(asked.status == 1)
    let report = try JSONSerialization.jsonObject(with: Data(asked.output.utf8)) as! [String: Any]
    #expect((report["letters"] as! [[String: Any]]).map { $0["participant"] as! String } == ["p030"])
    #expect(report["refused"] as? [[String: String]] == [["participant": "p001", "reason": "travel.csv does not say they need a visa"]])
    // --pdf without a browser says so and writes nothing.
    try FileManager.default.removeItem(atPath: ws + "/letters")
    let noBrowser = try convene.run(
      "letters", "visa", "--pdf", "--workspace", ws, environment: ["PATH": "/nonexistent", "CHROMIUM": ""])
    #expect(noBrowser.status == 1)
    #expect(noBrowser.error.contains("--pdf needs Chromium (not found on PATH as chromium, chromium-browser, google-chrome, google-chrome-stable, nor named by CHROMIUM=/path)"))
    #expect(!FileManager.default.fileExists(atPath: ws + "/letters"))
  }

  /// A letter of an earlier run whose person no longer gets one (no visa needed now, the row
  /// deleted, cancelled) is named, each of them; a letter dated after the event is refused.
  @Test func everyLetterThatNoLongerAppliesIsNamed() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    #expect(try convene.run("letters", "visa", "--date", "2027-01-10", "--workspace", ws).status == 0)
    try convene.setCell(ws, file: "travel.csv", id: "p030", "needs_visa", "no")
    let travel = ws + "/travel.csv"
    let rows = try String(contentsOfFile: travel, encoding: .utf8).components(separatedBy: "\r\n")
    try rows.filter { !$0.hasPrefix("p045,") }.joined(separator: "\r\n").write(toFile: travel, atomically: true, encoding: .utf8)
    #expect(try convene.run("participants", "cancel", "p046", "--workspace", ws).status == 0)
    let again = try convene.run("letters", "visa", "--date", "2027-01-10", "--workspace", ws)
    #expect(again.status == 0, "\(again.error)")
    for id in ["p030", "p045", "p046"] {
      #expect(
        again.output.contains(
          "letters/visa/\(id).html was written earlier for someone who no longer gets a letter: it was left; delete it if it must not be used."
        ), "\(again.output)")
    }
    #expect(!again.output.contains("letters/visa/p019.html was written earlier"))
    let before = try FileManager.default.contentsOfDirectory(atPath: ws + "/letters/visa").sorted()
    let late = try convene.run("letters", "visa", "--date", "2027-06-01", "--workspace", ws)
    #expect(late.status == 1)
    #expect(late.error.contains("a letter dated 2027-06-01, after the event's last day (2027-03-10), supports no journey to it"), "\(late.error)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: ws + "/letters/visa").sorted() == before)
  }

  /// A participant id that is a path, or a letters folder that is a link, never makes a file
  /// outside the workspace.
  @Test func lettersAreNeverWrittenOutsideTheWorkspace() throws {
    let convene = ConveneRunner()
    let ws = try convene.copyExample("dakar-regional-workshop")
    let outside = convene.path("outside")
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: ws + "/letters", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: ws + "/letters/visa", withDestinationPath: outside)
    let linked = try convene.run("letters", "visa", "--workspace", ws)
    #expect(linked.status == 1)
    #expect(linked.error.contains("letters/visa/p004.html: is outside the workspace"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
    try FileManager.default.removeItem(atPath: ws + "/letters/visa")
    try convene.replace(ws, file: "participants.csv", "\r\np030,", with: "\r\n../../outside/p030,")
    try convene.replace(ws, file: "travel.csv", "\r\np030,", with: "\r\n../../outside/p030,")
    let escaped = try convene.run("letters", "visa", "--workspace", ws)
    #expect(escaped.status == 1)
    #expect(escaped.error.contains("participants.csv:31: id: \"../../outside/p030\" is not a valid id"))
    #expect(escaped.error.contains("travel.csv:29: participant: \"../../outside/p030\" is not a valid id"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
    #expect(!FileManager.default.fileExists(atPath: convene.path("outside/p030.html")))
  }
}
