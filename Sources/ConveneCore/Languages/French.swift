extension LanguagePack {
  /// French.
  public static let french = LanguagePack(
    code: "fr", name: "Français",
    labels: [
      // Agendas
      "agenda.agenda": "Programme", "agenda.time": "Horaire", "agenda.room": "Salle", "agenda.session": "Session",
      "agenda.speakers": "Intervenants", "agenda.moderators": "Modération", "agenda.interpretation": "Interprétation",
      "agenda.version": "version", "agenda.draft": "brouillon, pas encore publié", "agenda.timesIn": "Heures locales", "agenda.personalFor": "Programme personnel de",
      // Reports
      "report.report": "Rapport de suivi et d'évaluation", "report.network": "Rapport du réseau",
      "report.events": "Événements", "report.event": "Événement", "report.kind": "Type", "report.dates": "Dates",
      "report.keyFigures": "Chiffres clés", "report.indicator": "Indicateur", "report.value": "Valeur",
      "report.n": "n", "report.target": "Cible", "report.met": "atteinte", "report.notMet": "non atteinte",
      "report.allEvents": "Tous les événements", "report.charts": "Graphiques", "report.breakdowns": "Ventilations",
      "report.group": "Groupe", "report.participationByCategory": "Participation par catégorie",
      "report.funnel": "Inscription, confirmation et présence", "report.satisfaction": "Satisfaction : réponses",
      "report.knowledge": "Connaissances avant et après (moyenne, 1-5)",
      "report.before": "Avant", "report.after": "Après", "report.all": "Tous",
      "report.commitments": "Engagements de suivi",
      "report.privacy":
        "Les groupes de moins de 5 personnes sont indiqués <5 ; une case « suppressed » est masquée pour qu'un groupe <5 ne puisse pas être déduit d'un total.",
      "report.noAttendance": "Aucune présence n'a encore été enregistrée.",
      "report.total": "Total", "report.category": "Catégorie", "report.gender": "Genre",
      "report.age_group": "Tranche d'âge", "report.region": "Région", "report.country": "Pays",
      "report.session": "Session", "report.answer": "Réponse", "report.registered": "Inscrits",
      "report.confirmed": "Confirmés", "report.attended": "Présents", "report.notGiven": "non renseigné",
      // The feedback form
      "form.feedback": "Questionnaire d'évaluation",
      "form.intro":
        "Merci de votre participation. Vos réponses aident le réseau à améliorer ses événements. Ce formulaire fonctionne hors ligne : remplissez-le, enregistrez vos réponses et envoyez le fichier enregistré aux organisateurs.",
      "form.aboutYou": "Vous", "form.identify": "Qui répond",
      "form.identifyHint":
        "Indiquez le numéro de participant figurant sur votre invitation, ou votre adresse e-mail, pour que votre réponse soit comptée une seule fois. Laissez les deux vides pour répondre anonymement.",
      "form.participantId": "Numéro de participant (par exemple p012)", "form.email": "Adresse e-mail",
      "form.questions": "Questions", "form.session": "Session", "form.notAttended": "Pas assisté",
      "form.profile": "Un peu plus sur vous",
      "form.profileHint":
        "Seulement si vous ne l'avez pas indiqué à l'inscription. Toutes ces réponses sont facultatives.",
      "form.save": "Enregistrer mes réponses", "form.missing": "Merci de répondre à :",
      "form.badEmail": "L'adresse e-mail ne semble pas correcte.",
      "form.saved": "Vos réponses ont été enregistrées dans {file}. Merci d'envoyer ce fichier aux organisateurs.",
      "form.offline": "Rien n'est envoyé sur internet : vos réponses restent dans le fichier que vous enregistrez.",
      // Sign-in sheets
      "sheet.signIn": "Feuille d'émargement", "sheet.wholeDay": "Émargement de la journée",
      "sheet.expected": "Attendus", "sheet.id": "N°", "sheet.name": "Nom", "sheet.organisation": "Organisation",
      "sheet.signature": "Signature",
      // Suivi des engagements
      "followup.title": "Suivi de votre engagement",
      "followup.intro":
        "Lors de {event}, vous avez écrit ce que vous feriez ensuite. Dites au réseau où vous en êtes : vos réponses l'aident à soutenir les villes membres. Ce formulaire fonctionne hors ligne : remplissez-le, enregistrez vos réponses et envoyez le fichier enregistré aux organisateurs.",
      "followup.commitment": "Votre engagement", "followup.madeAt": "Écrit à la fin de {event} ({dates}).",
      "followup.asOf": "{months} mois après l'événement ({date}).", "followup.respondent": "Numéro de participant·e",
      "followup.questions": "Où en êtes-vous", "followup.status": "Où en est cet engagement aujourd'hui ?",
      "followup.done": "Réalisé", "followup.inProgress": "En cours", "followup.notStarted": "Pas commencé",
      "followup.dropped": "Abandonné", "followup.changes": "Qu'est-ce qui a changé grâce à lui ?",
      "followup.obstacles": "Qu'est-ce qui a fait obstacle ?", "followup.support": "Quel soutien aimeriez-vous recevoir du réseau ?",
      // Rapports du réseau
      "network.framework": "Cadre de résultats", "network.outcome": "Effet", "network.output": "Produit",
      "network.year": "Année", "network.baseline": "Situation de référence", "network.source": "Source", "network.measure": "Mesure",
      "network.trend": "Évolution", "network.cityRecords": "Fiches des villes", "network.city": "Ville",
      "network.joined": "Adhésion", "network.membership": "Statut", "network.population": "Population",
      "network.participants": "Ont participé", "network.commitmentsMade": "Engagements pris",
      "network.followedUp": "Suivis", "network.feedbackMeans": "Évaluation (réponse moyenne, quand au moins 5 ont répondu)",
      "network.requests": "Demandes d'appui", "network.resolved": "Résolues", "network.daysToResolve": "Délai moyen de réponse (jours)",
      "network.officials": "Élu·es et responsables nommé·es avec leur accord", "network.nonMember": "Autres villes (non membres ou non reconnues)",
      "network.city_size": "Taille de la ville", "network.event_kind": "Type d'événement", "network.topic": "Thème",
      "network.under-100k": "moins de 100 000", "network.100k-500k": "100 000 à 500 000",
      "network.500k-1m": "500 000 à 1 million", "network.1m-5m": "1 à 5 millions", "network.5m-plus": "5 millions ou plus",
      "network.quietCities": "Villes membres sans activité enregistrée ces années",
      "network.active": "active", "network.inactive": "inactive", "network.left": "a quitté le réseau",
      "network.networkPrivacy":
        "Les groupes de moins de 5 personnes sont affichés <5 ; une case marquée supprimé est masquée pour qu'un groupe <5 ne puisse être déduit d'un total ou des autres villes. Les nombres de villes, d'événements et de demandes ne portent pas sur des personnes et sont donnés en entier.",
      // E-mail subjects
      "email.invitation": "Invitation", "email.updated": "Mise à jour", "email.cancelled": "Annulation",
      // Badges
      "badge.badges": "Badges", "badge.languages": "Langues",
      "badge.category.mayor": "Maire", "badge.category.local-official": "Collectivité locale",
      "badge.category.youth": "Jeunesse", "badge.category.civil-society": "Société civile",
      "badge.category.national-government": "Gouvernement national", "badge.category.multilateral": "Multilatéral",
      "badge.category.private-sector": "Secteur privé", "badge.category.practitioner": "Expert",
      "badge.category.media": "Médias", "badge.category.network-staff": "Équipe du réseau",
      // Certificates of attendance
      "certificate.certificate": "Attestation de participation", "certificate.certifies": "Nous attestons que",
      "certificate.attended": "a participé aux sessions suivantes de",
      "certificate.share": "{attended} sessions sur {expected}",
      "certificate.date": "Date", "certificate.time": "Horaire", "certificate.session": "Session",
      "certificate.code": "Code de vérification",
      "certificate.verify": "Les organisateurs peuvent confirmer cette attestation à partir de son code : {organiser}.",
      "certificate.for": "Pour les organisateurs",
    ],
    headers: [
      // Registration fields (Google Forms "Horodateur", Microsoft Forms "Heure de fin", "Adresse de messagerie")
      "email": [
        "courriel", "adresse electronique", "adresse e mail", "adresse email", "votre adresse e mail",
        "adresse de messagerie", "messagerie",
      ],
      "publish_name": ["publier", "publie", "publication", "consentement"],
      "timestamp": [
        "horodateur", "horodatage", "date de soumission", "heure de fin", "heure d inscription",
        "date d inscription",
      ],
      "first_name": ["prenom", "prenoms"],
      "last_name": ["nom de famille"],
      "organisation": ["organisme", "structure", "employeur"],
      "title": ["titre", "poste", "fonction", "intitule du poste"],
      "name": ["nom complet", "nom", "nom et prenom", "prenom et nom", "nom du participant"],
      "city": ["ville", "municipalite", "commune", "localite"],
      "country": ["pays", "nationalite", "pays region"],
      "region": ["region"],
      "category": ["categorie", "type de participant", "groupe", "groupe d acteurs"],
      "gender": ["genre", "sexe"],
      "age_group": ["age", "tranche dage", "tranche d age", "groupe dage", "groupe d age"],
      "languages": ["langues", "langue", "langue de travail"],
      "needs": ["besoins", "accessibilite", "besoins particuliers", "regime alimentaire"],
      "timezone": ["fuseau horaire"],
      "arrival": ["arrivee"],
      "departure": ["depart"],
      "unavailable": ["indisponible", "indisponibilites"],
      "cohorts": ["cohorte", "cohortes", "delegation"],
      // Form tools' own columns that hold nothing a participant needs (Microsoft Forms)
      "ignore": ["id", "heure de debut", "heure de la derniere modification"],
      // Attendance and feedback columns
      "participant": ["numero de participant", "identifiant", "n de participant"],
      "badge": ["numero", "no participant", "n", "badge"],
      "session": ["atelier", "seance"],
      "day": ["jour", "date"],
      "status": ["statut", "presence", "present"],
      "check_in_time": ["heure", "heure d arrivee", "arrivee", "heure de signature"],
      "response": ["reponse", "numero de reponse"],
      "answer_language": ["langue"],
    ],
    bareNames: ["nom"],
    values: .init(
      genders: [
        "woman": ["femme", "feminin", "fille", "f"],
        "man": ["homme", "masculin", "garcon", "h"],
        "non-binary": ["non binaire"],
        "other": ["autre"],
        "prefer-not-to-say": [
          "je prefere ne pas repondre", "ne souhaite pas repondre", "prefere ne pas repondre",
          "je ne souhaite pas repondre",
        ],
      ],
      under: ["moins de", "de moins de", "inferieur a", "et moins", "ou moins"],
      over: ["et plus", "ou plus", "plus de", "et au dela"],
      yes: ["oui", "o", "j accepte", "d accord", "oui j accepte", "je suis d accord"],
      no: ["non", "je refuse", "je n accepte pas", "pas d accord"],
      listWords: ["et"],
      categories: [
        "mayor": ["maire", "mairesse", "adjoint au maire", "adjointe au maire", "maire adjoint", "premier adjoint", "maire ou adjoint"],
        "local-official": [
          "conseiller municipal", "conseillere municipale", "elu local", "elue locale", "fonctionnaire municipal",
          "agent municipal", "collectivite locale", "point focal", "autorite locale",
        ],
        "youth": ["jeune", "jeunesse", "jeunes", "representant des jeunes", "etudiant", "etudiante"],
        "civil-society": ["ong", "societe civile", "organisation de la societe civile", "osc"],
        "national-government": ["ministere", "gouvernement", "gouvernement national", "autorite nationale"],
        "multilateral": ["nations unies", "onu", "organisation internationale", "bailleur"],
        "private-sector": ["secteur prive", "entreprise"],
        "practitioner": ["praticien", "praticienne", "chercheur", "chercheuse", "universitaire"],
        "media": ["journaliste", "presse", "medias"],
        "network-staff": ["personnel du reseau", "equipe"],
      ],
      present: ["presente", "signe"],
      absent: ["absente", "excuse", "excusee"],
      languageNames: ["fr": ["francais"], "en": ["anglais"], "ar": ["arabe"]]
    )
  )
}
