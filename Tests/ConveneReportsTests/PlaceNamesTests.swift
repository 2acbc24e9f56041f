import ConveneCore
import ConveneEvaluation
import Testing

@testable import ConveneReports

/// Regions and countries read in the report's language, and a count of countries says whom
/// it counts.
@Suite struct PlaceNamesTests {
  static let evaluation = Evaluation(indicators: [
    IndicatorDefinition(
      id: "registered", label: ["en": "Registered participants"], measure: .registered,
      disaggregations: ["region", "country"]),
    IndicatorDefinition(
      id: "confirmed", label: ["en": "Confirmed participants"], measure: .confirmed,
      disaggregations: ["region", "country"]),
    IndicatorDefinition(
      id: "attended", label: ["en": "Participants who attended"], measure: .attended,
      disaggregations: ["region", "country"]),
    IndicatorDefinition(
      id: "countries", label: ["en": "Countries represented"], measure: .countries, disaggregations: []),
  ])

  /// 10 people from Iraq and 10 from Senegal, all confirmed; `came` of them recorded present.
  static func records(came: Int) -> EventRecords {
    let people = (0..<20).map { index in
      Participant(
        id: "p\(index)", name: "Person \(index)", email: "p\(index)@example.org", category: "mayor",
        country: index < 10 ? "IQ" : "SN",
        region: index < 10 ? "Middle East and North Africa" : "West and Central Africa",
        gender: "woman", status: .confirmed)
    }
    let event = Event(
      id: "ev", title: "Forum", kind: .workshop, timezone: "UTC",
      organiser: Organiser(name: "Unit", email: "events@example.org"),
      days: [EventDay(date: LocalDate("2027-03-09")!, start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17))],
      evaluation: evaluation)
    let plan = EventPlan(
      event: event, participants: people, sessions: [Session(id: "s1", title: "Opening", kind: .plenary, duration: 60)])
    return EventRecords(
      plan: plan, evaluation: evaluation,
      attendance: people.prefix(came).map { AttendanceRecord(participant: $0.id, session: "s1", status: .present) },
      responses: [])
  }

  static func markdown(_ language: String, came: Int = 20) -> String {
    ReportRenderer.markdown(
      IndicatorReport(events: [records(came: came)]), labels: ReportLabels(language: language))
  }

  @Test func anArabicReportNamesRegionsAndCountriesInArabic() {
    let text = Self.markdown("ar")
    let (ltr, end) = ("\u{2066}", "\u{2069}")
    #expect(text.contains("| البلد: \u{2068}العراق\u{2069} | \(ltr)10\(end) | \(ltr)10\(end) |"), "\(text)")
    #expect(text.contains("| البلد: \u{2068}السنغال\u{2069} | \(ltr)10\(end) | \(ltr)10\(end) |"))
    #expect(text.contains("| المنطقة: \u{2068}الشرق الأوسط وشمال أفريقيا\u{2069} |"))
    #expect(text.contains("| المنطقة: \u{2068}غرب ووسط أفريقيا\u{2069} |"))
    #expect(text.contains("| البلدان الممثلة (بين الحاضرين) | \(ltr)2 (n=20)\(end) |"))
    #expect(!text.contains("Middle East"))
    #expect(!text.contains("IQ"))
  }

  @Test(arguments: [
    ("fr", "Irak", "Moyen-Orient et Afrique du Nord", "Pays représentés (parmi les présents)"),
    ("es", "Irak", "Oriente Medio y Norte de África", "Países representados (entre los asistentes)"),
    ("pt", "Iraque", "Oriente Médio e Norte da África", "Países representados (entre os presentes)"),
    ("en", "Iraq", "Middle East and North Africa", "Countries represented (among those who attended)"),
  ])
  func everyLanguageNamesThemFromTheOneTable(language: String, iraq: String, region: String, count: String) {
    let text = Self.markdown(language)
    #expect(text.contains(": \(iraq) | 10 | 10 |"), "\(text)")
    #expect(text.contains(": \(region) | 20 | 20 |") == false)
    #expect(text.contains(": \(region) | 10 | 10 |"))
    #expect(text.contains("| \(count) | 2 (n=20) |"))
    #expect(!text.contains(": IQ |"))
  }

  @Test func aCountOverTheConfirmedSaysSo() {
    // No attendance recorded yet: the count is over those confirmed, and says so.
    let text = Self.markdown("en", came: 0)
    #expect(text.contains("| Countries represented (among those confirmed, as no attendance is recorded) | 2 (n=20) |"), "\(text)")
    // Nobody confirmed yet: 0 over no one, as its n says.
    var records = Self.records(came: 0)
    for index in records.plan.participants.indices { records.plan.participants[index].status = .registered }
    let none = ReportRenderer.markdown(IndicatorReport(events: [records]), labels: ReportLabels(language: "en"))
    #expect(none.contains("| Countries represented (among those confirmed, as no attendance is recorded) | 0 (n=0) |"), "\(none)")
    let arabic = Self.markdown("ar", came: 0)
    #expect(arabic.contains("البلدان الممثلة (بين المؤكدين، إذ لم يُسجَّل أي حضور)"))
  }
}
