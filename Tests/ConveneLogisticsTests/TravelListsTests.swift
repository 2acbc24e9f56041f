import ConveneCore
import ConveneEvaluation
import ConveneTemplates
import ConveneWorkspace
import Testing

@testable import ConveneLogistics

/// Rooming lists, pick-ups and needs, from travel rows.
@Suite struct TravelListsTests {
  func row(
    _ id: String, hotel: String = "Hotel A", arrival: String? = "2027-03-08 13:25", flight: String = "KP041",
    departure: String? = "2027-03-11 10:30", sharing: String = "", dietary: [String] = [], access: [String] = []
  ) -> TravelRecord {
    TravelRecord(
      participant: id, arrivalFlight: flight, arrivalAt: arrival.flatMap(LocalDateTime.init),
      departureAt: departure.flatMap(LocalDateTime.init), hotel: hotel, roomSharing: sharing,
      dietary: dietary, access: access)
  }

  let names = ["p001": "Awa <b>Ndiaye</b>", "p002": "=HYPERLINK(\"x\")", "p003": "فاطمة الزهراء", "p004": "Jean"]

  @Test func sharersShareARoomAndNightsRunFromArrivalToDeparture() {
    let travel = [
      row("p001", sharing: "p002"), row("p002", arrival: "2027-03-07 23:50", departure: "2027-03-10 08:00", sharing: "p001"),
      row("p003", hotel: "Hotel B", departure: nil), row("p004", hotel: ""), row("p005"),
    ]
    let rooming = RoomingList(travel: travel, holding: ["p001", "p002", "p003", "p004"])
    #expect(rooming.hotels.map(\.name) == ["Hotel A", "Hotel B"])
    let shared = rooming.hotels[0].rooms
    #expect(shared.count == 1 && shared[0].guests == ["p001", "p002"])
    #expect(shared[0].checkIn == LocalDate("2027-03-07") && shared[0].checkOut == LocalDate("2027-03-11") && shared[0].nights == 4)
    #expect(rooming.hotels[0].roomsPerNight.map(\.rooms) == [1, 1, 1, 1])
    #expect(rooming.hotels[1].rooms[0].nights == nil && rooming.hotels[1].roomNights == 0)
    #expect(rooming.withoutHotel == ["p004"])
    let table = rooming.table(names: names, language: "en")
    #expect(table.sections[0].rows == [["1", "Awa <b>Ndiaye</b>; =HYPERLINK(\"x\")", "2027-03-07", "2027-03-11", "4"]])
    #expect(table.sections[0].notes == ["rooms: 1, room-nights: 4", "Rooms per night: 2027-03-07 1, 2027-03-08 1, 2027-03-09 1, 2027-03-10 1"])
    #expect(table.sections[1].rows == [["1", "فاطمة الزهراء", "2027-03-08", "dates not given", ""]])
    #expect(table.notes == ["No hotel: Jean"])
  }

  @Test func pickUpsAreGroupedByTheHourOfLanding() {
    let travel = [
      row("p001", arrival: "2027-03-08 13:25"), row("p002", arrival: "2027-03-08 13:05", flight: "HF511"),
      row("p003", arrival: "2027-03-08 13:25"), row("p004", arrival: "2027-03-08 14:00", flight: ""),
      row("p005", arrival: nil),
    ]
    let pickups = Pickups(travel: travel, holding: ["p001", "p002", "p003", "p004", "p005"])
    #expect(pickups.slots.map { "\($0.date) \($0.hour)" } == ["2027-03-08 13"])
    #expect(pickups.slots[0].flights.map(\.flight) == ["HF511", "KP041"])
    #expect(pickups.slots[0].flights[1].people == ["p001", "p003"])
    #expect(pickups.withoutArrival == ["p005"])
    #expect(pickups.withoutFlight == ["p004"])
    let table = pickups.table(names: names, language: "en")
    // p004 comes by road or rail: no pick-up slot at 14:00, listed apart.
    #expect(table.sections.map(\.heading) == ["2027-03-08 13:00-14:00"])
    #expect(table.sections[0].notes == ["People: 3"])
    #expect(table.notes.first == "No flight given, so no airport pick-up (by road or rail?): Jean")
    #expect(!table.sections.flatMap(\.rows).joined().contains { $0.contains("Jean") })
  }

  /// One hotel written two ways (`Grand Hyatt`, `grand  hyatt`) is one hotel, under its first
  /// spelling, and its roommates share a room in it.
  @Test func oneHotelWrittenTwoWaysIsOneHotel() {
    let rooming = RoomingList(
      travel: [
        row("p001", hotel: "Grand Hyatt", sharing: "p002"), row("p002", hotel: "grand  hyatt", sharing: "p001"),
        row("p003", hotel: "GRAND HYATT"),
      ], holding: ["p001", "p002", "p003"])
    #expect(rooming.hotels.map(\.name) == ["Grand Hyatt"])
    #expect(rooming.hotels[0].rooms.map(\.guests) == [["p001", "p002"], ["p003"]])
  }

  /// An arrival written as a date alone gives the day, not the landing: no driver is sent at
  /// 00:00; the person is listed with those whose arrival time is not known.
  @Test func anArrivalDayWithoutATimeGetsNoPickupAtMidnight() {
    let text = TravelFile.columns.joined(separator: ",") + "\n"
      + "p001,SN,AB1234567,2030-01-01,,VN123,2027-03-08,,2027-03-10 10:00,Hotel A,,,,\n"
      + "p002,SN,AB1234567,2030-01-01,,VN123,2027-03-08 05:30,,2027-03-10 10:00,Hotel A,,,,\n"
    let (travel, findings) = TravelFile.read(Array(text.utf8))
    #expect(findings.isEmpty)
    let pickups = Pickups(travel: travel, holding: ["p001", "p002"])
    #expect(pickups.slots.map { "\($0.date) \($0.hour)" } == ["2027-03-08 5"])
    #expect(pickups.slots[0].flights.map(\.people) == [["p002"]])
    #expect(pickups.withoutArrival == ["p001"])
    #expect(pickups.withoutFlight == [])
  }

  /// What the caterer and the venue receive leaves the workspace: 1 to 4 people show as <5,
  /// and no total is given from which a hidden count could be worked out.
  @Test func needsForTheCatererHideSmallCountsAndTheOrganisersListNamesEveryone() {
    var travel = (1...7).map { row(String(format: "p%03d", $0), dietary: ["vegetarian"]) }
    travel[0].dietary = ["vegetarian", "halal"]
    travel[1].access = ["wheelchair"]
    travel.append(row("p099", dietary: ["halal"]))
    let holding = Set((1...7).map { String(format: "p%03d", $0) })
    let needs = NeedsCount(travel: travel, holding: holding)
    #expect(needs.needs.map { "\($0.kind) \($0.need) \($0.people.count)" } == ["dietary vegetarian 7", "dietary halal 1", "access wheelchair 1"])
    let caterer = needs.table(event: "t", policy: DisclosurePolicy(), names: nil, language: "en")
    #expect(caterer.columns == ["Need", "Number"])
    #expect(caterer.sections.map(\.rows) == [[["Vegetarian", "7"], ["Halal", "<5"]], [["Wheelchair access", "<5"]]])
    #expect(caterer.notes == ["Needs of fewer than 5 people are shown as <5: prepare for up to 4."])
    let rendered = LogisticsRenderer.markdown(caterer) + LogisticsRenderer.csv(caterer)
    #expect(!rendered.contains("p001") && !rendered.contains("Awa"))
    let organisers = needs.table(event: "t", policy: DisclosurePolicy(), names: names, language: "en")
    #expect(organisers.sections[0].rows[1] == ["Halal", "1", "Awa <b>Ndiaye</b>"])
    #expect(organisers.notes.isEmpty)
  }

  /// The event's disclosure policy decides: under a threshold of 10, counts of 5 and 7 are
  /// hidden as <10 and the note says so; 12 is shown.
  @Test func needsForTheCatererFollowTheEventsThreshold() {
    var travel = (1...12).map { row(String(format: "p%03d", $0), dietary: ["vegetarian"]) }
    for index in 0..<5 { travel[index].dietary.append("halal") }
    for index in 0..<7 { travel[index].access = ["wheelchair"] }
    let needs = NeedsCount(travel: travel, holding: Set(travel.map(\.participant)))
    let caterer = needs.table(event: "t", policy: DisclosurePolicy(threshold: 10), names: nil, language: "en")
    #expect(caterer.sections.map(\.rows) == [[["Vegetarian", "12"], ["Halal", "<10"]], [["Wheelchair access", "<10"]]])
    #expect(caterer.notes == ["Needs of fewer than 10 people are shown as <10: prepare for up to 9."])
    let rendered = LogisticsRenderer.markdown(caterer) + LogisticsRenderer.csv(caterer)
    #expect(!rendered.contains("| 5") && !rendered.contains("| 7") && !rendered.contains(",5") && !rendered.contains(",7"))
  }

  @Test func everyFormatEscapesWhatItCarries() throws {
    let table = RoomingList(travel: [row("p001", sharing: "p002"), row("p002", sharing: "p001"), row("p003")], holding: ["p001", "p002", "p003"])
      .table(names: names, language: "en")
    let markdown = LogisticsRenderer.markdown(table)
    #expect(markdown.contains("| 1 | Awa \\<b\\>Ndiaye\\</b\\>; =HYPERLINK(\"x\") |"))
    let csv = LogisticsRenderer.csv(table)
    #expect(csv.contains("Hotel A,1,\"Awa <b>Ndiaye</b>; =HYPERLINK(\"\"x\"\")\",2027-03-08,2027-03-11,3\r\n"))
    let second = LogisticsRenderer.csv(
      Pickups(travel: [row("p002")], holding: ["p002"]).table(names: names, language: "en"))
    #expect(second.contains(",\"'=HYPERLINK(\"\"x\"\")\"\r\n"))
    let html = try LogisticsRenderer.html(table, template: try #require(TemplateBundle.text(of: "logistics.html.mustache")))
    #expect(html.contains("<td><bdi>Awa &lt;b&gt;Ndiaye&lt;/b&gt;</bdi>; <bdi>=HYPERLINK(&quot;x&quot;)</bdi></td>"))
    #expect(html.contains("<td><bdi>فاطمة الزهراء</bdi></td>"))
    #expect(!html.contains("<b>Ndiaye"))
    #expect(html.contains("<html lang=\"en\" dir=\"ltr\">") && html.contains("@page { size: A4;"))
    let arabic = try LogisticsRenderer.html(
      RoomingList(travel: [row("p003")], holding: ["p003"]).table(names: names, language: "ar"),
      template: try #require(TemplateBundle.text(of: "logistics.html.mustache")))
    #expect(arabic.contains("<html lang=\"ar\" dir=\"rtl\">") && arabic.contains("<h1>قائمة الغرف</h1>"))
  }
}
