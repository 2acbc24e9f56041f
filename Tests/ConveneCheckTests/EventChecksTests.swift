import ConveneCore
import ConveneScheduling
import Testing

@testable import ConveneCheck

@Suite struct EventChecksTests {
  @Test func breakOutsideTheDay() {
    let plan = PlanBuilder().with {
      $0.event.days[0].breaks.append(EventBreak(start: TimeOfDay(hour: 17), end: TimeOfDay(hour: 18), label: "Reception"))
      $0.eventLines["days[0].breaks[1]"] = 14
    }
    #expect(plan.described == ["error: event.json:14: days[0].breaks[1]: the break \"Reception\" (17:00-18:00) is outside the day (09:00-17:00) on 2027-03-09 (hint: move the break inside the day's hours or widen the day)"])
  }

  @Test func overlappingBreaksAndBackwardDays() {
    let plan = PlanBuilder().with {
      $0.event.days[0].breaks.append(EventBreak(start: TimeOfDay(hour: 13), end: TimeOfDay(hour: 14), label: "Prayer"))
      $0.event.days.append(EventDay(date: LocalDate("2027-03-08")!, start: TimeOfDay(hour: 10), end: TimeOfDay(hour: 9)))
    }
    let described = plan.described
    #expect(described.contains { $0.contains("the break \"Prayer\" overlaps breaks[0] on 2027-03-09") })
    #expect(described.contains { $0.contains("2027-03-08 comes before the day above it") })
    #expect(described.contains { $0.contains("the day ends (09:00) before it starts (10:00)") })
  }

  @Test func unknownLanguageAndConstraintName() {
    let plan = PlanBuilder().with {
      $0.event.languages = ["en", "english"]
      $0.event.scheduling.weights["atendee-conflict"] = 5
    }
    let described = plan.described
    #expect(described.contains { $0.hasPrefix("error: event.json: languages[1]: \"english\" is not an ISO 639-1 language code") })
    #expect(described.contains { $0.hasPrefix("error: event.json: scheduling.weights.atendee-conflict: \"atendee-conflict\" is not a constraint") })
  }

  @Test func everyMediumAndSoftConstraintTakesAWeight() {
    let plan = PlanBuilder().with {
      $0.event.scheduling.weights = Dictionary(uniqueKeysWithValues: ConstraintCatalogue.weightable.map { ($0, 0) })
      $0.event.scheduling.weights["unscheduled"] = 1
    }
    #expect(!plan.described.contains { $0.contains("scheduling.weights") }, "\(plan.described)")
  }

  @Test func hardConstraintsAndAFreeUnscheduledAreRefused() {
    let hard = ConstraintCatalogue.all.filter { $0.level == .hard }.map(\.name)
    let plan = PlanBuilder().with {
      $0.event.scheduling.weights = Dictionary(uniqueKeysWithValues: hard.map { ($0, 0) })
      $0.event.scheduling.weights["unscheduled"] = 0
      $0.eventLines["scheduling.weights.room-overlap"] = 7
    }
    let described = plan.described
    #expect(described.filter { $0.contains("is a hard constraint: it is always kept and takes no weight") }.count == hard.count)
    #expect(described.contains("error: event.json:7: scheduling.weights.room-overlap: \"room-overlap\" is a hard constraint: it is always kept and takes no weight (hint: remove it from scheduling.weights; only medium and soft constraints are weighed)"))
    #expect(described.contains { $0.hasPrefix("error: event.json: scheduling.weights.unscheduled: \"unscheduled\" must weigh at least 1") })
  }

  @Test func travelTimeAsLongAsTheDayIsAWarning() {
    let plan = PlanBuilder().with {
      $0.event.venues = [Venue(id: "centre", name: "Centre", address: ""), Venue(id: "far", name: "Far", address: "", travelMinutes: 480)]
      $0.eventLines["venues[1].travel_minutes"] = 12
    }
    #expect(plan.described == ["warning: event.json:12: venues[1].travel_minutes: 480 minutes of travel to \"far\" is as long as the longest day (480 minutes): nobody can attend a session there and one elsewhere on the same day (hint: travel_minutes is the time to get between this venue and the others)"])
    let fine = PlanBuilder().with { $0.event.venues = [Venue(id: "far", name: "Far", address: "", travelMinutes: 45)] }
    #expect(fine.described.isEmpty)
  }

  @Test func quotaAboveCapacityIsAWarning() {
    let plan = PlanBuilder().with {
      $0.event.capacity = 10
      $0.event.categories = [Category(id: "mayor", label: "Mayor", quota: 20)]
    }
    #expect(plan.described == ["warning: event.json: categories[0].quota: the quota of mayor (20) is above the event's capacity (10)"])
  }
}
