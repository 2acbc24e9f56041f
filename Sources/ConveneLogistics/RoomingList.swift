import ConveneCore

/// The rooming list of each hotel: one room per person, or per two people who share (named on
/// both rows of `travel.csv`), with check-in on the day of arrival, check-out on the day of
/// departure, the nights between, and the rooms taken each night.
public struct RoomingList: Sendable, Equatable {
  /// One room.
  public struct Room: Sendable, Equatable {
    /// Participant ids, one or two.
    public var guests: [String]
    public var checkIn: LocalDate?
    public var checkOut: LocalDate?

    /// The nights between check-in and check-out, or nil when a date is missing.
    public var nights: Int? {
      guard let checkIn, let checkOut else { return nil }
      return max(0, checkOut.daysSinceEpoch - checkIn.daysSinceEpoch)
    }
  }

  /// One hotel's rooms.
  public struct Hotel: Sendable, Equatable {
    public var name: String
    public var rooms: [Room]

    /// Rooms taken each night (by the date the night begins), in date order.
    public var roomsPerNight: [(night: LocalDate, rooms: Int)] {
      var counts: [LocalDate: Int] = [:]
      for room in rooms {
        guard let checkIn = room.checkIn, let nights = room.nights else { continue }
        for offset in 0..<nights { counts[checkIn.adding(days: offset), default: 0] += 1 }
      }
      return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Nights summed over the rooms with dates.
    public var roomNights: Int { rooms.compactMap(\.nights).reduce(0, +) }

    public static func == (lhs: Hotel, rhs: Hotel) -> Bool {
      lhs.name == rhs.name && lhs.rooms == rhs.rooms
    }
  }

  /// Hotels by name.
  public var hotels: [Hotel]
  /// People with a travel row but no hotel.
  public var withoutHotel: [String]

  /// The rooming list of the people holding a place (`holding`), from their travel rows.
  public init(travel: [TravelRecord], holding: Set<String>) {
    let staying = travel.filter { holding.contains($0.participant) }
    let byID = Dictionary(staying.map { ($0.participant, $0) }, uniquingKeysWith: { first, _ in first })
    var placed = Set<String>()
    // One hotel however its name's case, accents or spaces are written: under its first spelling.
    var rooms: [String: [Room]] = [:]
    var spelling: [String: String] = [:]
    for record in staying where !record.hotel.isEmpty && !placed.contains(record.participant) {
      var guests = [record]
      if let partner = byID[record.roomSharing], partner.roomSharing == record.participant,
        partner.hotel.folded == record.hotel.folded, !placed.contains(partner.participant)
      {
        guests.append(partner)
      }
      placed.formUnion(guests.map(\.participant))
      let arrivals = guests.compactMap { $0.arrivalAt?.date }
      let departures = guests.compactMap { $0.departureAt?.date }
      let hotel = record.hotel.folded
      if spelling[hotel] == nil { spelling[hotel] = record.hotel }
      rooms[hotel, default: []].append(
        Room(
          guests: guests.map(\.participant),
          checkIn: arrivals.count == guests.count ? arrivals.min() : nil,
          checkOut: departures.count == guests.count ? departures.max() : nil))
    }
    hotels = rooms.keys.compactMap { key in spelling[key].map { Hotel(name: $0, rooms: rooms[key] ?? []) } }
      .sorted { $0.name < $1.name }
    withoutHotel = staying.filter { $0.hotel.isEmpty }.map(\.participant)
  }

  /// The list to give each hotel, in `language`.
  public func table(names: [String: String], language: String) -> LogisticsTable {
    let words = LabelSet(language: language, sections: ["travel"])
    let sections = hotels.map { hotel in
      LogisticsTable.Section(
        heading: hotel.name,
        rows: hotel.rooms.enumerated().map { index, room in
          [
            String(index + 1), room.guests.map { names[$0] ?? $0 }.joined(separator: "; "),
            room.checkIn?.description ?? words["noDates"], room.checkOut?.description ?? words["noDates"],
            room.nights.map(String.init) ?? "",
          ]
        },
        notes: [
          // "rooms: 1", not "1 rooms": the counts read in every language without plurals.
          "\(words["rooms"]): \(hotel.rooms.count), \(words["roomNights"]): \(hotel.roomNights)",
          "\(words["roomsPerNight"]): "
            + hotel.roomsPerNight.map { "\($0.night) \($0.rooms)" }.joined(separator: ", "),
        ])
    }
    let notes =
      withoutHotel.isEmpty
      ? [] : [words.phrase("noHotel", ["names": withoutHotel.map { names[$0] ?? $0 }.joined(separator: "; ")])]
    return LogisticsTable(
      title: words["rooming"], groupColumn: "hotel",
      columns: [words["room"], words["guests"], words["checkIn"], words["checkOut"], words["nights"]],
      sections: sections, notes: notes, language: words.language,
      direction: words.direction.rawValue)
  }
}
