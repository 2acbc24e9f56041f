import Foundation

/// The starter files and templates shipped with convene (the `Templates/` folder).
public enum TemplateBundle {
  /// The folder that holds the starter workspaces, one subfolder per event kind.
  public static var workspacesURL: URL? {
    Bundle.module.url(forResource: "workspaces", withExtension: nil)
  }

  /// The text of a template file shipped in `Templates/` (such as `agenda.html.mustache`).
  public static func text(of name: String) -> String? {
    guard let url = Bundle.module.url(forResource: name, withExtension: nil) else { return nil }
    return try? String(contentsOf: url, encoding: .utf8)
  }
}
