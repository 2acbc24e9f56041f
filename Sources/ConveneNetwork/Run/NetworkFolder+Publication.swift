import ConveneCore
import ConveneWorkspace

extension NetworkFolder {
  /// Refuses `report` when a cell it would show moved by fewer people than the threshold since
  /// the last network report (`NetworkPublicationRecord`); an unreadable record is refused too
  /// (it is what stands between the two reports).
  public func checkAgainstLastPublication(_ report: NetworkReport) throws(CommandFailure) {
    let path = path(NetworkPublicationRecord.path)
    let bytes: [UInt8]?
    do {
      bytes = try fileSystem.contents(of: path)
    } catch {
      throw CommandFailure(error)
    }
    guard let bytes, !bytes.isEmpty else { return }
    let record: NetworkPublicationRecord
    do {
      record = try NetworkPublicationRecord.read(String(decoding: bytes, as: UTF8.self))
    } catch {
      throw CommandFailure(
        "\(NetworkPublicationRecord.path):\(error.line): \(error.reason); it records what the last network report showed (restore it, or delete it only if no network report was ever shared)")
    }
    let changes = record.smallChanges(in: report)
    guard changes.isEmpty else {
      let shown = changes.prefix(10).map { "  \($0)" }.joined(separator: "\n")
      let more = changes.count > 10 ? "\n  and \(changes.count - 10) more" : ""
      throw CommandFailure(
        """
        \(changes.count) cell\(changes.count == 1 ? "" : "s") moved by fewer than \(report.policy.threshold) people since the last network report, which anyone holding both could subtract; nothing was written:
        \(shown)\(more)
        Publish when more records have come in (or gone); delete \(NetworkPublicationRecord.path) only if the last report was never shared.
        """)
    }
  }

  /// Records what `report` showed, for the next report to be checked against.
  public func recordPublication(_ report: NetworkReport) throws(WorkspaceError) {
    try fileSystem.createDirectory(path(".convene"))
    try fileSystem.write(NetworkPublicationRecord(report).json, to: path(NetworkPublicationRecord.path))
  }
}
