extension LanguagePack {
  /// English: every label key is here, and stands in for a word another language lacks.
  public static let english = LanguagePack(
    code: "en", name: "English",
    labels: [
      // Agendas
      "agenda.agenda": "Agenda", "agenda.time": "Time", "agenda.room": "Room", "agenda.session": "Session",
      "agenda.speakers": "Speakers", "agenda.moderators": "Moderators", "agenda.interpretation": "Interpretation",
      "agenda.version": "release", "agenda.draft": "draft, not yet published", "agenda.timesIn": "Times are local", "agenda.personalFor": "Personal agenda of",
      // Reports
      "report.report": "Monitoring and evaluation report", "report.network": "Network report",
      "report.events": "Events", "report.event": "Event", "report.kind": "Kind", "report.dates": "Dates",
      "report.keyFigures": "Key figures", "report.indicator": "Indicator", "report.value": "Value", "report.n": "n",
      "report.target": "Target", "report.met": "met", "report.notMet": "not met", "report.allEvents": "All events",
      "report.charts": "Charts", "report.breakdowns": "Breakdowns", "report.group": "Group",
      "report.participationByCategory": "Participation by category",
      "report.funnel": "Registration, confirmation and attendance",
      "report.satisfaction": "Satisfaction: answers",
      "report.knowledge": "Knowledge before and after (mean, 1-5)",
      "report.before": "Before", "report.after": "After", "report.all": "All",
      "report.commitments": "Follow-up commitments",
      "report.privacy":
        "Groups of fewer than 5 people are shown as <5; a cell marked suppressed is hidden so that a <5 group cannot be worked out from a total.",
      "report.noAttendance": "No attendance has been recorded yet.",
      "report.total": "Total", "report.category": "Category", "report.gender": "Gender",
      "report.age_group": "Age group", "report.region": "Region", "report.country": "Country",
      "report.session": "Session", "report.answer": "Answer", "report.registered": "Registered",
      "report.confirmed": "Confirmed", "report.attended": "Attended", "report.notGiven": "not given",
      // The feedback form
      "form.feedback": "Feedback",
      "form.intro":
        "Thank you for taking part. Your answers help the network improve its events. This form works offline: fill it in, save your answers, and send the saved file to the organisers.",
      "form.aboutYou": "About you", "form.identify": "Who is answering",
      "form.identifyHint":
        "Give the participant number on your invitation, or your e-mail address, so that your answer is counted once. Leave both empty to answer anonymously.",
      "form.participantId": "Participant number (such as p012)", "form.email": "E-mail address",
      "form.questions": "Questions", "form.session": "Session", "form.notAttended": "Did not attend",
      "form.profile": "A little more about you",
      "form.profileHint": "Only if you did not give this when you registered. Every answer here is optional.",
      "form.save": "Save my answers", "form.missing": "Please answer:",
      "form.badEmail": "The e-mail address does not look right.",
      "form.saved": "Your answers were saved as {file}. Please send this file to the organisers.",
      "form.offline": "Nothing is sent over the internet: your answers stay in the file you save.",
      // Sign-in sheets
      "sheet.signIn": "Sign-in sheet", "sheet.wholeDay": "Sign-in for the day", "sheet.expected": "Expected",
      "sheet.id": "No.", "sheet.name": "Name", "sheet.organisation": "Organisation", "sheet.signature": "Signature",
      // Follow-up of commitments ({event}, {dates}, {months} and {date} are filled in)
      "followup.title": "Follow-up on your commitment",
      "followup.intro":
        "At {event} you wrote what you would do next. Tell the network how it went: your answers help it support member cities. This form works offline: fill it in, save your answers, and send the saved file to the organisers.",
      "followup.commitment": "What you committed to", "followup.madeAt": "Written at the end of {event} ({dates}).",
      "followup.asOf": "{months} months after the event ({date}).", "followup.respondent": "Participant number",
      "followup.questions": "How it went", "followup.status": "Where does this commitment stand today?",
      "followup.done": "Done", "followup.inProgress": "In progress", "followup.notStarted": "Not started",
      "followup.dropped": "Dropped", "followup.changes": "What has changed because of it?",
      "followup.obstacles": "What got in the way?", "followup.support": "What support would you like from the network?",
      // Network reports
      "network.framework": "Results framework", "network.outcome": "Outcome", "network.output": "Output",
      "network.year": "Year", "network.baseline": "Baseline", "network.source": "Source", "network.measure": "Measure",
      "network.trend": "Trend", "network.cityRecords": "City records", "network.city": "City",
      "network.joined": "Joined", "network.membership": "Status", "network.population": "Population",
      "network.participants": "Took part", "network.commitmentsMade": "Commitments made",
      "network.followedUp": "Followed up", "network.feedbackMeans": "Feedback (mean answer, where at least 5 answered)",
      "network.requests": "Help-desk requests", "network.resolved": "Resolved", "network.daysToResolve": "Mean days to answer",
      "network.officials": "Officials named with their consent", "network.nonMember": "Other cities (not members, or not matched)",
      "network.city_size": "City size", "network.event_kind": "Kind of event", "network.topic": "Topic",
      "network.under-100k": "under 100,000", "network.100k-500k": "100,000 to 500,000",
      "network.500k-1m": "500,000 to 1 million", "network.1m-5m": "1 to 5 million", "network.5m-plus": "5 million or more",
      "network.quietCities": "Member cities with nothing recorded in these years",
      "network.active": "active", "network.inactive": "inactive", "network.left": "left",
      "network.networkPrivacy":
        "Groups of fewer than 5 people are shown as <5; a cell marked suppressed is hidden so that a <5 group cannot be worked out from a total or from the other cities. Counts of cities, events and requests are not about people and are shown whole.",
      // E-mail subjects: "Invitation: <event title>"
      "email.invitation": "Invitation", "email.updated": "Updated", "email.cancelled": "Cancelled",
      // Badges (the category band: a short name of each default category)
      "badge.badges": "Badges", "badge.languages": "Languages",
      "badge.category.mayor": "Mayor", "badge.category.local-official": "Local government",
      "badge.category.youth": "Youth", "badge.category.civil-society": "Civil society",
      "badge.category.national-government": "National government", "badge.category.multilateral": "Multilateral",
      "badge.category.private-sector": "Private sector", "badge.category.practitioner": "Practitioner",
      "badge.category.media": "Media", "badge.category.network-staff": "Network staff",
      // Certificates of attendance ({attended}, {expected} and {organiser} are filled in)
      "certificate.certificate": "Certificate of attendance", "certificate.certifies": "This is to certify that",
      "certificate.attended": "attended the following sessions of", "certificate.share": "{attended} of {expected} sessions",
      "certificate.date": "Date", "certificate.time": "Time", "certificate.session": "Session",
      "certificate.code": "Verification code",
      "certificate.verify": "The organisers can confirm this certificate from its code: {organiser}.",
      "certificate.for": "For the organisers",
    ],
    headers: [
      // Registration fields, as Google Forms, Microsoft Forms, KoboToolbox, Zoom and spreadsheets write them
      "email": ["email", "e mail", "mail", "email address", "user email", "your email", "electronic mail"],
      "publish_name": ["publish", "published", "consent", "list my name"],
      "timestamp": ["timestamp", "submission time", "submitted at", "completion time", "registration time"],
      "first_name": ["first name", "given name", "forename"],
      "last_name": ["last name", "surname", "family name"],
      "organisation": ["organisation", "organization", "institution", "agency", "employer", "affiliation"],
      "title": ["job title", "title", "position", "role", "designation"],
      "name": ["full name", "name", "participant name", "display name", "name original name"],
      "city": ["city", "municipality", "town", "local government area"],
      "country": ["country", "nationality", "country region"],
      "region": ["region"],
      "category": ["category", "stakeholder", "stakeholder group", "participant type", "constituency"],
      "gender": ["gender", "sex"],
      "age_group": ["age group", "age", "age range"],
      "languages": ["languages", "language", "working language"],
      "needs": ["needs", "accessibility", "dietary", "requirements", "special needs"],
      "timezone": ["time zone", "timezone"],
      "arrival": ["arrival", "arriving"],
      "departure": ["departure", "leaving"],
      "unavailable": ["unavailable", "not available"],
      "cohorts": ["cohort", "cohorts", "delegation"],
      // Form tools' and meeting reports' own columns that hold nothing a participant needs
      // (Microsoft Forms, Zoom, Teams): read as `ignore`, after every field's words
      "ignore": [
        "id", "start time", "last modified time", "join time", "leave time", "first join", "last leave",
        "approval status", "time in session", "in meeting duration", "duration", "attended", "is guest",
        "participant id", "webinar id", "meeting id",
      ],
      // Attendance and feedback columns (compared whole)
      "participant": ["participant", "participant id", "participant number", "your participant id"],
      "badge": ["id", "badge", "badge number"],
      "session": ["session", "session id"],
      "day": ["day", "date"],
      "status": ["status", "present", "attendance"],
      "check_in_time": ["checked in at", "time", "signed at", "arrival", "join time", "first join"],
      "response": ["response", "response id", "uuid"],
      "answer_language": ["language"],
    ],
    bareNames: ["name"],
    values: .init(
      genders: [
        "woman": ["woman", "women", "female", "f", "w", "girl"],
        "man": ["man", "men", "male", "m", "boy"],
        "non-binary": ["non binary", "nonbinary", "nb"],
        "other": ["other"],
        "prefer-not-to-say": ["prefer not to say", "prefer not to answer", "rather not say"],
      ],
      under: ["under", "below", "less than", "younger than", "or younger", "and younger", "<"],
      over: ["over", "above", "and over", "or over", "and older", "or older", "plus", "+", "more than"],
      yes: ["yes", "y", "true", "1", "x", "i agree", "agree", "yes i agree", "i consent"],
      no: ["no", "n", "false", "0", "i do not agree", "i disagree", "do not agree"],
      listWords: ["and"],
      categories: [
        "mayor": [
          "mayor", "deputy mayor", "vice mayor", "lord mayor", "governor of city", "city mayor", "mayors",
          "mayor or deputy mayor",
        ],
        "local-official": [
          "local official", "local government", "local government official", "city official",
          "municipal official", "councillor", "councilor", "city councillor", "council member",
          "municipal staff", "focal point", "local authority", "alderman",
        ],
        "youth": ["youth", "young person", "youth representative", "youth leader", "student"],
        "civil-society": [
          "civil society", "cso", "ngo", "community organisation", "community organization", "association",
          "community leader", "religious leader", "faith leader", "women's group", "women group",
        ],
        "national-government": [
          "national government", "government", "ministry", "national official", "national authority",
          "state official",
        ],
        "multilateral": [
          "multilateral", "un", "united nations", "international organisation", "international organization",
          "regional organisation", "multilateral organisation", "multilateral organization", "donor",
        ],
        "private-sector": ["private sector", "business", "company", "industry", "tech company", "corporate"],
        "practitioner": [
          "practitioner", "expert", "researcher", "academic", "academia", "professional", "specialist",
          "consultant",
        ],
        "media": ["media", "journalist", "press"],
        "network-staff": [
          "network staff", "staff", "management unit", "secretariat", "organiser", "organizer",
          "network management unit",
        ],
      ],
      present: ["present", "p", "signed", "here", "attended", "✓", "✔"],
      absent: ["absent", "a", "no show", "did not attend", "excused"],
      languageNames: ["en": ["english"], "fa": ["farsi"], "sw": ["kiswahili"]]
    )
  )
}
