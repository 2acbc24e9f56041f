/// Chooses the legacy code page of a file that is not UTF-8 by plausibility over the whole
/// file: every candidate that assigns a character to every byte present is scored on the
/// file's distinct words (`WordSample`, `WordJudge`), each word counted as often as it occurs.
///
/// A Latin-script word scores 1 when the file's main language (the language whose letters
/// the most words use) explains its accented letters, `secondaryLanguage` when only another
/// language does, 0 when none does. Candidates that read every byte of the file the same are
/// one reading.
/// The best reading wins when it leads every other by at least `closeMargin` per word the two
/// read differently. Otherwise the code page of one of the event's languages settles it: the
/// best reading when it is that code page and no other close one is, or the only close reading
/// that is, when the best leads it by less than `tieMargin` (a tie) — but never between code
/// pages made for the same languages (Windows-1256 and ISO-8859-6), which the event's
/// languages cannot tell apart, and never for a reading that its language would not spell
/// (Arabic script that is not Arabic words) or against capitals only (`mayPrefer`);
/// otherwise the choice is refused, offering every close reading.
enum EncodingDetector {
  /// The lead, per word read differently, below which two readings are too close to call.
  static let closeMargin = 0.25
  /// The lead below which two readings are as good as each other.
  static let tieMargin = 0.1
  /// The score of a Latin-script word whose accented letters only a language other than the
  /// file's main one uses.
  static let secondaryLanguage = 0.3
  /// The mean word score below which no reading is believed at all.
  static let minimumQuality = 0.5

  /// How a file was judged.
  enum Outcome {
    case chosen(SourceEncoding, DecodedText.Choice)
    /// The readings too close to call, the best first.
    case ambiguous([SourceEncoding])
    case unreadable
  }

  /// One candidate's reading, scored.
  struct Reading {
    let table: CodePageTable
    /// The other candidates that read the file identically.
    var equivalents: [SourceEncoding] = []
    /// Per distinct word: the sum of its scores, and how many words were judged in it.
    var scores: [Double] = []
    var units: [Int] = []
    /// Occurrence-weighted sums.
    var total = 0.0
    var judged = 0.0

    var encodings: [SourceEncoding] { [table.encoding] + equivalents }  }

  /// The candidates' verdict, then the chosen reading weighed against CP850 (never guessed):
  /// a file CP850 reads about as well is a close call between the two.
  static func detect(_ bytes: [UInt8], preferring preferred: [SourceEncoding], stop: ReadingStop = .never) -> Outcome {
    let sample = WordSample(bytes, stop: stop)
    if stop.isRequested { return .unreadable }
    let readings = candidates(for: sample, preferring: preferred).map { score($0, sample: sample) }
      .sorted { $0.total > $1.total }
    let outcome = windowsReading(
      instead: choose(readings, bytes: bytes, sample: sample, preferring: preferred), readings: readings, sample: sample)
    // A close call between readings that one not tried reads clearly better (Mac Cyrillic in an
    // event without a Cyrillic language, between Windows-1251 and RK1048): it is offered first.
    if case .ambiguous(let encodings) = outcome, let first = encodings.first.flatMap(CodePageTable.of),
      let better = betterReading(in: sample, than: first), !encodings.contains(better.encoding)
    {
      return .ambiguous([better.encoding] + encodings)
    }
    guard case .chosen(let encoding, _) = outcome,
      let chosen = readings.first(where: { $0.table.encoding == encoding }),
      let dos = closeDOSReading(to: chosen, sample: sample)
    else { return outcome }
    return .ambiguous([encoding, dos.table.encoding])
  }

  /// The reading chosen among the candidates, best first, or the close ones when none can be.
  static func choose(
    _ readings: [Reading], bytes: [UInt8], sample: WordSample, preferring preferred: [SourceEncoding]
  ) -> Outcome {
    guard let best = readings.first else { return .unreadable }
    if best.judged > 0 && best.total / best.judged < minimumQuality { return .unreadable }
    let close = readings.dropFirst().filter {
      lead(of: best, over: $0, sample: sample) < closeMargin
    }
    guard let rival = close.first else {
      return .chosen(
        best.table.encoding, .plausibility(runnerUp: readings.dropFirst().first?.table.encoding))
    }
    let contenders = [best] + close
    switch CodePageEvidence.countryVerdict(contenders, groups: CodePageEvidence.countryGroups(in: bytes), sample: sample) {
    case .choose(let choice):
      let other = contenders.first { $0.table.encoding != choice.table.encoding }!
      return .chosen(choice.table.encoding, .countries(over: other.table.encoding))
    case .refuse: return .ambiguous(contenders.map(\.table.encoding))
    case nil: break
    }
    // A reading in any code page of the event's languages is preferred; two of them (Windows-
    // 1256 and ISO-8859-6 in an Arabic event) are refused: a language does not tell its own
    // code pages apart.
    let groups = Set(preferred.compactMap(\.languageGroup))
    let preferredReadings = contenders.filter {
      !Set($0.encodings).isDisjoint(with: preferred) || !groups.isDisjoint(with: $0.encodings.compactMap(\.languageGroup))
    }
    if preferredReadings.count == 1, let choice = preferredReadings.first,
      case let others = contenders.filter({ $0.table.encoding != choice.table.encoding }),
      mayPrefer(choice, over: others, sample: sample),
      CodePageEvidence.speaksHomeLanguage(
        choice.table, encodings: choice.encodings.filter { preferred.contains($0) || $0.languageGroup.map(groups.contains) == true },
        over: others.map(\.table), sample: sample)
    {
      if choice.table.encoding == best.table.encoding {
        return .chosen(best.table.encoding, .eventLanguage(over: rival.table.encoding))
      }
      if lead(of: best, over: choice, sample: sample) < tieMargin {
        return .chosen(choice.table.encoding, .eventLanguage(over: best.table.encoding))
      }
    }
    return .ambiguous(contenders.map(\.table.encoding))
  }

  /// The Windows code page of the same languages when an ISO one was chosen (ISO-8859-2 for
  /// Windows-1250) and the Windows one misreads no word the two read differently: a file of
  /// Polish and Czech names in Windows-1250 reads `Wąsowicz` as `Wšsowicz` in ISO-8859-2, a
  /// Czech word, which wins when most names are Czech; a Czech file in ISO-8859-2 reads
  /// `Tomáš` as `Tomáą` and `Žofie` as `®ofie` in Windows-1250, words no language writes.
  static func windowsReading(instead outcome: Outcome, readings: [Reading], sample: WordSample) -> Outcome {
    guard case .chosen(let encoding, _) = outcome, let windows = encoding.windowsCounterpart,
      let iso = readings.first(where: { $0.table.encoding == encoding }),
      let counterpart = readings.first(where: { $0.encodings.contains(windows) }),
      !misreads(counterpart, where: iso, sample: sample)
    else { return outcome }
    return .chosen(counterpart.table.encoding, .plausibility(runnerUp: encoding))
  }

  /// True when `reading` reads a word that `other` reads differently as no language's word
  /// (a score below `secondaryLanguage`'s), or with a symbol where `other` reads a letter.
  static func misreads(_ reading: Reading, where other: Reading, sample: WordSample) -> Bool {
    let differs = (0..<256).map { reading.table.scalars[$0] != other.table.scalars[$0] }
    for (index, word) in sample.words.enumerated() where word.contains(where: { differs[Int($0)] }) {
      if reading.scores[index] < secondaryLanguage * Double(reading.units[index]) - 1e-9 { return true }
      if word.contains(where: {
        reading.table.traits[Int($0)].kind == .symbol && other.table.traits[Int($0)].kind == .letter
      }) {
        return true
      }
    }
    return false
  }

  /// Code pages convene does not guess, which a file that no candidate reads may be in: the
  /// DOS and Unix Cyrillic ones (Russian Excel's "CSV (MS-DOS)" is CP866), the Western DOS one
  /// of Excel's "CSV (MS-DOS)" and its Portuguese, Canadian French and Nordic variants
  /// (`dosVariants`), which an older machine writes.
  static let otherCodePages: [CodePageTable] = (["CP866", "KOI8-R", "ISO-8859-5", "CP850"] + dosVariants).map {
    CodePageTable(SourceEncoding($0, iconv: $0, form: .iconv))
  }

  /// The MS-DOS code pages besides CP850 that read most letters as it does (`João` in CP860
  /// is `Joäo` in CP850): which of them a file is in, words alone do not tell.
  static let dosVariants = ["CP860", "CP863", "CP865"]

  /// True when `table` is one of `dosVariants` and reads a byte of the file beyond ASCII as
  /// no letter: the judge reads `Mar´a` as words, a variant is offered only where it reads
  /// letters (Spanish `í` in CP850 is `´` in CP863).
  static func isVariantReadingSymbols(_ table: CodePageTable, _ sample: WordSample) -> Bool {
    dosVariants.contains(table.encoding.name)
      && (0x80..<256).contains { sample.present[$0] && table.traits[$0].kind != .letter }
  }

  /// Excel's "CSV (MS-DOS)" code page, never guessed but weighed against the reading chosen.
  static let dosCodePage = otherCodePages.first { $0.encoding.name == "CP850" }!

  /// CP850's reading when it reads the file as words about as well as `best` (`Noël` saved
  /// as CP850 reads `Noâl` in Mac Roman): the file is then a close call, not `best`'s.
  static func closeDOSReading(to best: Reading, sample: WordSample) -> Reading? {
    guard !reads(dosCodePage, like: best.table, sample), let dos = wordsReading(dosCodePage, sample: sample),
      lead(of: best, over: dos, sample: sample) < closeMargin
    else { return nil }
    return dos
  }

  /// `table`'s reading of `sample` when it has a character for every byte the file holds and
  /// reads its words at least as well as `minimumQuality`; nil otherwise.
  static func wordsReading(_ table: CodePageTable, sample: WordSample) -> Reading? {
    guard (0..<256).allSatisfy({ !sample.present[$0] || table.scalars[$0] != nil }) else { return nil }
    let reading = score(Reading(table: table), sample: sample)
    guard reading.judged > 0, reading.total / reading.judged >= minimumQuality else { return nil }
    return reading
  }

  /// The MS-DOS variants (`dosVariants`) that read `bytes` as words and otherwise than CP850,
  /// each with the first line the two read differently.
  static func dosVariantsReading(_ bytes: [UInt8]) -> [(table: CodePageTable, line: Int)] {
    let sample = WordSample(bytes)
    return otherCodePages.filter { dosVariants.contains($0.encoding.name) }.compactMap { table in
      guard !reads(table, like: dosCodePage, sample), !isVariantReadingSymbols(table, sample),
        wordsReading(table, sample: sample) != nil
      else { return nil }
      return (table, firstDifference(in: bytes, between: dosCodePage, and: table))
    }
  }

  /// The hint of a refusal when no candidate reads the file: the code pages of
  /// `otherCodePages` that read it as words, or Excel's "CSV (MS-DOS)" when none does.
  static func otherCodePagesHint(_ bytes: [UInt8]) -> String {
    let sample = WordSample(bytes)
    let plausible = otherCodePages.filter { table in
      !isVariantReadingSymbols(table, sample) && wordsReading(table, sample: sample) != nil
    }
    guard !plausible.isEmpty else { return "(Excel's \"CSV (MS-DOS)\" is --encoding CP850)" }
    // Code pages that read the file alike are one reading, named by the first.
    var readings: [CodePageTable] = []
    for table in plausible where !readings.contains(where: { reads($0, like: table, sample) }) {
      readings.append(table)
    }
    let names = readings.map(\.encoding.name)
    let dos = names.filter { $0 == dosCodePage.encoding.name || dosVariants.contains($0) }
    if dos.count > 1 {
      return "(it reads as words in \(names.joined(separator: " and ")); \(dos.joined(separator: " and ")) are MS-DOS "
        + "code pages whose variant convene cannot tell from the words: import with --dry-run under --encoding "
        + "\(dos.joined(separator: " or --encoding ")) and keep the one whose names read right)"
    }
    return "(it reads as words in \(names.joined(separator: " and ")): try --encoding \(names[0]))"
  }

  /// Whether the event's language may settle a close call for `choice`: only when it reads
  /// every word the way its language spells words (Arabic script as Arabic, see
  /// `ArabicSpelling`), and when no other close reading reads the words the two read
  /// differently as capitals only, while `choice` reads them in a script without capitals
  /// (a file of capitals gives no evidence of case that could tell Cyrillic from Arabic).
  static func mayPrefer(_ choice: Reading, over others: [Reading], sample: WordSample) -> Bool {
    if choice.encodings.contains(where: { $0.languageGroup == "Arabic" }) {
      for word in sample.words
      where !ArabicSpelling.isPlausible(word.compactMap { choice.table.scalars[Int($0)] }) {
        return false
      }
    }
    return !others.contains { other in
      let differing = sample.words.filter { word in
        word.contains { choice.table.scalars[Int($0)] != other.table.scalars[Int($0)] }
      }
      guard !differing.isEmpty else { return false }
      return differing.allSatisfy { isCapitalsOnly($0, in: other.table, against: choice.table) }
        || differing.allSatisfy { isCapitalsOnly($0, in: choice.table, against: other.table) }
          && !other.encodings.contains { $0.languageGroup == "Arabic" && !readsAsArabic(differing, other.table) }
    }
  }

  /// True when `table` reads `word` in capitals only, and `caseless` in a script without
  /// capitals: the word gives no evidence of case that could tell the two apart.
  static func isCapitalsOnly(_ word: ArraySlice<UInt8>, in table: CodePageTable, against caseless: CodePageTable)
    -> Bool
  {
    !word.contains { caseless.traits[Int($0)].isCased } && word.contains { table.traits[Int($0)].isUppercase }
      && !word.contains { table.traits[Int($0)].isLowercase }
  }

  /// True when `table` reads every word as Arabic spells words (`ArabicSpelling`).
  static func readsAsArabic(_ words: [ArraySlice<UInt8>], _ table: CodePageTable) -> Bool {
    words.allSatisfy { word in ArabicSpelling.isPlausible(word.compactMap { table.scalars[Int($0)] }) }
  }

  /// The legacy code pages that assign a character to every byte of the file, one per group
  /// of code pages that read the file identically (named by the first in
  /// `SourceEncoding.legacyCodePages`); an occasional code page only when `preferred` holds it,
  /// or, for RK1048, when Windows-1251 reads a word as no language writes it (`Јйгерім`).
  static func candidates(for sample: WordSample, preferring preferred: [SourceEncoding] = []) -> [Reading] {
    var readings: [Reading] = []
    let kazakhLetters = mayBeKazakh(sample)
    for table in CodePageTable.legacy
    where !SourceEncoding.occasionalCodePages.contains(table.encoding) || preferred.contains(table.encoding)
      || (table.encoding == .rk1048 && kazakhLetters)
    {
      guard (0..<256).allSatisfy({ !sample.present[$0] || table.scalars[$0] != nil }) else {
        continue
      }
      // ISO-8859-7 reads Western accented letters as quotation marks (`Direcci’n` for a CP850
      // `Dirección`), which pass for apostrophes: it is a reading only where it reads Greek.
      if table.encoding == .isoGreek
        && !(0x80..<256).contains(where: { sample.present[$0] && table.traits[$0].script == .greek })
      {
        continue
      }
      if let same = readings.firstIndex(where: { reads($0.table, like: table, sample) }) {
        readings[same].equivalents.append(table.encoding)
      } else {
        readings.append(Reading(table: table))
      }
    }
    return readings
  }

  /// True when Windows-1251 reads some word of the sample with letters of no one language
  /// it is made for (`CyrillicAlphabets`): the word may be Kazakh in RK1048.
  static func mayBeKazakh(_ sample: WordSample) -> Bool {
    guard windows1251Languages.count == 256 else { return false }
    return sample.words.contains { !CyrillicAlphabets.fitsOneLanguage($0, windows1251Languages) }
  }

  /// The languages of each Windows-1251 letter (`CyrillicAlphabets.languages(of:)`).
  static let windows1251Languages = CyrillicAlphabets.languages(
    of: CodePageTable.legacy.first { $0.encoding == .windows1251 }?.scalars ?? [])

  static func reads(_ first: CodePageTable, like second: CodePageTable, _ sample: WordSample)
    -> Bool
  {
    (0..<256).allSatisfy { !sample.present[$0] || first.scalars[$0] == second.scalars[$0] }
  }

  /// Scores every distinct word of the sample under the reading.
  static func score(_ reading: Reading, sample: WordSample) -> Reading {
    var reading = reading
    let judgements = sample.words.map { WordJudge.judge($0, traits: reading.table.traits) }
    let main = mainLanguage(judgements, counts: sample.counts)
    reading.scores = judgements.map { judgement in
      judgement.latin.reduce(judgement.fixed) { sum, word in
        sum + word.share
          * (word.languages == 0 ? 0 : word.languages & main != 0 ? 1 : secondaryLanguage)
      }
    }
    reading.units = judgements.map(\.units)
    for (index, word) in sample.words.enumerated() where CodePageEvidence.misplacesLetters(word, table: reading.table) {
      reading.scores[index] = min(reading.scores[index], 0)
    }
    for index in sample.words.indices {
      let count = Double(sample.counts[index])
      reading.total += count * reading.scores[index]
      reading.judged += count * Double(reading.units[index])
    }
    return reading
  }

  /// The bit of the Latin-script language whose letters the most words use (0 when none).
  static func mainLanguage(_ judgements: [WordJudgement], counts: [Int]) -> UInt64 {
    var votes = [Int](repeating: 0, count: LatinAlphabets.languages.count)
    for (index, judgement) in judgements.enumerated() {
      for word in judgement.latin {
        var remaining = word.languages
        while remaining != 0 {
          let bit = remaining.trailingZeroBitCount
          if bit < votes.count { votes[bit] += counts[index] }
          remaining &= remaining - 1
        }
      }
    }
    guard let top = votes.indices.max(by: { votes[$0] < votes[$1] }), votes[top] > 0 else {
      return 0
    }
    return 1 << UInt64(top)
  }

  /// How far `best` leads `other`: the difference of their scores over the whole file (the
  /// main language can change the score of words both read the same), per word the two read
  /// differently.
  static func lead(of best: Reading, over other: Reading, sample: WordSample) -> Double {
    let differs = (0..<256).map { best.table.scalars[$0] != other.table.scalars[$0] }
    var weight = 0.0
    for (index, word) in sample.words.enumerated() where word.contains(where: { differs[Int($0)] })
    {
      weight += Double(sample.counts[index] * max(best.units[index], other.units[index]))
    }
    return weight == 0 ? 0 : (best.total - other.total) / weight
  }

  /// The code page that reads `bytes` clearly better than `given` does, when one does: the
  /// best of every code page convene knows (those it guesses, the occasional ones, and those a
  /// refusal names: KOI8-R, CP866, CP850), believed (`minimumQuality`), reading the file
  /// otherwise and leading `given` by at least `closeMargin` per word the two read
  /// differently. A code page named by hand is held to what detection would have seen:
  /// `--encoding windows-1252` on an Arabic file reads every name as `ÃÍãÏ`, `--encoding
  /// cp1251` on a KOI8-R one `пМШЗБ`.
  static func betterReading(of bytes: [UInt8], than given: CodePageTable) -> CodePageTable? {
    betterReading(in: WordSample(bytes), than: given)
  }

  /// `betterReading(of:than:)` for a file whose words are `sample`.
  static func betterReading(in sample: WordSample, than given: CodePageTable) -> CodePageTable? {
    let tables = (CodePageTable.legacy + otherCodePages).filter { table in
      (0..<256).allSatisfy { !sample.present[$0] || table.scalars[$0] != nil }
    }
    guard
      let best = tables.map({ score(Reading(table: $0), sample: sample) }).max(by: { $0.total < $1.total }),
      best.judged > 0, best.total / best.judged >= minimumQuality, !reads(best.table, like: given, sample)
    else { return nil }
    let mine = score(Reading(table: given), sample: sample)
    // Ahead by less, it is still better where the given one misreads a word it reads (Mac
    // Cyrillic's `Иван` is `€ван` in Windows-1251).
    let ahead =
      lead(of: best, over: mine, sample: sample) >= closeMargin
      || best.total > mine.total && misreads(mine, where: best, sample: sample)
    return ahead ? best.table : nil
  }

  /// The first line (1-based) holding a byte that `first` and `second` read differently.
  static func firstDifference(
    in bytes: [UInt8], between first: CodePageTable, and second: CodePageTable
  ) -> Int {
    let end = TextDecoder.lineBreak(of: bytes)
    var line = 1
    for byte in bytes {
      if byte == end { line += 1 }
      if first.scalars[Int(byte)] != second.scalars[Int(byte)] { return line }
    }
    return 1
  }
}
