import ConveneCore
import ConveneWorkspace
import Testing

@testable import ConveneCheck

/// travel.csv against the participants and the event (a one-day event on 2027-03-09).
@Suite struct TravelChecksTests {
  let plan = PlanBuilder().person("p001").person("p002").person("p003").person("p004", status: .cancelled)
    .person("p005", status: .waitlisted).plan

  func check(_ records: [TravelRecord]) -> [String] {
    TravelChecks(plan: plan, travel: records).findings().map(\.description)
  }

  func row(_ id: String, line: Int, _ change: (inout TravelRecord) -> Void = { _ in }) -> TravelRecord {
    var record = TravelRecord(
      participant: id, nationality: "SN", passportNumber: "AB1234567",
      passportExpiry: LocalDate("2030-01-01"), arrivalAt: LocalDateTime("2027-03-08 10:00"),
      departureAt: LocalDateTime("2027-03-10 10:00"), hotel: "Hotel A", line: line)
    change(&record)
    return record
  }

  @Test func aCleanRowPassesAndAWaitlistedPersonMayAlreadyHaveTravel() {
    #expect(check([row("p001", line: 2), row("p005", line: 3)]) == [])
  }

  @Test func unknownAndCancelledPeople() {
    #expect(
      check([row("p404", line: 2), row("p001", line: 3), row("p004", line: 5)]) == [
        "error: travel.csv:2: participant: \"p404\" is not a participant",
        "warning: travel.csv:5: participant: p004 is cancelled; their travel and room may need cancelling",
      ])
  }

  @Test func passportsMustOutlastTheEventBySixMonths() {
    #expect(
      check([
        row("p001", line: 2) { $0.passportExpiry = LocalDate("2027-09-08") },
        row("p002", line: 3) { $0.passportExpiry = LocalDate("2027-09-09") },
        row("p003", line: 4) { $0.passportExpiry = LocalDate("2027-03-01") },
      ]) == [
        "warning: travel.csv:2: passport_expiry: the passport expires on 2027-09-08, less than 6 months after the event ends on 2027-03-09 (valid until 2027-09-09 at least) (hint: many countries refuse entry or a visa to a passport that expires within 6 months)",
        "warning: travel.csv:4: passport_expiry: the passport expires on 2027-03-01, before the event begins (hint: ask p003 for their new passport)",
      ])
  }

  @Test func aVisaNeedsAPassportNumberAndANationality() {
    #expect(
      check([row("p001", line: 2) { $0.needsVisa = true; $0.passportNumber = ""; $0.nationality = "" }]) == [
        "warning: travel.csv:2: passport_number: p001 needs a visa but the passport number is missing (hint: a visa support letter cannot be written without it)",
        "warning: travel.csv:2: nationality: p001 needs a visa but the nationality is missing (hint: a visa support letter cannot be written without it)",
      ])
  }

  @Test func departureAfterArrivalAndBothNearTheEvent() {
    #expect(
      check([
        row("p001", line: 2) { $0.arrivalAt = LocalDateTime("2027-03-09 10:00"); $0.departureAt = LocalDateTime("2027-03-09 10:00") },
        row("p002", line: 3) { $0.arrivalAt = LocalDateTime("2026-03-08 10:00") },
      ]) == [
        "error: travel.csv:2: departure_at: departure (2027-03-09 10:00) is not after arrival (2027-03-09 10:00)",
        "warning: travel.csv:3: arrival_at: 2026-03-08 is 366 days from the event (2027-03-09 to 2027-03-09) (hint: check the date)",
      ])
  }

  /// A trip of one day written as bare dates in travel.csv: the departure is the day's end, so
  /// it is after the arrival; a departure written at the arrival's time still is not.
  @Test func aOneDayTripWrittenAsDatesDepartsAfterItArrives() {
    let text = TravelFile.columns.joined(separator: ",") + "\n"
      + "p001,SN,AB1234567,2030-01-01,,,2027-03-09,,2027-03-09,Hotel A,,,,\n"
      + "p002,SN,AB1234567,2030-01-01,,,2027-03-09 08:00,,2027-03-09 08:00,Hotel A,,,,\n"
    let (records, findings) = TravelFile.read(Array(text.utf8))
    #expect(findings.isEmpty)
    #expect(
      check(records) == [
        "error: travel.csv:3: departure_at: departure (2027-03-09 08:00) is not after arrival (2027-03-09 08:00)"
      ])
  }

  /// A stay that misses the event (an arrival after it, a departure before it) is a date
  /// typed wrong: an error, however near; a visa letter would state it.
  @Test func aStayThatMissesTheEventIsAnError() {
    #expect(
      check([
        row("p001", line: 2) { $0.arrivalAt = LocalDateTime("2027-03-20 05:30"); $0.departureAt = LocalDateTime("2027-03-22 10:00") },
        row("p002", line: 3) { $0.arrivalAt = LocalDateTime("2027-03-01 05:30"); $0.departureAt = LocalDateTime("2027-03-08 23:00") },
        row("p003", line: 4) { $0.arrivalAt = LocalDateTime("2027-03-09 05:30"); $0.departureAt = LocalDateTime("2027-03-09 23:00") },
      ]) == [
        "error: travel.csv:2: arrival_at: p001 arrives on 2027-03-20, after the event's last day (2027-03-09 to 2027-03-09) (hint: correct the date)",
        "error: travel.csv:3: departure_at: p002 leaves on 2027-03-08, before the event's first day (2027-03-09 to 2027-03-09) (hint: correct the date)",
      ])
  }

  /// Two people sharing a room who are never there on the same night: warned of once.
  @Test func roommatesNeverThereTogetherAreWarnedOf() {
    #expect(
      check([
        row("p001", line: 2) { $0.roomSharing = "p002"; $0.departureAt = LocalDateTime("2027-03-09 08:00") },
        row("p002", line: 3) { $0.roomSharing = "p001"; $0.arrivalAt = LocalDateTime("2027-03-09 20:00") },
      ]) == [
        "warning: travel.csv:2: room_sharing: p001 (2027-03-08 to 2027-03-09) and p002 (2027-03-09 to 2027-03-10) share a room but are never there on the same night (hint: the room is booked from the first arrival to the last departure; check the dates or the sharing)"
      ])
    #expect(
      check([
        row("p001", line: 2) { $0.roomSharing = "p002" },
        row("p002", line: 3) { $0.roomSharing = "p001"; $0.arrivalAt = LocalDateTime("2027-03-09 20:00") },
      ]) == [])
  }

  /// A hotel written another way than on its first row is warned of once; roommates in it
  /// are in one hotel.
  @Test func aHotelWrittenTwoWaysIsWarnedOfOnce() {
    #expect(
      check([
        row("p001", line: 2) { $0.hotel = "Grand Hyatt"; $0.roomSharing = "p002" },
        row("p002", line: 3) { $0.hotel = "grand hyatt"; $0.roomSharing = "p001" },
        row("p003", line: 4) { $0.hotel = "grand hyatt" },
      ]) == [
        "warning: travel.csv:3: hotel: \"grand hyatt\" is \"Grand Hyatt\" (line 2) written another way: the lists show one hotel, \"Grand Hyatt\" (hint: write the hotel's name the same way on every row)"
      ])
  }

  @Test func roomSharingIsMutualInOneHotel() {
    #expect(
      check([
        row("p001", line: 2) { $0.roomSharing = "p002" },
        row("p002", line: 3) { $0.roomSharing = "p003" },
        row("p003", line: 4) { $0.roomSharing = "p002"; $0.hotel = "Hotel B" },
      ]) == [
        "error: travel.csv:2: room_sharing: p001 shares with p002, but p002 shares with p003 (hint: room sharing must be written on both rows)",
        "error: travel.csv:3: room_sharing: p002 and p003 share a room but are in different hotels",
        "error: travel.csv:4: room_sharing: p003 and p002 share a room but are in different hotels",
      ])
    #expect(
      check([
        row("p001", line: 2) { $0.roomSharing = "p001" },
        row("p002", line: 3) { $0.roomSharing = "p003" },
        row("p003", line: 4) { $0.roomSharing = "p404" },
        row("p005", line: 5) { $0.roomSharing = "p002"; $0.hotel = "" },
      ]) == [
        "error: travel.csv:2: room_sharing: p001 cannot share a room with themselves",
        "error: travel.csv:3: room_sharing: p002 shares with p003, but p003 shares with p404 (hint: room sharing must be written on both rows)",
        "error: travel.csv:4: room_sharing: \"p404\" is not a participant",
        "error: travel.csv:5: room_sharing: p005 shares a room but has no hotel",
      ])
    #expect(
      check([row("p001", line: 2) { $0.roomSharing = "p002" }]) == [
        "error: travel.csv:2: room_sharing: p002 has no row in travel.csv (hint: add their row, naming p001 in room_sharing)"
      ])
    #expect(check([row("p001", line: 2) { $0.roomSharing = "p002" }, row("p002", line: 3) { $0.roomSharing = "p001" }]) == [])
  }

  @Test func unusualNeedsAreCountedAsWrittenWithAWarning() {
    #expect(
      check([row("p001", line: 2) { $0.dietary = ["vegetarian", "vegitarian"]; $0.access = ["ramp"] }]) == [
        "warning: travel.csv:2: dietary: \"vegitarian\" is not one of the usual dietary needs; it is counted as written (hint: vegetarian, vegan, halal, kosher, gluten-free, lactose-free, nut-allergy, diabetic)",
        "warning: travel.csv:2: access: \"ramp\" is not one of the usual access needs; it is counted as written (hint: wheelchair, step-free, hearing-loop, sign-language, large-print, assistance, quiet-room)",
      ])
  }

  @Test func registrationClosesBeforeTheEvent() {
    let closing = PlanBuilder().with { $0.event.registrationCloses = LocalDate("2027-03-09") }
    #expect(
      closing.described.contains(
        "warning: event.json: registration_closes: registrations close on 2027-03-09, after the event has begun (2027-03-09) (hint: set a date before day 1, or remove the field to close only when the event is full)"
      ))
  }
}
