import ConveneDisclosureAudit
import Foundation
import Testing

/// The attacker's reading of a small network's report (`Fixtures/network-small-cities`: three
/// events, alpha and beta in 2027, gamma in 2028, as the release before these relations
/// published it): respondents are among the people who took part, in each city and group, and
/// a city whose record lists an event sent at least one person.
@Suite struct NetworkParticipantFloorTests {
  static func fixture() -> PublishedNetworkFiles {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/network-small-cities")
    func read(_ file: String) -> String? {
      try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    }
    return PublishedNetworkFiles(
      name: "network", json: read(PublishedNetworkFiles.jsonName) ?? "",
      indicatorsCSV: read(PublishedNetworkFiles.indicatorsName), citiesCSV: read(PublishedNetworkFiles.citiesName))
  }

  /// 2028: 28 took part, Thiès shows 13, Dakar's 10 who rated satisfaction are among its
  /// hidden participants, Reykjavik and Amman each took part: each is 1 to 4.
  /// 2027: 17 took part, the 14 who rated satisfaction are all of West and Central Africa,
  /// one city of Europe (Paris) took part: Europe and Paris are 1 to 3.
  @Test func theAuditFindsTheSmallCitiesTheOldReportGaveAway() {
    let result = DisclosureAudit.run(network: Self.fixture(), with: [])
    #expect(!result.passed)
    func recovered(_ cell: String) -> [Int]? {
      result.recovered.first { $0.cells.contains(cell) }?.values
    }
    for city in ["reykjavik-is", "amman-jo"] {
      let values = recovered("2028/\(city) city:participants total all")
      #expect(values.map { $0.first! >= 1 && $0.last! <= 4 } == true, "\(city): \(result.recovered)")
    }
    let paris = recovered("2027/paris-fr city:participants total all")
    #expect(paris.map { $0.first! >= 1 && $0.last! <= 3 } == true, "\(result.recovered)")
    #expect(
      result.recovered.contains {
        $0.cells.contains("all participants region Europe") && $0.values.first! >= 1 && $0.values.last! <= 3
      }, "\(result.recovered)")
  }
}
