import ConveneCore
import ConveneJSON

/// Creates a new workspace from the starter files of an event kind (`convene init`).
public struct WorkspaceScaffold: Sendable {
  /// The event's id (the folder's name, by default).
  public var id: String
  /// The title; nil keeps the template's.
  public var title: String?
  /// The kind, which picks the template.
  public var kind: EventKind
  /// The date of day 1.
  public var start: LocalDate
  /// The IANA time zone; nil keeps the template's.
  public var timezone: String?

  /// Creates a scaffold description.
  public init(id: String, title: String?, kind: EventKind, start: LocalDate, timezone: String?) {
    self.id = id
    self.title = title
    self.kind = kind
    self.start = start
    self.timezone = timezone
  }

  /// An event id made from a folder's name: lower case letters, digits and dashes.
  public static func id(forFolder name: String) -> String {
    let folded = name.folded.split(separator: " ", omittingEmptySubsequences: false).joined(separator: "-")
    let kept = folded.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    return kept.isEmpty ? "event" : String(kept.prefix(Identifier.maximumLength))
  }

  /// Day 1 when none is given: the Monday at least eight weeks after `today`.
  public static func defaultStart(today: LocalDate) -> LocalDate {
    var date = today.adding(days: 56)
    while date.isoWeekday != 1 { date = date.adding(days: 1) }
    return date
  }

  /// The files a new workspace starts with, by name, given the template folder
  /// (`Templates/workspaces`).
  public func files(templates: String, fileSystem: any FileSystem) throws(WorkspaceError) -> [(
    name: String, bytes: [UInt8]
  )] {
    let folder = joinPath(templates, kind.rawValue)
    let common = joinPath(templates, "common")
    func read(_ path: String) throws(WorkspaceError) -> [UInt8] {
      guard let bytes = try fileSystem.contents(of: path) else {
        throw .io(path: path, reason: "the starter file is missing from the installation")
      }
      return bytes
    }
    let event = try eventFile(
      template: read(joinPath(folder, EventFile.name)),
      categories: read(joinPath(common, "categories.json")),
      evaluation: read(joinPath(common, EventFile.standardEvaluationName)))
    let language = EventFile.read(Array(event.utf8)).event?.languages.first ?? "en"
    return [
      (EventFile.name, Array(event.utf8)),
      (RoomsFile.name, try read(joinPath(folder, RoomsFile.name))),
      (SessionsFile.name, try read(joinPath(folder, SessionsFile.name))),
      (ParticipantsFile.name, try read(joinPath(common, ParticipantsFile.name))),
      (SignupsFile.name, try read(joinPath(common, SignupsFile.name))),
      (TasksFile.name, try taskList(read(joinPath(folder, TasksFile.name)), language: language)),
    ]
  }

  /// The kind's task list with each standard task's words written in `language` (the event's
  /// first), so that the file reads in a spreadsheet.
  func taskList(_ template: [UInt8], language: String) throws(WorkspaceError) -> [UInt8] {
    let (tasks, findings) = TasksFile.read(template)
    guard findings.isEmpty else {
      throw .io(
        path: "\(kind.rawValue)/\(TasksFile.name)",
        reason: "the starter file has errors: \(findings.map(\.description).joined(separator: "; "))")
    }
    let words = LabelSet(language: language, sections: ["plan"])
    return Array(
      TasksFile.write(tasks.map { task in
        var named = task
        named.task = task.title(words: words)
        return named
      }).utf8)
  }

  /// The template's `event.json` with the id, title, time zone and dates filled in.
  func eventFile(
    template: [UInt8], categories: [UInt8], evaluation: [UInt8]
  ) throws(WorkspaceError) -> String {
    let path = "\(kind.rawValue)/\(EventFile.name)"
    var document: JSONNode
    do {
      document = try JSONParser.parse(String(decoding: template, as: UTF8.self))
    } catch {
      throw .io(path: path, reason: "the starter file is not valid JSON: \(error)")
    }
    guard case .object(var members) = document.value else {
      throw .io(path: path, reason: "the starter file is not a JSON object")
    }
    func set(_ key: String, _ value: JSONNode) {
      if let index = members.firstIndex(where: { $0.key == key }) {
        members[index].value = value
      } else {
        members.append(JSONMember(key, value))
      }
    }
    set("id", .string(id))
    if let title { set("title", .string(title)) }
    if let timezone { set("timezone", .string(timezone)) }
    if let days = document["days"]?.array {
      set("days", .array(days.map(datedDay)))
    }
    if document["categories"] == nil,
      let list = try? JSONParser.parse(String(decoding: categories, as: UTF8.self))
    {
      let position = members.firstIndex { $0.key == "scheduling" } ?? members.count
      members.insert(JSONMember("categories", list), at: position)
    }
    if document["evaluation"] == nil,
      let standard = try? JSONParser.parse(String(decoding: evaluation, as: UTF8.self))
    {
      members.append(JSONMember("evaluation", standard))
    }
    document.value = .object(members)
    return JSONWriter.string(document)
  }

  /// A template day whose `date` is `dayN`, with the real date.
  func datedDay(_ day: JSONNode) -> JSONNode {
    guard case .object(var members) = day.value,
      let index = members.firstIndex(where: { $0.key == "date" }),
      let text = members[index].value.string, case .number(let number)? = DayReference(text)
    else { return day }
    members[index].value = .string(start.adding(days: number - 1).description)
    return JSONNode(.object(members))
  }

  /// Writes the files into `root`, which must not exist or be empty; also creates `.convene/`.
  public func create(at root: String, templates: String, fileSystem: any FileSystem) throws(WorkspaceError) {
    if fileSystem.exists(root) {
      guard fileSystem.isDirectory(root) else {
        throw .io(path: root, reason: "exists and is not a folder")
      }
      let present = try fileSystem.list(root).filter { $0 != ".DS_Store" }
      guard present.isEmpty else {
        throw .io(path: root, reason: "is not empty; choose a new folder for the workspace")
      }
    }
    let files = try files(templates: templates, fileSystem: fileSystem)
    try fileSystem.createDirectory(joinPath(root, ".convene"))
    for (name, bytes) in files { try fileSystem.write(bytes, to: joinPath(root, name)) }
  }
}
