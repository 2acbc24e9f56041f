import ConveneCore
import ConveneTemplates
import Testing

@testable import ConveneLogistics

/// Who gets a visa letter, and what it says.
@Suite struct VisaLettersTests {
  var plan: EventPlan {
    var event = Event(
      id: "dakar-2027", title: "Atelier <régional>", kind: .regionalWorkshop, timezone: "Africa/Dakar",
      organiser: Organiser(name: "Unit", email: "events@example.org"), languages: ["fr", "en"],
      days: [
        EventDay(date: LocalDate("2027-03-09")!, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17)),
        EventDay(date: LocalDate("2027-03-10")!, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17)),
      ],
      venues: [Venue(id: "v", name: "Centre de conférences", address: "1 avenue, Dakar")])
    event.letterhead = Letterhead(
      organisation: "Network Management Unit", address: "12 rue\n69002 Lyon", signatory: "Claire Dubois",
      signatoryTitle: "Head", email: "events@example.org", phone: "+33 4 00 00 00 00")
    return EventPlan(
      event: event,
      participants: [
        Participant(id: "p001", name: "حمزة الشعباني", email: "a@x.org", title: "Deputy Mayor", organisation: "Tunis", status: .confirmed),
        Participant(id: "p002", name: "Eve <script>alert(1)</script>", email: "b@x.org", status: .confirmed),
        Participant(id: "p003", name: "Waiting", email: "c@x.org", status: .registered),
        Participant(id: "p004", name: "No passport", email: "d@x.org", status: .confirmed),
        Participant(id: "p005", name: "No visa", email: "e@x.org", status: .confirmed),
      ])
  }

  let travel = [
    TravelRecord(participant: "p001", nationality: "TN", passportNumber: "YB3472285", passportExpiry: LocalDate("2033-02-10"), needsVisa: true, arrivalAt: LocalDateTime("2027-03-08 21:50"), funded: true),
    TravelRecord(participant: "p002", nationality: "MA", passportNumber: "AB1234567", needsVisa: true, funded: false),
    TravelRecord(participant: "p003", nationality: "CM", passportNumber: "CM7654321", needsVisa: true),
    TravelRecord(participant: "p004", nationality: "CM", needsVisa: true),
    TravelRecord(participant: "p005", nationality: "SN", passportNumber: "SN1111111"),
  ]

  @Test func onlyConfirmedPeopleWithAPassportWhoNeedAVisaGetALetter() {
    let letters = VisaLetters(plan: plan, travel: travel)
    #expect(
      letters.decisions(requested: []).map { "\($0.participant): \($0.refusal ?? "letter")" } == [
        "p001: letter", "p002: letter",
        "p003: not confirmed (registered); a letter goes only to confirmed participants",
        "p004: no passport number in travel.csv",
      ])
    #expect(
      letters.decisions(requested: ["p005", "p404", "p001", "p001"]).map { "\($0.participant): \($0.refusal ?? "letter")" } == [
        "p005: travel.csv does not say they need a visa", "p404: no participant has this id", "p001: letter",
      ])
    var noRow = plan
    noRow.participants.append(Participant(id: "p006", name: "X", email: "f@x.org", status: .confirmed))
    #expect(VisaLetters(plan: noRow, travel: travel).decisions(requested: ["p006"]).first?.refusal == "no row in travel.csv")
  }

  @Test func theLetterEscapesEveryTextAndIsolatesNames() throws {
    let template = try #require(TemplateBundle.text(of: "letters/visa.html.mustache"))
    let letters = VisaLetters(plan: plan, travel: travel)
    let arabic = try letters.page(for: "p001", language: "en", date: LocalDate("2027-01-10")!, template: template)
    #expect(arabic.contains("<html lang=\"en\" dir=\"ltr\">"))
    #expect(arabic.contains("Subject: visa support letter for <bdi>حمزة الشعباني</bdi>"))
    #expect(arabic.contains("<tr><th>Full name</th><td><bdi>حمزة الشعباني</bdi></td></tr>"))
    #expect(arabic.contains("<tr><th>Nationality</th><td><bdi>Tunisia</bdi></td></tr>"))
    #expect(arabic.contains("<tr><th>Passport number</th><td><bdi>YB3472285</bdi></td></tr>"))
    #expect(arabic.contains("<tr><th>Passport valid until</th><td><bdi>2033-02-10</bdi></td></tr>"))
    #expect(arabic.contains("<tr><th>Position</th><td><bdi>Deputy Mayor, Tunis</bdi></td></tr>"))
    #expect(arabic.contains("to take part in <bdi>Atelier &lt;régional&gt;</bdi>, to be held at <bdi>Centre de conférences</bdi>, <bdi>1 avenue, Dakar</bdi>, from <bdi>2027-03-09</bdi> to <bdi>2027-03-10</bdi>."))
    #expect(arabic.contains("<bdi>Network Management Unit</bdi> will cover their travel and accommodation for the event."))
    #expect(arabic.contains("Date: 2027-01-10") && arabic.contains("Ref.: dakar-2027/visa/p001"))
    #expect(arabic.contains("<div>12 rue</div><div>69002 Lyon</div>"))
    #expect(arabic.contains("<strong>Claire Dubois</strong>"))
    let hostile = try letters.page(for: "p002", language: "fr", date: LocalDate("2027-01-10")!, template: template)
    #expect(!hostile.contains("<script>"))
    #expect(hostile.contains("<bdi>Eve &lt;script&gt;alert(1)&lt;/script&gt;</bdi>"))
    #expect(hostile.contains("Son voyage et son hébergement sont à sa charge"))
    #expect(hostile.contains("<tr><th>Nationalité</th><td><bdi>Maroc</bdi></td></tr>"))
    let rtl = try letters.page(for: "p001", language: "ar", date: LocalDate("2027-01-10")!, template: template)
    #expect(rtl.contains("<html lang=\"ar\" dir=\"rtl\">") && rtl.contains("<bdi>تونس</bdi>"))
    #expect(throws: CommandFailure.self) {
      try letters.page(for: "p003", language: "en", date: LocalDate("2027-01-10")!, template: template)
    }
    var bare = plan
    bare.event.letterhead = nil
    let refused = #expect(throws: CommandFailure.self) {
      try VisaLetters(plan: bare, travel: travel).page(for: "p001", language: "en", date: LocalDate("2027-01-10")!, template: template)
    }
    #expect(refused?.message.hasPrefix("event.json has no letterhead") == true)
    for address in ["", VisaLetters.starterAddress] {
      var unaddressed = plan
      unaddressed.event.venues[0].address = address
      let refused = #expect(throws: CommandFailure.self) {
        try VisaLetters(plan: unaddressed, travel: travel).page(
          for: "p001", language: "en", date: LocalDate("2027-01-10")!, template: template)
      }
      #expect(refused?.message.hasPrefix("event.json: venue \"v\" has no address yet") == true)
    }
  }

  /// The starter address the letters refuse is the one `convene init` writes for every kind
  /// that meets in a place (an online kind's venue is a link).
  @Test func theStarterAddressIsTheOneEveryKindStartsWith() throws {
    for kind in EventKind.allCases {
      let text = try #require(TemplateBundle.text(of: "workspaces/\(kind.rawValue)/event.json"))
      let online = "\"address\": \"The link is sent with the invitation\""
      #expect(text.contains("\"address\": \"\(VisaLetters.starterAddress)\"") || text.contains(online), "\(kind)")
    }
  }
}
