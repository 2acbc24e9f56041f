import ConveneCore

/// A member city of the network, as `cities.csv` lists it.
public struct MemberCity: Sendable, Equatable {
  /// Where the city stands in the network.
  public enum Status: String, Sendable, CaseIterable, Equatable {
    /// A member taking part.
    case active
    /// A member that has not taken part for a while.
    case inactive
    /// No longer a member.
    case left
  }

  /// The city's id (`dakar-sn`): an id by the id rule, unique in the network.
  public var id: String
  /// The name as the city writes it (`Dakar`, `Saint-Louis`, `عمّان`).
  public var name: String
  /// ISO 3166-1 alpha-2 code.
  public var country: String
  /// The network region.
  public var region: String
  /// When the city joined, or nil when not known.
  public var joined: LocalDate?
  /// Where the city stands.
  public var status: Status
  /// Inhabitants, or nil when not known (it gives the city's size group).
  public var population: Int?
  /// Other spellings participants write (`Ville de Dakar`, `داكار`), matched like the name.
  public var aliases: [String]
  /// The line in `cities.csv` (0 when not read from it).
  public var line: Int

  /// Creates a member city.
  public init(
    id: String, name: String, country: String, region: String = "", joined: LocalDate? = nil,
    status: Status = .active, population: Int? = nil, aliases: [String] = [], line: Int = 0
  ) {
    self.id = id
    self.name = name
    self.country = country
    self.region = region
    self.joined = joined
    self.status = status
    self.population = population
    self.aliases = aliases
    self.line = line
  }

  /// The city's size group (`CitySize`), from its population.
  public var size: String { CitySize.group(population) }

  /// True when the city counts as a member at the end of `year`: it had joined by then (or
  /// its joining date is not known) and has not left.
  public func isMember(in year: Int) -> Bool {
    status != .left && (joined.map { $0.year <= year } ?? true)
  }
}
