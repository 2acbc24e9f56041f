import ConveneCore
import ConveneDisclosureAudit
import ConveneEvaluation
import ConveneNetwork
import Testing

/// A city's record lists the events it took part in, so a reader knows its people there are
/// one or more; a city with no figure of feedback may still have people who answered. The
/// attacker's two cases, rebuilt on network folders over one event each.
@Suite struct ListedCityBoundsTests {
  /// An event of 13 (Rabat 1, Saida 1, Baghdad 11) whose 11 commitments are Rabat's and
  /// Baghdad's: Saida, listed, shows none. Saida's one person must not be given away, nor
  /// narrowed to 1 or 2.
  @Test func aListedCityBesideTheEventsCommitmentsIsNotNarrowed() {
    let event = CommitmentsNetworkTests.event(
      [("Rabat", "MA", 1, 1), ("Saida", "LB", 1, 0), ("Baghdad", "IQ", 11, 10)], id: "s13")
    let report = CityEventGroupTests.network([event], cities: CommitmentsNetworkTests.cities)
    let result = DisclosureAudit.run(network: CityEventGroupTests.files(report), with: [event.files])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }

  /// Abidjan's 6 people all answered; Bouaké's 2 sent no form. The event shows Côte
  /// d'Ivoire's 8 and its 6 respondents: Bouaké's record, with no figure of feedback, must not
  /// let a reader take Abidjan's 6 as all the country's respondents and leave Bouaké 2.
  @Test func aCityWithNoFeedbackFigureIsNotNarrowedByItsCountrysRespondents() {
    let event = CityEventGroupTests.publish(
      CityEventGroupTests.Event(
        id: "b8", month: 3, groups: [("Dakar", "SN", 9), ("Abidjan", "CI", 6), ("Bouaké", "CI", 2)],
        satisfaction: { $0 > 9 && $0 <= 15 || $0 <= 9 ? $0 % 5 + 1 : nil }))
    let report = CityEventGroupTests.network([event])
    let result = DisclosureAudit.run(network: CityEventGroupTests.files(report), with: [event.files])
    #expect(result.passed, "\(result.recovered) \(result.undecided) \(result.findings)")
  }
}
