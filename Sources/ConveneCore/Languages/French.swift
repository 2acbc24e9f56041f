extension LanguagePack {
  /// French.
  public static let french = LanguagePack(
    code: "fr", name: "Français", plurals: .oneForZeroAndOne,
    labels: [
      // Calendar events (invitations and the agenda's .ics)
      "calendar.participant": "Participant", "calendar.speakers": "Intervenants",
      "calendar.moderators": "Modération", "calendar.track": "Parcours", "calendar.language": "Langue",
      "calendar.interpretation": "interprétation", "calendar.localTime": "Votre heure locale ({zone})",
      // Agendas
      "agenda.agenda": "Programme", "agenda.time": "Horaire", "agenda.room": "Salle", "agenda.session": "Session",
      "agenda.speakers": "Intervenants", "agenda.moderators": "Modération", "agenda.interpretation": "Interprétation",
      "agenda.version": "version", "agenda.draft": "brouillon, pas encore publié", "agenda.timesIn": "Heures locales", "agenda.personalFor": "Programme personnel de",
      // Reports
      "report.report": "Rapport de suivi et d'évaluation", "report.network": "Rapport du réseau",
      "report.events": "Événements", "report.event": "Événement", "report.kind": "Type", "report.dates": "Dates",
      // Kinds of event (`EventKind`)
      "report.kind.workshop": "Atelier", "report.kind.regional-workshop": "Atelier régional", "report.kind.global-summit": "Sommet mondial",
      "report.kind.webinar": "Webinaire", "report.kind.briefing": "Séance d'information", "report.kind.training": "Formation",
      "report.kind.exchange": "Échange entre pairs", "report.kind.site-visit": "Visite de terrain", "report.kind.leadership-initiative": "Initiative de leadership",
      "report.keyFigures": "Chiffres clés", "report.indicator": "Indicateur", "report.value": "Valeur",
      "report.n": "n", "report.target": "Cible", "report.met": "atteinte", "report.notMet": "non atteinte",
      "report.allEvents": "Tous les événements", "report.charts": "Graphiques", "report.breakdowns": "Ventilations",
      "report.group": "Groupe", "report.participationByCategory": "Participation par catégorie",
      "report.funnel": "Inscription, confirmation et présence", "report.satisfaction": "Satisfaction : réponses",
      "report.knowledge": "Connaissances avant et après (moyenne, 1-5)",
      "report.before": "Avant", "report.after": "Après", "report.all": "Tous",
      "report.commitments": "Engagements de suivi",
      "report.commitmentsWithheld": "{n} autres ne sont pas reproduits : ils nomment une personne ou donnent des coordonnées.",
      "report.commitmentsWithheld.one": "{n} autre n'est pas reproduit : il nomme une personne ou donne des coordonnées.",
      "report.privacy":
        "Aucun groupe de moins de {threshold} personnes n'est montré : ces cases, et autant d'autres qu'il faut pour qu'aucune ne puisse être déduite des chiffres montrés ici ou dans un rapport précédent, indiquent « masqué ». Un pourcentage portant sur un petit groupe ne montre que son n. Les réponses de l'ensemble de l'événement à une question sont comptées dès que {answers} personnes ou plus y ont répondu.",
      "report.thresholdByEvent": "Chaque événement fixe son propre seuil, de {min} à {max} ici : un groupe sous celui de son événement n'est pas montré.",
      "report.suppressed": "masqué", "report.otherOrNotStated": "autre ou non précisé",
      "report.noAttendance": "Aucune présence n'a encore été enregistrée.",
      "report.total": "Total", "report.category": "Catégorie", "report.gender": "Genre",
      "report.age_group": "Tranche d'âge", "report.region": "Région", "report.country": "Pays",
      "report.session": "Session", "report.answer": "Réponse", "report.registered": "Inscrits",
      "report.confirmed": "Confirmés", "report.attended": "Présents", "report.notGiven": "non renseigné",
      // Reports: the network's regions (countries are named from the country table)
      "report.region.central-asia-and-caucasus": "Asie centrale et Caucase", "report.region.east-asia-and-pacific": "Asie de l'Est et Pacifique",
      "report.region.east-and-southern-africa": "Afrique de l'Est et australe", "report.region.europe": "Europe",
      "report.region.latin-america-and-the-caribbean": "Amérique latine et Caraïbes", "report.region.middle-east-and-north-africa": "Moyen-Orient et Afrique du Nord",
      "report.region.north-america": "Amérique du Nord", "report.region.south-asia": "Asie du Sud",
      "report.region.west-and-central-africa": "Afrique de l'Ouest et du Centre",
      // Reports: whom a count of places counts
      "report.among.attended": "parmi les présents",
      "report.among.confirmed": "parmi les confirmés, aucune présence n'étant enregistrée",
      "report.among.expected": "parmi les présents, ou les confirmés là où aucune présence n'est enregistrée",
      // Reports: the groups people are counted in, and the standard indicators (an event's own label in
      // the language comes first; these stand in for the standard ones)
      "report.gender.woman": "femme", "report.gender.man": "homme", "report.gender.non-binary": "non binaire",
      "report.gender.other": "autre", "report.gender.prefer-not-to-say": "préfère ne pas répondre",
      "report.ageUnder": "moins de {n} ans", "indicator.registered": "Participants inscrits",
      "indicator.confirmed": "Participants confirmés", "indicator.attended": "Participants présents",
      "indicator.attendance-rate": "Taux de présence (% des confirmés)",
      "indicator.session-attendance": "Présence par session", "indicator.cities": "Villes représentées",
      "indicator.countries": "Pays représentés", "indicator.responses": "Réponses au questionnaire",
      "indicator.response-rate": "Taux de réponse (% des participants)",
      "indicator.satisfaction-mean": "Satisfaction (moyenne, 1-5)",
      "indicator.satisfied": "Satisfaits (% ayant répondu 4 ou 5)",
      "indicator.satisfaction-distribution": "Satisfaction : réponses",
      "indicator.session-usefulness": "Utilité par session (moyenne, 1-5)",
      "indicator.knowledge-before": "Connaissances avant (moyenne de ceux qui ont répondu aux deux, 1-5)",
      "indicator.knowledge-after": "Connaissances après (moyenne de ceux qui ont répondu aux deux, 1-5)",
      "indicator.knowledge-change": "Évolution des connaissances (moyenne après moins avant, de ceux qui ont répondu aux deux)",
      "indicator.intend-to-act": "Ont l'intention d'agir (%)", "indicator.nps": "Net Promoter Score",
      "indicator.commitments": "Engagements de suivi pris",
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
        "Aucun groupe de moins de {threshold} personnes n'est montré : ces cases, et autant d'autres qu'il faut pour qu'aucune ne puisse être déduite d'un total, des autres villes, d'un autre tableau des mêmes personnes ou des rapports des événements, indiquent « masqué ». Un pourcentage portant sur un petit groupe ne montre que son n. Les nombres de villes, d'événements et de demandes ne portent pas sur des personnes et sont donnés en entier.",
      // E-mail subjects
      "email.invitation": "Invitation", "email.updated": "Mise à jour", "email.cancelled": "Annulation",
      // Registration notices: the subject's words ("Waiting list: <event title>")
      "notify.registered": "Inscription reçue", "notify.confirmed": "Place confirmée",
      "notify.waitlisted": "Liste d'attente", "notify.offered": "Une place pour vous",
      "notify.cancelled": "Inscription annulée",
      // The planning timeline (convene plan): headings, statuses, what the workspace shows, standard tasks
      "plan.plan": "Calendrier de préparation", "plan.task": "Tâche", "plan.due": "Échéance",
      "plan.owner": "Responsable", "plan.status": "État", "plan.done": "fait", "plan.open": "à faire",
      "plan.late": "en retard", "plan.doneOn": "fait le {date}", "plan.inDays": "dans {n} jours", "plan.inDays.one": "dans {n} jour",
      "plan.today": "aujourd'hui", "plan.daysLate": "{n} jours de retard", "plan.daysLate.one": "{n} jour de retard", "plan.seen": "constaté",
      "plan.summary": "faites : {done}, à faire : {open}, en retard : {late} (aujourd'hui : {today})",
      "plan.evidence.registered": "{n} inscrits", "plan.evidence.registered.one": "{n} inscrit",
      "plan.evidence.places": "places prises : {held} sur {capacity}",
      "plan.evidence.closes": "les inscriptions ferment le {date}",
      "plan.evidence.releases": "{n} versions publiées", "plan.evidence.releases.one": "{n} version publiée",
      "plan.evidence.invitations": "invitations envoyées : {sent}, non envoyées : {waiting} ; personnes ayant une place sans invitation : {without}",
      "plan.evidence.notices": "avis envoyés : {sent}, à écrire ou envoyer : {due}",
      "plan.evidence.letters": "lettres de visa : {written} sur {needed}",
      "plan.evidence.responses": "{n} réponses au questionnaire", "plan.evidence.responses.one": "{n} réponse au questionnaire", "plan.evidence.report": "rapport rédigé",
      "plan.evidence.noReport": "pas encore de rapport", "plan.task.venue-booked": "Réserver le lieu",
      "plan.task.registration-opened": "Ouvrir les inscriptions",
      "plan.task.visa-letters": "Envoyer les lettres d'appui pour les visas",
      "plan.task.interpreters-booked": "Réserver les interprètes",
      "plan.task.travel-booked": "Réserver les voyages et les hôtels",
      "plan.task.registration-closed": "Clore les inscriptions",
      "plan.task.registrants-told": "Informer chaque inscrit de sa situation",
      "plan.task.schedule-published": "Publier le programme",
      "plan.task.invitations-sent": "Envoyer les invitations d'agenda",
      "plan.task.rooming-list": "Envoyer les listes de chambres aux hôtels",
      "plan.task.pickups-arranged": "Organiser l'accueil à l'aéroport",
      "plan.task.badges-printed": "Imprimer les badges",
      "plan.task.feedback-form-sent": "Envoyer le questionnaire d'évaluation",
      "plan.task.feedback-collected": "Recueillir les évaluations",
      "plan.task.report-written": "Rédiger le rapport de suivi et d'évaluation",
      "plan.task.follow-up": "Assurer le suivi des engagements",
      // The planning timeline: one day
      "plan.tomorrow": "demain",
      // Travel and logistics (convene travel): rooming lists, airport pick-ups, dietary and access needs
      "travel.rooming": "Liste des chambres", "travel.hotel": "Hôtel", "travel.room": "Chambre",
      "travel.guests": "Occupants", "travel.checkIn": "Arrivée", "travel.checkOut": "Départ",
      "travel.nights": "Nuits", "travel.roomNights": "nuitées", "travel.rooms": "chambres",
      "travel.roomsPerNight": "Chambres par nuit", "travel.night": "Nuit",
      "travel.noDates": "dates non indiquées", "travel.pickups": "Accueil à l'aéroport",
      "travel.arriving": "Arrivée", "travel.flights": "Vols", "travel.people": "Personnes",
      "travel.noFlight": "Vol non indiqué, donc pas d'accueil à l'aéroport (route ou train ?) : {names}", "travel.needs": "Besoins alimentaires et d'accessibilité",
      "travel.dietary": "Besoins alimentaires", "travel.access": "Besoins d'accessibilité",
      "travel.need": "Besoin", "travel.count": "Nombre",
      "travel.smallCounts": "Les besoins de moins de {n} personnes sont indiqués <{n} : prévoir jusqu'à {max}.",
      "travel.noNeeds": "Aucun.", "travel.need.vegetarian": "Végétarien", "travel.need.vegan": "Végétalien",
      "travel.need.halal": "Halal", "travel.need.kosher": "Casher", "travel.need.gluten-free": "Sans gluten",
      "travel.need.lactose-free": "Sans lactose", "travel.need.nut-allergy": "Allergie aux fruits à coque",
      "travel.need.diabetic": "Diabétique", "travel.need.wheelchair": "Accès en fauteuil roulant",
      "travel.need.step-free": "Accès sans marches", "travel.need.hearing-loop": "Boucle magnétique",
      "travel.need.sign-language": "Interprétation en langue des signes",
      "travel.need.large-print": "Gros caractères", "travel.need.assistance": "Assistance personnelle",
      "travel.need.quiet-room": "Salle calme",
      // Visa support letters (convene letters visa)
      "letter.title": "Lettre d'appui pour une demande de visa", "letter.dated": "Date : {date}",
      "letter.reference": "Réf. : {ref}", "letter.to": "À l'attention des services consulaires concernés",
      "letter.subject": "Objet : lettre d'appui pour la demande de visa de {name}",
      "letter.greeting": "Madame, Monsieur,",
      "letter.invitation": "{organisation} a le plaisir d'inviter la personne nommée ci-dessous à participer à {event}, qui se tiendra à {venue}, {address}, du {start} au {end}.",
      "letter.funded": "{organisation} prend en charge son voyage et son hébergement pendant l'événement.",
      "letter.selfFunded": "Son voyage et son hébergement sont à sa charge ou à celle de son organisation.",
      "letter.request": "Nous vous serions reconnaissants de bien vouloir lui accorder le visa nécessaire à sa participation. Nous restons à votre disposition à l'adresse ci-dessus pour toute question concernant cette invitation.",
      "letter.closing": "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
      "letter.name": "Nom complet", "letter.nationality": "Nationalité",
      "letter.passport": "Numéro de passeport", "letter.expiry": "Passeport valable jusqu'au",
      "letter.position": "Fonction", "letter.arrival": "Arrivée", "letter.departure": "Départ",
      // Travel: people a list leaves out
      "travel.noHotel": "Sans hôtel : {names}", "travel.noArrival": "Heure d'arrivée non indiquée : {names}",
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
        "adresse de messagerie", "messagerie", "e mail de l utilisateur", "e mail de lutilisateur", "adresse e mail de lutilisateur",
      ],
      // Words that say whose or which of a person's addresses an e-mail question asks for
      // (`Adresse e-mail personnelle`, `E-mail professionnel`): such a question is the
      // person's, before a form account's address, and two of them are a choice to make
      // The first header of a Microsoft Forms export
      "forms_id": ["ID"],
      "email_owner": ["personnel", "personnelle", "professionnel", "professionnelle", "de contact", "pro", "prive", "privee", "du participant", "de la participante", "du delegue", "de la deleguee", "de la personne"],
      "publish_name": [
        "publier", "publie", "publication", "consentement", "diffusion de votre nom", "diffusion de mon nom",
        "diffusion du nom", "autorisez vous", "jaccepte que mon nom", "accepte que mon nom", "figure sur la liste",
        "figurer sur la liste", "apparaisse sur la liste", "apparaitre sur la liste",
      ],
      "other_consent": [
        "enregistrement", "enregistre", "enregistree", "lenregistrement", "photo", "photos", "photographie", "photographie",
        "photographiee", "video", "videos", "filme", "filmee", "medias", "media", "image", "images", "limage", "audio",
        "vue", "audiovisuel", "audiovisuelle", "diffusion", "direct", "reseaux", "sociaux", "captation",
      ],
      "timestamp": [
        "horodateur", "horodatage", "date de soumission", "heure de fin", "heure d inscription",
        "date d inscription", "heure dinscription", "date dinscription", "date de la commande", "date de commande",
        "date de lenregistrement", "date denregistrement",
      ],
      "first_name": ["prenom", "prenoms"],
      "last_name": ["nom de famille", "nom usuel", "nom d'usage", "nom de naissance", "nom en majuscules"],
      "middle_name": ["deuxieme prenom", "second prenom", "autres prenoms", "autre prenom", "autres noms"],
      // The DRC's postnom follows the nom: `Félix Tshisekedi Tshilombo`
      "second_last_name": ["deuxieme nom de famille", "second nom de famille", "postnom", "post nom"],
      "organisation": [
        "organisme", "structure", "employeur", "lorganisation", "lorganisme", "lentreprise", "entreprise", "societe",
        "collectivite", "collectivite territoriale", "nom de lorganisation", "nom de la structure",
      ],
      "title": [
        "titre", "poste", "fonction", "intitule du poste", "role", "role dans", "fonction dans", "poste dans",
        "fonction au sein", "poste au sein", "role au sein",
      ],
      "name": [
        "nom complet", "nom", "nom et prenom", "prenom et nom", "nom du participant", "nom et prenoms", "noms et prenoms",
        "nom prenom", "nom prenoms", "prenoms et nom", "prenom nom", "nom nom d origine", "nom nom dorigine", "nom nom original",
      ],
      "city": ["ville", "municipalite", "commune", "localite", "ville de residence", "lieu de residence"],
      "country": ["pays", "nationalite", "pays region", "pays de residence"],
      "region": ["region"],
      // A civility (`M.`, `Mme`) gives way to a gender column
      "secondary": [
        "nationalite", "citoyennete", "pays de nationalite", "civilite",
        // Eventbrite's work address beside the home one (`Pays du domicile`, `Ville du domicile`)
        "pays travail", "ville travail", "pays du travail", "ville du travail", "pays de travail", "ville de travail",
        "pays professionnel", "ville professionnelle",
      ],
      "category": ["categorie", "type de participant", "groupe", "groupe d acteurs"],
      "gender": ["genre", "sexe", "civilite"],
      "age_group": ["age", "tranche dage", "tranche d age", "groupe dage", "groupe d age"],
      "languages": ["langues", "langue", "langue de travail"],
      "needs": ["besoins", "accessibilite", "besoins particuliers", "regime alimentaire"],
      "timezone": ["fuseau horaire"],
      "arrival": ["arrivee", "darrivee", "larrivee", "date darrivee", "date et heure darrivee"],
      "departure": ["depart"],
      "unavailable": ["indisponible", "indisponibilites"],
      "cohorts": ["cohorte", "cohortes", "delegation"],
      // Form tools' own columns that hold nothing a participant needs (Microsoft Forms)
      "meeting_report": ["duree de la reunion", "duree dans la reunion", "duree minutes", "duree en reunion"],
      "survey_sheet": ["id du repondant", "id du collecteur"],
      "survey_end": ["date de fin"],
      "answer_kind": ["reponse", "reponse ouverte"],
      "ticket": ["n° de billet", "numero de billet", "billet #", "n° de participant", "code-barres"],
      "other_choice": ["autre", "autres", "autre veuillez preciser", "autre precisez", "autre a preciser"],
      "ignore": [
        "id", "heure de debut", "heure de la derniere modification", "droit a limage", "dernier depart",
        "premiere arrivee", "derniere sortie", "premiere entree",
        // Where and when a person was born (visa forms): never where they live
        "pays de naissance", "ville de naissance", "lieu de naissance", "commune de naissance", "date de naissance",
        // The buyer's address on a ticket order (Eventbrite): the payer's, never the attendee's
        "pays de facturation", "ville de facturation", "adresse de facturation",
        "nationalite dorigine",
      ],
      // Attendance and feedback columns
      // A meeting tool's approval of each registration (Zoom: approved, pending, denied)
      "approval": [
        "statut d'approbation", "statut de l'inscription", "statut", "etat de l'inscription", "statut de validation",
        "statut du participant", "statut de la commande", "etat de la commande",
      ],
      // A column of its own for one status, ticked or answered oui where it applies
      "declined_box": ["annulé", "annulée", "annulation", "désisté", "désistée", "désistement", "désinscrit", "désinscrite",
        "remboursé", "remboursée", "absent", "absente", "non venu", "non venue", "retiré", "retirée",
      ],
      "waitlisted_box": ["liste d'attente", "en liste d'attente", "sur liste d'attente"],
      // A form's question whether the person will come
      "rsvp": [
        "participerez vous", "serez vous present", "serez vous presente", "vous serez present", "vous serez presente",
        "confirmez vous votre participation", "presence", "reponse", "participation", "rsvp", "viendrez vous",
      ],
      "participant": ["numero de participant", "identifiant", "n de participant"],
      // A sign-in sheet's column of names
      "attendee": ["participant", "participante", "participant e", "participant·e"],
      "badge": ["numero", "no participant", "n", "nº", "badge"],
      "session": ["atelier", "seance"],
      "day": ["jour", "date"],
      "status": ["statut", "presence", "present", "a assiste", "a participe"],
      "meeting_flag": ["invite", "consentement a l enregistrement", "en salle d attente"],
      "absent_mark": ["absent", "absente", "absence"],
      "signature": ["signature", "emargement", "signature du participant"],
      "check_in_time": [
        "heure", "heure d arrivee", "heure d'arrivee", "arrivee", "heure de signature", "premiere participation",
        "heure de participation", "premiere jointure", "heure de connexion", "heure d entree", "heure d'entree",
        "heure de pointage", "heure du scan", "heure de scan", "date du scan", "scanne le", "heure d accueil", "heure d'accueil",
        "heure de check in",
      ],
      "response": ["reponse", "numero de reponse"],
      "answer_language": ["langue"],
    ],
    bareNames: ["nom"],
    values: .init(
      genders: [
        "woman": ["femme", "feminin", "fille", "fem", "madame", "mme", "mademoiselle", "mlle"],
        "man": ["homme", "masculin", "garcon", "masc", "monsieur"],
        "non-binary": ["non binaire"],
        "other": ["autre"],
        "prefer-not-to-say": [
          "je prefere ne pas repondre", "ne souhaite pas repondre", "prefere ne pas repondre",
          "je ne souhaite pas repondre",
        ],
      ],
      genderLetters: ["woman": ["f"], "man": ["h"]],
      under: [
        "moins de", "de moins de", "inferieur a", "et moins", "ou moins", "moins", "sous", "en dessous de",
        "au dessous de", "plus jeune que",
      ],
      over: ["et plus", "ou plus", "plus de", "et au dela", "au dela de", "superieur a", "au dessus de", "plus age que"],
      // `Jusqu'à 24 ans`: folding drops the apostrophe, or makes it a space
      upTo: ["jusqua", "jusqu a", "jusque"],
      atLeast: ["a partir de", "au moins", "minimum", "des"],
      ageWords: ["ans", "an", "age", "agee", "ages", "agees"],
      yes: ["oui", "o", "j accepte", "d accord", "oui j accepte", "je suis d accord", "vrai"],
      no: ["non", "je refuse", "je n accepte pas", "pas d accord", "faux"],
      courtesies: ["bien sur", "merci", "volontiers", "avec plaisir", "s il vous plait", "evidemment", "absolument", "ok"],
      listWords: ["et"],
      categories: [
        "mayor": [
          "maire", "mairesse", "adjoint au maire", "adjointe au maire", "maire adjoint", "premier adjoint", "maire ou adjoint",
          "bourgmestre", "president de commune", "presidente de commune", "president du conseil municipal",
        ],
        "local-official": [
          "conseiller municipal", "conseillere municipale", "elu local", "elue locale", "fonctionnaire municipal",
          "agent municipal", "collectivite locale", "point focal", "autorite locale", "secretaire general de mairie",
          "secretaire generale de mairie", "conseiller communal", "conseillere communale", "echevin", "echevine",
          // The neighbourhood's and village's chief, the commune's first tier in West and Central Africa
          "chef de quartier", "cheffe de quartier", "chef du quartier", "cheffe du quartier", "chef de village",
          "cheffe de village", "chef du village", "cheffe du village", "delegue de quartier", "deleguee de quartier",
          "chef de secteur", "cheffe de secteur", "chef de fokontany", "cheffe de fokontany",
        ],
        "youth": ["jeune", "jeunesse", "jeunes", "representant des jeunes", "etudiant", "etudiante"],
        "civil-society": ["ong", "societe civile", "organisation de la societe civile", "osc"],
        "national-government": [
          "ministere", "gouvernement", "gouvernement national", "autorite nationale", "ministre", "prefet", "prefete",
          "sous prefet", "sous prefete", "gouverneur", "gouverneure", "depute", "deputee",
        ],
        "multilateral": [
          "nations unies", "onu", "organisation internationale", "bailleur", "multilateral", "organisation multilaterale",
          "organisme multilateral", "institution multilaterale", "organisation regionale", "partenaire technique et financier",
        ],
        "private-sector": ["secteur prive", "entreprise"],
        "practitioner": ["praticien", "praticienne", "chercheur", "chercheuse", "universitaire"],
        "media": ["journaliste", "presse", "medias"],
        "network-staff": ["personnel du reseau", "equipe"],
      ],
      present: ["presente", "signe"],
      absent: ["absente", "excuse", "excusee", "abs"],
      // A registration's status meaning the person is not coming (Zoom's denied, KoboToolbox's
      // not approved, a Status column an organiser adds)
      declined: [
        "refusé", "refusée", "rejeté", "rejetée", "annulé", "annulée", "désisté", "désistée", "retiré", "retirée",
        "refus", "annulation", "désistement", "abandon", "désinscrit", "désinscrite", "désinscription", "remboursé",
        "remboursée", "transféré", "transférée", "décliné", "déclinée", "absent excusé", "excusé", "excusée",
        "absente", "absence", "manquer", "manquera", "manqué", "manquée",
        // An apology for not coming (`S'excuse`, `Présente ses excuses`)
        "excuse", "excuses", "présente ses excuses",
        // Not paid, as `Non payé` is
        "impayé", "impayée",
        // Prevented from coming, unavailable (`Empêché(e)`, `Indisponible`)
        "empêché", "empêchée", "indisponible",
      ],
      // Words of a status saying the registration stands, and the negations that reverse them
      attending: [
        "approuvé", "approuvée", "validé", "validée", "inscrit", "inscrite", "confirmé", "confirmée", "accepté",
        "acceptée", "participe", "participera", "participant", "participante", "participé", "participer", "viendra",
        "vient", "venu", "venue", "va", "présent", "présente", "en attente", "venir", "assister", "serai", "sera",
        "payé", "payée", "complétée", "terminée",
        // A ticket partly refunded is still held
        "partiellement remboursé", "partiellement remboursée", "remboursement partiel",
      ],
      // Where the person stands at the door: says nothing of the registration
      checkIn: ["check in", "check in effectué", "check in non effectué", "enregistré à l'accueil", "pointé", "pointée"],
      // `Impossible de participer`, `Incapable de venir`: they reverse what follows
      negations: ["ne", "n", "non", "sans", "impossible", "incapable", "empêché de", "empêchée de"],
      negationEnds: ["pas", "jamais", "plus"],
      waitlisted: ["liste d'attente", "en liste d'attente", "sur liste d'attente"],
      statusFillers: [
        "de", "d", "la", "le", "l", "les", "du", "des", "en", "par", "à", "a", "y", "il", "elle", "je", "j", "se", "s",
        "vous", "pour", "est", "été", "sur", "pourra", "pourrai", "pourrons", "peut", "peux", "désolé", "désolée", "inscription", "commande", "statut", "billet", "participation", "présence",
        // How a status was given (`Confirmé par téléphone/courriel`)
        "téléphone", "tél", "courriel", "mail", "e mail", "email", "sms", "whatsapp", "via",
      ],
      // What Microsoft Teams writes in brackets after a guest's name (`Moussa Diop (Invité)`)
      guestMarks: ["invité", "invitée", "externe", "non vérifié", "non vérifiée"],
      scaleLow: ["très insatisfait", "très insatisfaite", "insatisfait", "insatisfaite", "pas du tout satisfait", "pas du tout satisfaite", "pas satisfait", "pas satisfaite", "mécontent", "très mécontent", "pas utile", "pas du tout utile", "peu utile", "inutile", "très mauvais", "mauvais", "médiocre", "pas du tout d'accord", "pas d'accord", "pas du tout", "peu probable", "très peu probable", "pas pertinent", "pas du tout pertinent", "pire", "le pire", "nul", "très mal"],
      scaleHigh: ["très satisfait", "très satisfaite", "satisfait", "satisfaite", "tout à fait satisfait", "tout à fait satisfaite", "extrêmement satisfait", "très utile", "utile", "extrêmement utile", "excellent", "très bon", "très bien", "bon", "bien", "tout à fait d'accord", "d'accord", "très probable", "probable", "très pertinent", "pertinent", "meilleur", "le meilleur", "parfait", "très satisfaisant"],
      entourage: ["cabinet", "bureau", "services", "equipe", "conseiller", "conseillere", "conseillers", "assistant", "assistante", "secretaire", "secretariat", "representant", "representante", "collaborateur", "collaboratrice", "epoux", "epouse", "porte", "parole", "candidat", "candidate", "chauffeur", "protocole", "securite", "garde", "interprete", "photographe", "presse", "mari", "conjoint", "conjointe", "junior", "juniors", "jeunes", "enfants", "etudiant", "etudiants"],
      formerly: ["ancien", "ancienne", "ex", "precedent", "precedente", "retraite", "retraitee", "honoraire", "jusqu", "jusqua"],
      commitmentStatuses: [
        "done": ["realisee", "termine", "terminee", "accompli", "accomplie", "acheve", "achevee", "fait", "faite"],
        "in-progress": ["en cours de realisation", "en cours de mise en oeuvre", "commence", "commencee", "entame", "entamee"],
        "not-started": ["pas encore commence", "non commence", "non commencee", "pas commencee", "pas encore", "prevu", "prevue"],
        "dropped": ["abandonnee", "annule", "annulee", "arrete", "arretee", "renonce"],
      ],
      languageNames: ["fr": ["francais"], "en": ["anglais"], "ar": ["arabe"]]
    )
  )
}
