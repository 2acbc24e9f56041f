import ConveneCore
import Foundation

/// Everything the constraints and the solver need about an event, computed once from its
/// plan: the days as minutes, each session's candidate starts and rooms, who must be where,
/// who attends, and which sessions share people, cohorts or attendees.
public struct SchedulingProblem: Sendable {
  /// One day of the event on the timeline.
  public struct Day: Sendable {
    /// The date.
    public var date: LocalDate
    /// Opening hours.
    public var window: Interval
    /// Breaks.
    public var breaks: [(interval: Interval, label: String)]
  }

  /// A session as the scheduler sees it.
  public struct SessionInfo: Sendable {
    public var id: String
    public var title: String
    public var duration: Int
    /// Speakers and moderators (indexes into `people`), who must attend.
    public var people: [Int]
    /// Cohort indexes.
    public var cohorts: [Int]
    /// Track index, or nil.
    public var track: Int?
    public var isExclusive: Bool
    /// Language pairs needing interpretation (`en>fr`).
    public var interpretation: [String]
    /// Room features needed.
    public var features: [String]
    /// Expected attendance: the `expected` column when given, else the attendees as `invite`
    /// counts them (`attendees.count`: audience cohorts, and everyone for an exclusive session).
    public var expected: Int
    /// Sessions that must end before this one starts.
    public var after: [Int]
    /// Series index, part number and minimum days.
    public var series: Int?
    public var part: Int?
    public var minDays: Int?
    public var unavailable: [Interval]
    public var preferred: [Interval]
    public var avoided: [Interval]
    /// Pinned room index, and whether a day or start is pinned.
    public var pinnedRoom: Int?
    public var pinnedStarts: [Int]?
    /// Where the session may start: grid starts inside a day, clear of breaks and of the
    /// session's own unavailable windows, and on its pinned day or time.
    public var candidateStarts: [Int]
    /// Rooms with every needed feature (or the pinned room).
    public var candidateRooms: [Int]
    /// Participant indexes of the people who attend (`SessionAttendees`: speakers, moderators,
    /// sign-ups and cohort members holding a place; everyone for an exclusive session).
    public var attendees: [Int]
    /// The people taking part (required or attending) who join from their own time zone.
    public var remoteAttendees: [Int]
    /// How many of them are at each offset from the event's zone, by hour of the event's clock
    /// (`TimelineMinute.hour`).
    public var remoteOffsets: [Int: [(offset: Int, count: Int)]] = [:]
    /// Where the session was in the last published release, if it was; its room is
    /// `Placement.roomGone` when rooms.csv no longer holds it (the time still holds).
    public var published: Placement?
  }

  /// A room as the scheduler sees it.
  public struct RoomInfo: Sendable {
    public var id: String
    public var name: String
    public var capacity: Int
    public var features: Set<String>
    public var unavailable: [Interval]
    /// The venue (an index into `venueIDs`).
    public var venue: Int
    /// The venue's travel time to any other venue, in minutes.
    public var travelMinutes: Int
  }

  /// A person as the scheduler sees them.
  public struct PersonInfo: Sendable {
    public var id: String
    /// When they are not there: before arrival, after departure, unavailable windows.
    public var unavailable: [(interval: Interval, reason: String)]
    /// Offset of their own time zone from the event's, in minutes, by hour of the event's
    /// clock (`TimelineMinute.hour`); nil when they attend in person or gave no time zone.
    public var remoteOffsetByHour: [Int: Int]?
  }

  public let eventID: String
  public let timezone: String
  public let grid: Int
  public let days: [Day]
  public let sessions: [SessionInfo]
  public let rooms: [RoomInfo]
  public let people: [PersonInfo]
  public let cohortNames: [String]
  public let trackNames: [String]
  public let seriesNames: [String]
  public let weights: Weights
  public let minPause: Int
  /// Interpreter teams per language pair; pairs not listed are unlimited.
  public let interpretationTeams: [String: Int]
  /// Session index by id.
  public let sessionIndex: [String: Int]

  /// Required people, cohorts and attendees each pair of sessions shares.
  public let peopleShared: SharedCounts
  public let cohortsShared: SharedCounts
  /// Attendees two sessions share, for sessions that are not exclusive (exclusive sessions
  /// overlap nothing, whoever attends).
  public let attendeesShared: SharedCounts
  /// The exclusive sessions.
  public let exclusiveSessions: [Int]
  /// Venue ids (rooms without a venue share the id ""), and whether any venue is away from the
  /// others (a travel time above 0).
  public let venueIDs: [String]
  public let hasTravel: Bool
  /// Per series: true when the solver may swap its parts because they are interchangeable;
  /// their order is then the order of their starts (see `SeriesOrder`).
  var partsInStartOrder: [Bool]
  /// Per session: sessions that list it in `after`.
  public let followers: [[Int]]
  /// Members of each series, cohort and interpretation pair.
  public let seriesMembers: [[Int]]
  public let cohortMembers: [[Int]]
  public let interpretationMembers: [String: [Int]]
  /// Per series: the days it should spread over (the largest `min_days` of its parts; 0 for none).
  public let seriesMinDays: [Int]
  /// The language pairs with a limited number of teams that some session needs, sorted.
  public let limitedPairs: [String]

  /// The first minute of the first day, and the number of grid steps covering every day.
  public let origin: Int
  public let stepCount: Int

  /// Builds the problem from a plan and, when there is one, the last published release.
  public init(plan: EventPlan, published: [String: (start: Int, room: String)] = [:]) {
    let event = plan.event
    eventID = event.id
    timezone = event.timezone
    let grid = max(1, event.gridMinutes)
    self.grid = grid
    weights = Weights(overrides: event.scheduling.weights)
    minPause = event.scheduling.minPauseMinutes
    interpretationTeams = event.scheduling.interpretationTeams
    let zone = TimeZone(identifier: event.timezone) ?? TimeZone(identifier: "UTC")!

    let days = Self.days(of: event, zone: zone)
    self.days = days
    origin = days.map(\.window.start).min().map { TimelineMinute.day($0) * 1440 } ?? 0
    let lastMinute = days.map(\.window.end).max() ?? origin
    stepCount = max(1, (lastMinute - origin + grid - 1) / grid)

    let (rooms, venueIDs) = Self.rooms(of: plan)
    self.venueIDs = venueIDs
    hasTravel = rooms.contains { $0.travelMinutes > 0 }
    self.rooms = rooms
    let people = Self.people(of: plan, zone: zone)
    self.people = people
    let sessionIndex = Dictionary(
      plan.sessions.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    self.sessionIndex = sessionIndex

    var builder = SessionBuilder(
      plan: plan, days: days, grid: grid, rooms: rooms, people: people, sessionIndex: sessionIndex,
      published: published)
    var sessions = plan.sessions.indices.map { builder.session(at: $0) }
    Self.countOffsets(of: &sessions, people: people)
    self.sessions = sessions
    cohortNames = builder.cohortNames
    trackNames = builder.trackNames
    seriesNames = builder.seriesNames
    partsInStartOrder = Array(repeating: false, count: builder.seriesNames.count)

    peopleShared = SharedCounts(members: sessions.map(\.people))
    cohortsShared = SharedCounts(members: sessions.map(\.cohorts))
    attendeesShared = SharedCounts(members: sessions.map { $0.isExclusive ? [] : $0.attendees })
    exclusiveSessions = sessions.indices.filter { sessions[$0].isExclusive }
    followers = Self.followers(of: sessions)
    let seriesMembers = builder.seriesNames.indices.map { series in
      sessions.indices.filter { sessions[$0].series == series }
    }
    self.seriesMembers = seriesMembers
    seriesMinDays = seriesMembers.map { members in members.compactMap { sessions[$0].minDays }.max() ?? 0 }
    cohortMembers = builder.cohortNames.indices.map { cohort in
      sessions.indices.filter { sessions[$0].cohorts.contains(cohort) }
    }
    let interpretationMembers = Self.interpretationMembers(of: sessions)
    self.interpretationMembers = interpretationMembers
    limitedPairs = interpretationTeams.keys.filter { interpretationMembers[$0] != nil }.sorted()
  }

  /// The sessions that must come after each session.
  static func followers(of sessions: [SessionInfo]) -> [[Int]] {
    var followers = Array(repeating: [Int](), count: sessions.count)
    for (offset, session) in sessions.enumerated() {
      for earlier in session.after { followers[earlier].append(offset) }
    }
    return followers
  }

  /// The sessions interpreted in each language pair (`en>fr`).
  static func interpretationMembers(of sessions: [SessionInfo]) -> [String: [Int]] {
    var members: [String: [Int]] = [:]
    for (offset, session) in sessions.enumerated() {
      for pair in session.interpretation { members[pair, default: []].append(offset) }
    }
    return members
  }

  /// The event's days: opening hours and breaks as minutes of the timeline. A change of the
  /// clocks is a break: no session is placed at a time the clocks skip or show twice.
  static func days(of event: Event, zone: TimeZone) -> [Day] {
    event.days.map { day in
      let changes = TimeZoneNames.clockChanges(on: day.date, in: zone).map {
        (Interval($0.blocked.lowerBound, $0.blocked.upperBound), Self.clockChangeLabel)
      }
      return Day(
        date: day.date,
        window: Interval(TimelineMinute.of(day.date, day.start.minutes), TimelineMinute.of(day.date, day.end.minutes)),
        breaks: day.breaks.map {
          (Interval(TimelineMinute.of(day.date, $0.start.minutes), TimelineMinute.of(day.date, $0.end.minutes)), $0.label)
        } + changes)
    }
  }

  /// The label of the break a change of the clocks makes.
  public static let clockChangeLabel = "change of the clocks"

  /// The rooms, with their venues numbered (rooms without a venue share the first, ""), and
  /// the venues' ids.
  static func rooms(of plan: EventPlan) -> (rooms: [RoomInfo], venueIDs: [String]) {
    var venueIDs = [""]
    for room in plan.rooms where !venueIDs.contains(room.venue) { venueIDs.append(room.venue) }
    let travelByVenue = Dictionary(
      plan.event.venues.map { ($0.id, $0.travelMinutes) }, uniquingKeysWith: { first, _ in first })
    let rooms = plan.rooms.map {
      RoomInfo(
        id: $0.id, name: $0.name, capacity: $0.capacity, features: Set($0.features),
        unavailable: intervals($0.unavailable, dates: plan.event.dates),
        venue: venueIDs.firstIndex(of: $0.venue) ?? 0, travelMinutes: travelByVenue[$0.venue] ?? 0)
    }
    return (rooms, venueIDs)
  }

  /// Each participant's blocked times (before arrival, after departure, unavailable windows)
  /// and, at an event not only in person, their time zone's offset from the event's by day.
  static func people(of plan: EventPlan, zone: TimeZone) -> [PersonInfo] {
    let dates = plan.event.dates
    let remoteEvent = plan.event.mode != .inPerson
    return plan.participants.map { person in
      var blocked: [(Interval, String)] = []
      if let arrival = person.arrival {
        let minute = localMinute(arrival, zone: zone)
        blocked.append((Interval(Int.min / 4, minute), "arrives \(TimelineMinute.describe(minute))"))
      }
      if let departure = person.departure {
        let minute = localMinute(departure, zone: zone)
        blocked.append((Interval(minute, Int.max / 4), "leaves \(TimelineMinute.describe(minute))"))
      }
      for (window, interval) in zip(person.unavailable, person.unavailable.map { intervals([$0], dates: dates) }) {
        for part in interval { blocked.append((part, "is unavailable \(window)")) }
      }
      var offsets: [Int: Int]?
      if remoteEvent, !person.timezone.isEmpty, let own = TimeZone(identifier: person.timezone) {
        var byHour: [Int: Int] = [:]
        // Hour by hour of the event's clock: on a day the clocks change (here or there), the
        // offset before the change is not the one after it.
        for date in dates {
          for hour in 0..<24 {
            let wallClock = date.daysSinceEpoch * 1440 + hour * 60
            let utc = wallClock - TimeZoneNames.offsetMinutes(atWallClockMinute: wallClock, in: zone)
            let instant = Date(timeIntervalSince1970: Double(utc) * 60)
            byHour[TimelineMinute.hour(wallClock)] = (own.secondsFromGMT(for: instant) - zone.secondsFromGMT(for: instant)) / 60
          }
        }
        offsets = byHour
      }
      return PersonInfo(id: person.id, unavailable: blocked, remoteOffsetByHour: offsets)
    }
  }

  /// The people of `attendees` (ascending, each once) and `required` who join from their own
  /// time zone, ascending, each once.
  static func remote(_ attendees: [Int], plus required: [Int], people: [PersonInfo]) -> [Int] {
    var remote = attendees.filter { people[$0].remoteOffsetByHour != nil }
    let attending = remote.count
    for person in required where people[person].remoteOffsetByHour != nil && !remote.contains(person) { remote.append(person) }
    return remote.count == attending ? remote : remote.sorted()
  }

  /// Each session's `remoteOffsets`: its remote people counted by offset, hour by hour. People
  /// with the same offsets at every hour (the same time zone) are counted together first, so a
  /// plenary everyone attends costs a look at each person, not one per person and hour.
  static func countOffsets(of sessions: inout [SessionInfo], people: [PersonInfo]) {
    var profiles: [[Int: Int]] = []
    var profileIndex: [[Int: Int]: Int] = [:]
    let profileOf = people.map { person -> Int in
      guard let offsets = person.remoteOffsetByHour else { return -1 }
      if let known = profileIndex[offsets] { return known }
      profiles.append(offsets)
      profileIndex[offsets] = profiles.count - 1
      return profiles.count - 1
    }
    var counts = Array(repeating: 0, count: profiles.count)
    for index in sessions.indices where !sessions[index].remoteAttendees.isEmpty {
      for person in sessions[index].remoteAttendees { counts[profileOf[person]] += 1 }
      var byHour: [Int: [Int: Int]] = [:]
      for (profile, count) in counts.enumerated() where count > 0 {
        for (hour, offset) in profiles[profile] { byHour[hour, default: [:]][offset, default: 0] += count }
        counts[profile] = 0
      }
      sessions[index].remoteOffsets = byHour.mapValues { $0.map { (offset: $0.key, count: $0.value) }.sorted { $0.offset < $1.offset } }
    }
  }

  /// The intervals windows stand for on the event's days.
  static func intervals(_ windows: [TimeWindow], dates: [LocalDate]) -> [Interval] {
    var result: [Interval] = []
    for window in windows {
      let days: [LocalDate]
      if let day = window.day {
        guard let index = day.index(in: dates) else { continue }
        days = [dates[index]]
      } else {
        days = dates
      }
      for date in days {
        result.append(
          Interval(TimelineMinute.of(date, window.start?.minutes ?? 0), TimelineMinute.of(date, window.end?.minutes ?? 1440)))
      }
    }
    return result
  }

  /// A date-time as a minute in the event's local time (converted when it carries an offset).
  static func localMinute(_ value: LocalDateTime, zone: TimeZone) -> Int {
    let written = TimelineMinute.of(value.date, value.time.minutes)
    guard let offset = value.offsetMinutes else { return written }
    let utcSeconds = Double((written - offset) * 60)
    return written - offset + zone.secondsFromGMT(for: Date(timeIntervalSince1970: utcSeconds)) / 60
  }

  /// The timeline step of a minute (for occupancy lists).
  func step(_ minute: Int) -> Int { (minute - origin) / grid }

  /// The day a minute falls on, as an index into `days`, or nil.
  public func dayIndex(of minute: Int) -> Int? {
    days.firstIndex { $0.window.start <= minute && minute < $0.window.end }
      ?? days.firstIndex { TimelineMinute.day($0.window.start) == TimelineMinute.day(minute) }
  }

  /// True when two sessions are related: they share required people, cohorts or attendees, a
  /// track or a series, one must come after the other, or one is exclusive. Only related
  /// sessions can break the constraints that say so (`PairConstraint.onlyRelated`).
  public func related(_ a: Int, _ b: Int) -> Bool {
    let sa = sessions[a], sb = sessions[b]
    return sa.isExclusive || sb.isExclusive || peopleShared[a, b] > 0 || cohortsShared[a, b] > 0
      || attendeesShared[a, b] > 0 || (sa.track != nil && sa.track == sb.track) || (sa.series != nil && sa.series == sb.series)
      || sa.after.contains(b) || sb.after.contains(a)
  }

  /// Minutes needed between a session in `roomA` and one in `roomB`: 0 at the same venue,
  /// else the larger of the two venues' travel times.
  public func travelMinutes(_ roomA: Int, _ roomB: Int) -> Int {
    rooms[roomA].venue == rooms[roomB].venue ? 0 : max(rooms[roomA].travelMinutes, rooms[roomB].travelMinutes)
  }

  /// The interval a session occupies when it starts at `start`.
  public func span(of session: Int, at start: Int) -> Interval { Interval(start, start + sessions[session].duration) }
}

/// Where a session takes place: its first minute on the timeline and its room.
public struct Placement: Sendable, Hashable {
  /// The first minute.
  public var start: Int
  /// The room, as an index into the problem's rooms.
  public var room: Int

  /// Creates a placement.
  public init(start: Int, room: Int) {
    self.start = start
    self.room = room
  }

  /// The room of a published placement whose room rooms.csv no longer holds (renamed or
  /// removed): no session is placed there, and every room differs from it.
  public static let roomGone = -1
}
