import Foundation

/// The starter files and templates shipped with convene (the `Templates/` folder).
public enum TemplateBundle {
  /// The folder that holds the starter workspaces, one subfolder per event kind.
  public static var workspacesURL: URL? {
    Bundle.module.url(forResource: "workspaces", withExtension: nil)
  }

  /// The text of a template file shipped in `Templates/` (such as `agenda.html.mustache`).
  public static func text(of name: String) -> String? {
    let parts = name.split(separator: "/").map(String.init)
    let url =
      parts.count == 2
      ? Bundle.module.url(forResource: parts[0], withExtension: nil)?.appendingPathComponent(parts[1])
      : Bundle.module.url(forResource: name, withExtension: nil)
    guard let url else { return nil }
    return try? String(contentsOf: url, encoding: .utf8)
  }
}
