import ConveneCore
import ConveneEvaluation
import ConveneNetwork
import Foundation

/// The follow-up form of one participant: the feedback form's self-contained page, showing
/// the commitment they wrote and asking where it stands, what changed, what got in the way and
/// what support they want; it saves `followup-EVENT-PARTICIPANT.json`.
public enum FollowupFormPage {
  /// The page of `form`, from the form template (`feedback-form.html.mustache`).
  public static func html(_ form: FollowupForms.Form, of forms: FollowupForms, template: String) throws -> String {
    let words = LabelSet(language: form.language, sections: ["followup"])
    let questionnaire = FeedbackQuestionnaire(
      plan: EventPlan(event: forms.event), evaluation: FollowupQuestions.evaluation)
    func filled(_ key: String) -> String {
      words[key].replacingOccurrences(of: "{event}", with: forms.event.title)
        .replacingOccurrences(of: "{dates}", with: forms.event.dateSpan)
        .replacingOccurrences(of: "{months}", with: String(forms.afterMonths))
        .replacingOccurrences(of: "{date}", with: forms.due.description)
    }
    return try FeedbackFormPage.render(
      questionnaire, language: form.language, template: template,
      page: [
        "heading": words["title"], "intro": filled("intro"), "questionsHeading": words["questions"],
        "format": "convene-followup/1", "prefix": "followup", "due": forms.due.description,
        "commitment": [
          "participant": form.participant.id, "text": form.commitment.text,
          "respondentLabel": words["respondent"], "commitmentLabel": words["commitment"],
          "madeAt": filled("madeAt"), "asOf": filled("asOf"),
        ],
      ])
  }
}
