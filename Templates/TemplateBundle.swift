import Foundation

/// The starter files and templates shipped with convene (the `Templates/` folder).
public enum TemplateBundle {
  /// The folder that holds the starter workspaces, one subfolder per event kind.
  public static var workspacesURL: URL? {
    Bundle.module.url(forResource: "workspaces", withExtension: nil)
  }
}
