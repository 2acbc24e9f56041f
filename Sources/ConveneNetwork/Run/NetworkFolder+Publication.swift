import ConveneCore
import ConveneEvaluation
import ConveneWorkspace

extension NetworkFolder {
  /// The record of what the network reports published from the folder showed
  /// (`NetworkPublicationRecord`, empty when none was), which a new report is computed beside;
  /// an unreadable record is refused (it is what stands between the reports).
  public func publishedRecord() throws(CommandFailure) -> NetworkPublicationRecord {
    let bytes: [UInt8]?
    do {
      bytes = try fileSystem.contents(of: path(NetworkPublicationRecord.path))
    } catch {
      throw CommandFailure(error)
    }
    guard let bytes, !bytes.isEmpty else { return NetworkPublicationRecord() }
    do {
      return try NetworkPublicationRecord.read(utf8: bytes)
    } catch {
      throw CommandFailure(
        "\(NetworkPublicationRecord.path):\(error.line): \(error.reason); it records what the network reports published from this folder showed (restore it, or delete it only if no network report was ever shared)")
    }
  }

  /// What `report` counted of each person, hashed under `record`'s key (or one from `newKey`),
  /// for `recordPublication`, after refusing `report` when a cell it would show moved by fewer
  /// people than the threshold since any edition `record` (`publishedRecord`) kept, or when
  /// adding and subtracting it and published ones counts fewer people than the threshold in a
  /// population the network alone counts.
  public func checkAgainstPublished(
    _ report: NetworkReport, record: NetworkPublicationRecord, newKey: () -> String
  ) throws(CommandFailure) -> NetworkPublicationRecord.HashedLines {
    guard record.editions > 0 else { return record.hashedLines(of: report, newKey: newKey) }
    let editions = record.smallChanges(in: report)
    guard !editions.isEmpty else {
      let lines = record.hashedLines(of: report, newKey: newKey)
      let threshold = report.policy.threshold
      try Self.refuseCombinations(
        record.combinations(with: lines, threshold: threshold), threshold: threshold, record: record, report: report)
      return lines
    }
    let count = editions.reduce(0) { $0 + $1.cells.count }
    var shown = 0
    var lines: [String] = []
    for changes in editions {
      let last = changes.edition == record.editions ? ", the last" : ""
      lines.append("  since edition \(changes.edition) of \(record.editions) published\(last):")
      for cell in changes.cells.prefix(max(0, 10 - shown)) { lines.append("    \(cell)") }
      shown += min(changes.cells.count, max(0, 10 - shown))
    }
    throw CommandFailure(
      """
      \(count) cell\(count == 1 ? "" : "s") moved by fewer than \(report.policy.threshold) people since a network report already published from this folder, which anyone holding both could subtract; nothing was written:
      \(lines.joined(separator: "\n"))\(count > shown ? "\n  and \(count - shown) more" : "")
      Publish when more records have come in (or gone) since every published edition; delete \(NetworkPublicationRecord.path) only if no network report from this folder was ever shared.
      """)
  }

  /// Fails, naming each population, the sum of editions, how many people it counts and the
  /// editions it weighs, when `combinations` holds any; and the member cities whose people who
  /// took part `report` counts otherwise than the last edition showed, which a change of
  /// `cities.csv` moves.
  static func refuseCombinations(
    _ combinations: [EditionCombination], threshold: Int, record: NetworkPublicationRecord, report: NetworkReport? = nil
  ) throws(CommandFailure) {
    guard !combinations.isEmpty else { return }
    let new = record.editions + 1
    var lines = combinations.sorted { $0.population < $1.population }.map {
      $0.refusalLine(newEdition: new, threshold: threshold)
        + ($0.population.hasSuffix(" " + NetworkDisclosure.tookPart)
          ? " (who took part, by member city as cities.csv places them)" : "")
    }
    let years = Set(combinations.compactMap { Int($0.population.prefix { $0 != " " }) }).sorted()
    for year in years {
      let moved = report.map { record.movedCities(year: year, in: $0) } ?? []
      guard !moved.isEmpty else { continue }
      lines.append("  who took part in \(year), by city, since the last edition (cities.csv, or the events' records, moved them):")
      lines += moved.prefix(10).map { "    \($0)" }
    }
    let weighed = Set(combinations.flatMap(\.weights.keys)).subtracting([new]).sorted()
    let names = weighed.map { "edition \($0)\($0 == record.editions ? " (the last)" : "")" }.joined(separator: ", ")
    throw CommandFailure(
      """
      Adding and subtracting network reports already published from this folder (\(names) of \(record.editions)) and this one would single out fewer than \(threshold) people the network alone counts; that sum of the reports' figures would be their follow-ups, commitments or cities; nothing was written:
      \(lines.joined(separator: "\n"))
      Publish when more records have come in (or gone) so that every such sum counts \(threshold) people or more; delete \(NetworkPublicationRecord.path) only if no network report from this folder was ever shared.
      """)
  }

  /// The record to keep once `report` is published (`recordPublication`): what it showed, and
  /// the people it counted, beside what `published` kept, after the refusals of
  /// `checkAgainstPublished`.
  public func publication(
    of report: NetworkReport, after published: NetworkPublicationRecord, newKey: () -> String
  ) throws(CommandFailure) -> String {
    let lines = try checkAgainstPublished(report, record: published, newKey: newKey)
    return published.adding(report, lines: lines).json
  }

  /// Adds `record` (`publication`) to the change that writes the report, to be kept for the
  /// next report to be checked against.
  public func recordPublication(_ record: String, in commit: inout FileCommit) throws(WorkspaceError) {
    try fileSystem.createDirectory(path(".convene"))
    commit.add(record, to: path(NetworkPublicationRecord.path), on: fileSystem)
  }
}
