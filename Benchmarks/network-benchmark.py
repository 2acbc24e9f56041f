#!/usr/bin/env python3
"""Times `convene network report` on a generated network: 1,400 member cities, 300 events over
five years (60,000 participants, attendance recorded), 40,000 feedback responses, 10,000
follow-up answers and 5,000 help-desk requests; `convene network report --audit` (the attacker's
audit, then the JSON; one run) and `convene network check` on the same folder. Prints wall time
and peak memory (the largest resident set of the process) for each, three runs each, release
build. Each event's own report is published first (`convene report --format json`, to
FOLDER/event-reports, untimed): a network report counts each event only as its last published
report counted it. Usage: network-benchmark.py [--skip-audit] [FOLDER] (default
.build/bench-network; it is created once and reused); `--skip-audit` leaves out the audited
run, which takes minutes. With CONVENE_REFERENCE=BINARY (another build of convene), each run
of the build is followed by one of the reference on the same folder, and both are listed: on a
shared machine, the CPU times compare where wall times cannot."""
import concurrent.futures, json, os, pathlib, random, shutil, subprocess, sys, time

ROOT = pathlib.Path(__file__).resolve().parent.parent
if any(argument in ("-h", "--help") for argument in sys.argv[1:]):
    print(__doc__)
    sys.exit(0)
ARGUMENTS = [argument for argument in sys.argv[1:] if argument != "--skip-audit"]
SKIP_AUDIT = "--skip-audit" in sys.argv[1:]
if any(argument.startswith("-") for argument in ARGUMENTS) or len(ARGUMENTS) > 1:
    sys.exit("usage: network-benchmark.py [--skip-audit] [FOLDER]")
FOLDER = pathlib.Path(ARGUMENTS[0]) if ARGUMENTS else ROOT / ".build/bench-network"
CITIES, EVENTS, PEOPLE_PER_EVENT, RESPONSES, FOLLOWUPS, REQUESTS = 1400, 300, 200, 40_000, 10_000, 5_000
YEARS = [2027, 2028, 2029, 2030, 2031]
EVALUATION = json.load(open(ROOT / "Templates/workspaces/common/evaluation.json", encoding="utf-8"))
COUNTRIES = ["SN", "CI", "ML", "BF", "NE", "CM", "KE", "UG", "TZ", "JO", "LB", "TN", "MA", "IQ", "FR", "BE", "BA", "MK",
             "KZ", "BD", "LK", "PK", "CO", "EC", "BR", "US", "CA", "NG", "GH", "ZA"]
REGION = {"SN": "West and Central Africa", "CI": "West and Central Africa", "ML": "West and Central Africa",
          "BF": "West and Central Africa", "NE": "West and Central Africa", "CM": "West and Central Africa",
          "NG": "West and Central Africa", "GH": "West and Central Africa", "KE": "East and Southern Africa",
          "UG": "East and Southern Africa", "TZ": "East and Southern Africa", "ZA": "East and Southern Africa",
          "JO": "Middle East and North Africa", "LB": "Middle East and North Africa", "TN": "Middle East and North Africa",
          "MA": "Middle East and North Africa", "IQ": "Middle East and North Africa", "FR": "Europe", "BE": "Europe",
          "BA": "Europe", "MK": "Europe", "KZ": "Central Asia and Caucasus", "BD": "South Asia", "LK": "South Asia",
          "PK": "South Asia", "CO": "Latin America and the Caribbean", "EC": "Latin America and the Caribbean",
          "BR": "Latin America and the Caribbean", "US": "North America", "CA": "North America"}
CATEGORIES = ["mayor", "local-official", "youth", "civil-society", "national-government", "multilateral",
              "private-sector", "practitioner", "media", "network-staff"]
KINDS = ["workshop", "regional-workshop", "global-summit", "webinar", "briefing", "training", "exchange"]
STATUSES = ["done", "in-progress", "not-started", "dropped"]


def csv_line(cells):
    out = []
    for cell in cells:
        cell = str(cell)
        if any(ch in cell for ch in ',"\r\n'):
            cell = '"' + cell.replace('"', '""') + '"'
        out.append(cell)
    return ",".join(out) + "\r\n"


def write(path, header, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(csv_line(header))
        for row in rows:
            f.write(csv_line(row))


def generate():
    rnd = random.Random(1400)
    shutil.rmtree(FOLDER, ignore_errors=True)
    network = FOLDER / "network"
    cities = []
    for n in range(CITIES):
        country = COUNTRIES[n % len(COUNTRIES)]
        cities.append((f"city-{n:04d}-{country.lower()}", f"Ville {n:04d}", country))
    write(network / "cities.csv", ["id", "name", "country", "region", "joined", "status", "population", "aliases"],
          [[cid, name, country, "", f"{rnd.randint(2015, 2030)}-{rnd.randint(1, 12):02d}-01",
            "left" if rnd.random() < 0.03 else "active", rnd.choice([50_000, 250_000, 700_000, 2_000_000, 8_000_000, ""]), ""]
           for cid, name, country in cities])
    framework = json.load(open(ROOT / "Templates/network/framework.json", encoding="utf-8"))
    for outcome in framework["outcomes"]:
        for result in [outcome] + outcome.get("outputs", []):
            for indicator in result["indicators"]:
                indicator["baseline"] = {"year": 2026, "value": 10}
                indicator["targets"] = {str(year): 10 + 5 * i for i, year in enumerate(YEARS)}
    (network / "framework.json").write_text(json.dumps(framework, ensure_ascii=False, indent=2), encoding="utf-8")
    requests = []
    for _ in range(REQUESTS):
        year, month, day = rnd.choice(YEARS), rnd.randint(1, 11), rnd.randint(1, 20)
        state = rnd.choice(["resolved", "resolved", "open", "in-progress"])
        resolved = f"{year}-{month + 1:02d}-{day:02d}" if state == "resolved" else ""
        requests.append([rnd.choice(cities)[0], f"{year}-{month:02d}-{day:02d}", rnd.choice(["funding", "training", "youth"]), state, resolved])
    write(network / "requests.csv", ["city", "date", "topic", "status", "resolved_on"], requests)
    responses_per_event = RESPONSES // EVENTS + 1
    followups_per_event = FOLLOWUPS // EVENTS + 1
    paths = []
    answer_keys = ["satisfaction", "usefulness:s1", "usefulness:s2", "knowledge_before", "knowledge_after", "intend_to_act",
                   "commitments", "recommend", "comments", "category", "gender", "age_group"]
    for e in range(EVENTS):
        year = YEARS[e * len(YEARS) // EVENTS]
        event_id = f"event-{e:03d}"
        folder = FOLDER / "events" / event_id
        paths.append(f"../events/{event_id}")
        date = f"{year}-{1 + e % 12:02d}-{10 + e % 15:02d}"
        event = {"id": event_id, "title": f"Event {e}", "kind": KINDS[e % len(KINDS)], "timezone": "UTC",
                 "organiser": {"name": "Unit", "email": "events@example.org"}, "languages": ["en", "fr"],
                 "days": [{"date": date, "start": "09:00", "end": "17:00"}], "evaluation": EVALUATION}
        folder.mkdir(parents=True)
        (folder / "event.json").write_text(json.dumps(event, ensure_ascii=False), encoding="utf-8")
        write(folder / "rooms.csv", ["id", "name", "venue", "capacity", "features", "unavailable"], [["hall", "Hall", "", 500, "", ""]])
        write(folder / "sessions.csv", ["id", "title", "kind", "duration"], [["s1", "Plenary", "plenary", 60], ["s2", "Workshop", "workshop", 60]])
        write(folder / "signups.csv", ["participant", "session"], [])
        people, attendance = [], []
        home = rnd.sample(cities, 40)
        for p in range(PEOPLE_PER_EVENT):
            pid = f"p{p + 1:03d}"
            cid, name, country = rnd.choice(home)
            people.append([pid, f"Person {e}-{p}", f"{pid}.{e}@example.org", rnd.choice(CATEGORIES), "Officer", f"City of {name}",
                           name, country, REGION[country], rnd.choice(["woman", "man", "woman", "man", "non-binary"]),
                           rnd.choice(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]), "en", "", "", "", "", "", "",
                           rnd.choice(["yes", "no"]), "confirmed"])
            if rnd.random() < 0.85:
                attendance.append([pid, date, "present", f"{date} 08:45"])
        write(folder / "participants.csv", ["id", "name", "email", "category", "title", "organisation", "city", "country", "region",
                                            "gender", "age_group", "languages", "needs", "timezone", "arrival", "departure",
                                            "unavailable", "cohorts", "publish_name", "status"], people)
        write(folder / "attendance.csv", ["participant", "session", "status", "checked_in_at"], attendance)
        respondents = rnd.sample(people, responses_per_event)
        feedback, committed = [], []
        for n, person in enumerate(respondents):
            commitment = "Set up a youth council" if rnd.random() < 0.5 else ""
            if commitment:
                committed.append(person[0])
            feedback.append([f"r-{e}-{n}", person[0], f"{date}T17:00:00Z", f"forms/{person[0]}.json", "en",
                             rnd.randint(1, 5), rnd.randint(1, 5), "", rnd.randint(1, 5), rnd.randint(1, 5), "yes", commitment,
                             rnd.randint(0, 10), "", "", "", ""])
        write(folder / "feedback/feedback.csv", ["response", "participant", "submitted_at", "source", "language"] + answer_keys, feedback)
        followups = [[f"f-{e}-{n}", pid, f"{year + 1}-01-10T10:00:00Z", f"followup-{pid}.json", "en", rnd.choice(STATUSES), "", "", ""]
                     for n, pid in enumerate(committed[:followups_per_event])]
        write(folder / "followup/followup.csv", ["response", "participant", "submitted_at", "source", "language", "status",
                                                 "changes", "obstacles", "support"], followups)
    (network / "network.json").write_text(json.dumps({"title": "Benchmark network", "languages": ["en"], "events": paths}, indent=2),
                                          encoding="utf-8")


def publish_events(binary):
    """Publishes each event's own report once (JSON only, outside the event workspaces)."""
    marker = FOLDER / "event-reports/published"
    if marker.exists():
        return
    events = sorted((FOLDER / "events").iterdir())

    def publish(folder):
        arguments = [binary, "report", "--workspace", str(folder), "--format", "json", "--output",
                     str(FOLDER / "event-reports" / folder.name)]
        result = subprocess.run(arguments, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if result.returncode != 0:
            sys.exit(f"convene report --workspace {folder} failed: {result.stderr}")

    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(publish, events))
    marker.write_text("")


def measure(binary, arguments):
    start = time.monotonic()
    process = subprocess.Popen([binary] + arguments, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.monotonic() - start
    error = process.stderr.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"convene {' '.join(arguments)} failed: {error}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main():
    binary = os.environ.get("CONVENE_BINARY")
    if not binary:
        subprocess.run(["swift", "build", "-c", "release", "-j", "1", "--product", "convene"], cwd=ROOT, check=True)
        binary = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                                capture_output=True, text=True).stdout.strip() + "/convene"
    if not (FOLDER / "network/network.json").exists():
        generate()
    publish_events(binary)
    network = str(FOLDER / "network")
    print(f"{CITIES:,} member cities, {EVENTS} events over {len(YEARS)} years, {EVENTS * PEOPLE_PER_EVENT:,} participants, "
          f"about {RESPONSES:,} feedback responses, {FOLLOWUPS:,} follow-up answers, {REQUESTS:,} requests (release build; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)\n")
    reference = os.environ.get("CONVENE_REFERENCE")
    builds = [("", binary)] + ([(" (reference)", reference)] if reference else [])
    print("| step | fastest (s) | slowest (s) | CPU of the fastest (s) | peak memory (MB) |")
    print("|---|---|---|---|---|")
    audited = ["network", "report", "--network", network, "--audit", "--format", "json", "--output", str(FOLDER / "audited")]
    steps = [("`network report --no-audit` (HTML, Markdown, CSV, JSON)", ["network", "report", "--network", network, "--no-audit"], 3),
             ("`network report --audit --format json` (audit and JSON)", audited, 1),
             ("`network check`", ["network", "check", "--network", network], 3)]
    for name, arguments, times in [step for step in steps if not (SKIP_AUDIT and "--audit" in step[1])]:
        runs = {label: [] for label, _ in builds}
        for _ in range(times):
            for label, program in builds:
                runs[label].append(measure(program, arguments))
        for label, _ in builds:
            timed = sorted(runs[label])
            print(f"| {name}{label} | {timed[0][0]:.2f} | {timed[-1][0]:.2f} | {timed[0][1]:.2f} | {max(m for _, _, m in timed):.0f} |")
    if reference:
        print(f"\n(load average {os.getloadavg()[0]:.1f} at the end)")


main()
