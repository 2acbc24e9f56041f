import Foundation
import Testing

extension ConveneRunner {
  /// The network example in the scratch folder: the three events, as after their returns were
  /// collected (attendance, feedback and follow-up answers) and, unless `published` is false,
  /// their reports published (to `published/` in the scratch folder), and the network folder
  /// over them.
  func networkExample(published: Bool = true) throws -> String {
    try copyPrepared("network example\(published ? ", published" : "")") {
      try $0.makeNetworkExample(published: published)
    }
    return path("network")
  }

  /// Makes in this runner's folder what `networkExample` copies.
  func makeNetworkExample(published: Bool) throws {
    for name in ["dakar-regional-workshop", "amman-global-summit", "tunis-2028", "network"] {
      _ = try copyExample(name, as: name)
    }
    for (workspace, returns) in [("dakar-regional-workshop", "dakar"), ("amman-global-summit", "amman")] {
      let ws = path(workspace)
      #expect(try run("attendance", "import", example("returns/\(returns)/badge-scans.csv"), "--workspace", ws).status == 0)
      #expect(try run("feedback", "collect", example("returns/\(returns)/feedback"), "--workspace", ws).status == 0)
    }
    for (workspace, returns) in [("dakar-regional-workshop", "dakar"), ("amman-global-summit", "amman"), ("tunis-2028", "tunis")] {
      for batch in ["followup", "followup-late"] {
        #expect(try run("followup", "collect", example("returns/\(returns)/\(batch)"), "--workspace", path(workspace)).status == 0)
      }
      if published {
        let report = try run("report", "--workspace", path(workspace), "--format", "json", "--output", path("published/\(workspace)"))
        #expect(report.status == 0, "\(report.error)")
      }
    }
  }

  func text(_ path: String) -> String { String(decoding: bytes(path), as: UTF8.self) }

  /// Sets `network.json`'s events.
  func setEvents(_ events: [String], in network: String) throws {
    let file = network + "/network.json"
    var settings = try #require(try JSONSerialization.jsonObject(with: Data(bytes(file))) as? [String: Any])
    settings["events"] = events
    try JSONSerialization.data(withJSONObject: settings).write(to: URL(fileURLWithPath: file))
  }

  /// Sets `network.json`'s threshold.
  func setThreshold(_ threshold: Int, in network: String) throws {
    let file = network + "/network.json"
    var settings = try #require(try JSONSerialization.jsonObject(with: Data(bytes(file))) as? [String: Any])
    settings["disclosure"] = ["threshold": threshold]
    try JSONSerialization.data(withJSONObject: settings).write(to: URL(fileURLWithPath: file))
  }
}

/// `convene network init|check|report` through the binary.
@Suite struct NetworkCommandTests {
  let runner = ConveneRunner()

  @Test func initListsTheEventsFromTheNewFolderAndTheCitiesTheirPeopleComeFrom() throws {
    try FileManager.default.createDirectory(atPath: runner.path("events"), withIntermediateDirectories: true)
    let dakar = try runner.copyExample("dakar-regional-workshop", as: "events/dakar")
    _ = try runner.copyExample("amman-global-summit", as: "events/amman")
    let result = try runner.run("network", "init", "networks/strong", "--events", "events/dakar", dakar.replacingOccurrences(of: "dakar", with: "amman"), "--title", "Strong Cities")
    #expect(result.status == 0, "\(result.error)")
    let settings = try JSONSerialization.jsonObject(with: runner.bytes(runner.path("networks/strong/network.json"))) as? [String: Any]
    #expect(settings?["events"] as? [String] == ["../../events/dakar", "../../events/amman"])
    #expect(settings?["title"] as? String == "Strong Cities")
    #expect(settings?["languages"] as? [String] == ["fr", "en", "ar"])
    let cities = runner.text(runner.path("networks/strong/cities.csv")).split(separator: "\r\n")
    #expect(cities.first == "id,name,country,region,joined,status,population,aliases")
    #expect(cities.count == 59)
    #expect(cities.contains("ouagadougou-bf,Ouagadougou,BF,West and Central Africa,,active,,"))
    #expect(cities.contains("sao-paulo-br,São Paulo,BR,Latin America and the Caribbean,,active,,"))
    #expect(runner.text(runner.path("networks/strong/requests.csv")) == "city,date,topic,status,resolved_on\r\n")
    let check = try runner.run("network", "check", "--network", runner.path("networks/strong"))
    #expect(check.status == 0, "\(check.output)")
    #expect(check.output.contains("The network is valid (0 errors, 0 warnings)."))
    // Not over a folder that holds something, nor over a folder that is no event workspace.
    #expect(try runner.run("network", "init", "networks/strong", "--events", "events/dakar").status == 1)
    let missing = try runner.run("network", "init", "networks/other", "--events", "events")
    #expect(missing.status == 1 && missing.error.contains("is not an event workspace"))
    #expect(!FileManager.default.fileExists(atPath: runner.path("networks/other")))
    #expect(try runner.run("network", "init", "networks/third").status == 2)
  }

  @Test func checkNamesTheFileLineAndFieldOfEveryProblem() throws {
    let network = try runner.networkExample()
    var cities = runner.text(network + "/cities.csv")
    cities += "atlantis-zz,Atlantis,ZZ,,2031-02-30,active,,\r\n"
    try cities.write(toFile: network + "/cities.csv", atomically: true, encoding: .utf8)
    let framework = runner.text(network + "/framework.json").replacingOccurrences(
      of: "\"measure\": \"requests\"", with: "\"measure\": \"happiness\"")
    try framework.write(toFile: network + "/framework.json", atomically: true, encoding: .utf8)
    try (runner.text(network + "/requests.csv") + "paris-fr,2027-05-01,funding,open,\r\n").write(
      toFile: network + "/requests.csv", atomically: true, encoding: .utf8)
    let settings = runner.text(network + "/network.json").replacingOccurrences(of: "\"../tunis-2028\"", with: "\"../tunis-2028\", \"../nowhere\"")
    try settings.write(toFile: network + "/network.json", atomically: true, encoding: .utf8)
    let check = try runner.run("network", "check", "--network", network)
    #expect(check.status == 1)
    let lines = check.output.split(separator: "\n").map(String.init)
    let cityCount = runner.text(network + "/cities.csv").split(separator: "\r\n").count
    #expect(lines.contains { $0.hasPrefix("error: network.json:") && $0.contains("events: ../nowhere is not an event workspace") })
    #expect(lines.contains("error: cities.csv:\(cityCount): country: \"ZZ\" is not an ISO 3166-1 alpha-2 country code (hint: such as SN, JO or FR)"))
    #expect(lines.contains { $0.hasPrefix("error: cities.csv:\(cityCount): joined: \"2031-02-30\" is not a date") })
    #expect(lines.contains { $0.hasPrefix("error: framework.json:") && $0.contains("indicators[0].measure: \"happiness\" is not a measure") })
    #expect(lines.contains { $0.hasPrefix("error: requests.csv:") && $0.contains("city: \"paris-fr\" is not a city of cities.csv") })
    // Errors first, the network's files first; then the warnings of cities no member matches.
    let firstWarning = lines.firstIndex { $0.hasPrefix("warning:") } ?? lines.count
    #expect(lines[..<firstWarning].allSatisfy { $0.hasPrefix("error:") })
    #expect(lines.contains("warning: ../tunis-2028/participants.csv:34: city: \"Gafsa\" (TN) matches no member city; 1 participant of tunis-2028 counts under other cities (hint: add the city to cities.csv, or this spelling to a member city's aliases)"))
    let json = try runner.run("network", "check", "--json", "--network", network)
    let answer = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
    #expect(answer?["valid"] as? Bool == false && answer?["errors"] as? Int == 5)
    // A report refuses, names the errors and writes nothing.
    let report = try runner.run("network", "report", "--network", network)
    #expect(report.status == 1 && report.error.contains("nothing was written"))
    #expect(!FileManager.default.fileExists(atPath: network + "/reports"))
  }

  /// A cities or requests file emptied by mistake is no network of no cities: check and the
  /// report refuse it.
  @Test func aNetworkFileOfNoBytesIsRefused() throws {
    let network = try runner.networkExample()
    for name in ["cities.csv", "requests.csv"] {
      try Data().write(to: URL(fileURLWithPath: network + "/" + name))
    }
    let check = try runner.run("network", "check", "--network", network)
    #expect(check.status == 1)
    for name in ["cities.csv", "requests.csv"] {
      #expect(
        check.output.contains(
          "error: \(name): the file is empty, without even its header line (hint: put back its content, or write its header line alone if it has nothing to hold)"
        ), "\(check.output)")
    }
    let report = try runner.run("network", "report", "--no-audit", "--network", network)
    #expect(report.status == 1 && report.error.contains("nothing was written"))
    #expect(!FileManager.default.fileExists(atPath: network + "/reports"))
  }

  @Test func checkNamesAnUnaskedQuestionAndAnUnknownCityAmongOtherErrors() throws {
    let network = try runner.networkExample()
    // The indicator asks a question no event asks and gives days below 0; the request
    // comes from no member city on no date; one event cannot be read; a city row is broken.
    let framework = runner.text(network + "/framework.json").replacingOccurrences(
      of: "\"question\": \"satisfaction\",", with: "\"question\": \"happiness\", \"days\": -3,")
    try framework.write(toFile: network + "/framework.json", atomically: true, encoding: .utf8)
    let requests = runner.text(network + "/requests.csv")
    try (requests + "atlantis-zz,2027-13-45,funding,open,\r\n").write(
      toFile: network + "/requests.csv", atomically: true, encoding: .utf8)
    try (runner.text(network + "/cities.csv") + "broken-zz,Broken,ZZ,,,active,,\r\n").write(
      toFile: network + "/cities.csv", atomically: true, encoding: .utf8)
    let settings = runner.text(network + "/network.json").replacingOccurrences(
      of: "\"../tunis-2028\"", with: "\"../tunis-2028\", \"../nowhere\"")
    try settings.write(toFile: network + "/network.json", atomically: true, encoding: .utf8)
    let check = try runner.run("network", "check", "--network", network)
    #expect(check.status == 1)
    let lines = check.output.split(separator: "\n").map(String.init)
    let requestLine = requests.split(separator: "\r\n").count + 1
    #expect(lines.contains { $0.hasPrefix("error: network.json:") && $0.contains("../nowhere is not an event workspace") })
    #expect(lines.contains { $0.hasPrefix("error: cities.csv:") && $0.contains("\"ZZ\" is not an ISO 3166-1") })
    #expect(lines.contains { $0.hasPrefix("error: framework.json:") && $0.contains(".days: ") }, "\(lines)")
    #expect(
      lines.contains {
        $0.hasPrefix("error: framework.json:") && $0.contains(": satisfaction.question: no event of the network that could be read asks the question \"happiness\"")
      }, "\(lines)")
    #expect(lines.contains { $0.hasPrefix("error: requests.csv:\(requestLine): date:") }, "\(lines)")
    #expect(
      lines.contains("error: requests.csv:\(requestLine): city: \"atlantis-zz\" is not a city of cities.csv (hint: use the city's id)"),
      "\(lines)")
    // A broken row's city is still a city: a request from it is not from an unknown one.
    #expect(!lines.contains { $0.contains("\"broken-zz\" is not a city") })
  }

  @Test func theReportShowsTwoYearsOfTheFrameworkAndTheCityRecordsWithoutSmallGroups() throws {
    let network = try runner.networkExample()
    let check = try runner.run("network", "check", "--network", network)
    #expect(check.status == 0, "\(check.output)")
    #expect(check.output.contains("(0 errors, 5 warnings)"))
    let result = try runner.run("network", "report", "--network", network)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("Network report 2027–2028: 3 events, 8 framework indicators"))
    let reports = network + "/reports"
    let indicators = runner.text(reports + "/indicators.csv").split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    #expect(indicators.first == ["year", "indicator", "disaggregation", "group", "value", "n", "target"])
    let totals = Dictionary(
      indicators.filter { $0.count == 7 && $0[2] == "total" }.map { ("\($0[0]) \($0[1])", $0) }, uniquingKeysWith: { a, _ in a })
    #expect(totals["2027 participants"]?[5] == "392" && totals["2027 participants"]?[6] == "400")
    #expect(totals["2028 participants"]?[6] == "150")
    #expect(totals["2027 commitments-acted-upon"]?[6] == "55.0" && totals["2028 commitments-acted-upon"]?[6] == "60.0")
    #expect(totals["2027 requests"]?[4] == "18" && totals["2028 requests"]?[4] == "24")
    // No cell about people shows a group of 1 to 4.
    let cities = runner.text(reports + "/cities.csv").split(separator: "\r\n").dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    let peopleFigures: Set<String> = ["participants", "commitments", "followed-up"]
    for row in cities where peopleFigures.contains(row[2]) || row[2].hasPrefix("mean:") {
      #expect(!["1", "2", "3", "4"].contains(row[6]), "\(row)")
    }
    for row in indicators.dropFirst() where ["participants", "commitments"].contains(row[1]) {
      #expect(!["1", "2", "3", "4"].contains(row[5]), "\(row)")
    }
    #expect(cities.contains { $0[0] == "tunis-tn" && $0[1] == "2028" && $0[2] == "participants" && $0[3] == "total" })
    // Names only with consent, and no address anywhere.
    let html = runner.text(reports + "/network-report.html")
    let markdown = runner.text(reports + "/network-report.md")
    let json = runner.text(reports + "/network-report.json")
    var consenting = Set<String>()
    var private_ = Set<String>()
    for workspace in ["dakar-regional-workshop", "amman-global-summit", "tunis-2028"] {
      for line in runner.text(runner.path("\(workspace)/participants.csv")).split(separator: "\r\n").dropFirst() {
        let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        if cells[cells.count - 2] == "yes" { consenting.insert(cells[1]) } else { private_.insert(cells[1]) }
      }
    }
    #expect(consenting.contains { html.contains($0) })
    for name in private_.subtracting(consenting) {
      #expect(!html.contains(name) && !markdown.contains(name) && !json.contains(name), "\(name) is named")
    }
    for text in [html, markdown, json, runner.text(reports + "/indicators.csv"), runner.text(reports + "/cities.csv")] {
      #expect(!text.contains("@example.org"))
    }
    #expect(html.contains("<svg class=\"chart line\" id=\"trend-participants\""))
    #expect(html.contains("<polyline class=\"series\""))
    #expect(!html.contains("<script") && !html.contains("src=\"http") && !html.contains("href=\"http"))
    #expect(markdown.contains("### Tunis (TN)"))
    let document = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    #expect(document?["years"] as? [Int] == [2027, 2028])
    #expect((document?["cities"] as? [Any])?.count ?? 0 > 40)
  }

  @Test func theAuditAttacksTheReportWithTheEventsOwnReportsBeforeWritingIt() throws {
    let network = try runner.networkExample()
    for workspace in ["dakar-regional-workshop", "amman-global-summit", "tunis-2028"] {
      #expect(try runner.run("report", "--workspace", runner.path(workspace)).status == 0)
    }
    let result = try runner.run("network", "report", "--network", network, "--audit")
    #expect(result.status == 0, "\(result.output) \(result.error)")
    #expect(result.output.contains("Disclosure audit of the network report with the reports of 3 events: 0 hidden cells recoverable of"))
    #expect(FileManager.default.fileExists(atPath: network + "/reports/network-report.json"))
  }

  @Test func anEventReportThatGivesASmallGroupAwayStopsTheAuditedReport() throws {
    let network = try runner.networkExample()
    // Dakar's report as convene wrote it before the disclosure policy: its three youngest
    // respondents are 40 less the 37 shown by age.
    let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("ConveneDisclosureAuditTests/Fixtures/dakar-old-policy").path
    let reports = runner.path("dakar-regional-workshop/reports")
    try FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: true)
    for name in ["indicators.csv", "indicators.json"] {
      try FileManager.default.copyItem(atPath: fixture + "/" + name, toPath: reports + "/" + name)
    }
    let result = try runner.run("network", "report", "--network", network, "--audit")
    #expect(result.status == 1)
    #expect(result.error.contains("the disclosure audit failed, nothing was written"))
    #expect(result.error.contains("recoverable: dakar-2027 knowledge-after age_group 18-24 = 3"), "\(result.error)")
    #expect(!FileManager.default.fileExists(atPath: network + "/reports"))
  }

  @Test func theReportInArabicReadsRightToLeftAndFormatsWriteOneFile() throws {
    let network = try runner.networkExample()
    let output = runner.path("out")
    let result = try runner.run("network", "report", "--network", network, "--lang", "ar", "--format", "html", "--output", output)
    #expect(result.status == 0, "\(result.error)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: output) == ["network-report.html"])
    #expect(runner.text(output + "/network-report.html").contains("<html lang=\"ar\" dir=\"rtl\">"))
    let csv = try runner.run("network", "report", "--network", network, "--format", "csv")
    #expect(csv.status == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: network + "/reports").sorted() == ["cities.csv", "indicators.csv"])
  }

  @Test func aNetworkReportCountsOnlyPublishedEditionsOfItsEvents() throws {
    let network = try runner.networkExample(published: false)
    let refused = try runner.run("network", "report", "--network", network)
    #expect(refused.status == 1)
    #expect(
      refused.error.contains(
        "../tunis-2028 (tunis-2028): no report of it was ever published; publish one first with `convene report --workspace \(network)/../tunis-2028`"
      ), "\(refused.error)")
    #expect(!FileManager.default.fileExists(atPath: network + "/reports"))
    for workspace in ["dakar-regional-workshop", "amman-global-summit", "tunis-2028"] {
      #expect(try runner.run("report", "--workspace", runner.path(workspace)).status == 0)
    }
    #expect(try runner.run("network", "report", "--network", network).status == 0)
  }

  /// Every row of the report's two CSV files whose value is shown, by its other columns.
  func shownRows(_ network: String) -> [String: String] {
    var rows: [String: String] = [:]
    for file in ["indicators.csv", "cities.csv"] {
      for line in runner.text(network + "/reports/" + file).split(separator: "\r\n").dropFirst() {
        var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let target = file == "indicators.csv" ? cells.removeLast() : ""
        guard cells.count >= 2, !cells.suffix(2).contains("suppressed") else { continue }
        let counts = cells.suffix(2).joined(separator: ",")
        rows[file + ":" + cells.dropLast(2).joined(separator: ",") + target] = counts
      }
    }
    return rows
  }

  /// A second report of the same records under another threshold shows no value the first hid.
  func aReportUnderAnotherThresholdShowsNothingTheFirstHid(first: Int, then second: Int) throws {
    let network = try runner.networkExample()
    try runner.setThreshold(first, in: network)
    #expect(try runner.run("network", "report", "--network", network).status == 0)
    let before = shownRows(network)
    try runner.setThreshold(second, in: network)
    let result = try runner.run("network", "report", "--network", network)
    #expect(result.status == 0, "\(result.error)")
    for (row, counts) in shownRows(network) {
      #expect(before[row] == counts, "threshold \(first) then \(second): \(row) shows \(counts), hidden before")
    }
  }

  @Test func aThresholdLoweredShowsNothingTheFirstReportHid() throws {
    try aReportUnderAnotherThresholdShowsNothingTheFirstHid(first: 10, then: 5)
  }

  /// Events published under a lower threshold than the network's show groups the network counts
  /// small, which can bound a city the report's rules leave shown: the report is then audited
  /// with the events' reports before anything is written, even with `--no-audit` (the example's
  /// Dakar and Tunis events, published under 5, bound cities of a network under 10: refused).
  @Test func aNetworkStricterThanItsEventsIsAuditedUnasked() throws {
    let network = try runner.networkExample()
    // Two of the example's events: the audit of all three, refused just the same, takes a minute.
    try runner.setEvents(["../dakar-regional-workshop", "../tunis-2028"], in: network)
    for workspace in ["dakar-regional-workshop", "tunis-2028"] {
      #expect(try runner.run("report", "--workspace", runner.path(workspace)).status == 0)
    }
    let plain = try runner.run("network", "report", "--network", network, "--format", "csv", "--no-audit")
    #expect(plain.status == 0)
    #expect(!plain.output.contains("Disclosure audit"), "\(plain.output)")
    let written = runner.bytes(network + "/reports/cities.csv")
    try runner.setThreshold(10, in: network)
    let stricter = try runner.run("network", "report", "--network", network, "--format", "csv", "--no-audit")
    #expect(stricter.status == 1)
    #expect(stricter.output.contains("published under a lower threshold than the network's 10"), "\(stricter.output)")
    #expect(stricter.output.contains("Disclosure audit of the network report with the reports of 2 events:"), "\(stricter.output)")
    #expect(stricter.error.contains("recoverable: dakar-sn at dakar-2027 took-part is between 1 and 5"), "\(stricter.error)")
    #expect(stricter.error.contains("the disclosure audit failed, nothing was written"), "\(stricter.error)")
    #expect(runner.bytes(network + "/reports/cities.csv") == written)
  }

  @Test func aThresholdRaisedShowsNothingTheFirstReportHid() throws {
    try aReportUnderAnotherThresholdShowsNothingTheFirstHid(first: 5, then: 10)
  }

  @Test func aCitiesCsvCorrectionThatMovesAFewPeopleIsRefusedNamingTheCity() throws {
    let network = try runner.networkExample()
    #expect(try runner.run("network", "report", "--network", network).status == 0)
    let written = runner.bytes(network + "/reports/cities.csv")
    let record = runner.bytes(network + "/.convene/network-published.json")
    // Sousse placed in Libya: its people, 3 of them with a commitment, match it no longer.
    let cities = runner.text(network + "/cities.csv").replacingOccurrences(of: "sousse-tn,Sousse,TN,", with: "sousse-tn,Sousse,LY,")
    try Data(cities.utf8).write(to: URL(fileURLWithPath: network + "/cities.csv"))
    let refused = try runner.run("network", "report", "--network", network)
    #expect(refused.status == 1)
    #expect(refused.error.contains("nothing was written"), "\(refused.error)")
    #expect(refused.error.contains("    sousse-tn: 6 → 0 people"), "\(refused.error)")
    #expect(runner.bytes(network + "/reports/cities.csv") == written)
    #expect(runner.bytes(network + "/.convene/network-published.json") == record)
  }

  @Test func aHeldLockOnTheNetworkFolderStopsAReport() throws {
    let network = try runner.networkExample()
    let lock = try runner.holdLock(network, note: "\(ProcessInfo.processInfo.processIdentifier) network report\n")
    defer { close(lock) }
    let result = try runner.run("network", "report", "--network", network)
    #expect(result.status == 3)
    #expect(!FileManager.default.fileExists(atPath: network + "/reports"))
  }

  @Test func aFolderWithoutNetworkJSONIsNoNetwork() throws {
    let result = try runner.run("network", "check", "--network", runner.path("."))
    #expect(result.status == 1)
    #expect(result.error.contains("is not a network folder (no network.json)"))
  }
}
