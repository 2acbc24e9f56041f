/// The words of an agenda in each language convene writes agendas in.
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

  /// The labels of `language` (ISO 639-1); English for languages without a translation.
  public init(language: String) {
    switch language {
    case "fr":
      self.init(
        agenda: "Programme", time: "Horaire", room: "Salle", session: "Session", speakers: "Intervenants",
        moderators: "Modération", interpretation: "Interprétation", version: "version", draft: "brouillon, pas encore publié", timesIn: "Heures locales",
        personalFor: "Programme personnel de", direction: "ltr", language: "fr")
    case "ar":
      self.init(
        agenda: "جدول الأعمال", time: "الوقت", room: "القاعة", session: "الجلسة", speakers: "المتحدثون",
        moderators: "إدارة الجلسة", interpretation: "الترجمة الفورية", version: "الإصدار", draft: "مسودة لم تُنشر بعد", timesIn: "التوقيت المحلي",
        personalFor: "جدول أعمال شخصي لـ", direction: "rtl", language: "ar")
    default:
      self.init(
        agenda: "Agenda", time: "Time", room: "Room", session: "Session", speakers: "Speakers",
        moderators: "Moderators", interpretation: "Interpretation", version: "release", draft: "draft, not yet published", timesIn: "Times are local",
        personalFor: "Personal agenda of", direction: "ltr", language: "en")
    }
  }

  /// "release 2", or the draft's words when `release` is nil.
  public func edition(_ release: Int?) -> String { release.map { "\(version) \($0)" } ?? draft }

  init(
    agenda: String, time: String, room: String, session: String, speakers: String, moderators: String,
    interpretation: String, version: String, draft: String, timesIn: String, personalFor: String, direction: String,
    language: String
  ) {
    self.agenda = agenda
    self.time = time
    self.room = room
    self.session = session
    self.speakers = speakers
    self.moderators = moderators
    self.interpretation = interpretation
    self.version = version
    self.draft = draft
    self.timesIn = timesIn
    self.personalFor = personalFor
    self.direction = direction
    self.language = language
  }
}
