extension IndicatorDefinition {
  /// True when the indicator is computed for the whole event only (a count of places, per
  /// session, per answer), not broken down by participant fields.
  public func isWholeEventOnly(_ questions: (String) -> Question?) -> Bool {
    switch measure {
    case .cities, .countries, .sessionAttendance, .distribution: true
    case .mean: question.flatMap(questions)?.perSession == true
    default: false
    }
  }

  /// What is wrong with this indicator over `questions` (its question by id): a per-session
  /// question outside a mean, a field listed twice in its breakdowns, a change of a question
  /// with itself, a mean or change of a question that is not a scale, a Net Promoter Score of
  /// one that is not 0-10, a distribution of free text, a share of answers the question cannot
  /// have. Each as the indicator's field and a sentence; none when it measures what it says.
  public func mismatches(_ questions: (String) -> Question?) -> [(field: String, message: String)] {
    var found: [(field: String, message: String)] = []
    func read(_ id: String?) -> Question? { id.flatMap(questions) }
    if measure != .mean {
      for (field, id) in [("question", question), ("before", before), ("after", after)] {
        if let asked = read(id), asked.perSession {
          found.append((field, "\"\(asked.id)\" is asked per session: only a mean reads it"))
        }
      }
    }
    var seen: Set<String> = []
    for field in disaggregations where !seen.insert(field).inserted {
      found.append(("disaggregate_by", "\"\(field)\" is listed twice"))
    }
    if measure == .change, let before, before == after {
      found.append(("after", "\"\(before)\" is also the question before: a change compares two questions"))
    }
    switch measure {
    case .mean, .change:
      let fields = measure == .mean ? [("question", question)] : [("before", before), ("after", after)]
      for (field, id) in fields {
        if let asked = read(id), asked.kind != .scale {
          found.append((field, "\"\(asked.id)\" is a \(asked.kind.rawValue) question: a \(measure.rawValue) reads a scale"))
        }
      }
    case .nps:
      if let asked = read(question), asked.kind != .scale || asked.minimum != 0 || asked.maximum != 10 {
        found.append(
          ("question", "\"\(asked.id)\" is not a 0-10 scale: a Net Promoter Score reads answers from 0 to 10"))
      }
    case .distribution:
      if let asked = read(question), asked.kind == .text {
        found.append(("question", "\"\(asked.id)\" is a text question: a distribution counts scale or choice answers"))
      }
    case .share:
      guard let asked = read(question) else { break }
      switch asked.kind {
      case .text:
        found.append(("question", "\"\(asked.id)\" is a text question: a share counts scale or choice answers"))
      case .scale:
        for answer in answers where Int(answer).map({ !(asked.minimum...asked.maximum).contains($0) }) ?? true {
          found.append(
            ("answers", "\"\(answer)\" is not an answer of \"\(asked.id)\" (a whole number from \(asked.minimum) to \(asked.maximum))"))
        }
      case .choice:
        // A category question without options takes the event's categories, known elsewhere.
        guard !asked.options.isEmpty else { break }
        for answer in answers where !asked.options.contains(where: { $0.id == answer }) {
          found.append(
            ("answers", "\"\(answer)\" is not an answer of \"\(asked.id)\" (\(asked.options.map(\.id).joined(separator: ", ")))"))
        }
      }
    default: break
    }
    return found
  }
}
