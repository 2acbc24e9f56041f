/// The names of workspace files that other modules read and write but that name participants
/// by id in a `participant` column, kept here so that the import, which must never give such
/// an id to someone else, sees them too.
public enum ParticipantRecordFiles {
  /// The answers to invitations (`rsvp.csv`, read by ConveneReleases).
  public static let rsvp = "rsvp.csv"
  /// The follow-up answers (`followup/followup.csv`, read by ConveneNetwork).
  public static let followup = "followup/followup.csv"
  /// The invitation ledger (`.convene/invitations.csv`, kept by ConveneCalendar).
  public static let invitations = ".convene/invitations.csv"
}
