import ConveneCore
import Testing

@testable import ConveneNetwork

@Suite struct CitiesFileTests {
  @Test func readsTheColumnsAndFillsInTheRegionFromTheCountry() {
    let text = """
      id,name,country,region,joined,status,population,aliases
      dakar-sn,Dakar,SN,,2019-05-02,active,1438725,Ville de Dakar;داكار
      amman-jo,Amman,jo,Middle East and North Africa,,inactive,,
      """
    let (cities, findings, _, _) = CitiesFile.read(Array(text.utf8))
    #expect(findings.isEmpty)
    #expect(cities.count == 2)
    #expect(cities[0].region == "West and Central Africa")
    #expect(cities[0].joined == LocalDate("2019-05-02"))
    #expect(cities[0].aliases == ["Ville de Dakar", "داكار"])
    #expect(cities[0].size == "1m-5m")
    #expect(cities[1].country == "JO" && cities[1].status == .inactive && cities[1].size == "not-given")
  }

  /// A region none of the network's and no other city's is most often a typo: warned of. A
  /// region of the organiser's own that two cities share is not.
  @Test func aRegionOfOneCityOnlyIsWarnedOf() {
    let text = """
      id,name,country,region,joined,status,population,aliases
      dakar-sn,Dakar,SN,Atlantis,,active,,
      thies-sn,Thiès,SN,Sahel coast,,active,,
      louga-sn,Louga,SN,Sahel coast,,active,,
      amman-jo,Amman,JO,middle east and north africa,,active,,
      """
    let (cities, findings, _, _) = CitiesFile.read(Array(text.utf8))
    #expect(cities.count == 4)
    #expect(findings.map(\.description) == [
      "warning: cities.csv:2: region: \"Atlantis\" is none of the network's regions and no other city's: dakar-sn would be a "
        + "region of its own in every breakdown by region (hint: check its spelling; SN is in \"West and Central Africa\", "
        + "which an empty region gives)"
    ])
  }

  @Test func everyBadCellIsAnErrorNamingItsLineAndColumnAndTheRowIsLeftOut() {
    let text = """
      id,name,country,joined,status,population
      ../x,Nowhere,SN,,,
      ok-sn,Fine,SN,2019-13-01,member,-4
      atl,Atlantis,ZZ,,,
      ok-sn,Again,SN,,,
      other-sn,fine,SN,,,
      big,Big,SN,,,100000001
      """
    let (cities, findings, _, _) = CitiesFile.read(Array(text.utf8))
    let errors = findings.filter { $0.severity == .error }.map { "\($0.line ?? 0):\($0.field ?? "")" }
    #expect(errors.contains("2:id"))
    #expect(errors.contains("3:joined") && errors.contains("3:status") && errors.contains("3:population"))
    #expect(errors.contains("4:country"))
    #expect(errors.contains("7:population"))
    // Line 3 was left out, so the ok-sn of line 5 is the first.
    #expect(cities.map(\.id) == ["ok-sn", "other-sn"])
    #expect(findings.filter { $0.severity == .error }.allSatisfy { $0.file == CitiesFile.name })
  }

  /// A name, alias or region is printed on one line of every report: a line break in one is
  /// an error of its line and column, and the city is left out.
  @Test func aNameAliasOrRegionOfTwoLinesIsRefused() {
    let text = "id,name,country,region,joined,status,population,aliases\r\n"
      + "dakar-sn,\"Dakar\n## Injected\",SN,,,,,\r\n"
      + "thies-sn,Thiès,SN,,,,,\"Kaolack\r\nZiguinchor\"\r\n"
      + "kano-ng,Kano,NG,\"West\nAfrica\",,,,\r\n"
      + "louga-sn,Louga,SN,,,,,Lugaa\r\n"
    let (cities, findings, _, _) = CitiesFile.read(Array(text.utf8))
    #expect(
      findings.map(\.description) == [
        "error: cities.csv:2: name: \"Dakar\\n## Injected\" holds a line break (hint: write it on one line)",
        "error: cities.csv:4: aliases: \"Kaolack\\r\\nZiguinchor\" holds a line break (hint: write it on one line)",
        "error: cities.csv:6: region: \"West\\nAfrica\" holds a line break (hint: write it on one line)",
      ])
    #expect(cities.map(\.id) == ["louga-sn"])
  }

  @Test func twoCitiesThatFoldToOneNameInOneCountryAreRefused() {
    let text = """
      id,name,country,aliases
      amman-jo,Amman,JO,عمّان
      amman-2,AMMAN,JO,
      irbid-jo,Irbid,JO,عمان
      """
    let (cities, findings, _, _) = CitiesFile.read(Array(text.utf8))
    #expect(cities.map(\.id) == ["amman-jo"])
    #expect(findings.map { "\($0.line ?? 0):\($0.field ?? "")" } == ["3:name", "4:aliases"])
  }

  @Test func theIdIsUsedOnce() {
    let (cities, findings, _, _) = CitiesFile.read(Array("id,name,country\nx,A,SN\nx,B,SN\n".utf8))
    #expect(cities.count == 1)
    #expect(findings.first?.message.contains("used twice (first on line 2)") == true)
  }

  @Test func bytesThatAreNotUTF8AreAnErrorAndTheFileIsNeverReadAnotherWay() {
    let bytes = Array("id,name,country\ndakar-sn,".utf8) + [0xC9] + Array("cole,SN\n".utf8)
    let (_, findings, _, _) = CitiesFile.read(bytes)
    #expect(findings.contains { $0.line == 2 && $0.field == "name" && $0.message.contains("not UTF-8") })
  }

  @Test func writingAndReadingGiveTheSameCities() {
    let cities = [
      MemberCity(
        id: "dakar-sn", name: "=Dakar", country: "SN", region: "West and Central Africa",
        joined: LocalDate("2020-01-31"), status: .left, population: 99_999, aliases: ["Ville de Dakar", "داكار"]),
      MemberCity(id: "tunis-tn", name: "Tunis, \"la blanche\"", country: "TN", region: "Middle East and North Africa"),
    ]
    let (read, findings, _, _) = CitiesFile.read(Array(CitiesFile.write(cities).utf8))
    #expect(findings.isEmpty)
    #expect(read.map { MemberCity(id: $0.id, name: $0.name, country: $0.country, region: $0.region, joined: $0.joined, status: $0.status, population: $0.population, aliases: $0.aliases) } == cities)
  }

  @Test func sizeGroupsFollowThePopulation() {
    #expect(CitySize.group(0) == "under-100k")
    #expect(CitySize.group(99_999) == "under-100k")
    #expect(CitySize.group(100_000) == "100k-500k")
    #expect(CitySize.group(999_999) == "500k-1m")
    #expect(CitySize.group(5_000_000) == "5m-plus")
    #expect(CitySize.group(nil) == "not-given")
  }

  @Test func aCityIsAMemberFromTheYearItJoinedUntilItLeaves() {
    let city = Build.city("x", "X", "SN", joined: "2027-12-31")
    #expect(!city.isMember(in: 2026) && city.isMember(in: 2027))
    #expect(!Build.city("y", "Y", "SN", status: .left).isMember(in: 2027))
    #expect(Build.city("z", "Z", "SN", status: .inactive).isMember(in: 2027))
  }
}
