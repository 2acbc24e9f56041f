import ConveneCore
import Testing

@testable import ConveneWorkspace

@Suite struct EventFileTests {
  @Test func readsTheEventAndTheLinesOfItsFields() throws {
    let contents = EventFile.read(Array(Fixtures.event.utf8))
    let event = try #require(contents.event)
    #expect(contents.findings.isEmpty)
    #expect(event.kind == .workshop)
    #expect(event.mode == .inPerson)
    #expect(event.days.first?.breaks.first == EventBreak(start: TimeOfDay(hour: 12, minute: 30), end: TimeOfDay(hour: 13, minute: 30), label: "Lunch"))
    #expect(event.category("mayor")?.quota == 1)
    #expect(contents.lines["timezone"] == 5)
    #expect(contents.lines["days[0].breaks[0]"] == 10)
  }

  /// An unknown or abbreviated time zone is an error of the file itself: every command that
  /// loads the plan refuses it.
  @Test(arguments: ["Africa/Atlantis", "EAT", "../../../../etc/passwd"])
  func anUnknownTimeZoneIsAnErrorOfTheFile(_ zone: String) {
    let text = Fixtures.event.replacingOccurrences(
      of: "\"timezone\": \"Africa/Nairobi\"", with: "\"timezone\": \"\(zone)\"")
    let described = EventFile.read(Array(text.utf8)).findings.map(\.description)
    #expect(
      described == [
        "error: event.json:5: timezone: unknown time zone \"\(zone)\" (hint: use an IANA name such as Africa/Nairobi or Europe/Paris)"
      ])
  }

  /// A line break in a text that goes into one-line places (a title, the organiser's name, a
  /// venue's name) is an error naming the field: the subject of every invitation would carry
  /// it. An address may hold several lines.
  @Test func aLineBreakInAOneLineTextIsAnError() {
    let text = Fixtures.event.replacingOccurrences(
      of: "\"title\": \"", with: "\"title\": \"T\\r\\nBcc: evil@example.org ")
    let described = EventFile.read(Array(text.utf8)).findings.map(\.description)
    #expect(described.count == 1, "\(described)")
    #expect(
      described.first?.hasSuffix("title: holds a line break (CR, LF or a line separator) (hint: write it on one line)") == true,
      "\(described)")
  }

  /// The rule of CSV cells: control characters and direction overrides are errors naming the
  /// field; a tab is not.
  @Test func controlCharactersInTextAreErrorsAsInCells() {
    let text = Fixtures.event.replacingOccurrences(
      of: "\"title\": \"", with: "\"title\": \"T\\u001b[31mRED\\u202eevil\\tx\\ny ")
    let described = EventFile.read(Array(text.utf8)).findings.map(\.description)
    #expect(described.count == 1, "\(described)")
    #expect(described.first?.contains("title: holds U+001B (ESC), a control character") == true, "\(described)")
  }

  @Test func invalidJSONIsReportedWithItsLine() {
    let contents = EventFile.read(Array("{\n  \"id\": \"x\"\n  \"title\": \"y\"\n}".utf8))
    #expect(contents.event == nil)
    #expect(contents.findings == [.error("event.json", line: 3, "not valid JSON: expected ',' or '}' (is a comma missing?) (column 3)")])
  }

  @Test func wrongFieldsAreReportedByPathAndLine() {
    let text = Fixtures.event
      .replacingOccurrences(of: "\"kind\": \"workshop\"", with: "\"kind\": \"party\"")
      .replacingOccurrences(of: "\"start\": \"09:00\"", with: "\"start\": \"9h\"")
      .replacingOccurrences(of: "\"capacity\": 3", with: "\"capacity\": \"many\", \"colour\": \"red\"")
    let contents = EventFile.read(Array(text.utf8))
    #expect(contents.event == nil)
    let described = contents.findings.map(\.description)
    #expect(described.contains { $0.hasPrefix("error: event.json:4: kind: \"party\" is not an event kind") })
    #expect(described.contains("error: event.json:9: days[0].start: \"9h\" is not a time (hint: write 09:00)"))
    #expect(described.contains("error: event.json:12: capacity: must be a whole number from 1 to 1,000,000"))
    #expect(described.contains { $0.hasPrefix("warning: event.json:12: colour: unknown field, ignored") })
  }

  @Test func aPolicyMisplacedInsideEvaluationIsAnErrorAndUnknownFieldsThereAreWarned() {
    let text = Fixtures.event.replacingOccurrences(
      of: "\"kind\": \"workshop\",",
      with: """
        "kind": "workshop", "evaluation": { "questions": [{ "id": "satisfaction", "kind": "scale", "text": "Satisfied?", "colour": 1, "options": [{ "id": "a", "tone": 2 }] }], "indicators": [{ "id": "sat", "measure": "mean", "question": "satisfaction", "goal": 4 }], "disclosure": { "threshold": 8 }, "foo": 1 },
        """)
    let described = EventFile.read(Array(text.utf8)).findings.map(\.description)
    #expect(
      described.contains(
        "error: event.json:4: evaluation.disclosure: belongs at the top level of event.json, not inside evaluation (hint: move \"disclosure\" out of evaluation)"
      ), "\(described)")
    #expect(described.contains { $0.hasPrefix("warning: event.json:4: evaluation.foo: unknown field, ignored (hint: the fields are questions, indicators)") })
    #expect(described.contains { $0.hasPrefix("warning: event.json:4: evaluation.questions[0].colour: unknown field, ignored") })
    #expect(described.contains { $0.hasPrefix("warning: event.json:4: evaluation.questions[0].options[0].tone: unknown field, ignored") })
    #expect(described.contains { $0.hasPrefix("warning: event.json:4: evaluation.indicators[0].goal: unknown field, ignored") })
    #expect(described.count == 5, "\(described)")
  }

  @Test func unknownFieldsInsideEveryNestedSectionAreWarnedAndAMisplacedSectionIsAnError() {
    let text = Fixtures.event
      .replacingOccurrences(of: "\"end\": \"17:00\",", with: "\"end\": \"17:00\", \"room\": \"a\", \"venues\": [],")
      .replacingOccurrences(of: "\"label\": \"Lunch\"", with: "\"label\": \"Lunch\", \"length\": 60")
      .replacingOccurrences(of: "\"quota\": 1 }", with: "\"quota\": 1, \"quorum\": 2 }")
      .replacingOccurrences(of: "\"email\": \"events@example.org\" }", with: "\"email\": \"events@example.org\", \"phone\": 1 }")
      .replacingOccurrences(
        of: "\"capacity\": 3,",
        with: """
          "capacity": 3, "venues": [{ "id": "main", "floor": 2 }], "scheduling": { "min_pause": 15, "disclosure": { "threshold": 2 } },
          """)
    let contents = EventFile.read(Array(text.utf8))
    let described = contents.findings.map(\.description)
    #expect(
      described == [
        "warning: event.json:6: organiser.phone: unknown field, ignored (hint: the fields are name, email)",
        "warning: event.json:9: days[0].room: unknown field, ignored (hint: the fields are date, start, end, breaks)",
        "error: event.json:9: days[0].venues: belongs at the top level of event.json, not inside days[0] (hint: move \"venues\" out of days[0])",
        "warning: event.json:10: days[0].breaks[0].length: unknown field, ignored (hint: the fields are start, end, label)",
        "warning: event.json:12: venues[0].floor: unknown field, ignored (hint: the fields are id, name, address, travel_minutes)",
        "warning: event.json:13: categories[0].quorum: unknown field, ignored (hint: the fields are id, label, quota)",
        "warning: event.json:12: scheduling.min_pause: unknown field, ignored (hint: the fields are weights, min_pause_minutes, interpretation_teams)",
        "error: event.json:12: scheduling.disclosure: belongs at the top level of event.json, not inside scheduling (hint: move \"disclosure\" out of scheduling)",
      ], "\(described)")
  }

  @Test func theDisclosurePolicyIsReadWithItsDefaults() throws {
    let standard = try #require(EventFile.read(Array(Fixtures.event.utf8)).event)
    #expect(standard.disclosure == DisclosurePolicy())
    #expect(standard.disclosure.threshold == 5)
    #expect(standard.disclosure.respondentsForAnswers == 5)
    let text = Fixtures.event.replacingOccurrences(
      of: "\"kind\": \"workshop\",",
      with: """
        "kind": "workshop", "disclosure": { "threshold": 10, "residual_groups": ["other", "unknown"], "distribution_minimum": 20 },
        """)
    let contents = EventFile.read(Array(text.utf8))
    #expect(contents.findings.isEmpty)
    let policy = try #require(contents.event).disclosure
    #expect(policy == DisclosurePolicy(threshold: 10, residualGroups: ["other", "unknown"], distributionMinimum: 20))
  }

  @Test func aDisclosurePolicyThatWouldShowSmallGroupsIsRefusedWithItsLine() {
    for (value, message) in [
      ("{ \"threshold\": 1 }", "disclosure.threshold: must be a whole number from 2 to 1000"),
      ("{ \"threshold\": 5, \"distribution_minimum\": 3 }", "disclosure.distribution_minimum: must be a whole number from the threshold (5) to 1000"),
      ("{ \"residual_groups\": [\"other\", 3] }", "disclosure.residual_groups[1]: must be a group id such as \"other\""),
      (
        "{ \"residual_groups\": [\"other\", \"woman\"] }",
        "disclosure.residual_groups[1]: \"woman\" is not a residual group; the residual groups are those that say nothing about a person: other, prefer-not-to-say, not-given, unknown"
      ),
      ("5", "disclosure: must be an object such as { \"threshold\": 5 }"),
    ] {
      let text = Fixtures.event.replacingOccurrences(
        of: "\"kind\": \"workshop\",", with: "\"kind\": \"workshop\", \"disclosure\": \(value),")
      let findings = EventFile.read(Array(text.utf8)).findings.map(\.description)
      #expect(findings.contains { $0.hasPrefix("error: event.json:4: \(message)") }, "\(findings)")
    }
  }

  @Test func venuesMayHaveATravelTime() throws {
    let text = Fixtures.event.replacingOccurrences(
      of: "\"capacity\": 3",
      with: "\"venues\": [{\"id\": \"centre\", \"name\": \"Centre\"},\n{\"id\": \"farm\", \"name\": \"Farm\", \"travel_minutes\": 40}], \"capacity\": 3")
    let contents = EventFile.read(Array(text.utf8))
    #expect(contents.findings.isEmpty)
    #expect(try #require(contents.event).venues.map(\.travelMinutes) == [0, 40])
    for bad in ["-5", "\"40 min\"", "1.5", "1441", "99999999999999999999"] {
      let wrong = EventFile.read(Array(text.replacingOccurrences(of: "\"travel_minutes\": 40", with: "\"travel_minutes\": \(bad)").utf8))
      #expect(wrong.findings.map(\.description) == ["error: event.json:13: venues[1].travel_minutes: must be a whole number from 0 to 1,440"], "\(bad)")
    }
  }

  @Test func missingRequiredFieldsAreNamed() {
    let contents = EventFile.read(Array("{\"title\": \"x\", \"kind\": \"webinar\"}".utf8))
    let fields = contents.findings.compactMap(\.field)
    #expect(fields.contains("id"))
    #expect(fields.contains("timezone"))
    #expect(fields.contains("organiser"))
    #expect(fields.contains("days"))
  }
}

extension String {
  func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
