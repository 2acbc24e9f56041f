import ConveneCore

extension TaskRule {
  /// Whether the workspace shows the task done on `today`.
  public func isDone(_ signals: WorkspaceSignals, today: LocalDate) -> Bool {
    switch self {
    case .registrationsOpen: return signals.registered > 0
    case .registrationsClosed:
      if let capacity = signals.capacity, signals.placesHeld >= capacity { return true }
      return signals.registrationCloses.map { today > $0 } ?? false
    case .schedulePublished: return signals.releases > 0
    case .invitationsSent:
      let invitations = signals.invitations
      return invitations.sent > 0 && invitations.waiting == 0 && invitations.uncertain == 0
        && signals.peopleWithoutInvitation == 0
    case .noticesSent:
      return signals.notices.sent > 0 && signals.noticesDue == 0 && signals.notices.uncertain == 0
    case .visaLettersWritten:
      return signals.travellers > 0 && signals.visaLettersWritten >= signals.visaLettersNeeded
    case .feedbackCollected: return signals.feedbackResponses > 0
    case .reportWritten: return signals.reportWritten
    }
  }

  /// What the workspace shows, in `words` (the `plan` labels of a language).
  public func evidence(_ signals: WorkspaceSignals, words: LabelSet) -> String {
    func say(_ key: String, _ values: [String: Any]) -> String { words.phrase(key, values) }
    switch self {
    case .registrationsOpen: return words.phrase("evidence.registered", count: signals.registered)
    case .registrationsClosed:
      var parts: [String] = []
      if let capacity = signals.capacity {
        parts.append(say("evidence.places", ["held": signals.placesHeld, "capacity": capacity]))
      }
      if let closes = signals.registrationCloses {
        parts.append(say("evidence.closes", ["date": closes]))
      }
      return parts.joined(separator: "; ")
    case .schedulePublished: return words.phrase("evidence.releases", count: signals.releases)
    case .invitationsSent:
      return say(
        "evidence.invitations",
        [
          "sent": signals.invitations.sent,
          "waiting": signals.invitations.waiting + signals.invitations.uncertain,
          "without": signals.peopleWithoutInvitation,
        ])
    case .noticesSent:
      return say(
        "evidence.notices", ["sent": signals.notices.sent, "due": signals.noticesDue + signals.notices.uncertain])
    case .visaLettersWritten:
      return say(
        "evidence.letters",
        ["written": signals.visaLettersWritten, "needed": signals.visaLettersNeeded])
    case .feedbackCollected: return words.phrase("evidence.responses", count: signals.feedbackResponses)
    case .reportWritten: return words[signals.reportWritten ? "evidence.report" : "evidence.noReport"]
    }
  }
}
