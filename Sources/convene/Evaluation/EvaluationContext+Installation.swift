import ConveneCore
import ConveneEvaluationRuns
import ConveneTemplates
import ConveneWorkspace
import Foundation

extension EvaluationContext {
  /// The standard questions and indicators shipped in `Templates/`, for events whose
  /// `event.json` declares none.
  static func standardEvaluation() throws -> Evaluation {
    let url = TemplateBundle.workspacesURL?.appendingPathComponent("common/\(EventFile.standardEvaluationName)")
    return try standardEvaluation(from: url.flatMap { FileManager.default.contents(atPath: $0.path) }.map { Array($0) })
  }
}
