extension LanguagePack {
  /// English: every label key is here, and stands in for a word another language lacks.
  public static let english = LanguagePack(
    code: "en", name: "English",
    labels: [
      // Calendar events (invitations and the agenda's .ics)
      "calendar.participant": "Participant", "calendar.speakers": "Speakers", "calendar.moderators": "Moderators",
      "calendar.track": "Track", "calendar.language": "Language", "calendar.interpretation": "interpretation",
      "calendar.localTime": "Your local time ({zone})",
      // Agendas
      "agenda.agenda": "Agenda", "agenda.time": "Time", "agenda.room": "Room", "agenda.session": "Session",
      "agenda.speakers": "Speakers", "agenda.moderators": "Moderators", "agenda.interpretation": "Interpretation",
      "agenda.version": "release", "agenda.draft": "draft, not yet published", "agenda.timesIn": "Times are local", "agenda.personalFor": "Personal agenda of",
      // Reports
      "report.report": "Monitoring and evaluation report", "report.network": "Network report",
      "report.events": "Events", "report.event": "Event", "report.kind": "Kind", "report.dates": "Dates",
      // Kinds of event (`EventKind`)
      "report.kind.workshop": "Workshop", "report.kind.regional-workshop": "Regional workshop", "report.kind.global-summit": "Global summit",
      "report.kind.webinar": "Webinar", "report.kind.briefing": "Briefing", "report.kind.training": "Training",
      "report.kind.exchange": "Peer exchange", "report.kind.site-visit": "Site visit", "report.kind.leadership-initiative": "Leadership initiative",
      "report.keyFigures": "Key figures", "report.indicator": "Indicator", "report.value": "Value", "report.n": "n",
      "report.target": "Target", "report.met": "met", "report.notMet": "not met", "report.allEvents": "All events",
      "report.charts": "Charts", "report.breakdowns": "Breakdowns", "report.group": "Group",
      "report.participationByCategory": "Participation by category",
      "report.funnel": "Registration, confirmation and attendance",
      "report.satisfaction": "Satisfaction: answers",
      "report.knowledge": "Knowledge before and after (mean, 1-5)",
      "report.before": "Before", "report.after": "After", "report.all": "All",
      "report.commitments": "Follow-up commitments",
      "report.commitmentsWithheld": "{n} more are not printed: they name a person or give contact details.",
      "report.commitmentsWithheld.one": "{n} more is not printed: it names a person or gives contact details.",
      "report.privacy":
        "No group of fewer than {threshold} people is shown: such cells, and as many others as it takes so that none can be worked out from the figures shown here or in an earlier report, read suppressed. A percentage about a small group shows its n only. The answers of the whole event to a question are counted once {answers} people or more answered it.",
      "report.thresholdByEvent": "Each event sets its own threshold, from {min} to {max} here: a group under its event's is not shown.",
      "report.suppressed": "suppressed", "report.otherOrNotStated": "other or not stated",
      "report.noAttendance": "No attendance has been recorded yet.",
      "report.total": "Total", "report.category": "Category", "report.gender": "Gender",
      "report.age_group": "Age group", "report.region": "Region", "report.country": "Country",
      "report.session": "Session", "report.answer": "Answer", "report.registered": "Registered",
      "report.confirmed": "Confirmed", "report.attended": "Attended", "report.notGiven": "not given",
      // Reports: the network's regions (countries are named from the country table)
      "report.region.central-asia-and-caucasus": "Central Asia and Caucasus", "report.region.east-asia-and-pacific": "East Asia and Pacific",
      "report.region.east-and-southern-africa": "East and Southern Africa", "report.region.europe": "Europe",
      "report.region.latin-america-and-the-caribbean": "Latin America and the Caribbean", "report.region.middle-east-and-north-africa": "Middle East and North Africa",
      "report.region.north-america": "North America", "report.region.south-asia": "South Asia",
      "report.region.west-and-central-africa": "West and Central Africa",
      // Reports: whom a count of places counts
      "report.among.attended": "among those who attended",
      "report.among.confirmed": "among those confirmed, as no attendance is recorded",
      "report.among.expected": "among those who attended, or confirmed where no attendance was recorded",
      // Reports: the groups people are counted in, and the standard indicators (an event's own label in
      // the language comes first; these stand in for the standard ones)
      "report.gender.woman": "woman", "report.gender.man": "man", "report.gender.non-binary": "non-binary",
      "report.gender.other": "other", "report.gender.prefer-not-to-say": "prefer not to say",
      "report.ageUnder": "under {n}", "indicator.registered": "Participants registered",
      "indicator.confirmed": "Participants confirmed", "indicator.attended": "Participants who attended",
      "indicator.attendance-rate": "Attendance rate (% of confirmed)",
      "indicator.session-attendance": "Attendance per session", "indicator.cities": "Cities represented",
      "indicator.countries": "Countries represented", "indicator.responses": "Feedback responses",
      "indicator.response-rate": "Response rate (% of participants)",
      "indicator.satisfaction-mean": "Satisfaction (mean, 1-5)",
      "indicator.satisfied": "Satisfied (% answering 4 or 5)",
      "indicator.satisfaction-distribution": "Satisfaction: answers",
      "indicator.session-usefulness": "Usefulness per session (mean, 1-5)",
      "indicator.knowledge-before": "Knowledge before (mean of those who answered both, 1-5)",
      "indicator.knowledge-after": "Knowledge after (mean of those who answered both, 1-5)",
      "indicator.knowledge-change": "Knowledge change (mean of after minus before, of those who answered both)",
      "indicator.intend-to-act": "Intend to act (%)", "indicator.nps": "Net Promoter Score",
      "indicator.commitments": "Follow-up commitments made",
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
        "No group of fewer than {threshold} people is shown: such cells, and as many others as it takes so that none can be worked out from a total, from the other cities, from another table of the same people or from the events' own reports, read suppressed. A percentage about a small group shows its n only. Counts of cities, events and requests are not about people and are shown whole.",
      // E-mail subjects: "Invitation: <event title>"
      "email.invitation": "Invitation", "email.updated": "Updated", "email.cancelled": "Cancelled",
      // Registration notices: the subject's words ("Waiting list: <event title>")
      "notify.registered": "Registration received", "notify.confirmed": "Place confirmed",
      "notify.waitlisted": "Waiting list", "notify.offered": "A place for you",
      "notify.cancelled": "Registration cancelled",
      // The planning timeline (convene plan): headings, statuses, what the workspace shows, standard tasks
      "plan.plan": "Planning timeline", "plan.task": "Task", "plan.due": "Due", "plan.owner": "Owner",
      "plan.status": "Status", "plan.done": "done", "plan.open": "due", "plan.late": "late",
      "plan.doneOn": "done on {date}", "plan.inDays": "in {n} days", "plan.today": "today",
      "plan.daysLate": "{n} days late", "plan.daysLate.one": "{n} day late", "plan.seen": "seen",
      "plan.summary": "{done} done, {open} due, {late} late (today: {today})",
      "plan.evidence.registered": "{n} registered",
      "plan.evidence.places": "places taken: {held} of {capacity}",
      "plan.evidence.closes": "registration closes on {date}",
      "plan.evidence.releases": "{n} releases published", "plan.evidence.releases.one": "{n} release published",
      "plan.evidence.invitations": "invitations: {sent} sent, {waiting} not sent; holding a place without one: {without}",
      "plan.evidence.notices": "notices: {sent} sent, {due} to write or send",
      "plan.evidence.letters": "visa letters: {written} of {needed}",
      "plan.evidence.responses": "{n} feedback responses", "plan.evidence.responses.one": "{n} feedback response", "plan.evidence.report": "report written",
      "plan.evidence.noReport": "no report yet", "plan.task.venue-booked": "Book the venue",
      "plan.task.registration-opened": "Open registration",
      "plan.task.visa-letters": "Send the visa support letters",
      "plan.task.interpreters-booked": "Book the interpreters",
      "plan.task.travel-booked": "Book travel and hotels",
      "plan.task.registration-closed": "Close registration",
      "plan.task.registrants-told": "Tell every registrant where they stand",
      "plan.task.schedule-published": "Publish the agenda",
      "plan.task.invitations-sent": "Send the calendar invitations",
      "plan.task.rooming-list": "Send the rooming lists to the hotels",
      "plan.task.pickups-arranged": "Arrange the airport pick-ups",
      "plan.task.badges-printed": "Print the badges",
      "plan.task.feedback-form-sent": "Send the feedback form",
      "plan.task.feedback-collected": "Collect the feedback",
      "plan.task.report-written": "Write the M&E report",
      "plan.task.follow-up": "Follow up on the commitments",
      // The planning timeline: one day
      "plan.tomorrow": "tomorrow",
      // Travel and logistics (convene travel): rooming lists, airport pick-ups, dietary and access needs
      "travel.rooming": "Rooming list", "travel.hotel": "Hotel", "travel.room": "Room",
      "travel.guests": "Guests", "travel.checkIn": "Check-in", "travel.checkOut": "Check-out",
      "travel.nights": "Nights", "travel.roomNights": "room-nights", "travel.rooms": "rooms",
      "travel.roomsPerNight": "Rooms per night", "travel.night": "Night",
      "travel.noDates": "dates not given", "travel.pickups": "Airport pick-ups",
      "travel.arriving": "Arriving", "travel.flights": "Flights", "travel.people": "People",
      "travel.noFlight": "No flight given, so no airport pick-up (by road or rail?): {names}", "travel.needs": "Dietary and access needs",
      "travel.dietary": "Dietary needs", "travel.access": "Access needs", "travel.need": "Need",
      "travel.count": "Number",
      "travel.smallCounts": "Needs of fewer than {n} people are shown as <{n}: prepare for up to {max}.",
      "travel.noNeeds": "None given.", "travel.need.vegetarian": "Vegetarian", "travel.need.vegan": "Vegan",
      "travel.need.halal": "Halal", "travel.need.kosher": "Kosher", "travel.need.gluten-free": "Gluten-free",
      "travel.need.lactose-free": "Lactose-free", "travel.need.nut-allergy": "Nut allergy",
      "travel.need.diabetic": "Diabetic", "travel.need.wheelchair": "Wheelchair access",
      "travel.need.step-free": "Step-free access", "travel.need.hearing-loop": "Hearing loop",
      "travel.need.sign-language": "Sign language interpretation", "travel.need.large-print": "Large print",
      "travel.need.assistance": "Personal assistance", "travel.need.quiet-room": "Quiet room",
      // Visa support letters (convene letters visa)
      "letter.title": "Visa support letter", "letter.dated": "Date: {date}",
      "letter.reference": "Ref.: {ref}", "letter.to": "To the consular services concerned",
      "letter.subject": "Subject: visa support letter for {name}", "letter.greeting": "Dear Sir or Madam,",
      "letter.invitation": "{organisation} is pleased to invite the person named below to take part in {event}, to be held at {venue}, {address}, from {start} to {end}.",
      "letter.funded": "{organisation} will cover their travel and accommodation for the event.",
      "letter.selfFunded": "Their travel and accommodation are paid by themselves or their organisation.",
      "letter.request": "We would be grateful if you would grant them the visa they need to attend. Please contact us at the address above with any question about this invitation.",
      "letter.closing": "Yours faithfully,", "letter.name": "Full name", "letter.nationality": "Nationality",
      "letter.passport": "Passport number", "letter.expiry": "Passport valid until",
      "letter.position": "Position", "letter.arrival": "Arrival", "letter.departure": "Departure",
      // Travel: people a list leaves out
      "travel.noHotel": "No hotel: {names}", "travel.noArrival": "No arrival time: {names}",
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
      "email": [
        "email", "e mail", "mail", "email address", "user email", "your email", "electronic mail",
      ],
      // Words that say whose or which of a person's addresses an e-mail question asks for
      // (`Personal email`, `Work email`): such a question is the person's, before a form
      // account's address, and two of them are a choice to make
      // The first header of a Microsoft Forms export
      "forms_id": ["ID"],
      "email_owner": ["personal", "work", "professional", "business", "contact", "private", "preferred", "for contact", "participant", "participants", "attendee", "attendees", "delegate", "delegates", "registrant"],
      "publish_name": ["publish", "published", "consent", "list my name"],
      // Words that make a consent header one to something else than a published name
      // (`Recording consent`, `I agree to appear in photos`): such a column is read as nothing
      "other_consent": [
        "recording", "recorded", "record", "photo", "photos", "photograph", "photographs", "photographed", "photography",
        "picture", "pictures", "video", "videos", "filmed", "filming", "media", "image", "images", "camera", "audio",
        "livestream", "livestreamed", "stream", "streamed", "streaming", "live", "broadcast", "audiovisual", "av", "social",
      ],
      "timestamp": [
        "timestamp", "submission time", "submitted at", "completion time", "registration time", "registration date",
        "order date", "date registered",
        // Typeform's and Jotform's
        "submit date (utc)", "submit date utc", "submit date", "submission date", "date submitted",
      ],
      "first_name": [
        "first name", "given name", "forename", "first names", "given names", "forenames", "christian name", "christian names",
      ],
      "last_name": ["last name", "surname", "family name", "paternal surname", "first surname"],
      // `Surname` + `Other names` (Kenyan, Ugandan, Nigerian forms): the given names, written
      // before the family name as a middle name is
      "middle_name": ["middle name", "middle names", "middle initial", "other given names", "other names"],
      "second_last_name": ["second surname", "second last name", "maternal surname", "mothers surname"],
      "organisation": [
        "organisation", "organization", "institution", "agency", "employer", "affiliation", "company", "company name",
        "organisation name", "organization name",
        // `Your organisation's name`, `Company's name`: the possessive folds into the word
        "organisations name", "organizations name", "companys name", "institutions name", "employers name",
      ],
      "title": [
        "job title", "title", "position", "role", "designation", "role in", "position in", "title in", "role at",
        "position at", "function in",
      ],
      "name": [
        "full name", "name", "participant name", "display name", "name original name", "first and last name",
        "name and surname",
      ],
      "city": [
        "city", "municipality", "town", "local government area", "city of residence", "town of residence", "place of residence",
      ],
      "country": ["country", "nationality", "country region", "country of residence", "residence country"],
      "region": ["region"],
      // Headers whose column gives way to another of the same field (compared whole)
      "secondary": [
        "nationality", "citizenship", "country of citizenship", "country of nationality",
        // Eventbrite's work address beside the home one (`Home Country`, `Home City`)
        "work country", "work city",
      ],
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
      // The length of someone's time in a call, which only meeting reports (Zoom, Teams) have:
      // beside it, join and leave times are the call's, never the event's arrival or
      // departure (compared whole)
      // SurveyMonkey's export: headers only it writes, its `End Date` (when the form was sent),
      // and the words it writes under a question of one column on its header's second row
      "survey_sheet": ["respondent id", "collector id"],
      "survey_end": ["end date"],
      "answer_kind": ["response", "open ended response"],
      // The label of a choice whose column holds what the person typed (`Other (please specify)`)
      // The number of each ticket of an order (Eventbrite's `Attendee #`): tickets of one
      // address with other numbers are other people
      "ticket": ["attendee #", "attendee no", "attendee number", "attendee id", "ticket #", "ticket no", "ticket number", "ticket id", "barcode #"],
      "other_choice": ["other please specify", "other", "others", "other specify", "other please state"],
      "meeting_report": ["in meeting duration", "duration minutes", "time in session", "time in session minutes", "total duration minutes", "meeting duration"],
      "ignore": [
        "id", "start time", "last modified time", "join time", "leave time", "first join", "last leave",
        "approval status", "time in session", "in meeting duration", "duration", "attended", "is guest",
        "participant id", "webinar id", "meeting id",
        // Where and when a person was born (visa forms): never where they live
        "country of birth", "city of birth", "town of birth", "place of birth", "birthplace", "birth country", "birth city",
        "date of birth", "birth date", "birthday",
        // The buyer's address on a ticket order (Eventbrite): the payer's, never the attendee's
        "billing country", "billing city", "billing state", "billing address", "billing postal code",
      ],
      // Attendance and feedback columns (compared whole)
      // A meeting tool's approval of each registration (Zoom: approved, pending, denied)
      "approval": [
        "approval status", "registration status", "status", "registration state", "validation status", "_validation_status",
        "attendee status", "ticket status", "order status",
        // Typeform's: `completed`, or `partial` for a form left before its end
        "response type",
      ],
      // A column of its own for one status, ticked or answered yes where it applies (a Google
      // Sheets checkbox `Cancelled` added beside a form's answers; compared whole)
      "declined_box": [
        "cancelled", "canceled", "cancellation", "withdrawn", "declined", "not attending", "refunded", "absent",
        "no show", "noshow", "withdrew", "did not attend",
      ],
      "waitlisted_box": ["waitlist", "waitlisted", "waiting list", "wait list", "on waitlist", "on the waitlist"],
      // A form's question whether the person will come (Google Forms' Event RSVP template)
      "rsvp": [
        "can you attend", "will you attend", "are you attending", "will you be attending", "attendance", "rsvp",
        "will you come", "are you coming",
      ],
      "participant": ["participant", "participant id", "participant number", "your participant id"],
      // A sign-in sheet's column of names
      "attendee": ["attendee", "attendee name", "delegate", "delegate name"],
      "badge": ["id", "badge", "badge number", "badge id", "badge no", "badge code"],
      "session": ["session", "session id"],
      "day": ["day", "date"],
      "status": ["status", "present", "attendance", "attended", "did you attend", "showed up"],
      // Meeting reports' yes/no columns about something else than attendance (Zoom's)
      "meeting_flag": ["guest", "is guest", "recording consent", "in waiting room", "recording disclaimer response"],
      "absent_mark": ["absent", "absence", "absentee"],
      "signature": ["signature", "sign here", "signed"],
      "check_in_time": [
        "checked in at", "time", "signed at", "arrival", "join time", "first join", "first joined", "joined at", "time joined",
        // Badge scanners' and check-in apps'
        "check-in time", "check in time", "checkin time", "time of check-in", "scan time", "scanned at", "time scanned",
        "scan date", "sign-in time", "sign in time", "time in", "entry time", "arrival time",
      ],
      "response": ["response", "response id", "uuid"],
      "answer_language": ["language"],
    ],
    bareNames: ["name"],
    values: .init(
      genders: [
        "woman": ["woman", "women", "female", "girl"],
        "man": ["man", "men", "male", "boy"],
        "non-binary": ["non binary", "nonbinary", "nb"],
        "other": ["other"],
        "prefer-not-to-say": ["prefer not to say", "prefer not to answer", "rather not say"],
      ],
      genderLetters: ["woman": ["f", "w"], "man": ["m"]],
      under: ["under", "below", "less than", "younger than", "or younger", "and younger", "<"],
      over: [
        "over", "above", "and over", "or over", "and older", "or older", "plus", "+", "more than", "older than",
        "greater than",
      ],
      upTo: ["up to", "upto", "until"],
      atLeast: ["at least", "from", "minimum", "min"],
      ageWords: ["years", "year", "yrs", "yr", "old", "years old", "aged", "age"],
      yes: ["yes", "y", "true", "1", "x", "i agree", "agree", "yes i agree", "i consent"],
      no: ["no", "n", "false", "0", "i do not agree", "i disagree", "do not agree"],
      courtesies: ["please", "of course", "sure", "certainly", "thank you", "thanks", "ok", "okay", "absolutely", "definitely"],
      listWords: ["and"],
      categories: [
        "mayor": [
          "mayor", "deputy mayor", "vice mayor", "lord mayor", "governor of city", "city mayor", "mayors",
          "mayor or deputy mayor",
        ],
        "local-official": [
          "local official", "local government", "local government official", "city official",
          "municipal official", "councillor", "councilor", "city councillor", "council member",
          "municipal staff", "focal point", "local authority", "alderman", "ward councillor", "ward councilor", "city manager",
          "neighbourhood chief", "neighborhood chief", "neighbourhood head", "neighborhood head", "village chief", "village head",
        ],
        "youth": ["youth", "young person", "youth representative", "youth leader", "student"],
        "civil-society": [
          "civil society", "cso", "ngo", "community organisation", "community organization", "association",
          "community leader", "religious leader", "faith leader", "women's group", "women group",
        ],
        "national-government": [
          "national government", "government", "ministry", "national official", "national authority",
          "state official", "minister",
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
      // A registration's status meaning the person is not coming (Zoom's denied, KoboToolbox's
      // not approved, a Status column an organiser adds)
      declined: [
        "denied", "rejected", "declined", "cancelled", "canceled", "withdrawn", "withdrew", "disapproved", "refused",
        "cancellation", "unregistered", "deregistered", "refunded", "transferred", "deleted", "absent", "absentee",
        "no show", "noshow", "miss", "missed", "will miss",
        "refund requested",
        // An apology for not coming, as minutes and invitation lists write it
        "regrets", "regret", "sends regrets", "sent regrets", "send regrets", "excused", "apologies", "sends apologies",
        "sent apologies",
        // A registration taken off the list, a ticket voided
        "removed", "void", "voided",
        // Taken off a waiting list, as `Retirado de la lista de espera` is
        "removed from waitlist", "removed from the waitlist", "removed from waiting list",
        "removed from the waiting list",
        // A form left before its end (Typeform's `Response Type`): no registration was sent
        "partial",
      ],
      // Words of a status saying the registration stands, and the negations that reverse them
      attending: [
        "approved", "accepted", "registered", "confirmed", "attending", "attend", "attended", "going", "going to",
        "coming", "participant", "participating", "participate", "participated", "pending",
        "present", "come", "join", "be there", "make it", "completed", "complete", "paid",
        // A ticket partly refunded is still held (Eventbrite's `Partially Refunded`)
        "partially refunded", "partial refund",
      ],
      // Where the person stands at the door (Eventbrite's `Checked In`, `Not Checked In`): every
      // registrant is not checked in before the event, so it says nothing of the registration
      checkIn: ["checked in", "check in", "checked out"],
      // Words that reverse what follows: `Unable to attend`, `Failed to attend`, `Can't make it`
      negations: [
        "not", "no", "non", "never", "t", "cannot", "cant", "wont", "dont", "didnt", "doesnt", "isnt", "wasnt", "without",
        "unable", "failed", "impossible",
      ],
      waitlisted: ["waitlisted", "waitlist", "waiting list", "wait list", "wait listed"],
      statusFillers: [
        "to", "the", "a", "an", "i", "ll", "will", "be", "is", "was", "has", "have", "been", "by", "on", "in", "it", "then",
        "again", "yet", "am", "are", "of", "for", "able", "sorry", "can", "won", "don", "didn", "doesn", "isn", "wasn",
        "did", "does", "do", "he", "she", "they", "we", "longer", "any", "anymore", "registration", "order", "ticket",
        "attendee", "status", "validation", "approval", "attendance", "participation",
        // How a status was given (`Confirmed by phone/email`): it says nothing of the registration
        "phone", "telephone", "email", "e mail", "mail", "sms", "whatsapp", "via",
        // Who gave it (`Cancelled by organiser`, `Rejected by admin`)
        "organiser", "organizer", "organisers", "organizers", "admin", "administrator", "host",
      ],
      // What Microsoft Teams writes in brackets after a guest's name (`Moussa Diop (Invité)`)
      guestMarks: ["guest", "external", "unverified"],
      scaleLow: ["very dissatisfied", "extremely dissatisfied", "dissatisfied", "not satisfied", "not at all satisfied", "unsatisfied", "very unsatisfied", "not useful", "not at all useful", "not very useful", "useless", "very poor", "poor", "very bad", "bad", "strongly disagree", "disagree", "not likely", "not at all likely", "very unlikely", "unlikely", "not relevant", "not at all relevant", "not at all", "worst", "the worst", "terrible", "awful"],
      scaleHigh: ["very satisfied", "extremely satisfied", "completely satisfied", "satisfied", "very useful", "extremely useful", "useful", "excellent", "very good", "good", "strongly agree", "agree", "very likely", "extremely likely", "likely", "very relevant", "extremely relevant", "relevant", "best", "the best", "outstanding", "perfect"],
      entourage: ["office", "offices", "cabinet", "staff", "team", "adviser", "advisor", "advisers", "advisors", "assistant", "assistants", "secretary", "secretariat", "department", "services", "bureau", "aide", "aides", "representative", "spouse", "wife", "husband", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "candidate", "candidates", "driver", "chauffeur", "protocol", "security", "bodyguard", "deputy chief", "escort", "interpreter", "photographer", "press", "junior", "juniors", "youth", "child", "children", "student", "students", "childrens"],
      formerly: ["former", "ex", "past", "retired", "previous", "formerly", "erstwhile", "until"],
      commitmentStatuses: [
        "done": ["completed", "complete", "achieved", "finished", "fulfilled", "implemented"],
        "in-progress": ["ongoing", "under way", "underway", "started", "in process", "partly done", "partially done"],
        "not-started": ["not yet started", "not begun", "not yet", "planned", "pending"],
        "dropped": ["abandoned", "cancelled", "canceled", "given up", "stopped", "discontinued"],
      ],
      languageNames: ["en": ["english"], "fa": ["farsi"], "sw": ["kiswahili"]]
    )
  )
}
