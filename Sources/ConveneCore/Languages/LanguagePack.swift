/// Everything one language contributes to convene, declared in one file per language
/// (`English.swift`, `French.swift`, ...) and listed once in `LanguagePack.all`:
///
/// - `labels`: the fixed words of every output, by `section.key` (`agenda.time`,
///   `report.keyFigures`, `form.save`, `sheet.signature`, `email.invitation`); English has
///   every key and stands in for a key a language lacks.
/// - `headers`: the column headers that name each field, as form tools (Google Forms,
///   Microsoft Forms, KoboToolbox, Zoom) and spreadsheets write them in this language, by
///   meaning (the registration fields of `--map`, and the attendance and feedback columns).
/// - `values`: the answers people give — genders, age words, yes and no, stakeholder
///   groups, attendance marks, list words, language names.
///
/// Country and language names in every language are generated from Unicode CLDR by
/// `Scripts/generate-reference-data.py` into `Reference/`; the invitation text of each language
/// is `Templates/invitation/CODE.txt.mustache`. Every word is compared after `String.folded`.
public struct LanguagePack: Sendable {
  /// ISO 639-1 code.
  public let code: String
  /// The language's name in itself (`Español`).
  public let name: String
  /// The direction its text is written in.
  public let direction: TextDirection
  /// How its words change with a count.
  public let plurals: PluralRule
  /// Fixed words of the outputs, by `section.key`.
  public let labels: [String: String]
  /// Column header words by meaning (`email`, `first_name`, `timestamp`, `session`, ...).
  public let headers: [String: [String]]
  /// The word for "name" on its own (`Nom`, `Nombre`): beside a first-name column it is the
  /// family name, beside a family-name column the given name.
  public let bareNames: [String]
  /// The answers this language gives.
  public let values: Values

  /// The answers a language gives, by what convene stores for them.
  public struct Values: Sendable {
    /// Words for each stored gender (`woman`, `man`, `non-binary`, `other`, `prefer-not-to-say`).
    public var genders: [String: [String]]
    /// One-letter answers for each gender (`F`, `H`, `M`). A letter may stand for two genders
    /// (Spanish `M`: mujer or masculino); the other letters of the column decide
    /// (`DemographicValues.genderLetters`).
    public var genderLetters: [String: [String]]
    /// Words before or after an age that make it an upper limit (`under`, `moins de`, `أقل من`).
    public var under: [String]
    /// Words that make an age open-ended upwards (`and over`, `et plus`, `فأكثر`).
    public var over: [String]
    /// Words before an age that make it the highest one of its group (`up to 24`, `hasta 24
    /// años`, `jusqu'à 24 ans`, `حتى 24`: 24 included).
    public var upTo: [String]
    /// Words before an age that make it the youngest of an open group (`at least 60`, `à partir
    /// de 60 ans`, `a partir de 60`: 60 included).
    public var atLeast: [String]
    /// Words an age may stand with and mean nothing more (`years`, `ans`, `años`, `سنة`, `old`):
    /// any other word beside one age makes it no answer convene can read.
    public var ageWords: [String]
    /// Answers meaning yes (`oui`, `sí`, `sim`, `نعم`, `j'accepte`).
    public var yes: [String]
    /// Answers meaning no.
    public var no: [String]
    /// Courtesies that may follow a yes without limiting it (`please`, `bien sûr`): a consent
    /// with any other word after its yes is not read as yes (`DemographicValues.consent`).
    public var courtesies: [String]
    /// Words that join the last two items of a list (`and`, `et`, `y`, `e`).
    public var listWords: [String]
    /// Conjunctions written joined to the next word (Arabic `و`).
    public var listPrefixes: [String]
    /// Names of the network's default categories, by category id.
    public var categories: [String: [String]]
    /// Attendance marks meaning present.
    public var present: [String]
    /// Attendance marks meaning absent.
    public var absent: [String]
    /// Spellings of language names beyond CLDR's (`anglais`, `عربي`), by ISO 639-1 code.
    public var languageNames: [String: [String]]
    /// Parts of compound names written with or without a space: a word that joins the next
    /// (`عبد`, `أبو`: `عبد الله` is `عبدالله`) and one that joins the one before (`الدين`:
    /// `نور الدين` is `نورالدين`).
    public var nameJoinsNext: [String]
    public var nameJoinsPrevious: [String]
    /// A registration's status meaning the person is not coming (`denied`, `Annulé`,
    /// `ملغى`, KoboToolbox's `validation_status_not_approved`): the row is declined.
    public var declined: [String]
    /// Words of a registration's status meaning it stands or the person is coming (`approved`,
    /// `attending`, `vai`, `يحضر`); read with `negations`, see `RegistrationStatusWords`.
    public var attending: [String]
    /// Where the person stands at the door (`checked in`, `check-in effectué`), with or without
    /// a negation before it: a state every registrant is in before the event, which says
    /// nothing of the registration (`Not Checked In` is no refusal) and records no attendance.
    public var checkIn: [String]
    /// Words that reverse what the status words after them say (`not`, `ne`, `não`, `لن`).
    public var negations: [String]
    /// The second word of a negation written in two (`pas` after `ne`): counted once with the
    /// first, and as a negation of its own without it.
    public var negationEnds: [String]
    /// Words of a status saying the person is on a waiting list (`waitlisted`, `liste
    /// d'attente`, `قائمة الانتظار`): no place is held.
    public var waitlisted: [String]
    /// Words a status may hold that say nothing of it (articles, pronouns, `to`, `de`, the
    /// nouns `registration`, `order`): a status is read only when each of its words is a
    /// status word, a negation or one of these.
    public var statusFillers: [String]
    /// The marks a meeting tool writes in brackets after the name of someone from outside the
    /// organisation (Microsoft Teams' `(Guest)`, `(External)`, `(Invité)`): no part of the name.
    public var guestMarks: [String]
    /// Labels a form writes beside the lowest answers of a scale (`Very dissatisfied`, `Pas du
    /// tout utile`): an answer whose number is in the scale's upper half with one of these is
    /// refused, as the form's scale may run the other way.
    public var scaleLow: [String]
    /// Labels a form writes beside the highest answers of a scale (`Very satisfied`, `Très
    /// utile`), refused beside a number in the lower half.
    public var scaleHigh: [String]
    /// Words after a role that make the person someone around its holder (`Mayor's office`,
    /// `Maire, cabinet`, `Gabinete do prefeito`'s `gabinete` after the role), or the role's
    /// youth or children's counterpart (`Alcalde juvenil`, `Prefeito mirim`, `Maire junior`): no
    /// category of the holder's is read from such an answer (`CategoryMatcher`).
    public var entourage: [String]
    /// Words beside a role that say its holder no longer holds it (`former`, `ancien`, `سابق`):
    /// no category is read from such an answer either.
    public var formerly: [String]
    /// Other words for where a follow-up commitment stands than its labels, by status id
    /// (`in-progress`: `Em andamento`, `En cours de réalisation`), as people answer a form
    /// written in their own variety of the language.
    public var commitmentStatuses: [String: [String]]

    /// Creates the answers of a language.
    public init(
      genders: [String: [String]], genderLetters: [String: [String]] = [:], under: [String], over: [String], upTo: [String] = [], atLeast: [String] = [], ageWords: [String] = [],
      yes: [String], no: [String],
      courtesies: [String] = [], listWords: [String], listPrefixes: [String] = [], categories: [String: [String]],
      present: [String], absent: [String], declined: [String] = [], attending: [String] = [],
      checkIn: [String] = [], negations: [String] = [], negationEnds: [String] = [], waitlisted: [String] = [],
      statusFillers: [String] = [], guestMarks: [String] = [], scaleLow: [String] = [], scaleHigh: [String] = [],
      entourage: [String] = [], formerly: [String] = [], commitmentStatuses: [String: [String]] = [:],
      languageNames: [String: [String]],
      nameJoinsNext: [String] = [], nameJoinsPrevious: [String] = []
    ) {
      self.genders = genders
      self.formerly = formerly
      self.commitmentStatuses = commitmentStatuses
      self.genderLetters = genderLetters
      self.under = under
      self.over = over
      self.upTo = upTo
      self.atLeast = atLeast
      self.ageWords = ageWords
      self.yes = yes
      self.no = no
      self.courtesies = courtesies
      self.listWords = listWords
      self.listPrefixes = listPrefixes
      self.categories = categories
      self.present = present
      self.absent = absent
      self.languageNames = languageNames
      self.nameJoinsNext = nameJoinsNext
      self.nameJoinsPrevious = nameJoinsPrevious
      self.declined = declined
      self.attending = attending
      self.checkIn = checkIn
      self.negations = negations
      self.negationEnds = negationEnds
      self.waitlisted = waitlisted
      self.statusFillers = statusFillers
      self.guestMarks = guestMarks
      self.scaleLow = scaleLow
      self.scaleHigh = scaleHigh
      self.entourage = entourage
    }
  }

  /// Creates a language.
  public init(
    code: String, name: String, direction: TextDirection = .leftToRight, plurals: PluralRule = .oneForOne,
    labels: [String: String], headers: [String: [String]], bareNames: [String], values: Values
  ) {
    self.code = code
    self.name = name
    self.direction = direction
    self.plurals = plurals
    self.labels = labels
    self.headers = headers
    self.bareNames = bareNames
    self.values = values
  }
}

/// Which way a language's text runs.
public enum TextDirection: String, Sendable {
  case leftToRight = "ltr"
  case rightToLeft = "rtl"
}
