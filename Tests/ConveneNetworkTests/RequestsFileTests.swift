import ConveneCore
import Testing

@testable import ConveneNetwork

@Suite struct RequestsFileTests {
  @Test func readsRequestsAndTheDaysToAnswerThem() {
    let text = """
      city,date,topic,status,resolved_on
      dakar-sn,2027-02-15,prevention plan,resolved,2027-03-01
      dakar-sn,2027-02-16,funding,In Progress,
      tunis-tn,2027-12-30,training,closed,2028-01-04
      """
    let (requests, findings, _) = RequestsFile.read(Array(text.utf8))
    #expect(findings.isEmpty)
    #expect(requests.map(\.status) == [.resolved, .inProgress, .closed])
    #expect(requests.map(\.daysToResolve) == [14, nil, nil])
    #expect(RequestsFile.read(Array(RequestsFile.write(requests).utf8)).requests == requests)
  }

  @Test func wrongDatesAndStatusesAreErrors() {
    let text = """
      city,date,topic,status,resolved_on
      dakar-sn,,funding,open,
      dakar-sn,2027-02-30,funding,open,
      dakar-sn,2027-02-10,funding,resolved,
      dakar-sn,2027-02-10,funding,resolved,2027-02-01
      dakar-sn,2027-02-10,,maybe,
      ../etc,2027-02-10,funding,open,
      tunis-tn,2028-05-01,visit,open,2028-06-01
      tunis-tn,2028-05-01,visit,in-progress,2028-06-01
      tunis-tn,2028-05-01,visit,,2028-06-01
      """
    let (requests, findings, _) = RequestsFile.read(Array(text.utf8))
    #expect(requests.isEmpty)
    #expect(
      findings.map { "\($0.line ?? 0):\($0.field ?? "")" }
        == [
          "2:date", "3:date", "4:resolved_on", "5:resolved_on", "6:topic", "6:status", "7:city", "8:resolved_on",
          "9:resolved_on", "10:resolved_on",
        ])
    #expect(findings[7].message.contains("is set for a request that is still open"), "\(findings[7].message)")
  }

  /// A topic is a group of the report's breakdowns and a table cell: a line break in it is an
  /// error of its row, as in a city's name. Before, `a\r\nb|c` was published as it was.
  @Test func aTopicOnTwoLinesIsAnError() {
    let text = "city,date,topic,status,resolved_on\r\ndakar-sn,2027-02-15,\"a\r\nb|c\",open,\r\n"
      + "dakar-sn,2027-02-16,funding,open,\r\n"
    let (requests, findings, _) = RequestsFile.read(Array(text.utf8))
    #expect(requests.map(\.topic) == ["funding"])
    #expect(findings.map { "\($0.line ?? 0):\($0.field ?? "")" } == ["2:topic"])
    #expect(findings.first?.message.contains("holds a line break") == true, "\(findings)")
  }

  @Test func anEmptyFileHoldsNoRequests() {
    #expect(RequestsFile.read([]).requests.isEmpty)
    #expect(RequestsFile.read([]).findings.isEmpty)
  }

  @Test func aRequestFromACityThatIsNoMemberIsAnErrorOfTheNetworkCheck() {
    let records = Build.records(
      events: [], cities: [Build.city("dakar-sn", "Dakar", "SN")],
      requests: [HelpRequest(city: "paris-fr", date: LocalDate("2027-01-01")!, topic: "x", status: .open, line: 3)])
    let findings = NetworkChecker.check(records)
    #expect(findings.map(\.description) == [
      "error: requests.csv:3: city: \"paris-fr\" is not a city of cities.csv (hint: use the city's id)"
    ])
  }
}
