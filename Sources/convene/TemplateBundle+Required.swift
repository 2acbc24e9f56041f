import ConveneCore
import ConveneTemplates

extension TemplateBundle {
  /// The text of a template shipped in `Templates/`, or a failure saying that this
  /// installation lacks it.
  static func required(_ name: String) throws -> String {
    guard let text = text(of: name) else {
      throw CommandFailure("\(name) is missing from the templates of this installation of convene")
    }
    return text
  }
}
