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

  init(_ incoming: Participant, into existing: Participant, answered: ImportFieldSet) {
    let names = ParticipantFields.names
    let cells = ParticipantFields.cells(existing)
    var fillable = answered
    for (index, name) in names.enumerated() where !cells[index].isEmpty {
      guard let field = ImportField(rawValue: name) else { continue }
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
}
