import ConveneCore

/// The network folder's own settings (`network.json`): its title, the languages of its
/// reports, and the event workspaces it covers.
public struct NetworkSettings: Sendable, Equatable {
  /// One event workspace the network covers.
  public struct EventEntry: Sendable, Equatable {
    /// The path as written: relative to the network folder, or absolute.
    public var path: String
    /// The line in `network.json`.
    public var line: Int

    /// Creates an entry.
    public init(path: String, line: Int = 0) {
      self.path = path
      self.line = line
    }
  }

  /// The title of the network's reports.
  public var title: String
  /// ISO 639-1 codes; the first is the reports' language.
  public var languages: [String]
  /// The event workspaces, in order.
  public var events: [EventEntry]
  /// How the network report protects small groups (`disclosure`; the standard policy when
  /// absent). The report applies the strictest of it and its events' policies.
  public var disclosure: DisclosurePolicy

  /// Creates settings.
  public init(
    title: String, languages: [String] = ["en"], events: [EventEntry] = [],
    disclosure: DisclosurePolicy = DisclosurePolicy()
  ) {
    self.title = title
    self.languages = languages
    self.events = events
    self.disclosure = disclosure
  }
}
