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
    let (cities, findings) = CitiesFile.read(Array(text.utf8))
    #expect(findings.isEmpty)
    #expect(cities.count == 2)
    #expect(cities[0].region == "West and Central Africa")
    #expect(cities[0].joined == LocalDate("2019-05-02"))
    #expect(cities[0].aliases == ["Ville de Dakar", "داكار"])
    #expect(cities[0].size == "1m-5m")
    #expect(cities[1].country == "JO" && cities[1].status == .inactive && cities[1].size == "not-given")
  }
}
