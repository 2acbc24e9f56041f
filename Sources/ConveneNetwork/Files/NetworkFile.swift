import ConveneCore
import ConveneJSON

/// `network.json`: the network folder's title, languages and the event workspaces it covers.
public enum NetworkFile {
  /// The file's name in the network folder.
  public static let name = "network.json"
  /// Its fields.
  public static let fields = ["title", "languages", "events", "disclosure"]
  /// The fields of `disclosure`.
  public static let disclosureFields = ["threshold", "residual_groups"]

  /// Reads the settings (nil when the file cannot be read at all) and the problems found.
  public static func read(_ bytes: [UInt8]) -> (settings: NetworkSettings?, findings: [Finding]) {
    var reader = JSONFileReader(file: name)
    guard let document = reader.parse(bytes) else { return (nil, reader.findings) }
    reader.unknownMembers(document, "", known: fields)
    let title = reader.string(document, "", "title") ?? "Network"
    var languages: [String] = []
    for (index, node) in reader.array(document, "", "languages").enumerated() {
      guard let code = node.string, Language.withCode(code) != nil else {
        reader.error(
          "languages[\(index)]", node.line, "\"\(Identifier.shown(node.string ?? node.typeName))\" is not an ISO 639-1 language code")
        continue
      }
      languages.append(code.lowercased())
    }
    var events: [NetworkSettings.EventEntry] = []
    var seen: [String: Int] = [:]
    let listed = reader.array(document, "", "events", required: true)
    if listed.isEmpty, let node = document["events"], node.array != nil {
      reader.error(
        "events", node.line, "lists no event workspace: a network report over no event would publish nothing",
        hint: "add the paths of the event workspaces the network covers")
    }
    for (index, node) in listed.enumerated() {
      let path = "events[\(index)]"
      guard let text = node.string?.trimmed, !text.isEmpty else {
        reader.error(path, node.line, "must be the path of an event workspace")
        continue
      }
      guard !text.utf8.contains(where: { $0 < 0x20 }) else {
        reader.error(path, node.line, "\"\(Identifier.shown(text))\" holds control characters")
        continue
      }
      if let first = seen[text] {
        reader.error(path, node.line, "\"\(text)\" is listed twice (first on line \(first))")
        continue
      }
      seen[text] = node.line
      events.append(NetworkSettings.EventEntry(path: text, line: node.line))
    }
    let settings = NetworkSettings(
      title: title, languages: languages.isEmpty ? ["en"] : languages, events: events,
      disclosure: disclosure(document, &reader))
    return (settings, reader.findings)
  }

  /// `disclosure`: the threshold (never below an event's: the report takes the strictest) and
  /// the residual groups.
  static func disclosure(_ document: JSONNode, _ reader: inout JSONFileReader) -> DisclosurePolicy {
    var policy = DisclosurePolicy()
    guard let object = reader.member(document, "", "disclosure") else { return policy }
    guard object.members != nil else {
      reader.error("disclosure", object.line, "must be an object such as { \"threshold\": 5 }")
      return policy
    }
    reader.unknownMembers(object, "disclosure", known: disclosureFields)
    if let threshold = reader.integer(object, "disclosure", "threshold", in: DisclosurePolicy.thresholds) {
      policy.threshold = threshold
    }
    if reader.member(object, "disclosure", "residual_groups") != nil {
      var groups: [String] = []
      for (index, item) in reader.array(object, "disclosure", "residual_groups").enumerated() {
        guard let text = item.string?.trimmed, !text.isEmpty else {
          reader.error("disclosure.residual_groups[\(index)]", item.line, "must be a group id such as \"other\"")
          continue
        }
        if let reason = DisclosurePolicy.residualGroupProblem(text) {
          reader.error("disclosure.residual_groups[\(index)]", item.line, reason)
        } else if !groups.contains(text) {
          groups.append(text)
        }
      }
      policy.residualGroups = groups
    }
    return policy
  }

  /// The file's text.
  public static func write(_ settings: NetworkSettings) -> String {
    JSONWriter.string(
      .object([
        ("title", .string(settings.title)), ("languages", .strings(settings.languages)),
        ("events", .strings(settings.events.map(\.path))),
      ] + (settings.disclosure == DisclosurePolicy() ? [] : [("disclosure", disclosureNode(settings.disclosure))])))
  }

  static func disclosureNode(_ policy: DisclosurePolicy) -> JSONNode {
    .object([("threshold", .number(policy.threshold)), ("residual_groups", .strings(policy.residualGroups))])
  }
}
