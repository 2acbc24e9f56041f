import ConveneCore

extension EventPlan {
  /// The language of an e-mail to `person`: their first language among the event's languages
  /// that has a text (`supported`), else the event's first such language, else English.
  func messageLanguage(for person: Participant, among supported: [String]) -> String {
    person.languages.first { supported.contains($0) && event.languages.contains($0) }
      ?? event.languages.first { supported.contains($0) } ?? "en"
  }
}
