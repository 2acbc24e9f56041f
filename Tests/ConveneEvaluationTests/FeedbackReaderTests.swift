import Foundation
import ConveneCore
import Testing

@testable import ConveneEvaluation

@Suite struct FeedbackReaderTests {
  let plan = Build.plan(
    people: [Build.person("p001")],
    sessions: [Build.session("s1", title: "Opening"), Build.session("s2", title: "Closing")])
  var reader: FeedbackReader { FeedbackReader(questionnaire: Build.questionnaire(plan)) }

  func bytes(_ lines: String...) -> [UInt8] {
    Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
  }

  @Test func readsTheFormsJSONWithNestedSessionAnswers() {
    let json = """
      {"format": "convene-feedback/1", "event": "t-2027", "response": "r-1", "participant": "p001",
       "submitted_at": "2027-03-10T18:02:00.000+01:00", "language": "fr",
       "answers": {"satisfaction": 5, "usefulness": {"s1": 4}, "commitments": "Plan"}}
      """
    let (submissions, rejections) = reader.read(file: "forms/p001.json", bytes: Array(json.utf8))
    #expect(rejections.isEmpty)
    #expect(
      submissions.first?.answers == [
        "satisfaction": "5", "usefulness:s1": "4", "commitments": "Plan",
      ])
    #expect(submissions.first?.submittedAt == "2027-03-10T17:02:00Z")
    #expect(submissions.first?.event == "t-2027")
  }

  /// The form writes the time it was saved; a file without one, or with one that is no date
  /// (`null`, `true`, a number), would skip "the latest answer counts" and "given after the
  /// event ended": it is rejected, naming the field.
  @Test(arguments: [
    (#""#, "submitted_at: missing"), (#""submitted_at": null, "#, "submitted_at: \"\" is not a date and time"),
    (#""submitted_at": true, "#, "submitted_at: \"yes\" is not a date and time"),
    (#""submitted_at": 1e308, "#, "is not a date and time"), (#""submitted_at": "", "#, "submitted_at: \"\" is not a date and time"),
  ])
  func aFormFileWithoutItsTimeIsRejected(field: String, reason: String) {
    let json = #"{"format": "convene-feedback/1", "participant": "P001", "#
      + field + #""answers": {"satisfaction": "4"}}"#
    let (submissions, rejections) = reader.read(file: "a.json", bytes: Array(json.utf8))
    #expect(submissions.isEmpty)
    #expect(rejections.count == 1 && rejections[0].reason.contains(reason), "\(rejections)")
  }

  /// Who answered is text: a number, a truth value, an object or a list there would read as
  /// no one, and an answer that names someone would count as anonymous.
  @Test(arguments: [
    (#""participant": 7"#, "participant: a number where the form writes text"),
    (#""participant": true"#, "participant: true or false where the form writes text"),
    (#""participant": {"id": "p001"}"#, "participant: an object where the form writes text"),
    (#""participant": ["p001"]"#, "participant: a list where the form writes text"),
    (#""participant": "", "email": 12"#, "email: a number where the form writes text"),
    (#""participant": "p001", "response": 5"#, "response: a number where the form writes text"),
  ])
  func aFormWhoseRespondentIsNotTextIsRejected(field: String, reason: String) {
    let json = #"{"format": "convene-feedback/1", "submitted_at": "2027-03-10T17:02:00Z", "#
      + field + #", "answers": {"satisfaction": "4"}}"#
    let (submissions, rejections) = reader.read(file: "a.json", bytes: Array(json.utf8))
    #expect(submissions.isEmpty)
    #expect(rejections.map(\.reason) == [reason])
    let null = #"{"format": "convene-feedback/1", "submitted_at": "2027-03-10T17:02:00Z", "participant": null, "#
      + #""answers": {"satisfaction": "4"}}"#
    #expect(reader.read(file: "b.json", bytes: Array(null.utf8)).0.first?.participant == "")
  }

  @Test func aByteOrderMarkBeforeTheFormsJSONIsSkipped() {
    let json =
      #"{"format": "convene-feedback/1", "participant": "P001", "submitted_at": "2027-03-10T17:02:00Z", "answers": {"satisfaction": "4"}}"#
    let (submissions, rejections) = reader.read(
      file: "a.json", bytes: [0xEF, 0xBB, 0xBF] + Array(json.utf8))
    #expect(rejections.isEmpty)
    #expect(submissions.first?.participant == "P001")
    let collector = FeedbackCollector(plan: plan, questionnaire: Build.questionnaire(plan))
    #expect((try? collector.check(submissions[0]).get())?.participant == "p001")
  }

  @Test func readsAGoogleFormsExportByQuestionTextWithGridColumns() {
    let (submissions, rejections) = reader.read(
      file: "google.csv",
      bytes: bytes(
        "Horodateur,Adresse e-mail,Satisfied?,Agirez-vous ?,Useful? [Opening],Useful? [Closing],Other",
        "11/03/2027 18:00:00,p001@example.org,5,Oui,4,,x"))
    #expect(rejections.isEmpty)
    let submission = submissions.first
    #expect(submission?.email == "p001@example.org")
    #expect(
      submission?.answers == ["satisfaction": "5", "intend_to_act": "Oui", "usefulness:s1": "4"])
    #expect(submission?.submittedAt == "2027-03-11T18:00:00Z")
    #expect(submission?.source == "google.csv:2")
  }

  /// Microsoft Forms writes `anonymous` in `Email` where the form took no address: an
  /// anonymous answer, not one of a person registered as "anonymous".
  @Test func anAnonymousMicrosoftFormsAnswerHasNoAddress() {
    let (submissions, rejections) = reader.read(
      file: "forms.csv",
      bytes: bytes(
        "Id,Start time,Completion time,Email,Name,Satisfied?", "1,3/10/27 17:01:02,3/10/27 17:05:02,anonymous,,5",
        "2,3/10/27 17:02:02,3/10/27 17:06:02,p001@example.org,Person p001,4"))
    #expect(rejections.isEmpty)
    #expect(submissions.map(\.email) == ["", "p001@example.org"])
  }

  /// A session's title holding a `/` (`Ouverture / Opening`) is a grid column, not a
  /// KoboToolbox group path: its answers were left out without a word.
  @Test func aGridColumnWhoseSessionTitleHoldsASlashIsRead() {
    let plan = Build.plan(
      people: [Build.person("p001")], sessions: [Build.session("opening", title: "Ouverture / Opening")])
    let reader = FeedbackReader(questionnaire: Build.questionnaire(plan))
    let (submissions, rejections) = reader.read(
      file: "google.csv",
      bytes: bytes("Horodateur,Adresse e-mail,Useful? [Ouverture / Opening]", "11/03/2027 18:00:00,p001@example.org,5"))
    #expect(rejections.isEmpty, "\(rejections)")
    #expect(submissions.first?.answers == ["usefulness:opening": "5"])
  }

  /// Two columns giving one answer (two spellings of a session's title) refuse the file: which
  /// one holds the answer is not known. `--map COLUMN=ignore` leaves one out.
  @Test func twoColumnsOfOneAnswerRefuseTheFile() {
    let file = bytes(
      "Timestamp,Email address,Useful? [Opening: cities],Useful? [Opening - cities]",
      "11/03/2027 18:00:00,p001@example.org,4,3")
    let plan = Build.plan(people: [Build.person("p001")], sessions: [Build.session("s1", title: "Opening: cities")])
    let reader = FeedbackReader(questionnaire: Build.questionnaire(plan))
    let (submissions, rejections) = reader.read(file: "two.csv", bytes: file)
    #expect(submissions.isEmpty)
    #expect(
      rejections.map(\.reason) == [
        "columns \"Useful? [Opening: cities]\" and \"Useful? [Opening - cities]\" both give usefulness:s1: which one holds "
          + "the answer is not known (--map COLUMN=ignore leaves one out)"
      ])
    let mapped = FeedbackReader(
      questionnaire: Build.questionnaire(plan), columnMap: ["Useful? [Opening - cities]": "ignore"]
    ).read(file: "two.csv", bytes: file)
    #expect(mapped.rejections.isEmpty)
    #expect(mapped.submissions.first?.answers == ["usefulness:s1": "4"])
  }

  /// A column whose header reads like one of the event's questions, worded otherwise, refuses
  /// the file with the `--map` that reads it; a column like no question is left out.
  @Test func aQuestionWordedOtherwiseRefusesTheFile() {
    var evaluation = Build.standard
    evaluation.questions[2].text = ["en": "Before the event, how would you rate your knowledge of its topics?"]
    let reader = FeedbackReader(questionnaire: FeedbackQuestionnaire(plan: plan, evaluation: evaluation))
    let (submissions, rejections) = reader.read(
      file: "reworded.csv",
      bytes: bytes(
        "Timestamp,Email address,Satisfied?,\"Before the event, how would you rate your knowledge of the topics?\",Couleur préférée",
        "11/03/2027 18:00:00,p001@example.org,5,2,bleu"))
    #expect(submissions.isEmpty)
    #expect(
      rejections.map(\.reason) == [
        "column \"Before the event, how would you rate your knowledge of the topics?\" is not a question of this event but "
          + "reads like \"Before the event, how would you rate your knowledge of its topics?\" (knowledge_before): --map "
          + "\"Before the event, how would you rate your knowledge of the topics?=knowledge_before\" reads it, --map "
          + "\"Before the event, how would you rate your knowledge of the topics?=ignore\" leaves it out"
      ])
    let unrelated = reader.read(
      file: "other.csv", bytes: bytes("Timestamp,Email address,Satisfied?,Couleur préférée", "11/03/2027 18:00:00,p001@example.org,5,bleu"))
    #expect(unrelated.rejections.isEmpty)
    #expect(unrelated.submissions.first?.answers == ["satisfaction": "5"])
  }

  /// A question reworded more than the first rule allows (half its words kept) is still
  /// named, when no other column answers it: its answers would otherwise be lost, and every
  /// row rejected as not answering a required question.
  @Test func aQuestionRewordedFurtherIsNamedWhenNoColumnAnswersIt() {
    var evaluation = Build.standard
    evaluation.questions[0].text = ["en": "Satisfied?", "fr": "Dans l'ensemble, êtes-vous satisfait·e de l'événement ?"]
    let reader = FeedbackReader(questionnaire: FeedbackQuestionnaire(plan: plan, evaluation: evaluation))
    let header = "Globalement, êtes-vous satisfait·e de cet événement ?"
    let reworded = reader.read(
      file: "reworded.csv",
      bytes: bytes("Horodateur,Adresse e-mail,\"\(header)\"", "11/03/2027 18:00:00,p001@example.org,5"))
    #expect(reworded.submissions.isEmpty)
    #expect(reworded.rejections.map(\.reason).first?.hasPrefix("column \"\(header)\" is not a question of this event but reads like \"Satisfied?\" (satisfaction): --map") == true, "\(reworded.rejections)")
    // Beside a column that answers the question, the same header is a question of the form's own.
    let answered = reader.read(
      file: "both.csv",
      bytes: bytes("Horodateur,Adresse e-mail,Satisfied?,\"\(header)\"", "11/03/2027 18:00:00,p001@example.org,5,4"))
    #expect(answered.rejections.isEmpty, "\(answered.rejections)")
  }

  /// A form tool's export has no language column, but its questions are written in the
  /// language the form was answered in: every column in French is a form answered in French.
  @Test func theLanguageOfAnExportIsTheOneItsQuestionsAreWrittenIn() {
    var evaluation = Build.standard
    evaluation.questions[0].text = ["en": "Satisfied?", "fr": "Satisfait·e ?", "ar": "راضٍ؟"]
    let reader = FeedbackReader(questionnaire: FeedbackQuestionnaire(plan: plan, evaluation: evaluation))
    let read = { (header: String) in
      reader.read(file: "f.csv", bytes: self.bytes("Horodateur,Adresse e-mail,\(header)", "11/03/2027 18:00:00,p001@example.org,5"))
        .submissions.map(\.language)
    }
    #expect(read("Satisfait·e ?") == ["fr"])
    #expect(read("راضٍ؟") == ["ar"])
    #expect(read("Satisfied?") == ["en"])
    // An id says no language.
    #expect(read("satisfaction") == [""])
  }

  /// A CSV export saved in Windows-1252 by Excel reads as well in Windows-1250 (`Thiès`,
  /// `Thičs`): rejected as a close call by itself, read in the code page of the event's
  /// French when the reader knows the event's languages.
  @Test func aLegacyCodePageExportIsReadInTheEventsCodePage() throws {
    let text = "Timestamp,Email address,Satisfied?,Engagements\r\n11/03/2027 18:00:00,p001@example.org,5,Atelier à Thiès\r\n"
    let bytes = try #require(text.data(using: .windowsCP1252))
    let alone = reader.read(file: "excel.csv", bytes: Array(bytes))
    #expect(alone.submissions.isEmpty)
    #expect(alone.rejections.first?.reason.contains("the encoding cannot be told for sure") == true, "\(alone.rejections)")
    let french = FeedbackReader(
      questionnaire: Build.questionnaire(plan), columnMap: ["Engagements": "commitments"], languages: ["fr", "en"])
    let read = french.read(file: "excel.csv", bytes: Array(bytes))
    #expect(read.rejections.isEmpty, "\(read.rejections)")
    #expect(read.submissions.first?.answers == ["satisfaction": "5", "commitments": "Atelier à Thiès"])
  }

  /// Two sessions whose titles fold alike are told apart by the title as written; a grid column
  /// that names both alike refuses the file with the `--map` that says which.
  @Test func sessionTitlesThatFoldAlikeAreToldApartOrRefused() {
    let plan = Build.plan(
      people: [Build.person("p001")],
      sessions: [Build.session("b4", title: "Women - peacebuilders"), Build.session("b6", title: "Women – peacebuilders")])
    let reader = FeedbackReader(questionnaire: Build.questionnaire(plan))
    let exact = reader.read(
      file: "a.csv", bytes: bytes("Timestamp,Email address,Useful? [Women – peacebuilders]", "11/03/2027 18:00:00,p001@example.org,1"))
    #expect(exact.rejections.isEmpty, "\(exact.rejections)")
    #expect(exact.submissions.first?.answers == ["usefulness:b6": "1"])
    let alike = reader.read(
      file: "b.csv", bytes: bytes("Timestamp,Email address,Useful? [Women peacebuilders]", "11/03/2027 18:00:00,p001@example.org,1"))
    #expect(alike.submissions.isEmpty)
    #expect(
      alike.rejections.map(\.reason) == [
        "column \"Useful? [Women peacebuilders]\": \"Women peacebuilders\" is the title of 2 sessions (b4, b6): --map "
          + "\"Useful? [Women peacebuilders]=usefulness:b4\" says which"
      ])
  }

  /// A file with no column read as who answered, one of whose other columns holds e-mail
  /// addresses (`Username`), is refused: every answer would be anonymous.
  @Test func anUnreadColumnOfAddressesWithNoOneNamedRefusesTheFile() {
    let file = bytes("Horodateur,Username,Satisfied?", "10/03/2027 18:00:00,p001@example.org,4")
    let (submissions, rejections) = reader.read(file: "u.csv", bytes: file)
    #expect(submissions.isEmpty)
    #expect(
      rejections.map(\.reason) == [
        "column \"Username\" holds e-mail addresses but no column is read as who answered: --map \"Username=email\" reads "
          + "it (without it every answer would be anonymous)"
      ])
    let mapped = FeedbackReader(questionnaire: Build.questionnaire(plan), columnMap: ["Username": "email"])
      .read(file: "u.csv", bytes: file)
    #expect(mapped.rejections.isEmpty)
    #expect(mapped.submissions.first?.email == "p001@example.org")
  }

  /// Month-first stamps that no value proves (a US Google Forms export) are read in the order
  /// that puts them nearer the event (9-10 March 2027): `3/12/2027` is the 12th of March, and
  /// the answer of the 1st of April is the later one; a value that proves its order settles it.
  @Test func stampsThatNoValueOrdersAreReadNearerTheEvent() {
    let (submissions, rejections) = reader.read(
      file: "us.csv",
      bytes: bytes(
        "Timestamp,Email Address,Satisfied?", "3/12/2027 10:00:00,p001@example.org,2", "4/1/2027 10:00:00,p001@example.org,5"))
    #expect(rejections.isEmpty)
    #expect(submissions.map(\.submittedAt) == ["2027-03-12T10:00:00Z", "2027-04-01T10:00:00Z"])
    let proved = reader.read(
      file: "fr.csv",
      bytes: bytes("Horodateur,Adresse e-mail,Satisfied?", "3/12/2027 10:00:00,p001@example.org,2", "13/03/2027 10:00:00,p001@example.org,5"))
    #expect(proved.0.map(\.submittedAt) == ["2027-12-03T10:00:00Z", "2027-03-13T10:00:00Z"])
    let both = reader.read(
      file: "both.csv",
      bytes: bytes("Timestamp,Email Address,Satisfied?", "3/13/2027 10:00:00,p001@example.org,2", "13/03/2027 10:00:00,p001@example.org,5"))
    #expect(both.0.isEmpty)
    #expect(both.1.map(\.reason) == ["Timestamp: some dates are day/month and others month/day; export the file again"])
  }

  /// A US export whose first answer is the organiser's test a week before the event
  /// (`3/2/2027`): the order that puts the other answers at the event decides, and the test
  /// answer keeps its date, where the file was refused as ambiguous.
  @Test func aTestAnswerBeforeTheEventDoesNotUnsettleTheOrder() {
    let (submissions, rejections) = reader.read(
      file: "us.csv",
      bytes: bytes(
        "Timestamp,Email Address,Satisfied?", "3/2/2027 16:00:00,,3", "3/10/2027 17:55:02,p001@example.org,4",
        "3/11/2027 9:12:40,p002@example.org,5"))
    #expect(rejections.isEmpty, "\(rejections)")
    #expect(submissions.map(\.submittedAt) == ["2027-03-02T16:00:00Z", "2027-03-10T17:55:02Z", "2027-03-11T09:12:40Z"])
  }

  /// Stamps that no value orders, months after the event either way (`06/07/2027` and
  /// `04/06/2027` after a March workshop): nearer alone read them month first and kept the
  /// older answer. They are refused, naming `--date-order`, which then settles them.
  @Test func stampsFarFromTheEventEitherWayAreRefusedUnlessAnOrderIsGiven() {
    let lines = ["Horodateur,Adresse e-mail,Satisfied?", "06/07/2027 10:00:00,p001@example.org,2", "04/06/2027 09:00:00,p001@example.org,5"]
    let refused = reader.read(file: "fr.csv", bytes: bytes(lines[0], lines[1], lines[2]))
    #expect(refused.0.isEmpty)
    #expect(
      refused.1.map(\.reason) == [
        "Horodateur: \"06/07/2027 10:00:00\" and the other dates read as day/month and as month/day alike, and the event's "
          + "dates do not tell which; give --date-order dmy or mdy, or export them with the year first (2027-03-12) or the month's name"
      ])
    var dayFirst = reader
    dayFirst.dateOrder = .dayMonthYear
    let read = dayFirst.read(file: "fr.csv", bytes: bytes(lines[0], lines[1], lines[2]))
    #expect(read.1.isEmpty)
    #expect(read.0.map(\.submittedAt) == ["2027-07-06T10:00:00Z", "2027-06-04T09:00:00Z"])
    // Within the month either way, the nearer order: an answer on the event's first day.
    var aprilPlan = plan
    aprilPlan.event.days = aprilPlan.event.days.enumerated().map { index, day in
      var moved = day
      moved.date = LocalDate(year: 2027, month: 4, day: 5 + index)!
      return moved
    }
    let april = FeedbackReader(questionnaire: Build.questionnaire(aprilPlan))
    let onTheDay = april.read(file: "day1.csv", bytes: bytes(lines[0], "05/04/2027 17:00:00,p001@example.org,4"))
    #expect(onTheDay.1.isEmpty, "\(onTheDay.1)")
    #expect(onTheDay.0.map(\.submittedAt) == ["2027-04-05T17:00:00Z"])
    // A value that proves the other order is refused beside the order given.
    let proved = dayFirst.read(file: "us.csv", bytes: bytes(lines[0], "3/13/2027 10:00:00,p001@example.org,2"))
    #expect(proved.1.map(\.reason) == ["Horodateur: --date-order dmy is given, but the dates are month/day/year (US)"])
  }

  /// Paper forms typed up with the respondents' names and no id or address: refused, naming
  /// the column, where every answer was stored as anonymous. Names that are no one registered
  /// (a column of comments, a form that asked for a nickname) are read as before.
  @Test func answersNamedByRegisteredNamesOnlyAreRefused() {
    var named = reader
    named.registeredNames = ["aicha kone", "jean dupont"]
    let typed = named.read(
      file: "paper.csv", bytes: bytes("Nom,Organisation,Satisfied?", "Aïcha Koné,Ville de Bamako,5", "Jean Dupont,Ville de Lomé,4"))
    #expect(typed.0.isEmpty)
    #expect(
      typed.1.map(\.reason) == [
        "column \"Nom\" holds the names of 2 registered participants, but answers are matched by participant id or e-mail: "
          + "add a column of their ids or addresses (read as it is, every answer would be anonymous)"
      ])
    let others = named.read(file: "anon.csv", bytes: bytes("Pseudo,Satisfied?", "Zorro,5", "Tintin,4"))
    #expect(others.1.isEmpty)
    #expect(others.0.count == 2)
  }

  @Test func readsAKoboToolboxExportWithGroupPrefixesAndMetadata() {
    let (submissions, _) = reader.read(
      file: "kobo.csv",
      bytes: bytes(
        "start,group_a/participant,group_b/satisfaction,usefulness/s2,_id,_uuid,_submission_time",
        "2027-03-10T14:00:00,p001,4,5,17,abc-123,2027-03-10T15:00:11"))
    #expect(submissions.first?.participant == "p001")
    #expect(submissions.first?.responseID == "abc-123")
    #expect(submissions.first?.answers == ["satisfaction": "4", "usefulness:s2": "5"])
    #expect(submissions.first?.submittedAt == "2027-03-10T15:00:11Z")
  }

  /// KoboToolbox's `_submission_time` is UTC without an offset; Google Forms' `Timestamp` is the
  /// form owner's clock, read as the event's (Amman: UTC+3).
  @Test func koboServerTimesAreUTCAndAFormsTimestampIsTheEventsClock() {
    var amman = plan
    amman.event.timezone = "Asia/Amman"
    let reader = FeedbackReader(questionnaire: Build.questionnaire(amman))
    let kobo = reader.read(
      file: "kobo.csv",
      bytes: bytes("group_a/participant,group_b/satisfaction,_uuid,_submission_time", "p001,4,abc-123,2027-03-10T15:00:11"))
    #expect(kobo.0.first?.submittedAt == "2027-03-10T15:00:11Z")
    let google = reader.read(
      file: "google.csv", bytes: bytes("Timestamp,participant,satisfaction", "10/03/2027 15:00:11,p001,4"))
    #expect(google.0.first?.submittedAt == "2027-03-10T12:00:11Z")
  }

  @Test func aColumnMapNamesColumnsTheReaderCannotGuess() {
    let mapped = FeedbackReader(
      questionnaire: Build.questionnaire(plan),
      columnMap: ["Q1": "satisfaction", "Who": "participant"])
    let (submissions, _) = mapped.read(file: "survey.csv", bytes: bytes("Who,Q1", "p001,3"))
    #expect(submissions.first?.participant == "p001")
    #expect(submissions.first?.answers == ["satisfaction": "3"])
  }

  @Test func rejectsWholeFilesThatCannotBeRead() {
    #expect(
      reader.read(file: "scan.pdf", bytes: [1, 2]).1.first?.reason.hasPrefix("not a feedback file")
        == true)
    #expect(
      reader.read(file: "x.json", bytes: Array("{\"a\": 1}".utf8)).1.first?.reason.contains(
        "convene-feedback") == true)
    #expect(
      reader.read(file: "x.json", bytes: Array("{".utf8)).1.first?.reason.hasPrefix(
        "not valid JSON") == true)
    let unknownSession = reader.read(
      file: "t.csv", bytes: bytes("satisfaction,usefulness:s9", "4,4"))
    #expect(unknownSession.0.isEmpty)
    #expect(
      unknownSession.1.first?.reason
        == "column \"usefulness:s9\": the event has no session \"s9\" (was its title changed after the form was made?): --map \"usefulness:s9=usefulness:SESSION\" names the session it asks about")
    #expect(
      reader.read(file: "t.csv", bytes: bytes("a,b", "1,2")).1.first?.reason.hasPrefix(
        "no column is a question") == true)
  }
}
