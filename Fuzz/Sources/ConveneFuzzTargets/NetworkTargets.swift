import ConveneCore
import ConveneEvaluation
import ConveneNetwork
import ConveneReports
import ConveneWorkspace
import Foundation

/// The network example (`Examples/network/` over the three example events) read once, for the
/// targets of the network folder's files and of the follow-up.
final class NetworkBase: Sendable {
  static let shared = NetworkBase()

  let records: NetworkRecords
  let files: [String: [UInt8]]
  let standard: Evaluation
  let template: String

  private init() {
    let repository = FuzzTargets.repository
    let network = repository + "/Examples/network"
    var files: [String: [UInt8]] = [:]
    for name in [NetworkFile.name, CitiesFile.name, FrameworkFile.name, RequestsFile.name] {
      files[name] = (FileManager.default.contents(atPath: "\(network)/\(name)")).map { Array($0) } ?? []
    }
    var workspaces: [String: [String: [UInt8]]] = [:]
    for folder in ["dakar-regional-workshop", "amman-global-summit", "tunis-2028"] {
      var eventFiles: [String: [UInt8]] = [:]
      for name in [
        EventFile.name, RoomsFile.name, ParticipantsFile.name, SessionsFile.name, SignupsFile.name,
        AttendanceFile.name, FeedbackFile.name,
      ] {
        if let data = FileManager.default.contents(atPath: "\(repository)/Examples/\(folder)/\(name)") {
          eventFiles[name] = Array(data)
        }
      }
      workspaces["/events/\(folder)"] = eventFiles
    }
    let events = workspaces
    let standardBytes = FileManager.default.contents(atPath: "\(repository)/Templates/workspaces/common/evaluation.json") ?? Data()
    standard = EventFile.readEvaluation(Array(standardBytes), name: EventFile.standardEvaluationName).0
    let folder = NetworkFolder(
      root: "/events/network", fileSystem: MemoryFileSystem(files, root: "/events/network"),
      openWorkspace: { path in
        let root = ConfinedFileSystem.normalised(path, from: "/")
        return Workspace(root: root, fileSystem: MemoryFileSystem(events[root] ?? [:], root: root))
      })
    guard let loaded = try? folder.load(standardEvaluation: standard), loaded.errors.isEmpty else {
      fatalError("convene-fuzz: the network example does not load")
    }
    records = loaded.records
    self.files = files
    template = (try? String(contentsOfFile: "\(repository)/Templates/network-report.html.mustache", encoding: .utf8)) ?? ""
  }
}

extension FuzzTargets {
  static let networkTargets: [String: @Sendable ([UInt8], Depth) -> Void] = [
    "network": { bytes, _ in _ = NetworkFile.read(bytes) },
    "cities": networkFile({ let read = CitiesFile.read($0); return (read, read.findings) }) { $0.cities = $1.cities },
    "framework": networkFile({ let read = FrameworkFile.read($0); return (read, read.findings) }) { $0.framework = $1.framework },
    "requests": networkFile({ let read = RequestsFile.read($0); return (read, read.findings) }) { $0.requests = $1.requests },
    "followup": { bytes, depth in
      let (responses, findings) = FollowupFile.read(bytes)
      followups(responses, findings: findings, depth: depth)
    },
    "followup-form": { followupReturn("returned.json", $0, depth: $1) },
    "followup-export": { followupReturn("export.csv", $0, depth: $1) },
  ]

  /// A target of one of the network folder's files: read by `read`, put in place by `set`.
  static func networkFile<Value>(
    _ read: @escaping @Sendable ([UInt8]) -> (Value, [Finding]),
    _ set: @escaping @Sendable (inout NetworkRecords, Value) -> Void
  ) -> @Sendable ([UInt8], Depth) -> Void {
    { bytes, depth in
      let (value, findings) = read(bytes)
      var records = NetworkBase.shared.records
      set(&records, value)
      network(records, findings: findings, depth: depth)
    }
  }

  /// The checks across the network's files, then the report and its renderings.
  static func network(_ records: NetworkRecords, findings: [Finding], depth: Depth) {
    let errors = findings + NetworkChecker.check(records)
    guard depth == .commands, !errors.contains(where: { $0.severity == .error }) else { return }
    let report = NetworkReport(records: records)
    let labels = NetworkLabels(language: "ar")
    _ = NetworkReportRenderer.csv(report)
    _ = NetworkReportRenderer.citiesCSV(report)
    _ = NetworkReportRenderer.json(report)
    _ = NetworkReportRenderer.markdown(report, labels: labels)
    _ = try? NetworkReportRenderer.html(report, labels: labels, template: NetworkBase.shared.template)
  }

  /// Follow-up answers in place of the first event's, checked, then through the report.
  static func followups(_ responses: [FeedbackResponse], findings: [Finding], depth: Depth) {
    var records = NetworkBase.shared.records
    guard var event = records.events.first else { return }
    let commitments = Commitment.found(in: event.records.responses, evaluation: event.records.evaluation).commitments
    let checked = findings + FollowupFile.check(responses, plan: event.records.plan, commitments: commitments)
    event.followups = responses
    records.events[0] = event
    network(records, findings: checked, depth: depth)
  }

  /// A returned follow-up file collected into the first event, written and read back.
  static func followupReturn(_ name: String, _ bytes: [UInt8], depth: Depth) {
    guard let event = NetworkBase.shared.records.events.first else { return }
    let plan = event.records.plan
    let reader = FeedbackReader(
      questionnaire: FeedbackQuestionnaire(plan: plan, evaluation: FollowupQuestions.evaluation),
      kind: FollowupQuestions.formKind)
    let (submissions, rejections) = reader.read(file: name, bytes: bytes)
    let commitments = Commitment.found(in: event.records.responses, evaluation: event.records.evaluation).commitments
    let outcome = FollowupCollector(plan: plan, commitments: commitments).collect(
      submissions, into: event.followups, rejections: rejections)
    let (responses, findings) = FollowupFile.read(Array(FollowupFile.write(outcome.responses).utf8))
    followups(responses, findings: findings, depth: depth)
  }
}
