#!/usr/bin/env python3
"""Generates Examples/returns/: what comes back after the example events, as organisers
receive it. For each example workspace: sign-in data (a typed-up paper sheet, a badge
scanner's export) and returned feedback (the form's JSON files, a Google Forms export in
French, a KoboToolbox export with group prefixes). A few rows are wrong on purpose (a
misspelt name, an unregistered address, an answer out of range) to show how convene reports
them. Fixed seed: running it again gives the same files."""
import csv, json, pathlib, random, shutil

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "Examples"
EVALUATION = json.load(open(ROOT / "Templates/workspaces/common/evaluation.json", encoding="utf-8"))
QUESTIONS = {q["id"]: q for q in EVALUATION["questions"]}

COMMITMENTS = {
    "en": ["Set up a youth advisory council in my city", "Share the referral protocol with our social services",
           "Brief the city council on the prevention plan", "Start a monthly meeting with community leaders",
           "Train ten school mediators before the summer", "Map local partners for online safety work",
           "Pilot a women peacebuilders network in two districts", "Draft a city action plan with our national focal point"],
    "fr": ["Créer un conseil consultatif des jeunes dans ma ville", "Partager le protocole d'orientation avec nos services sociaux",
           "Présenter le plan de prévention au conseil municipal", "Lancer une réunion mensuelle avec les leaders communautaires",
           "Former dix médiateurs scolaires avant l'été", "Rédiger un plan d'action municipal avec le point focal national"],
}
COMMENTS = {"en": ["Very useful exchanges between mayors.", "More time for the breakouts, please.", "Excellent interpretation."],
            "fr": ["Des échanges très utiles entre maires.", "Plus de temps pour les ateliers, svp.", "Interprétation excellente."]}


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write_csv(path, header, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)


def answers_for(rnd, person, sessions, language):
    """One participant's answers: mostly satisfied, knowledge rising, a few critics."""
    critic = rnd.random() < 0.12
    satisfaction = rnd.choice([2, 3, 3]) if critic else rnd.choice([4, 4, 5, 5, 5, 3])
    before = rnd.choice([1, 2, 2, 3, 3, 4])
    after = min(5, before + rnd.choice([0, 1, 1, 1, 2]))
    answers = {"satisfaction": satisfaction, "knowledge_before": before, "knowledge_after": after,
               "intend_to_act": "no" if critic and rnd.random() < 0.5 else rnd.choice(["yes", "yes", "yes", "unsure"]),
               "recommend": rnd.choice([4, 5, 6]) if critic else rnd.choice([7, 8, 9, 9, 10, 10])}
    for session in rnd.sample(sessions, min(len(sessions), rnd.randint(2, 5))):
        answers[f"usefulness:{session}"] = rnd.choice([3, 4, 4, 5, 5])
    lang = "fr" if language == "fr" else "en"
    if rnd.random() < 0.7:
        answers["commitments"] = rnd.choice(COMMITMENTS[lang])
    if rnd.random() < 0.3:
        answers["comments"] = rnd.choice(COMMENTS[lang])
    if not person.get("gender"):
        answers["gender"] = rnd.choice(["woman", "man"])
    return answers


def form_file(event, person, answers, language, stamp, response):
    nested = {}
    for key, value in answers.items():
        if ":" in key:
            question, session = key.split(":")
            nested.setdefault(question, {})[session] = value
        else:
            nested[key] = value
    return {"format": "convene-feedback/1", "event": event, "response": response, "participant": person["id"],
            "email": "", "submitted_at": stamp, "language": language, "answers": nested}


def generate(name, workspace, days, seed, google_language, kobo_group):
    rnd = random.Random(seed)
    out = EXAMPLES / "returns" / name
    shutil.rmtree(out, ignore_errors=True)
    event = json.load(open(workspace / "event.json", encoding="utf-8"))
    people = [p for p in read_csv(workspace / "participants.csv") if p["status"] in ("confirmed", "registered")]
    session_rows = read_csv(workspace / "sessions.csv")
    sessions = [s["id"] for s in session_rows]
    for_everyone = {s["id"] for s in session_rows if s["kind"] in ("plenary", "ceremony")}
    signups = read_csv(workspace / "signups.csv")
    came = [p for p in people if rnd.random() < 0.9]

    # A paper sheet for day 1, typed up: name and organisation, in French headings.
    rows = []
    for person in came:
        rows.append([person["name"], person["organisation"], f"{days[0]} 08:{rnd.randint(10, 59):02d}"])
    rows.insert(3, ["Fatou Diagne-Sow", "Ville de Thiès", f"{days[0]} 08:41"])  # not registered
    misspelt = came[5]
    rows[6] = [misspelt["name"].replace(" ", "  ").upper(), misspelt["organisation"], rows[6][2]]  # still matches
    write_csv(out / "sign-in-day1.csv", ["Nom", "Organisation", "Heure"], rows)

    # The badge scanner: participant number, session, time, for every day and the sessions.
    scans = []
    for day in days[1:]:
        for person in came:
            if rnd.random() < 0.92:
                scans.append([person["id"], day, f"{day} 08:{rnd.randint(20, 59):02d}"])
    wanted = {}
    for signup in signups:
        wanted.setdefault(signup["session"], []).append(signup["participant"])
    present = {p["id"] for p in came}
    for session in sessions:
        expected = [p["id"] for p in came] if session in for_everyone else wanted.get(session, [])
        for pid in expected:
            if pid in present and rnd.random() < 0.85:
                scans.append([pid, session, ""])
    scans.append(["p999", sessions[0], ""])  # a badge that belongs to nobody
    write_csv(out / "badge-scans.csv", ["badge", "session", "time"], scans)

    # Feedback: most return the form's JSON file, some answer online.
    responders = [p for p in came if rnd.random() < 0.75]
    google = responders[: len(responders) // 6]
    kobo = responders[len(responders) // 6: len(responders) // 3]
    forms = responders[len(responders) // 3:]
    last_day = days[-1]
    for index, person in enumerate(forms):
        language = person["languages"].split(";")[0] if person["languages"] else "en"
        language = language if language in ("fr", "en", "ar") else "en"
        stamp = f"{last_day}T{16 + index % 3:02d}:{index % 60:02d}:00.000Z"
        record = form_file(event["id"], person, answers_for(rnd, person, sessions, language), language, stamp, f"r-{seed:04d}{index:04d}")
        path = out / "feedback" / "forms" / f"feedback-{event['id']}-{person['id']}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    # The first form-filler changed their mind online, later: their later answer replaces the file.
    changed = forms[0]

    # Google Forms, headings as the form shows the questions (the question text), grids as
    # "Question [Session title]".
    titles = {s["id"]: s["title"] for s in read_csv(workspace / "sessions.csv")}
    simple = ["satisfaction", "knowledge_before", "knowledge_after", "intend_to_act", "commitments", "recommend", "comments"]
    grid = sessions[:6]
    lang = google_language
    header = ["Horodateur" if lang == "fr" else "Timestamp", "Adresse e-mail" if lang == "fr" else "Email address"]
    header += [QUESTIONS[q]["text"][lang] for q in simple]
    header += [f"{QUESTIONS['usefulness']['text'][lang]} [{titles[s]}]" for s in grid]
    labels = {o["id"]: o["label"][lang] for o in QUESTIONS["intend_to_act"]["options"]}
    rows = []
    for index, person in enumerate(google + [changed]):
        answers = answers_for(rnd, person, grid, lang)
        day, month, year = last_day[8:10], last_day[5:7], last_day[:4]
        stamp = f"{day}/{month}/{year} {18 + index % 4}:{index:02d}:00"
        row = [stamp, person["email"]]
        for q in simple:
            value = answers.get(q, "")
            row.append(labels[value] if q == "intend_to_act" else value)
        row += [answers.get(f"usefulness:{s}", "") for s in grid]
        rows.append(row)
    rows.append([f"{last_day[8:10]}/{last_day[5:7]}/{last_day[:4]} 20:15:00", "someone@unknown.example.org", 5, 3, 4, labels["yes"], "", 9, "", "", "", "", "", "", ""])
    write_csv(out / "feedback" / f"google-forms-{lang}.csv", header, rows)

    # KoboToolbox: group prefixes, its metadata columns, one answer out of range.
    header = ["start", "end", f"{kobo_group}_about/participant"]
    header += [f"{kobo_group}_feedback/{q}" for q in simple]
    header += [f"usefulness/{s}" for s in grid]
    header += ["_id", "_uuid", "_submission_time", "_validation_status", "_index"]
    rows = []
    for index, person in enumerate(kobo):
        answers = answers_for(rnd, person, grid, "en")
        if index == 1:
            answers["satisfaction"] = 7
        stamp = f"{last_day}T{15 + index % 5:02d}:{index * 3 % 60:02d}:11"
        row = [f"{last_day}T14:00:00.000+00:00", f"{last_day}T14:09:00.000+00:00", person["id"]]
        row += [answers.get(q, "") for q in simple]
        row += [answers.get(f"usefulness:{s}", "") for s in grid]
        row += [str(4000 + index), f"{seed:08x}-{index:04d}-4a5b-9c8d-{index:012x}", stamp, "", str(index + 1)]
        rows.append(row)
    write_csv(out / "feedback" / "kobotoolbox.csv", header, rows)


generate("dakar", EXAMPLES / "dakar-regional-workshop", ["2027-03-09", "2027-03-10"], 2027, "fr", "group_dakar")
generate("amman", EXAMPLES / "amman-global-summit", ["2027-11-16", "2027-11-17", "2027-11-18"], 2028, "en", "group_amman")
