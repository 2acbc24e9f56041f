import ConveneCore

extension DisclosureControl {
  /// Hides what several shares of one question published together need, or one share beside
  /// the whole event's answers to its question (`ShareSuppression`):
  /// the shares hidden whole join `whole`, and the groups whose values of the other shares are
  /// hidden are set in `chooser`'s pattern, one set per field for every share of the question.
  /// `earlier` holds the shares published by earlier reports of the same records.
  static func protectShares(
    _ cells: [IndicatorValue], tables: Tables, whole: inout Set<String>,
    chooser: inout PatternChooser,
    earlier: Set<String>, answersShown: (String) -> Bool
  ) {
    let shares = ShareSuppression(cells, earlier: earlier, threshold: chooser.threshold)
    for question in shares.questions(answersShown: answersShown) {
      let answered = Population.answered(question)
      guard !whole.contains(answered) else { continue }
      let published = answersShown(question)
      if !published { whole.formUnion(shares.hiddenWhole(question, already: whole)) }
      let shown = shares.current[question, default: []].filter { !whole.contains($0) }
      guard !shown.isEmpty, published || shares.cut(question, shown).count > 1 else { continue }
      for field in chooser.fields where chooser.omitted[answered]?.contains(field) != true {
        let present = shown.filter { tables.counts[$0]?[field] != nil }
        guard !present.isEmpty, let counts = tables.counts[answered]?[field] else { continue }
        let countHidden = chooser.pattern.groups(answered, field)
        let base = present.reduce(countHidden) { $0.union(chooser.pattern.groups($1, field)) }
        let hidden = shares.hiddenGroups(
          question, shown: shown, field: field,
          groups: Set(counts.keys).union(base).sorted {
            IndicatorCalculator.groupOrder(field, $0, $1)
          },
          base: base, capacity: counts.filter { !countHidden.contains($0.key) },
          // Countries within the regions whose shares are shown (set for the region first).
          residual: chooser.residual, nesting: chooser.nesting(field, present[0]))
        for share in present { chooser.pattern.hidden[share, default: [:]][field] = hidden }
      }
    }
  }

  /// True when the whole event's answers to `question` are published among `cells` (its
  /// distribution, once enough people answered and as earlier reports published it).
  static func answersPublished(
    _ question: String, cells: [IndicatorValue], tables: Tables, policy: DisclosurePolicy,
    earlier: Pattern
  ) -> Bool {
    let answers = cells.filter {
      $0.disaggregation == "answer" && Population.answerQuestion($0.population) == question
    }
    return !answers.isEmpty
      && (tables.totals[Population.answered(question)] ?? 0) >= policy.respondentsForAnswers
      && !answers.contains { earlier.hidesWhole($0.population) }
  }

  /// The shares whose value `published` shows somewhere (numerator populations), for later
  /// reports of the same records to cut the same question's answers with them.
  static func shownShares(_ published: [PublishedValue]) -> Set<String> {
    Set(
      published.compactMap { cell in
        guard cell.suppression == nil, cell.value.answerCounts != nil,
          let population = cell.value.numeratorPopulation,
          Population.answerQuestion(population) != nil
        else { return nil }
        return population
      })
  }
}
