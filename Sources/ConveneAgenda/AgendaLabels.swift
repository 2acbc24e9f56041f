import ConveneCore

/// The words of an agenda (the `agenda` section of `LanguagePack`) in one language, English
/// standing in for what a language lacks.
public struct AgendaLabels: Sendable {
  public var agenda: String
  public var time: String
  public var room: String
  public var session: String
  public var speakers: String
  public var moderators: String
  public var interpretation: String
  /// Before a release number: "release 2".
  public var version: String
  /// Instead of a release number, for a schedule not yet published.
  public var draft: String
  public var timesIn: String
  public var personalFor: String
  /// `ltr` or `rtl`.
  public var direction: String
  public var language: String

  /// The labels of `language` (ISO 639-1); English for languages convene does not speak.
  public init(language: String) {
    let words = LabelSet(language: language, sections: ["agenda"])
    agenda = words["agenda"]
    time = words["time"]
    room = words["room"]
    session = words["session"]
    speakers = words["speakers"]
    moderators = words["moderators"]
    interpretation = words["interpretation"]
    version = words["version"]
    draft = words["draft"]
    timesIn = words["timesIn"]
    personalFor = words["personalFor"]
    direction = words.direction.rawValue
    self.language = words.language
  }

  /// "release 2", or the draft's words when `release` is nil.
  public func edition(_ release: Int?) -> String { release.map { "\(version) \($0)" } ?? draft }
}
