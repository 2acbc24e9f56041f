import Testing

@testable import ConveneCore

@Suite struct SessionTests {
  @Test func plenariesAndCeremoniesAreExclusiveUnlessSaidOtherwise() {
    #expect(Session(id: "a", title: "A", kind: .plenary, duration: 60).isExclusive)
    #expect(Session(id: "a", title: "A", kind: .ceremony, duration: 60).isExclusive)
    #expect(!Session(id: "a", title: "A", kind: .panel, duration: 60).isExclusive)
    #expect(!Session(id: "a", title: "A", kind: .plenary, duration: 60, exclusive: false).isExclusive)
  }

  @Test func interpretationNeedsAnInterpretationRoom() {
    let session = Session(id: "a", title: "A", duration: 60, interpretation: [LanguagePair("en>fr")!], requires: ["av"])
    #expect(session.neededFeatures == ["av", "interpretation"])
  }

  @Test func requiredPeopleAreSpeakersAndModeratorsOnce() {
    let session = Session(id: "a", title: "A", duration: 60, speakers: ["p1", "p2"], moderators: ["p2", "p3"])
    #expect(session.requiredPeople == ["p1", "p2", "p3"])
  }
}
