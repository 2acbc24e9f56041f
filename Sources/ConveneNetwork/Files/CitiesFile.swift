import ConveneCSV
import ConveneCore
import ConveneWorkspace

/// `cities.csv`: the member cities, one row each.
public enum CitiesFile {
  /// The file's name in the network folder.
  public static let name = "cities.csv"
  /// The columns, in the order convene writes them.
  public static let columns = [
    "id", "name", "country", "region", "joined", "status", "population", "aliases",
  ]

  /// Reads the cities and the problems found, row by row (a row with an error is left out),
  /// every id the rows give (those left out too), and the cities of the rows left out as far as
  /// they read (an id, a name and a known country): a participant of such a city is no
  /// "city that matches no member city", only of a row to correct.
  public static func read(_ bytes: [UInt8]) -> (
    cities: [MemberCity], findings: [Finding], ids: Set<String>, leftOut: [MemberCity]
  ) {
    var file = CSVFile(name: name, bytes: bytes, expected: columns, required: ["id", "name", "country"])
    var seenIDs: [String: Int] = [:]
    var seenNames: [String: (id: String, line: Int)] = [:]
    var ids = Set<String>()
    var leftOut: [MemberCity] = []
    let cities = file.rows { row -> MemberCity? in
      let before = row.findings.count
      let id = row.id("id")
      if !id.isEmpty { ids.insert(id) }
      // A name is printed on one line of every report (and aliases, one list on one line).
      let name = row.required("name").isEmpty ? "" : row.singleLine("name")
      let country = row.required("country").uppercased()
      var region = row.singleLine("region")
      if !country.isEmpty {
        if let known = Country.withCode(country) {
          if region.isEmpty { region = known.region }
        } else {
          row.error("country", "\"\(Identifier.shown(country))\" is not an ISO 3166-1 alpha-2 country code", hint: "such as SN, JO or FR")
        }
      }
      let joined = row.date("joined")
      let status = row.choice("status", default: MemberCity.Status.active)
      let population = row.integer("population", in: 0...CitySize.largest)
      let aliases = row.singleLine("aliases").listItems()
      if let first = seenIDs[id], !id.isEmpty {
        row.error("id", "\"\(id)\" is used twice (first on line \(first))")
      }
      for spelling in [name] + aliases where !spelling.isEmpty && !country.isEmpty {
        let key = spelling.folded + "|" + country
        if let other = seenNames[key], other.id != id {
          row.error(
            spelling == name ? "name" : "aliases",
            "\"\(spelling)\" in \(country) is also city \(other.id) (line \(other.line)): participants could not be matched to one of them",
            hint: "give each city its own name or alias")
        }
      }
      guard row.findings.count == before, let status else {
        if !id.isEmpty, !name.isEmpty, Country.withCode(country) != nil {
          leftOut.append(
            MemberCity(
              id: id, name: name, country: country, region: region, joined: joined, status: status ?? .active,
              population: population, aliases: aliases, line: row.line))
        }
        return nil
      }
      seenIDs[id] = row.line
      for spelling in [name] + aliases { seenNames[spelling.folded + "|" + country] = (id, row.line) }
      return MemberCity(
        id: id, name: name, country: country, region: region, joined: joined, status: status,
        population: population, aliases: aliases, line: row.line)
    }
    return (cities, file.findings + lonelyRegions(cities), ids, leftOut)
  }

  /// A warning for each city whose region is none of the network's (the regions of the
  /// country table) and no other city's: most often a typo (`Atlantis`, `West Africa` for
  /// `West and Central Africa`), which would make a group of one city in every breakdown by
  /// region. A region of the organiser's own that several cities share is theirs to name.
  static func lonelyRegions(_ cities: [MemberCity]) -> [Finding] {
    let counts = Dictionary(grouping: cities.filter { !$0.region.isEmpty }, by: { $0.region.folded }).mapValues(\.count)
    return cities.compactMap { city in
      guard !city.region.isEmpty, counts[city.region.folded] == 1, Country.region(named: city.region) == nil else { return nil }
      let usual = Country.withCode(city.country)?.region
      return .warning(
        name, line: city.line, field: "region",
        "\"\(Identifier.shown(city.region))\" is none of the network's regions and no other city's: \(city.id) would be a "
          + "region of its own in every breakdown by region",
        hint: usual.map { "check its spelling; \(city.country) is in \"\($0)\", which an empty region gives" }
          ?? "check its spelling")
    }
  }

  /// The file's text.
  public static func write(_ cities: [MemberCity]) -> String {
    CSVWriter.document(
      header: columns,
      rows: cities.map { city in
        [
          city.id, city.name, city.country, city.region, city.joined?.description ?? "",
          city.status.rawValue, city.population.map(String.init) ?? "",
          city.aliases.joined(separator: ";"),
        ]
      })
  }
}
