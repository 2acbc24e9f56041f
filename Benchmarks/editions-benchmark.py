#!/usr/bin/env python3
"""Times `convene report` against an event record of 10 published editions, where each new
edition is compared with every published one, two at a time and in every signed combination.

The event is shaped like the network benchmark's (200 registered, about 85 % present, the
standard evaluation; every form answers every question, so that a batch of forms moves every
population it is in by its size). Editions 1 to 10 are published first (untimed): 120 feedback
forms, then 5 more forms each time (the ninth batch 6). Then, from a copy of that workspace:
- `report` of edition 11 with 5 more forms (written: nothing singles anyone out);
- `report` of an edition that the ninth batch less one person and the eighth batch cleaned out
  would make (every published edition 5 or more apart, but edition 10 − edition 9 − the new
  one + edition 8 is that person: refused, exit 1);
- the reference: `report` of edition 2 with 5 more forms against a record of 1 edition.
Prints wall time (fastest and slowest of three runs) and peak memory, release build, and the
record's size. Usage: editions-benchmark.py [FOLDER] (default .build/bench-editions);
CONVENE_BINARY names a binary already built."""
import importlib.util, json, os, pathlib, random, shutil, subprocess, sys, time

ROOT = pathlib.Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("invite_benchmark", ROOT / "Benchmarks/invite-benchmark.py")
invite_benchmark = importlib.util.module_from_spec(spec)
spec.loader.exec_module(invite_benchmark)
if any(argument in ("-h", "--help") for argument in sys.argv[1:]):
    print(__doc__)
    sys.exit(0)
if len(sys.argv) > 2 or len(sys.argv) == 2 and sys.argv[1].startswith("-"):
    sys.exit("usage: editions-benchmark.py [FOLDER]")
FOLDER = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / ".build/bench-editions"
PEOPLE, FIRST_FORMS, BATCHES = 200, 120, [5] * 8 + [6]
ANSWERS = ["satisfaction", "usefulness:s1", "usefulness:s2", "knowledge_before", "knowledge_after", "intend_to_act",
           "commitments", "recommend", "comments"]


def csv_text(header, rows):
    quote = lambda cell: '"' + cell.replace('"', '""') + '"' if any(ch in cell for ch in ',"\r\n') else cell
    return "".join(",".join(quote(str(cell)) for cell in row) + "\r\n" for row in [header] + rows)


def generate(workspace):
    """One event and every person's form (written to feedback.csv a batch at a time)."""
    rnd = random.Random(200)
    date = "2027-05-12"
    evaluation = json.load(open(ROOT / "Templates/workspaces/common/evaluation.json", encoding="utf-8"))
    event = {"id": "event-bench", "title": "Benchmark event", "kind": "regional-workshop", "timezone": "UTC",
             "organiser": {"name": "Unit", "email": "events@example.org"}, "languages": ["en"],
             "days": [{"date": date, "start": "09:00", "end": "17:00"}], "evaluation": evaluation}
    (workspace / "feedback").mkdir(parents=True)
    (workspace / "event.json").write_text(json.dumps(event), encoding="utf-8")
    files = {
        "rooms.csv": (["id", "name", "venue", "capacity", "features", "unavailable"], [["hall", "Hall", "", 500, "", ""]]),
        "sessions.csv": (["id", "title", "kind", "duration"], [["s1", "Plenary", "plenary", 60], ["s2", "Workshop", "workshop", 60]]),
        "signups.csv": (["participant", "session"], []),
    }
    people, attendance = [], []
    for n in range(PEOPLE):
        pid = f"p{n + 1:03d}"
        country = rnd.choice(["SN", "CI", "KE", "JO", "FR"])
        people.append([pid, f"Person {n}", f"{pid}@example.org", rnd.choice(["mayor", "local-official", "youth", "civil-society"]),
                       "Officer", "City", f"City {rnd.randint(1, 40)}", country, "", rnd.choice(["woman", "man", "non-binary"]),
                       rnd.choice(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]), "en", "", "", "", "", "", "",
                       rnd.choice(["yes", "no"]), "confirmed"])
        if rnd.random() < 0.85:
            attendance.append([pid, date, "present", f"{date} 08:45"])
    files["participants.csv"] = (["id", "name", "email", "category", "title", "organisation", "city", "country", "region", "gender",
                                  "age_group", "languages", "needs", "timezone", "arrival", "departure", "unavailable", "cohorts",
                                  "publish_name", "status"], people)
    files["attendance.csv"] = (["participant", "session", "status", "checked_in_at"], attendance)
    for name, (header, rows) in files.items():
        (workspace / name).write_text(csv_text(header, rows), encoding="utf-8")
    forms = [[f"r-{n}", person[0], f"{date}T17:00:00Z", f"forms/{person[0]}.json", "en", rnd.randint(1, 5), rnd.randint(1, 5), "",
              rnd.randint(1, 5), rnd.randint(1, 5), "yes", "Set up a youth council", rnd.randint(0, 10), ""]
             for n, person in enumerate(rnd.sample(people, FIRST_FORMS + sum(BATCHES) + 5))]
    return forms


def set_forms(workspace, forms):
    header = ["response", "participant", "submitted_at", "source", "language"] + ANSWERS
    (workspace / "feedback/feedback.csv").write_text(csv_text(header, forms), encoding="utf-8")


def report(binary, workspace):
    """Runs `convene report` (JSON to a folder of its own): wall time, peak memory, exit code, stderr."""
    arguments = [binary, "report", "--workspace", str(workspace), "--format", "json", "--output", str(workspace / "out")]
    start = time.monotonic()
    process = subprocess.Popen(arguments, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    return time.monotonic() - start, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), process.stderr.read().decode()


def published(binary, workspace, forms, editions):
    """The workspace after `editions` published editions: the first forms, then a batch more each time."""
    shutil.rmtree(workspace, ignore_errors=True)
    generate(workspace)
    count = FIRST_FORMS
    for edition in range(editions):
        count += BATCHES[edition - 1] if edition > 0 else 0
        set_forms(workspace, forms[:count])
        _, _, code, error = report(binary, workspace)
        if code != 0:
            sys.exit(f"edition {edition + 1} was refused: {error}")
    return count


def main():
    binary = os.environ.get("CONVENE_BINARY") or invite_benchmark.release_binary()
    forms = generate(FOLDER / "scratch")
    shutil.rmtree(FOLDER / "scratch")
    ten, one = FOLDER / "ten", FOLDER / "one"
    count = published(binary, ten, forms, 10)
    published(binary, one, forms, 1)
    record = (ten / ".convene/disclosure.json").stat().st_size
    eighth = FIRST_FORMS + sum(BATCHES[:7])
    steps = [
        ("edition 11 (5 more forms) against 10 editions: written", ten, forms[:count + 5], 0),
        ("the ninth batch less one and the eighth cleaned out, against 10: refused", ten,
         forms[:eighth] + forms[eighth + BATCHES[7] + 1:count], 1),
        ("reference: edition 2 (5 more forms) against 1 edition: written", one, forms[:FIRST_FORMS + 5], 0),
    ]
    print(f"One event: {PEOPLE} registered, {count} feedback forms in edition 10; its record after 10 editions: "
          f"{record / 1024:.0f} KB (release build; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)\n")
    print("| `convene report --format json` | fastest (s) | slowest (s) | peak memory (MB) | exit |")
    print("|---|---|---|---|---|")
    for name, workspace, step_forms, expected in steps:
        runs = []
        for _ in range(3):
            copy = FOLDER / "run"
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(workspace, copy)
            set_forms(copy, step_forms)
            elapsed, memory, code, error = report(binary, copy)
            if code != expected:
                sys.exit(f"{name}: exit {code}, expected {expected}: {error}")
            runs.append((elapsed, memory))
        runs.sort()
        print(f"| {name} | {runs[0][0]:.2f} | {runs[-1][0]:.2f} | {max(m for _, m in runs):.0f} | {expected} |")
    shutil.rmtree(FOLDER / "run", ignore_errors=True)


main()
