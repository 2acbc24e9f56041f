extension Participant {
  /// The language to write to the person in: the first of theirs that the event uses and
  /// `supported` holds, else the event's first language in `supported`, else English.
  public func language(for event: Event, supported: [String] = LanguagePack.codes) -> String {
    languages.first { supported.contains($0) && event.languages.contains($0) }
      ?? event.languages.first { supported.contains($0) } ?? "en"
  }
}
