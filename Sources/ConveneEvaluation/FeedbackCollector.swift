import ConveneCore

/// Checks submissions and keeps the latest response of each participant (an anonymous
/// response stands for itself). Collecting the same files again gives the same records.
public struct FeedbackCollector: Sendable {
  /// What collecting gave.
  public struct Outcome: Sendable {
    /// Every response kept, the old ones included, sorted by participant then response.
    public var responses: [FeedbackResponse]
    /// Responses from people (or anonymous responses) not in the records before.
    public var added: Int
    /// Earlier responses replaced by a later one.
    public var replaced: Int
    /// Checked submissions not kept: already in the records, or older than another answer
    /// from the same person.
    public var unchanged: Int
    /// Files and rows not taken, with the reason.
    public var rejections: [FeedbackRejection]
    /// Respondents who gave two different answers with the same time: the one kept is the
    /// one whose source comes last in name order.
    public var sameTime: [SameTime] = []
  }

  /// Two different answers of one respondent with the same `submitted_at`.
  public struct SameTime: Sendable, Equatable {
    /// The participant (or `response:ID` for an anonymous answer).
    public var respondent: String
    /// The time both give.
    public var submittedAt: String
    /// The source of the answer kept (last in name order), and of the one left out.
    public var kept: String, leftOut: String

    /// Two answers of `respondent` at `submittedAt`: the one from `kept` is kept.
    public init(respondent: String, submittedAt: String, kept: String, leftOut: String) {
      self.respondent = respondent
      self.submittedAt = submittedAt
      self.kept = kept
      self.leftOut = leftOut
    }
  }

  let questionnaire: FeedbackQuestionnaire
  let byID: [String: Participant]
  let byEmail: [String: Participant]
  let sessionIDs: Set<String>
  /// The moment the event's first day begins, as `submitted_at` writes a time
  /// (`2027-03-08T22:00:00Z`); nil when the event has no dates or its zone is unknown.
  let opens: String?
  /// True when a row that now reads otherwise than the answer recorded from it replaces that
  /// answer (`--replace-corrected`); false: the row is rejected, naming the answer it differs from.
  public var replacingCorrected = false

  /// Prepares checking against the participants and sessions of `plan`.
  public init(plan: EventPlan, questionnaire: FeedbackQuestionnaire) {
    self.questionnaire = questionnaire
    byID = plan.participantsByID
    byEmail = plan.participantsByEmail
    sessionIDs = Set(plan.sessions.map(\.id))
    opens = Self.firstMoment(of: plan.event)
  }

  /// When `event`'s first day begins where it is held, in UTC as `submitted_at` writes it.
  static func firstMoment(of event: Event) -> String? {
    guard let first = event.dates.first, TimeZoneNames.isKnown(event.timezone) else { return nil }
    return SubmissionTime.utc("\(first) 00:00:00", timezone: event.timezone)
  }

  /// Checks `submissions` and merges them into `existing` (the records so far).
  public func collect(
    _ submissions: [FeedbackSubmission], into existing: [FeedbackResponse],
    rejections earlier: [FeedbackRejection] = []
  ) -> Outcome {
    collect(submissions, into: existing, rejections: earlier, checking: checkFeedback)
  }

  /// `check`, and a feedback form stamped before the event began is rejected (a test answer:
  /// a follow-up has its own rule, after the event ended).
  func checkFeedback(_ submission: FeedbackSubmission) -> Result<FeedbackResponse, FeedbackRejection> {
    if let opens, !submission.submittedAt.isEmpty, submission.submittedAt < opens {
      return .failure(
        FeedbackRejection(
          source: submission.source,
          reason: "submitted_at: \(submission.submittedAt) is before the event began (\(opens), its first day where "
            + "it is held): a test answer? Feedback counts from the event's first day"))
    }
    return check(submission)
  }

  /// The same, each submission checked by `check` (the feedback's own checks and more).
  public func collect(
    _ submissions: [FeedbackSubmission], into existing: [FeedbackResponse],
    rejections earlier: [FeedbackRejection], checking check: (FeedbackSubmission) -> Result<FeedbackResponse, FeedbackRejection>
  ) -> Outcome {
    var rejections = earlier
    var checked: [FeedbackResponse] = []
    // A response id is its record's key: one id names one respondent's answer.
    var byID = Dictionary(existing.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var copies: [String: Int] = [:]
    for submission in submissions {
      switch check(submission) {
      case .failure(let rejection): rejections.append(rejection)
      case .success(var response):
        if submission.responseID.isEmpty && response.participant.isEmpty {
          response.id = Self.numbered(response, copies: &copies)
        }
        if let other = byID[response.id], other.respondent != response.respondent {
          rejections.append(Self.sharedID(response, with: other))
          continue
        }
        byID[response.id] = byID[response.id] ?? response
        checked.append(response)
      }
    }
    let correction = corrections(checked, of: existing)
    rejections += correction.rejections
    return merge(
      checked.filter { !correction.refused.contains($0.source) },
      into: existing.filter { !correction.replaced.contains($0.id) }, rejections: rejections,
      corrected: correction.replaced.count)
  }

  /// The rows read now that are a row already recorded read otherwise: a row at the same line
  /// of the same file (or that file seen from a folder above or below), stamped the same, whose
  /// answer is another respondent's (an anonymous answer that says otherwise is another's; the
  /// same participant's is `keep`'s to replace), while this reading of the file no longer
  /// gives the answer recorded and the row's own answer is not recorded anywhere (a row moved
  /// up by one deleted above it is neither). With `replacingCorrected` the answers they differ
  /// from are `replaced`; else the rows are `refused`, with the reason. A row without a time is
  /// never taken for another: two folders' `paper.csv:4` cannot be told apart.
  func corrections(_ checked: [FeedbackResponse], of existing: [FeedbackResponse]) -> (
    replaced: Set<String>, refused: Set<String>, rejections: [FeedbackRejection]
  ) {
    let recorded = Set(existing.map(\.id))
    let read = Dictionary(grouping: checked, by: { Self.file(of: $0.source) }).mapValues { Set($0.map(\.id)) }
    let byRow = Dictionary(
      grouping: existing.filter { !$0.submittedAt.isEmpty }, by: { Self.row(of: $0) })
    var replaced = Set<String>()
    var refused = Set<String>()
    var rejections: [FeedbackRejection] = []
    for response in checked where !response.submittedAt.isEmpty && !recorded.contains(response.id) {
      let file = Self.file(of: response.source)
      for old in byRow[Self.row(of: response)] ?? []
      where old.respondent != response.respondent && Self.sameFile(Self.file(of: old.source), file)
        && !(read[file]?.contains(old.id) ?? false) && !replaced.contains(old.id)
      {
        if replacingCorrected {
          replaced.insert(old.id)
          continue
        }
        let whose = old.participant.isEmpty ? "an anonymous answer" : "\(old.participant)'s answer"
        refused.insert(response.source)
        rejections.append(
          FeedbackRejection(
            source: response.source,
            reason: "reads otherwise than \(whose) recorded from \(old.source) at \(old.submittedAt): if the row was corrected, "
              + "collect again with --replace-corrected; if it is another file of the same name, give it a name of its own"))
        break
      }
    }
    return (replaced, refused, rejections)
  }

  /// The file of a source (`paper.csv` of `paper.csv:4`).
  static func file(of source: String) -> String {
    var file = Substring(source)
    if let colon = file.lastIndex(of: ":"), file[file.index(after: colon)...].allSatisfy(\.isNumber) {
      file = file[..<colon]
    }
    return String(file)
  }

  /// True for two files' paths relative to the folders collected that may be one file: equal,
  /// or one the other seen from a folder above (`batch/gf.csv` and `gf.csv`).
  static func sameFile(_ one: String, _ other: String) -> Bool {
    one == other || one.hasSuffix("/" + other) || other.hasSuffix("/" + one)
  }

  /// Where a response sits and when it was stamped, its folders left out: `gf.csv:3` at 17:01.
  static func row(of response: FeedbackResponse) -> String {
    let name = response.source.split(separator: "/").last.map(String.init) ?? response.source
    return name + "\u{0}" + response.submittedAt
  }

  /// The id of an anonymous response whose id says what it answered (`digest(of:answers:)`):
  /// the second, third, ... row of one file giving the same answers are as many people (paper
  /// forms typed up without a time), `r-…-2`, `r-…-3`; the same file read again numbers them
  /// the same, and a copy in another file is the first's again.
  static func numbered(_ response: FeedbackResponse, copies: inout [String: Int]) -> String {
    let file = Self.file(of: response.source)
    let count = (copies[file + "\u{0}" + response.id] ?? 0) + 1
    copies[file + "\u{0}" + response.id] = count
    return count == 1 ? response.id : "\(response.id)-\(count)"
  }

  /// The rejection of `response`, whose id is already `other`'s, naming both sources.
  static func sharedID(_ response: FeedbackResponse, with other: FeedbackResponse) -> FeedbackRejection {
    let owner = other.participant.isEmpty ? "an anonymous answer" : "the answer of \(other.participant)"
    return FeedbackRejection(
      source: response.source,
      reason:
        "response: \"\(QuotedValue.shown(response.id))\" is already the id of \(owner) from \(QuotedValue.shown(other.source)); one id names one answer")
  }

  /// Merges responses already checked into `existing`, keeping the latest of each respondent.
  func merge(
    _ checked: [FeedbackResponse], into existing: [FeedbackResponse],
    rejections: [FeedbackRejection], corrected: Int = 0
  ) -> Outcome {
    var kept: [String: FeedbackResponse] = [:]
    for response in existing { keep(response, in: &kept) }
    let before = kept
    let valid = checked.count
    var sameTime: [String: SameTime] = [:]
    for response in checked {
      let current = kept[response.respondent]
      keep(response, in: &kept)
      if let current, current.submittedAt == response.submittedAt, current.source != response.source,
        !Self.isSame(current, response)
      {
        let winner = kept[response.respondent]!
        let loser = winner == current ? response : current
        sameTime[response.respondent] = SameTime(
          respondent: response.respondent, submittedAt: response.submittedAt, kept: winner.source,
          leftOut: loser.source)
      }
    }
    var added = -corrected
    var replaced = corrected
    var replacedAtTheSameTime = 0
    for (respondent, response) in kept {
      if let old = before[respondent] {
        if old != response {
          if old.submittedAt == response.submittedAt && old.source != response.source {
            replacedAtTheSameTime += 1
          } else {
            replaced += 1
          }
        }
      } else {
        added += 1
      }
    }
    let responses = kept.values.sorted { ($0.respondent, $0.id) < ($1.respondent, $1.id) }
    return Outcome(
      responses: responses, added: added, replaced: replaced,
      unchanged: valid - added - replaced - replacedAtTheSameTime, rejections: rejections,
      sameTime: sameTime.values.sorted { $0.respondent < $1.respondent })
  }

  /// The same response read again, perhaps from another copy of the file.
  static func isSame(_ one: FeedbackResponse, _ other: FeedbackResponse) -> Bool {
    one.id == other.id && one.submittedAt == other.submittedAt && one.answers == other.answers
  }

  /// Keeps `response` when it is the respondent's latest; false when an equal or later one is
  /// already kept.
  @discardableResult
  func keep(_ response: FeedbackResponse, in kept: inout [String: FeedbackResponse]) -> Bool {
    let respondent = response.respondent
    if let current = kept[respondent] {
      if Self.isSame(current, response) { return false }
      // Of two answers with the same time, the one from the source last in name order; of two
      // from the same row of a file, the one read last (the row was corrected).
      if (current.submittedAt, current.source) > (response.submittedAt, response.source) {
        return false
      }
    }
    kept[respondent] = response
    return true
  }

  /// The response a submission gives, or why it is rejected.
  public func check(_ submission: FeedbackSubmission) -> Result<FeedbackResponse, FeedbackRejection>
  {
    func reject(_ reason: String) -> Result<FeedbackResponse, FeedbackRejection> {
      .failure(FeedbackRejection(source: submission.source, reason: reason))
    }
    if let event = submission.event, event != questionnaire.event.id {
      return reject("the form was for the event \"\(event)\", not \"\(questionnaire.event.id)\"")
    }
    let participant: String
    switch participantID(of: submission) {
    case .success(let id): participant = id
    case .failure(let rejection): return .failure(rejection)
    }
    let (answers, problems) = normalisedAnswers(of: submission)
    guard problems.isEmpty else { return reject(problems.joined(separator: "; ")) }
    guard !answers.isEmpty else { return reject("has no answers") }
    let language: String
    switch Self.languageCode(of: submission) {
    case .success(let code): language = code
    case .failure(let problem): return reject(problem.reason)
    }
    // The response id and the file's name are stored too, under the rule of every CSV cell.
    if let scalar = UnsafeCharacter.first(in: submission.responseID) {
      return reject("response: \(UnsafeCharacter.problem(scalar))")
    }
    if !submission.responseID.isEmpty, let problem = FeedbackResponse.idProblem(submission.responseID) {
      return reject("response: \(problem)")
    }
    if let scalar = UnsafeCharacter.first(in: submission.source) {
      return reject("the file's name \(UnsafeCharacter.problem(scalar))")
    }
    let id =
      submission.responseID.isEmpty
      ? Self.digest(of: submission, answers: answers) : submission.responseID
    return .success(
      FeedbackResponse(
        id: id, participant: participant, submittedAt: submission.submittedAt,
        source: submission.source,
        language: language, answers: answers))
  }

  /// The code of the language a submission was answered in ("" when it names none), read as a
  /// code or a name of the language table (`fr`, `French`), or why it is none.
  static func languageCode(of submission: FeedbackSubmission) -> Result<String, AnswerProblem> {
    let text = submission.language.trimmed
    guard !text.isEmpty else { return .success("") }
    guard let language = Language.matching(text) else {
      return .failure(
        AnswerProblem(
          "language: \"\(QuotedValue.shown(text))\" is not a language code (for example en, fr, ar)"))
    }
    return .success(language.code)
  }

  /// The participant a submission names by id or e-mail address (empty when it names none),
  /// or why it is rejected: someone unknown, or an id and an address of two people.
  func participantID(of submission: FeedbackSubmission) -> Result<String, FeedbackRejection> {
    func reject(_ reason: String) -> Result<String, FeedbackRejection> {
      .failure(FeedbackRejection(source: submission.source, reason: reason))
    }
    var participant = ""
    if !submission.participant.isEmpty {
      guard let person = byID[submission.participant] ?? byID[submission.participant.lowercased()]
      else {
        return reject("unknown participant \"\(QuotedValue.shown(submission.participant))\"")
      }
      participant = person.id
    }
    if !submission.email.isEmpty {
      guard let address = EmailAddress.normalised(submission.email), let person = byEmail[address]
      else {
        return reject(
          "unknown participant: no one registered with the e-mail address \"\(QuotedValue.shown(submission.email))\"")
      }
      if !participant.isEmpty && participant != person.id {
        return reject(
          "the participant id \(participant) and the e-mail address of \(person.id) do not agree")
      }
      participant = person.id
    }
    return .success(participant)
  }

  /// The answers of a submission as stored (blank ones left out), and what is wrong with them:
  /// a key that is no question (or names an unknown session), an answer that does not fit its
  /// question, a required question without an answer.
  func normalisedAnswers(of submission: FeedbackSubmission) -> (
    answers: [String: String], problems: [String]
  ) {
    var answers: [String: String] = [:]
    var problems: [String] = []
    for (key, raw) in submission.answers.sorted(by: { $0.key < $1.key }) {
      guard let field = questionnaire.field(key) else {
        let parts = key.split(separator: ":", maxSplits: 1).map(String.init)
        if parts.count == 2, questionnaire.evaluation.question(parts[0])?.perSession == true,
          !sessionIDs.contains(parts[1])
        {
          problems.append("\(parts[0]): unknown session \"\(parts[1])\"")
        } else {
          problems.append("\(key): not a question of this event")
        }
        continue
      }
      if let scalar = UnsafeCharacter.first(in: raw) {
        // The rule of every workspace CSV cell: `check` would refuse the stored answer.
        problems.append("\(key): \(UnsafeCharacter.problem(scalar))")
        continue
      }
      switch questionnaire.normalised(raw, for: field.question) {
      case .success(let value): if !value.isEmpty { answers[key] = value }
      case .failure(let problem): problems.append("\(key): \(problem.reason)")
      }
    }
    for question in questionnaire.evaluation.questions
    where question.required && !question.perSession {
      if (submission.answers[question.id] ?? "").trimmed.isEmpty {
        problems.append("\(question.id): is required and has no answer")
      }
    }
    return (answers, problems)
  }

  /// An id made from what a response says (not from where it sits in a file), so that the
  /// same row exported again gets the same id.
  static func digest(of submission: FeedbackSubmission, answers: [String: String]) -> String {
    let parts =
      [submission.participant, submission.email, submission.submittedAt]
      + answers.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] }
    return "r-" + contentDigest(parts.joined(separator: "\u{1F}"))
  }
}
