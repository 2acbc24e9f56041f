/// The few words the registration import needs beyond the language table (`LanguagePack`,
/// which holds the column headers of form tools and meeting reports): values that stand for
/// no name, the markers of 12-hour clocks, the English month names Zoom writes in its reports
/// ("Mar 22, 2025 19:13:27"), and the header words of account and screen names. Kept in one
/// place so that they can move into the language table as they are.
/// Every word is compared after `folded` (lower case, no accents, punctuation dropped).
public enum FormToolWords {
  /// Answers that stand for no name or no address: Microsoft Forms writes "anonymous" in the
  /// respondent columns of a form anyone can answer.
  public static let placeholders: Set<String> = [
    "anonymous", "anonyme", "anonimo", "anonima", "unknown", "inconnu", "inconnue", "none", "null",
    "nil", "na", "n a", "test", "x", "xx", "xxx", "no name", "sans nom",
  ]

  /// The markers of a morning time on a 12-hour clock (`a.m.` folds to `am`; `ص` is Arabic's).
  public static let morning: Set<String> = ["am", "a m", "ص", "صباحا"]
  /// The markers of an afternoon or evening time (`م` is Arabic's).
  public static let afternoon: Set<String> = ["pm", "p m", "م", "مساء"]

  /// English month names and their abbreviations, January first.
  public static let months: [[String]] = [
    ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
    ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"],
    ["october", "oct"], ["november", "nov"], ["december", "dec"],
  ]

  /// Header words of columns that hold an account's or a screen's name rather than the name a
  /// person gives (Zoom's "User Name (Original Name)", a display name): such a column is a name
  /// of last resort.
  public static let accountNames: [String] = ["user name", "display name", "original name", "screen name"]

  /// Approvals of a registration that mean the person is not coming (`LanguagePack.Values.
  /// declined`): Zoom's `denied`, a registration cancelled, KoboToolbox's not approved. `pending`
  /// is not among them: the person registered, and convene's own statuses take it from there.
  public static let declinedApprovals = Set(LanguagePack.words(\.values.declined).map(\.folded))

  /// True for a status that declines the registration: one of `declinedApprovals`, alone or
  /// starting a longer status (`Cancelled by participant`, `Withdrawn - travel`).
  public static func isDeclined(_ status: String) -> Bool {
    let key = status.folded
    if declinedApprovals.contains(key) { return true }
    var prefix = ""
    for word in key.split(separator: " ").prefix(maximumDeclinedWords) {
      prefix += prefix.isEmpty ? word : " " + word
      if declinedApprovals.contains(prefix) { return true }
    }
    return false
  }

  /// The most words a declined status of the table has.
  static let maximumDeclinedWords = declinedApprovals.map { $0.split(separator: " ").count }.max() ?? 1

  /// The roles meeting tools write of each attendee (Microsoft Teams' `Role` column:
  /// `Organizer`, `Presenter`, `Attendee`, in the languages of the network): a column of them
  /// is no job title.
  public static let meetingRoles: Set<String> = [
    "organizer", "organiser", "co organizer", "co organiser", "presenter", "attendee", "producer", "panelist",
    "host", "co host", "organisateur", "coorganisateur", "co organisateur", "presentateur", "participant",
    "organizador", "coorganizador", "co organizador", "presentador", "asistente", "apresentador", "participante",
    "منظم", "المنظم", "مقدم", "مقدم العرض", "حاضر", "مشارك", "الحضور",
  ]
}
