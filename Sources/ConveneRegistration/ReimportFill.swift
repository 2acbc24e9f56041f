import ConveneCore

/// A re-import's row laid over a person already registered, without `--update`: a form's
/// export is cumulative (Google Forms and KoboToolbox export every response each time), so
/// the same old answers come back at every import, and where participants.csv holds another
/// value the organiser may have corrected it (`Awa Ndiay` → `Awa Ndiaye`). The row fills the
/// person's empty fields only; the others it answers differently are listed, not applied.
/// A withdrawn consent (`publish_name` no) is always applied: it must never wait.
struct ReimportFill {
  /// The person with the empty fields filled.
  var merged: Participant
  /// The fields the row answers otherwise than participants.csv, not applied.
  var differences: [ImportReport.NotApplied.Difference]

  /// Lays `incoming` over `existing`; the fields that may be filled are those `answered`
  /// that were empty before this import (`filledBefore` says which held a value in
  /// participants.csv): a field an earlier row of the same file filled is filled again by a
  /// later row (a re-submission replaces the earlier answers).
  init(_ incoming: Participant, into existing: Participant, filledBefore: ImportFieldSet, answered: ImportFieldSet) {
    let names = ParticipantFields.names
    var fillable = answered
    for name in names {
      guard let field = ImportField(rawValue: name), filledBefore.contains(field) else { continue }
      if field == .publishName && !incoming.publishName { continue }
      fillable.remove(field)
    }
    merged = RegistrationImport.merge(incoming, into: existing, answered: fillable)
    let updated = RegistrationImport.merge(incoming, into: existing, answered: answered)
    let filled = ParticipantFields.cells(merged), export = ParticipantFields.cells(updated)
    differences = names.indices.filter { filled[$0] != export[$0] }.map {
      .init(field: names[$0], kept: filled[$0], export: export[$0])
    }
  }

  /// The fields of `participant` that hold a value.
  static func filledFields(of participant: Participant) -> ImportFieldSet {
    var filled = ImportFieldSet()
    for (name, cell) in zip(ParticipantFields.names, ParticipantFields.cells(participant)) where !cell.isEmpty {
      if let field = ImportField(rawValue: name) { filled.insert(field) }
    }
    return filled
  }
}
