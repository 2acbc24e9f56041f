/// The fixed words of the feedback form and the sign-in sheets, in English, French and Arabic.
public struct FormLabels: Sendable {
  /// The words, with English for what the language lacks.
  let table: WordTable

  /// The labels for `language`; English for languages without a translation.
  public init(language: String) { table = WordTable(language: language, tables: Self.tables) }

  /// The language code used.
  public var language: String { table.language }

  /// `rtl` for Arabic, else `ltr`.
  public var direction: String { language == "ar" ? "rtl" : "ltr" }

  /// The word for `key`.
  public subscript(_ key: String) -> String { table[key] }

  static let tables: [String: [String: String]] = [
    "en": [
      "feedback": "Feedback",
      "intro":
        "Thank you for taking part. Your answers help the network improve its events. This form works offline: fill it in, save your answers, and send the saved file to the organisers.",
      "aboutYou": "About you", "identify": "Who is answering",
      "identifyHint":
        "Give the participant number on your invitation, or your e-mail address, so that your answer is counted once. Leave both empty to answer anonymously.",
      "participantId": "Participant number (such as p012)", "email": "E-mail address",
      "questions": "Questions", "session": "Session", "notAttended": "Did not attend",
      "profile": "A little more about you",
      "profileHint":
        "Only if you did not give this when you registered. Every answer here is optional.",
      "save": "Save my answers", "missing": "Please answer:",
      "badEmail": "The e-mail address does not look right.",
      "saved": "Your answers were saved as {file}. Please send this file to the organisers.",
      "offline": "Nothing is sent over the internet: your answers stay in the file you save.",
      "signIn": "Sign-in sheet", "wholeDay": "Sign-in for the day", "expected": "Expected",
      "id": "No.", "name": "Name", "organisation": "Organisation", "signature": "Signature",
    ],
    "fr": [
      "feedback": "Questionnaire d'évaluation",
      "intro":
        "Merci de votre participation. Vos réponses aident le réseau à améliorer ses événements. Ce formulaire fonctionne hors ligne : remplissez-le, enregistrez vos réponses et envoyez le fichier enregistré aux organisateurs.",
      "aboutYou": "Vous", "identify": "Qui répond",
      "identifyHint":
        "Indiquez le numéro de participant figurant sur votre invitation, ou votre adresse e-mail, pour que votre réponse soit comptée une seule fois. Laissez les deux vides pour répondre anonymement.",
      "participantId": "Numéro de participant (par exemple p012)", "email": "Adresse e-mail",
      "questions": "Questions", "session": "Session", "notAttended": "Pas assisté",
      "profile": "Un peu plus sur vous",
      "profileHint":
        "Seulement si vous ne l'avez pas indiqué à l'inscription. Toutes ces réponses sont facultatives.",
      "save": "Enregistrer mes réponses", "missing": "Merci de répondre à :",
      "badEmail": "L'adresse e-mail ne semble pas correcte.",
      "saved":
        "Vos réponses ont été enregistrées dans {file}. Merci d'envoyer ce fichier aux organisateurs.",
      "offline":
        "Rien n'est envoyé sur internet : vos réponses restent dans le fichier que vous enregistrez.",
      "signIn": "Feuille d'émargement", "wholeDay": "Émargement de la journée",
      "expected": "Attendus",
      "id": "N°", "name": "Nom", "organisation": "Organisation", "signature": "Signature",
    ],
    "ar": [
      "feedback": "استبيان التقييم",
      "intro":
        "شكراً لمشاركتك. تساعد إجاباتك الشبكة على تحسين فعالياتها. يعمل هذا النموذج دون اتصال بالإنترنت: املأه واحفظ إجاباتك وأرسل الملف المحفوظ إلى المنظمين.",
      "aboutYou": "عنك", "identify": "من يجيب",
      "identifyHint":
        "اكتب رقم المشارك المذكور في دعوتك أو بريدك الإلكتروني حتى تُحتسب إجابتك مرة واحدة. اترك الحقلين فارغين للإجابة دون ذكر الاسم.",
      "participantId": "رقم المشارك (مثل p012)", "email": "البريد الإلكتروني",
      "questions": "الأسئلة", "session": "الجلسة", "notAttended": "لم أحضر",
      "profile": "معلومات إضافية عنك",
      "profileHint": "فقط إذا لم تذكرها عند التسجيل. كل الإجابات هنا اختيارية.",
      "save": "حفظ إجاباتي", "missing": "يرجى الإجابة عن:",
      "badEmail": "يبدو أن البريد الإلكتروني غير صحيح.",
      "saved": "حُفظت إجاباتك في الملف {file}. يرجى إرسال هذا الملف إلى المنظمين.",
      "offline": "لا يُرسل أي شيء عبر الإنترنت: تبقى إجاباتك في الملف الذي تحفظه.",
      "signIn": "ورقة تسجيل الحضور", "wholeDay": "تسجيل الحضور لليوم", "expected": "المتوقع",
      "id": "رقم", "name": "الاسم", "organisation": "المؤسسة", "signature": "التوقيع",
    ],
  ]
}
