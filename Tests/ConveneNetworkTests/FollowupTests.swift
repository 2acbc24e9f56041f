import ConveneCore
import ConveneEvaluation
import Testing

@testable import ConveneNetwork

@Suite struct FollowupTests {
  let plan = EventPlan(
    event: Build.event("dakar-2027", year: 2027),
    participants: [Build.person(1), Build.person(2), Build.person(3), Build.person(4, languages: ["ar", "fr"])])
  var commitments: [String: Commitment] {
    Commitment.found(
      in: [
        Build.response("p001", commitment: "Train ten mediators"), Build.response("p002"),
        Build.response("p004", commitment: "إنشاء مجلس للشباب"),
        FeedbackResponse(id: "r-anon", participant: "", submittedAt: "", source: "x", answers: ["commitments": "Anonymous"]),
      ], evaluation: Build.evaluation
    ).commitments
  }

  func reader(_ map: [String: String] = [:]) -> FeedbackReader {
    FeedbackReader(
      questionnaire: FeedbackQuestionnaire(plan: plan, evaluation: FollowupQuestions.evaluation), columnMap: map,
      kind: FollowupQuestions.formKind)
  }

  func form(_ participant: String, _ status: String, at stamp: String = "2027-07-10T10:00:00Z", event: String = "dakar-2027", format: String = "convene-followup/1") -> [UInt8] {
    Array(
      """
      { "format": "\(format)", "event": "\(event)", "response": "f-\(participant)-\(stamp)", "participant": "\(participant)",
        "submitted_at": "\(stamp)", "language": "en", "due": "2027-07-10",
        "answers": { "status": "\(status)", "changes": "A youth council", "support": "Training" } }
      """.utf8)
  }

  func collect(_ files: [(String, [UInt8])], into existing: [FeedbackResponse] = []) -> FeedbackCollector.Outcome {
    let read = files.map { reader().read(file: $0.0, bytes: $0.1) }
    return FollowupCollector(plan: plan, commitments: commitments).collect(
      read.flatMap(\.submissions), into: existing, rejections: read.flatMap(\.rejections))
  }

  @Test func commitmentsAreTheAnswersToTheEventsCommitmentQuestion() {
    #expect(Commitment.questions(of: Build.evaluation) == ["commitments"])
    let found = Commitment.found(
      in: [Build.response("p001", commitment: " x "), Build.response("p002"),
        FeedbackResponse(id: "a", participant: "", submittedAt: "", source: "", answers: ["commitments": "y"])],
      evaluation: Build.evaluation)
    #expect(found.commitments == ["p001": Commitment(participant: "p001", text: "x")])
    #expect(found.anonymous == 1)
  }

  @Test func theLatestAnswerOfEachParticipantIsKeptAndCollectingAgainChangesNothing() {
    let first = collect([("a.json", form("p001", "in-progress")), ("b.json", form("p004", "not-started"))])
    #expect(first.rejections.isEmpty && first.added == 2)
    let later = collect(
      [("a.json", form("p001", "in-progress")), ("c.json", form("p001", "done", at: "2027-11-02T10:00:00Z"))],
      into: first.responses)
    #expect(later.replaced == 1 && later.added == 0)
    #expect(later.responses.first { $0.participant == "p001" }?.answers["status"] == "done")
    let again = collect([("c.json", form("p001", "done", at: "2027-11-02T10:00:00Z"))], into: later.responses)
    #expect(again.responses == later.responses && again.added == 0 && again.replaced == 0)
    // An older answer read after a newer one does not win.
    let older = collect([("a.json", form("p001", "in-progress"))], into: later.responses)
    #expect(older.responses == later.responses)
  }

  @Test func answersThatCannotCountAreRejectedWithTheReason() {
    let outcome = collect([
      ("none.json", form("p002", "done")),
      ("stranger.json", form("p999", "done")),
      ("early.json", form("p001", "done", at: "2027-03-01T10:00:00Z")),
      ("maybe.json", form("p001", "maybe")),
      ("other.json", form("p001", "done", event: "amman-2027")),
      ("feedback.json", form("p001", "done", format: "convene-feedback/1")),
      ("anonymous.json", form("", "done")),
      ("cut.json", Array(#"{"format": "convene-followup/1", "answ"#.utf8)),
      ("notes.docx", Array("PK".utf8)),
    ])
    #expect(outcome.responses.isEmpty)
    let reasons = Dictionary(uniqueKeysWithValues: outcome.rejections.map { ($0.source, $0.reason) })
    #expect(reasons["none.json"] == "p002 made no commitment at dakar-2027 to follow up")
    #expect(reasons["stranger.json"] == "unknown participant \"p999\"")
    #expect(
      reasons["early.json"]
        == "was submitted at 2027-03-01T10:00:00Z, not after the event ended (2027-03-10T17:00:00Z, the end of 2027-03-10 where it is held)"
    )
    #expect(reasons["maybe.json"]?.hasPrefix("status: \"maybe\" is not one of done, in-progress, not-started, dropped") == true)
    #expect(reasons["other.json"] == "the form was for the event \"amman-2027\", not \"dakar-2027\"")
    #expect(reasons["feedback.json"]?.contains("no \"format\": \"convene-followup\"") == true)
    #expect(reasons["anonymous.json"]?.hasPrefix("names no participant") == true)
    #expect(reasons["cut.json"]?.hasPrefix("not valid JSON") == true)
    #expect(reasons["notes.docx"] == "not a follow-up file (the form's .json, or a .csv or .xlsx export)")
  }

  @Test func googleFormsExportsAreReadInAnyLanguageOfTheTable() {
    let csv = """
      Horodateur,Adresse e-mail,Où en est cet engagement aujourd'hui ?,Qu'est-ce qui a changé grâce à lui ?
      2027/07/12 10:15:00,p001@example.org,En cours,Un conseil des jeunes
      2027/07/12 11:15:00,p004@example.org,أُنجز,
      """
    let outcome = collect([("google.csv", Array(csv.utf8))])
    #expect(outcome.rejections.isEmpty)
    #expect(outcome.responses.map { $0.answers["status"] ?? "" } == ["in-progress", "done"])
    #expect(outcome.responses[0].answers["changes"] == "Un conseil des jeunes")
    #expect(outcome.responses[0].submittedAt == "2027-07-12T10:15:00Z")
  }

  /// The template's rows name their event: ids are each event's own, so a row filled in for
  /// another event's p001 is not this event's p001's answer; a row that leaves it empty is
  /// read as this event's.
  @Test func aTemplateRowOfAnotherEventIsRejected() {
    let csv = """
      event,participant,email,submitted_at,status,changes,obstacles,support
      amman-2027,p001,,2027-07-10T10:00:00Z,done,,,
      dakar-2027,p004,,2027-07-10T10:00:00Z,in-progress,,,
      ,p001,,2027-07-11T10:00:00Z,not-started,,,
      """
    let outcome = collect([("template.csv", Array(csv.utf8))])
    #expect(outcome.responses.map(\.participant) == ["p001", "p004"])
    #expect(outcome.responses.map { $0.answers["status"] ?? "" } == ["not-started", "in-progress"])
    #expect(outcome.rejections.map(\.source) == ["template.csv:2"])
    #expect(outcome.rejections.first?.reason == "the form was for the event \"amman-2027\", not \"dakar-2027\"")
  }

  @Test func koboToolboxExportsAreReadWithTheirGroupPrefixes() {
    let csv = """
      start,group_followup/participant,group_followup/status,group_followup/obstacles,_uuid,_submission_time
      2027-07-10T08:00:00Z,p001,not_started,Budget cuts,0f0110a0-0001,2027-07-10T09:00:00
      """
    let outcome = collect([("kobo.csv", Array(csv.utf8))])
    #expect(outcome.rejections.isEmpty)
    #expect(outcome.responses.first?.answers == ["status": "not-started", "obstacles": "Budget cuts"])
    #expect(outcome.responses.first?.id == "0f0110a0-0001")
  }

  /// Where a commitment stands, as people answer in their own variety of a language
  /// (Brazil's `Em andamento` beside the label `Em curso`), is read as its status.
  @Test(arguments: [
    ("Em andamento", "in-progress"), ("Concluído", "done"), ("concluida", "done"), ("Ongoing", "in-progress"),
    ("Completed", "done"), ("En cours de réalisation", "in-progress"), ("Terminée", "done"), ("En progreso", "in-progress"),
    ("Sin iniciar", "not-started"), ("Cancelled", "dropped"), ("جاري التنفيذ", "in-progress"), ("Em curso", "in-progress"),
  ])
  func aStatusInOnesOwnWordsIsRead(answer: String, status: String) throws {
    let questionnaire = FeedbackQuestionnaire(plan: plan, evaluation: FollowupQuestions.evaluation)
    let question = FollowupQuestions.evaluation.question("status")!
    #expect(try questionnaire.normalised(answer, for: question).get() == status)
  }

  /// No word of the table reads as two statuses, or as another status than its label's.
  @Test func noWordIsTwoStatuses() {
    let status = FollowupQuestions.evaluation.question("status")!
    var meaning: [String: String] = [:]
    for option in status.options {
      for word in option.otherWords + option.label.values {
        let folded = word.folded
        #expect(meaning[folded, default: option.id] == option.id, "\(word) is \(meaning[folded]!) and \(option.id)")
        meaning[folded] = option.id
      }
    }
  }

  @Test func theQuestionsAreInEveryLanguageOfTheTable() {
    let status = FollowupQuestions.evaluation.question("status")!
    #expect(status.required && status.kind == .choice)
    #expect(status.options.map(\.id) == ["done", "in-progress", "not-started", "dropped"])
    for code in LanguagePack.codes {
      #expect(status.text[code]?.isEmpty == false)
      #expect(status.options.allSatisfy { $0.label[code]?.isEmpty == false })
    }
    #expect(FollowupQuestions.evaluation.questions.map(\.id) == ["status", "changes", "obstacles", "support"])
  }

  @Test func oneFormPerCommitmentInTheParticipantsLanguageDueMonthsAfterTheEvent() {
    let responses = [Build.response("p001", commitment: "A"), Build.response("p004", commitment: "B"),
      FeedbackResponse(id: "a", participant: "", submittedAt: "", source: "", answers: ["commitments": "C"])]
    let forms = FollowupForms(plan: plan, responses: responses, evaluation: Build.evaluation, afterMonths: 4)
    #expect(forms.forms.map(\.participant.id) == ["p001", "p004"])
    #expect(forms.forms.map(\.language) == ["en", "fr"])
    #expect(forms.forms.map(\.fileName) == ["followup-dakar-2027-p001.html", "followup-dakar-2027-p004.html"])
    #expect(forms.due == LocalDate("2027-07-10"))
    #expect(forms.anonymous == 1)
    let arabic = FollowupForms(plan: plan, responses: responses, evaluation: Build.evaluation, afterMonths: 4, language: "ar")
    #expect(arabic.forms.allSatisfy { $0.language == "ar" })
  }

  @Test func monthsAreAddedToTheCalendar() {
    #expect(LocalDate("2027-01-31")!.adding(months: 1) == LocalDate("2027-02-28"))
    #expect(LocalDate("2028-01-31")!.adding(months: 1) == LocalDate("2028-02-29"))
    #expect(LocalDate("2027-11-18")!.adding(months: 4) == LocalDate("2028-03-18"))
    #expect(LocalDate("2027-03-10")!.adding(months: -3) == LocalDate("2026-12-10"))
    #expect(LocalDate("2200-12-01")!.adding(months: Int.max) == LocalDate("2200-12-01"))
  }

  @Test func followupFileChecksStatusesParticipantsAndCommitments() {
    let responses = [
      Build.followup("p001", status: "done"), Build.followup("p002", status: "done"),
      Build.followup("p777", status: "done"), Build.followup("p004", status: "finished"),
    ]
    let text = FollowupFile.write(responses)
    let (read, findings) = FollowupFile.read(Array(text.utf8))
    #expect(findings.isEmpty && read.count == 4)
    let checked = FollowupFile.check(read, plan: plan, commitments: commitments)
    #expect(
      checked.map { "\($0.severity.rawValue) \($0.line ?? 0) \($0.field ?? "")" } == [
        "warning 3 participant", "error 4 participant", "error 5 status",
      ])
  }

  /// The event ends at 17:00 on its last day in Dakar (UTC): an answer from the closing
  /// session that afternoon (up to 17:00 itself) is a test, one from after it counts.
  @Test func anAnswerFromTheLastDayCountsOnlyAfterTheDayEnded() {
    let outcome = collect([
      ("closing.json", form("p001", "in-progress", at: "2027-03-10T16:59:59Z")),
      ("bell.json", form("p001", "in-progress", at: "2027-03-10T17:00:00Z")),
      ("offset.json", form("p004", "done", at: "2027-03-10T17:30:00+01:00")),
      ("evening.json", form("p001", "done", at: "2027-03-10T17:00:01Z")),
    ])
    #expect(outcome.rejections.map(\.source) == ["closing.json", "bell.json", "offset.json"])
    #expect(outcome.rejections.last?.reason.hasPrefix("was submitted at 2027-03-10T16:30:00Z, not after the event ended") == true)
    #expect(outcome.responses.map(\.participant) == ["p001"])
    #expect(outcome.responses.first?.answers["status"] == "done")
  }
}
