#!/usr/bin/env python3
"""Generates the network example: a third event a year after the two example events
(Examples/tunis-2028/, its attendance and feedback already collected), the network folder over
the three (Examples/network/: network.json, cities.csv, framework.json, requests.csv), and the
follow-up answers that come back months after each event (Examples/returns/EVENT/followup/ and,
arriving later, followup-late/): the forms' JSON files, a French Google Forms export and a
KoboToolbox export, with a few wrong on purpose (an unknown participant, a status that is not one
of the four, a broken file, someone who made no commitment, an answer dated before the event).
Fixed seed: running it again gives the same files."""
import csv, json, pathlib, random, shutil

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "Examples"
source = open(ROOT / "Scripts/generate-examples.py", encoding="utf-8").read()
# The example generator's helpers, without running it.
helpers = {"__file__": str(ROOT / "Scripts/generate-examples.py")}
exec(compile(source.split("\nworkshop()\n")[0], "generate-examples.py", "exec"), helpers)
People, CITIES, write_csv, write_event = helpers["People"], helpers["CITIES"], helpers["write_csv"], helpers["write_event"]
PCOLS, SCOLS, BREAKS, CATEGORIES = helpers["PCOLS"], helpers["SCOLS"], helpers["BREAKS"], helpers["CATEGORIES"]
EVALUATION = json.load(open(ROOT / "Templates/workspaces/common/evaluation.json", encoding="utf-8"))

COMMITMENTS = {
    "ar": ["إنشاء مجلس استشاري للشباب في مدينتي", "تدريب عشرة وسطاء مدرسيين قبل الصيف", "عرض خطة الوقاية على المجلس البلدي"],
    "fr": ["Créer un conseil consultatif des jeunes dans ma ville", "Former dix médiateurs scolaires avant l'été",
           "Présenter le plan de prévention au conseil municipal"],
    "en": ["Set up a youth advisory council in my city", "Brief the city council on the prevention plan",
           "Start a monthly meeting with community leaders"],
}
CHANGES = {
    "en": ["The council adopted the plan in June.", "Twelve mediators were trained.", "Community leaders now meet every month."],
    "fr": ["Le conseil a adopté le plan en juin.", "Douze médiateurs ont été formés.", "Les leaders communautaires se réunissent chaque mois."],
    "ar": ["اعتمد المجلس الخطة في يونيو.", "تم تدريب اثني عشر وسيطاً.", "يلتقي قادة المجتمع كل شهر."],
}
OBSTACLES = {
    "en": ["Budget cuts delayed the work.", "Elections changed the council.", ""],
    "fr": ["Des coupes budgétaires ont retardé le travail.", "Les élections ont changé le conseil.", ""],
    "ar": ["أخّرت تخفيضات الميزانية العمل.", "غيّرت الانتخابات المجلس.", ""],
}
SUPPORT = {
    "en": ["A peer exchange with another city", "Training for our staff", ""],
    "fr": ["Un échange avec une autre ville", "Une formation pour nos équipes", ""],
    "ar": ["تبادل مع مدينة أخرى", "تدريب لفريقنا", ""],
}
STATUS_FR = {"done": "Réalisé", "in-progress": "En cours", "not-started": "Pas commencé", "dropped": "Abandonné"}
POPULATION = {
    "Nairobi": 4397073, "Mombasa": 1208333, "Kampala": 1680600, "Arua": 62657, "Dar es Salaam": 5383728,
    "Addis Ababa": 3604000, "Cape Town": 4710000, "Durban": 3442361, "Maputo": 1088449, "Kigali": 1132686,
    "Dakar": 1438725, "Saint-Louis": 258592, "Abidjan": 4707404, "Bouaké": 832371, "Bamako": 2446700,
    "Ouagadougou": 2453496, "Niamey": 1026848, "Kousseri": 89123, "Maroua": 319941, "N'Djamena": 1092066,
    "Accra": 2291352, "Kano": 2828861, "Lomé": 837437, "Cotonou": 679012, "Amman": 4007526, "Irbid": 502714,
    "Saida": 266000, "Tripoli": 229398, "Tunis": 638845, "Sousse": 271428, "Rabat": 577827, "Erbil": 879000,
    "Mosul": 1683000, "Alexandria": 5200000, "Kumanovo": 75051, "Skopje": 526502, "Sarajevo": 275524,
    "Pristina": 161751, "Kharkiv": 1421125, "Marseille": 873076, "Mechelen": 86921, "Aarhus": 285273,
    "Almaty": 2000900, "Bishkek": 1074075, "Dhaka": 10278882, "Colombo": 752993, "Addu City": 34503,
    "Malé": 252768, "Karachi": 16093786, "Kathmandu": 845767, "Montréal": 1762949, "Medellín": 2533424,
    "Quito": 2011388, "São Paulo": 11451245, "Port of Spain": 37074,
}
# Cities that are not members: their people count under "other cities" (and `network check` says so).
NOT_MEMBERS = {"Lyon", "Highland Park", "Manchester", "Gafsa"}
ALIASES = {"Dakar": "Ville de Dakar", "Tunis": "تونس;Ville de Tunis", "Amman": "عمّان;Greater Amman", "Rabat": "الرباط"}


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def rows_csv(path, header, rows, bom=False, delimiter=","):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n", delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)


def tunis_event():
    """A MENA regional workshop a year after Dakar and Amman: returning people and new ones."""
    folder = EXAMPLES / "tunis-2028"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    people = People(2028_03)
    rnd = people.rnd
    region = [c for c in CITIES if c[2] == "Middle East and North Africa"]
    # Returning: people of the MENA cities who were at the Amman summit, as they registered then.
    amman = [r for r in read_csv(EXAMPLES / "amman-global-summit/participants.csv")
             if r["region"] == "Middle East and North Africa" and r["status"] == "confirmed"]
    for row in rnd.sample(amman, 28):
        copy = {k: row[k] for k in PCOLS}
        copy["id"] = "p%03d" % (len(people.rows) + 1)
        copy.update(cohorts="", arrival="", departure="", unavailable="", timezone="", status="confirmed")
        people.used.add(row["name"])
        people.rows.append(copy)
    plan = [("mayor", 8), ("local-official", 10), ("youth", 10), ("civil-society", 8), ("national-government", 3),
            ("practitioner", 3), ("network-staff", 2)]
    for category, count in plan:
        for _ in range(count):
            people.person(rnd.choice(region), category)
    rows = people.rows
    # Spellings participants really write: the city in Arabic, the commune's own name, a city
    # outside the network.
    for row, spelling in ((rows[30], "تونس"), (rows[31], "Ville de Tunis")):
        row.update(city=spelling, country="TN", region="Middle East and North Africa", organisation="City of Tunis")
    gafsa = rows[32]
    gafsa.update(city="Gafsa", country="TN", region="Middle East and North Africa")
    for row in rows:
        row.pop("_tz", None)
        if row["languages"] == "":
            row["languages"] = "ar;fr"
    rows[40]["status"] = "declined"
    rows[41]["status"] = "registered"
    staff = [r["id"] for r in rows if r["category"] == "network-staff"]
    speakers = [r["id"] for r in rows if r["status"] == "confirmed" and r["category"] in ("mayor", "local-official", "practitioner")]
    sessions = [
        dict(id="opening", title="Ouverture / الافتتاح / Opening", kind="ceremony", duration=45, speakers=speakers[0], moderators=staff[0], language="ar", interpretation="ar>fr;ar>en", day="day1", start="09:00", room="pleniere"),
        dict(id="review", title="Un an après Amman : ce qui a changé", kind="plenary", duration=90, speakers=f"{speakers[1]};{speakers[2]}", moderators=staff[1], language="fr", interpretation="fr>ar", after="opening"),
        dict(id="b1-youth", title="Breakout: youth councils one year on", kind="breakout", duration=90, speakers=speakers[3], language="en", track="breakouts"),
        dict(id="b2-schools", title="Atelier : médiation scolaire", kind="breakout", duration=90, speakers=speakers[4], language="fr", track="breakouts"),
        dict(id="b3-online", title="ورشة: خطاب الكراهية على الإنترنت", kind="breakout", duration=90, speakers=speakers[5], language="ar", track="breakouts"),
        dict(id="peer-exchange", title="Peer exchange between cities", kind="workshop", duration=120, moderators=staff[0], language="fr"),
        dict(id="commitments", title="Engagements des villes / التزامات المدن", kind="plenary", duration=45, moderators=staff[1], language="ar", interpretation="ar>fr;ar>en", after="peer-exchange"),
        dict(id="closing", title="Clôture / الختام", kind="ceremony", duration=30, speakers=speakers[6], moderators=staff[0], language="ar", interpretation="ar>fr;ar>en", after="commitments", day="day2"),
    ]
    optional = ["b1-youth", "b2-schools", "b3-online", "peer-exchange"]
    signups = [{"participant": r["id"], "session": s} for r in rows if r["status"] == "confirmed" for s in rnd.sample(optional, 2)]
    event = {
        "id": "tunis-2028", "title": "Atelier régional Moyen-Orient et Afrique du Nord / MENA Regional Workshop",
        "kind": "regional-workshop", "mode": "in-person", "timezone": "Africa/Tunis",
        "organiser": {"name": "Network Management Unit", "email": "events@example.org"},
        "languages": ["ar", "fr", "en"], "grid_minutes": 15,
        "days": [{"date": "2028-03-14", "start": "09:00", "end": "17:30", "breaks": BREAKS},
                 {"date": "2028-03-15", "start": "09:00", "end": "16:00", "breaks": BREAKS}],
        "venues": [{"id": "medina", "name": "Palais des congrès de Tunis (fictional)", "address": "1 rue de l'Exemple, Tunis, Tunisie"}],
        "capacity": 80,
        "categories": [dict(id=i, label=l) for i, l in CATEGORIES],
        "scheduling": {"min_pause_minutes": 15, "interpretation_teams": {"ar>fr": 1, "ar>en": 1, "fr>ar": 1}},
        "evaluation": EVALUATION,
    }
    rooms = [dict(id="pleniere", name="Salle plénière", venue="medina", capacity=100, features="interpretation;av;step-free"),
             dict(id="salle-1", name="Salle 1", venue="medina", capacity=35, features="av"),
             dict(id="salle-2", name="Salle 2", venue="medina", capacity=35, features="av;step-free"),
             dict(id="salle-3", name="Salle 3", venue="medina", capacity=30, features="step-free")]
    write_event(folder / "event.json", event)
    write_csv(folder / "rooms.csv", "id,name,venue,capacity,features,unavailable".split(","), rooms)
    write_csv(folder / "participants.csv", PCOLS, rows)
    write_csv(folder / "sessions.csv", SCOLS, sessions)
    write_csv(folder / "signups.csv", ["participant", "session"], signups)
    # Who came, by day (already imported from the sign-in sheets), and the feedback kept.
    attendance = []
    for date in ("2028-03-14", "2028-03-15"):
        for row in rows:
            if row["status"] == "confirmed" and rnd.random() < (0.93 if date.endswith("14") else 0.85):
                attendance.append([row["id"], date, "present", f"{date} 08:{rnd.randint(30, 59):02d}"])
    rows_csv(folder / "attendance.csv", ["participant", "session", "status", "checked_in_at"], attendance)
    came = sorted({a[0] for a in attendance})
    keys = ["satisfaction"] + [f"usefulness:{s['id']}" for s in sessions] + ["knowledge_before", "knowledge_after",
            "intend_to_act", "commitments", "recommend", "comments", "category", "gender", "age_group"]
    feedback = []
    for n, pid in enumerate(rnd.sample(came, 46)):
        person = next(r for r in rows if r["id"] == pid)
        language = person["languages"].split(";")[0] if person["languages"].split(";")[0] in ("ar", "fr", "en") else "fr"
        before = rnd.choice([2, 2, 3, 3, 4])
        answers = {"satisfaction": rnd.choice([3, 4, 4, 5, 5]), "knowledge_before": before,
                   "knowledge_after": min(5, before + rnd.choice([0, 1, 1, 2])), "intend_to_act": rnd.choice(["yes", "yes", "unsure"]),
                   "recommend": rnd.choice([6, 8, 9, 9, 10]), "usefulness:review": rnd.choice([3, 4, 5])}
        if rnd.random() < 0.75:
            answers["commitments"] = rnd.choice(COMMITMENTS[language])
        stamp = f"2028-03-15T{15 + n % 3:02d}:{n % 60:02d}:00Z"
        feedback.append([f"r-tunis-{n:03d}", pid, stamp, f"forms/feedback-tunis-2028-{pid}.json", language]
                        + [str(answers.get(k, "")) for k in keys])
    feedback.sort(key=lambda r: r[1])
    rows_csv(folder / "feedback/feedback.csv", ["response", "participant", "submitted_at", "source", "language"] + keys, feedback)
    return rows, {r[1]: (r[4], r[5 + keys.index("commitments")]) for r in feedback if r[5 + keys.index("commitments")]}


def committed(event_folder, returns):
    """Participants whose returned feedback form holds a commitment, with the form's language."""
    found = {}
    for path in sorted((returns / "feedback/forms").glob("*.json")):
        form = json.load(open(path, encoding="utf-8"))
        if form["answers"].get("commitments"):
            found[form["participant"]] = (form["language"], form["answers"]["commitments"])
    return found


def form(event, pid, language, stamp, status, rnd, response):
    lang = language if language in CHANGES else "en"
    return {"format": "convene-followup/1", "event": event, "response": response, "participant": pid, "email": "",
            "submitted_at": stamp, "language": language, "due": "",
            "answers": {"status": status, "changes": rnd.choice(CHANGES[lang]) if status in ("done", "in-progress") else "",
                        "obstacles": rnd.choice(OBSTACLES[lang]), "support": rnd.choice(SUPPORT[lang])}}


def write_form(folder, record):
    folder.mkdir(parents=True, exist_ok=True)
    record["answers"] = {k: v for k, v in record["answers"].items() if v != ""}
    path = folder / f"followup-{record['event']}-{record['participant']}.json"
    path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def status(rnd):
    return rnd.choice(["done", "in-progress", "in-progress", "not-started", "dropped", "done"])


def followups(name, event, commitments, due, late, seed, people, google=False, kobo=False):
    """The follow-up answers of one event: a first batch around the due date, a late batch."""
    rnd = random.Random(seed)
    first = EXAMPLES / "returns" / name / "followup"
    later = EXAMPLES / "returns" / name / "followup-late"
    shutil.rmtree(first, ignore_errors=True)
    shutil.rmtree(later, ignore_errors=True)
    ids = sorted(commitments)
    rnd.shuffle(ids)
    answered = ids[: int(len(ids) * 0.6)]
    late_ids = ids[len(answered): len(answered) + max(3, len(ids) // 8)]
    by_email = {p["id"]: p["email"] for p in people}
    exported = answered[-4:] if google or kobo else []
    for n, pid in enumerate(answered):
        if pid in exported:
            continue
        language, _ = commitments[pid]
        stamp = f"{due}T{9 + n % 8:02d}:{n % 60:02d}:00.000Z"
        write_form(first / "forms", form(event, pid, language, stamp, status(rnd), rnd, f"f-{event}-{n:03d}"))
    if google:
        header = ["Horodateur", "Adresse e-mail", "Où en est cet engagement aujourd'hui ?", "Qu'est-ce qui a changé grâce à lui ?",
                  "Qu'est-ce qui a fait obstacle ?", "Quel soutien aimeriez-vous recevoir du réseau ?"]
        lines = []
        for n, pid in enumerate(exported):
            state = status(rnd)
            lines.append([f"{due.replace('-', '/')} {10 + n}:15:00", by_email[pid], STATUS_FR[state],
                          rnd.choice(CHANGES["fr"]) if state in ("done", "in-progress") else "", rnd.choice(OBSTACLES["fr"]), ""])
        # Wrong on purpose: an address nobody registered with, and a status that is none of the four.
        lines.append([f"{due.replace('-', '/')} 16:40:00", "someone@unknown.example.org", "Réalisé", "", "", ""])
        lines.append([f"{due.replace('-', '/')} 16:45:00", by_email[ids[-1]], "Peut-être", "", "", ""])
        rows_csv(first / "google-forms-fr.csv", header, lines, bom=True)
    if kobo:
        header = ["start", "end", "group_followup/participant", "group_followup/status", "group_followup/changes",
                  "group_followup/obstacles", "group_followup/support", "_id", "_uuid", "_submission_time", "_index"]
        lines = []
        for n, pid in enumerate(exported):
            state = status(rnd)
            lines.append([f"{due}T08:00:00.000+00:00", f"{due}T08:06:00.000+00:00", pid, state,
                          rnd.choice(CHANGES["en"]) if state in ("done", "in-progress") else "", rnd.choice(OBSTACLES["en"]), "",
                          str(7000 + n), f"0f0110a0-{n:04d}-4a5b-9c8d-{n:012d}", f"{due}T09:{n:02d}:00", str(n + 1)])
        rows_csv(first / "kobotoolbox.csv", header, lines)
    # Wrong on purpose: a file cut short, an unknown participant, someone who made no
    # commitment, and an answer dated before the event ended.
    (first / "forms").mkdir(parents=True, exist_ok=True)
    (first / "forms" / f"followup-{event}-broken.json").write_text('{"format": "convene-followup/1", "event": "%s", "answ' % event, encoding="utf-8")
    write_form(first / "forms", form(event, "p999", "en", f"{due}T12:00:00Z", "done", rnd, f"f-{event}-unknown"))
    returned = "".join(path.read_text(encoding="utf-8") for path in (EXAMPLES / "returns" / name / "feedback").rglob("*.*")
                       if path.is_file())
    uncommitted = next(p["id"] for p in people if p["id"] not in commitments and p["status"] == "confirmed"
                       and f'"{p["id"]}"' not in returned and f",{p['id']}," not in returned and p["email"] not in returned)
    write_form(first / "forms", form(event, uncommitted, "en", f"{due}T12:30:00Z", "in-progress", rnd, f"f-{event}-none"))
    early = ids[-2]
    write_form(first / "forms", form(event, early, commitments[early][0], "2027-01-01T10:00:00Z", "done", rnd, f"f-{event}-early"))
    # Later: answers after the reminders, and one person whose commitment moved on since.
    for n, pid in enumerate(late_ids):
        language, _ = commitments[pid]
        write_form(later, form(event, pid, language, f"{late}T{10 + n % 6:02d}:00:00Z", status(rnd), rnd, f"f-{event}-late-{n:03d}"))
    moved = next(pid for pid in answered if pid not in exported)
    record = form(event, moved, commitments[moved][0], f"{late}T15:30:00Z", "done", rnd, f"f-{event}-update")
    write_form(later, record)


def network(cities_seen):
    folder = EXAMPLES / "network"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rnd = random.Random(2026)
    (folder / "network.json").write_text(json.dumps({
        "title": "Strong Cities Network: results", "languages": ["en", "fr", "ar"],
        "events": ["../dakar-regional-workshop", "../amman-global-summit", "../tunis-2028"]}, ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8")
    cities = []
    for name, country, region, *_ in sorted(cities_seen, key=lambda c: (c[1], c[0])):
        if name in NOT_MEMBERS:
            continue
        slug = name.lower().replace(" ", "-").replace("'", "").translate(str.maketrans("éèàãôíçú", "eeaaoicu"))
        joined = f"{rnd.randint(2016, 2026)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        state = "inactive" if rnd.random() < 0.06 else "active"
        cities.append([f"{slug}-{country.lower()}", name, country, region, joined, state, POPULATION.get(name, ""), ALIASES.get(name, "")])
    # Members that have not taken part in these events.
    cities.append(["beira-mz", "Beira", "MZ", "East and Southern Africa", "2024-09-12", "active", 533825, ""])
    cities.append(["jos-ng", "Jos", "NG", "West and Central Africa", "2025-02-03", "inactive", 900000, ""])
    cities.append(["gaziantep-tr", "Gaziantep", "TR", "Europe", "2019-06-20", "left", 2130432, ""])
    rows_csv(folder / "cities.csv", ["id", "name", "country", "region", "joined", "status", "population", "aliases"], cities)
    framework = json.load(open(ROOT / "Templates/network/framework.json", encoding="utf-8"))
    targets = {
        "commitments-acted-upon": ({"year": 2026, "value": 45}, {"2027": 55, "2028": 60}),
        "cities-acting": ({"year": 2026, "value": 6}, {"2027": 10, "2028": 14}),
        "participants": ({"year": 2026, "value": 310}, {"2027": 400, "2028": 150}),
        "cities-engaged": ({"year": 2026, "value": 62}, {"2027": 75, "2028": 40}),
        "satisfaction": ({"year": 2026, "value": 71}, {"2027": 80, "2028": 80}),
        "commitments": ({"year": 2026, "value": 120}, {"2027": 200, "2028": 60}),
        "requests": ({"year": 2026, "value": 14}, {"2027": 20, "2028": 25}),
        "days-to-answer": ({"year": 2026, "value": 21}, {"2027": 14, "2028": 10}),
    }
    for outcome in framework["outcomes"]:
        for result in [outcome] + outcome.get("outputs", []):
            for indicator in result["indicators"]:
                baseline, years = targets[indicator["id"]]
                indicator["baseline"] = baseline
                indicator["targets"] = years
    (folder / "framework.json").write_text(json.dumps(framework, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    topics = ["prevention plan", "youth engagement", "online hate", "funding", "peer exchange", "training"]
    members = [c[0] for c in cities if c[5] != "left"]
    requests = []
    for year, count in ((2027, 18), (2028, 24)):
        for _ in range(count):
            month, day = rnd.randint(1, 11), rnd.randint(1, 28)
            date = f"{year}-{month:02d}-{day:02d}"
            state = rnd.choice(["resolved", "resolved", "resolved", "in-progress", "open", "closed"])
            resolved = ""
            if state in ("resolved", "closed"):
                days = rnd.choice([2, 5, 7, 9, 12, 15, 21, 30])
                total = (month - 1) * 30 + day + days
                resolved = f"{year}-{min(12, total // 30 + 1):02d}-{max(1, min(28, total % 30 or 1)):02d}"
                if resolved < date:
                    resolved = date
            requests.append([rnd.choice(members), date, rnd.choice(topics), state, resolved])
    requests.sort(key=lambda r: r[1])
    rows_csv(folder / "requests.csv", ["city", "date", "topic", "status", "resolved_on"], requests)


def main():
    tunis_people, tunis_commitments = tunis_event()
    dakar_people = read_csv(EXAMPLES / "dakar-regional-workshop/participants.csv")
    amman_people = read_csv(EXAMPLES / "amman-global-summit/participants.csv")
    followups("dakar", "dakar-2027", committed(EXAMPLES / "dakar-regional-workshop", EXAMPLES / "returns/dakar"),
              "2027-07-10", "2027-11-02", 71, dakar_people, google=True)
    followups("amman", "amman-2027", committed(EXAMPLES / "amman-global-summit", EXAMPLES / "returns/amman"),
              "2028-03-18", "2028-06-20", 72, amman_people, kobo=True)
    followups("tunis", "tunis-2028", tunis_commitments, "2028-07-15", "2028-10-05", 73, tunis_people)
    seen = {(c[0], c[1], c[2]) for c in CITIES} | {("Gafsa", "TN", "Middle East and North Africa")}
    network(seen)


main()
