/// A `.rels` part: relationship ids to their targets and types.
final class RelationshipsReader: XMLPartReader {
  struct Relationship {
    var target: String
    var type: String
  }

  private(set) var relationships: [String: Relationship] = [:]

  override func start(_ name: Substring, _ attributes: [String: String]) {
    guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"]
    else { return }
    relationships[id] = Relationship(target: target, type: attributes["Type"] ?? "")
  }
}
