import ConveneCore
import ConveneWorkspace
import Foundation

/// Creates a network folder over event workspaces (`convene network init`): `network.json`
/// listing them, `cities.csv` with one row per city their participants come from (to be
/// edited: members only), a starting `framework.json` and an empty `requests.csv`.
public struct NetworkScaffold: Sendable {
  /// The title of the network's reports.
  public var title: String
  /// The event workspaces, as given (relative to the current folder, or absolute).
  public var events: [String]

  /// Describes a new network folder.
  public init(title: String, events: [String]) {
    self.title = title
    self.events = events
  }

  /// What was written.
  public struct Outcome: Sendable {
    /// The events' paths as `network.json` holds them (relative to the network folder).
    public var events: [String]
    /// The cities written to `cities.csv`.
    public var cities: [MemberCity]
  }

  /// Writes the folder at `root`, which must not exist or be empty; `framework` is the
  /// starting framework's text. Each event must be a workspace whose `event.json` reads.
  public func create(
    at root: String, framework: [UInt8], fileSystem: any FileSystem, currentDirectory: String,
    openWorkspace: (String) -> Workspace
  ) throws(WorkspaceError) -> Outcome {
    if fileSystem.exists(root) {
      guard fileSystem.isDirectory(root) else { throw .io(path: root, reason: "exists and is not a folder") }
      guard try fileSystem.list(root).filter({ $0 != ".DS_Store" }).isEmpty else {
        throw .io(path: root, reason: "is not empty; choose a new folder for the network")
      }
    }
    var plans: [EventPlan] = []
    for event in events {
      let contents = try openWorkspace(event).load()
      guard let plan = contents.plan else { throw .invalid(contents.findings(in: EventFile.name)) }
      plans.append(plan)
    }
    let absoluteRoot = Self.absolute(root, from: currentDirectory)
    let absoluteEvents = events.map { Self.absolute($0, from: currentDirectory) }
    // Compared as the file system resolves them: a symbolic link to an event is that event.
    func resolved(_ path: String) -> String {
      if let real = fileSystem.resolvedPath(path) { return real }
      let parent = (path as NSString).deletingLastPathComponent
      return fileSystem.resolvedPath(parent).map { joinPath($0, (path as NSString).lastPathComponent) } ?? path
    }
    try Self.checkPlacement(root: root, absoluteRoot: resolved(absoluteRoot), events: Array(zip(events, absoluteEvents.map(resolved))))
    try Self.checkEventsDiffer(Array(zip(events, plans.map(\.event.id))))
    let paths = absoluteEvents.map { Self.relative($0, from: absoluteRoot) }
    var languages: [String] = []
    for code in plans.flatMap(\.event.languages) where LanguagePack.named(code) != nil && !languages.contains(code) {
      languages.append(code)
    }
    let settings = NetworkSettings(
      title: title, languages: languages.isEmpty ? ["en"] : languages,
      events: paths.map { NetworkSettings.EventEntry(path: $0) })
    let cities = Self.cities(of: plans)
    try fileSystem.createDirectory(root)
    try fileSystem.write(NetworkFile.write(settings), to: joinPath(root, NetworkFile.name))
    try fileSystem.write(CitiesFile.write(cities), to: joinPath(root, CitiesFile.name))
    try fileSystem.write(framework, to: joinPath(root, FrameworkFile.name))
    try fileSystem.write(RequestsFile.write([]), to: joinPath(root, RequestsFile.name))
    return Outcome(events: paths, cities: cities)
  }

  /// Fails on what `network check` would refuse or an organiser would not mean: an event given
  /// twice (the same folder however it is written: `ev1`, `./ev1`, `../net/ev1`, a link to it), or a network
  /// folder inside an event workspace (the event's files and the network's would mix).
  static func checkPlacement(
    root: String, absoluteRoot: String, events: [(given: String, absolute: String)]
  ) throws(WorkspaceError) {
    var seen: [String: String] = [:]
    for (given, absolute) in events {
      if let first = seen[absolute] {
        throw .io(
          path: given,
          reason: "is the same event workspace as \"\(QuotedValue.shown(first))\" (\(absolute)); give each event once")
      }
      seen[absolute] = given
      if absoluteRoot == absolute || absoluteRoot.hasPrefix(absolute + "/") {
        throw .io(
          path: root,
          reason: "is inside the event workspace \"\(QuotedValue.shown(given))\"; choose a network folder outside every event")
      }
    }
  }

  /// Fails on two folders holding the same event (a copy of a workspace), which `network
  /// check` would refuse: each event counts once.
  static func checkEventsDiffer(_ events: [(given: String, id: String)]) throws(WorkspaceError) {
    var folderOfEvent: [String: String] = [:]
    for (given, id) in events {
      if let first = folderOfEvent[id] {
        throw .io(
          path: given, reason: "holds the event \(id), like \"\(QuotedValue.shown(first))\"; each event counts once")
      }
      folderOfEvent[id] = given
    }
  }

  /// One city per city and country the participants wrote (folded), its id made from them.
  static func cities(of plans: [EventPlan]) -> [MemberCity] {
    var cities: [MemberCity] = []
    var seen = Set<String>()
    var ids = Set<String>()
    for person in plans.flatMap(\.participants) where !person.city.trimmed.isEmpty && !person.country.isEmpty {
      let key = person.city.folded + "|" + person.country
      guard seen.insert(key).inserted else { continue }
      var id = cityID(person.city, country: person.country)
      var suffix = 2
      while ids.contains(id) {
        id = cityID(person.city, country: person.country) + "-\(suffix)"
        suffix += 1
      }
      ids.insert(id)
      let region = person.region.isEmpty ? Country.withCode(person.country)?.region ?? "" : person.region
      cities.append(MemberCity(id: id, name: person.city.trimmed, country: person.country, region: region))
    }
    return cities.sorted { ($0.country, $0.name.folded) < ($1.country, $1.name.folded) }
  }

  /// `dakar-sn`: the folded name's ASCII letters and digits, then the country.
  static func cityID(_ name: String, country: String) -> String {
    var slug = ""
    for scalar in name.folded.unicodeScalars {
      if scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)) {
        slug.unicodeScalars.append(scalar)
      } else if !slug.isEmpty && !slug.hasSuffix("-") {
        slug += "-"
      }
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    if slug.isEmpty { slug = "city" }
    let suffix = "-" + country.lowercased()
    return String(slug.prefix(Identifier.maximumLength - suffix.count - 4)) + suffix
  }

  /// `path` made absolute from `directory`, without `.` and `..`.
  static func absolute(_ path: String, from directory: String) -> String {
    ConfinedFileSystem.normalised(path, from: directory)
  }

  /// `target` relative to the folder `base` (both absolute): `../dakar`.
  static func relative(_ target: String, from base: String) -> String {
    let to = target.split(separator: "/")
    let from = base.split(separator: "/")
    var common = 0
    while common < min(to.count, from.count) && to[common] == from[common] { common += 1 }
    let parts = Array(repeating: "..", count: from.count - common) + to[common...].map(String.init)
    return parts.isEmpty ? "." : parts.joined(separator: "/")
  }
}
