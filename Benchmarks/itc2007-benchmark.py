#!/usr/bin/env python3
"""ITC-2007 curriculum-based course timetabling (track 3) with convene.

Converts each instance (`compNN.ctt`) into a convene workspace, runs `convene schedule` on it
(release build) and prints, per instance, convene's cost next to the reference figures: OR-Tools
CP-SAT on the same model and objective (30 s, 2 workers), and the competition winner under the
ITC rules. convene's cost is the soft score of the schedule it writes (hard and medium must be
0: every lecture placed, no hard constraint broken); the ITC column rescores the same timetable
under the ITC rules, where a curriculum's only lecture of a day also counts as isolated.

The mapping (as in the data folder's README): each day a 60-minute grid from 08:00 with
`Periods_per_day` periods, no breaks, time zone UTC; each room a room; each teacher a
participant; each course a series of `lectures` 60-minute sessions (parts 1..n) with its
teacher as speaker, its curricula as audience cohorts, `expected` = students, `min_days` =
min_working_days and its unavailable periods; weights capacity 1, series-spread 5,
cohort-compactness 2, series-room 1, every other soft weight 0.

    python3 Benchmarks/itc2007-benchmark.py [--data DIR] [--instances comp01,comp02]
        [--time-limit 30] [--seed 1] [--workers 2] [--iterations N]
    python3 Benchmarks/itc2007-benchmark.py convert FILE.ctt WORKSPACE
    python3 Benchmarks/itc2007-benchmark.py itc-cost FILE.ctt SCHEDULE.json

The data folder defaults to `../shared/benchmarks/itc2007` next to the repository (or next to
its main checkout, for a git worktree); every `.ctt` file in it is run unless `--instances`
names some (the 21 competition instances comp01-comp21 when the folder holds them all).
"""
import argparse, datetime, importlib.util, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The build comes from the invitation benchmark, which brings the scheduling benchmark's CSV
# writer along.
spec = importlib.util.spec_from_file_location("invite_benchmark", os.path.join(ROOT, "Benchmarks/invite-benchmark.py"))
invite_benchmark = importlib.util.module_from_spec(spec)
spec.loader.exec_module(invite_benchmark)
write_csv = invite_benchmark.schedule_benchmark.write_csv
# Reference figures from the data folder's README: CP-SAT under convene's reading, and the
# ITC-2007 winner under the ITC rules.
CP_SAT = {"comp01": 5, "comp02": 103, "comp03": 61, "comp04": 8, "comp05": 255, "comp06": 135, "comp07": 152}
WINNER_ITC = {"comp01": 5, "comp02": 43, "comp03": 72, "comp04": 35, "comp05": 298, "comp06": 41, "comp07": 14}
FIRST_DAY = datetime.date(2027, 1, 4)
WEIGHTS = {
    "capacity": 1, "series-spread": 5, "cohort-compactness": 2, "series-room": 1,
    "attendee-conflict": 0, "big-room-waste": 0, "speaker-pause": 0, "track-parallel": 0,
    "preferred-time": 0, "avoided-time": 0, "local-hours": 0, "published-room": 0, "day-balance": 0,
}


class Instance:
    """One .ctt file."""

    def __init__(self, text):
        self.header, self.courses, self.rooms, self.curricula, self.unavailable = {}, [], [], [], []
        section = None
        for raw in text.splitlines():
            line = raw.strip()
            if not line:
                continue
            if line.endswith(":") and line[:-1].replace("_", "").isalpha():
                section = line[:-1]
                continue
            if line == "END.":
                break
            if section is None:
                key, _, value = line.partition(":")
                self.header[key.strip()] = value.strip()
                continue
            fields = line.split()
            if section == "COURSES":
                course, teacher, lectures, min_days, students = fields
                self.courses.append(dict(id=course, teacher=teacher, lectures=int(lectures), min_days=int(min_days),
                                         students=int(students)))
            elif section == "ROOMS":
                self.rooms.append(dict(id=fields[0], capacity=int(fields[1])))
            elif section == "CURRICULA":
                self.curricula.append(dict(id=fields[0], courses=fields[2:2 + int(fields[1])]))
            elif section == "UNAVAILABILITY_CONSTRAINTS":
                self.unavailable.append((fields[0], int(fields[1]), int(fields[2])))
        self.days = int(self.header["Days"])
        self.periods = int(self.header["Periods_per_day"])


def identifier(prefix, name):
    return prefix + "".join(c if c.isalnum() else "-" for c in name.lower())


def convert(instance, folder):
    """Writes the workspace for `instance` into `folder`."""
    os.makedirs(folder, exist_ok=True)
    dates = [FIRST_DAY + datetime.timedelta(days=d) for d in range(instance.days)]
    end = f"{8 + instance.periods:02d}:00"
    event = {
        "id": identifier("itc-", instance.header.get("Name", "instance")), "title": instance.header.get("Name", "ITC-2007"),
        "kind": "training", "mode": "in-person", "timezone": "UTC",
        "organiser": {"name": "Benchmark", "email": "benchmark@example.org"}, "languages": ["en"], "grid_minutes": 60,
        "days": [{"date": d.isoformat(), "start": "08:00", "end": end, "breaks": []} for d in dates],
        "scheduling": {"weights": WEIGHTS},
    }
    with open(os.path.join(folder, "event.json"), "w", encoding="utf-8") as out:
        json.dump(event, out, indent=2)
    write_csv(os.path.join(folder, "rooms.csv"), ["id", "name", "venue", "capacity", "features", "unavailable"],
              [{"id": identifier("r", r["id"]), "name": r["id"], "capacity": r["capacity"]} for r in instance.rooms])
    teachers = sorted({c["teacher"] for c in instance.courses})
    write_csv(os.path.join(folder, "participants.csv"), ["id", "name", "email", "status"],
              [{"id": identifier("", t), "name": t, "email": f"{identifier('', t)}@example.org", "status": "confirmed"}
               for t in teachers])
    curricula = {}
    for q in instance.curricula:
        for course in q["courses"]:
            curricula.setdefault(course, []).append(identifier("", q["id"]))
    closed = {}
    for course, day, period in instance.unavailable:
        start = 8 + period
        closed.setdefault(course, []).append(f"{dates[day].isoformat()} {start:02d}:00-{start + 1:02d}:00")
    sessions = []
    for c in instance.courses:
        for part in range(1, c["lectures"] + 1):
            sessions.append({
                "id": f"{identifier('', c['id'])}-{part}", "title": f"{c['id']} lecture {part}", "kind": "training",
                "duration": 60, "speakers": identifier("", c["teacher"]), "audience": ";".join(curricula.get(c["id"], [])),
                "expected": c["students"], "series": identifier("", c["id"]), "part": part, "min_days": c["min_days"],
                "unavailable": ";".join(closed.get(c["id"], [])),
            })
    columns = ["id", "title", "kind", "duration", "speakers", "moderators", "audience", "track", "language",
               "interpretation", "requires", "expected", "after", "series", "part", "min_days", "exclusive",
               "unavailable", "preferred", "avoided", "day", "start", "room"]
    write_csv(os.path.join(folder, "sessions.csv"), columns, sessions)
    write_csv(os.path.join(folder, "signups.csv"), ["participant", "session"], [])


def itc_cost(instance, schedule):
    """The ITC-2007 penalty of the timetable in `schedule` (schedule.json), or None when a lecture
    is missing: room capacity 1 per student, min working days 5 per day, curriculum compactness 2
    per isolated lecture (a curriculum's only lecture of a day included), room stability 1 per
    room beyond the first."""
    courses = {identifier("", c["id"]): c for c in instance.courses}
    capacity = {identifier("r", r["id"]): r["capacity"] for r in instance.rooms}
    placed = {}  # course -> [(day, period, room)]
    for entry in schedule["sessions"]:
        course = entry["id"].rsplit("-", 1)[0]
        start = datetime.datetime.fromisoformat(entry["start"])
        day = (start.date() - FIRST_DAY).days
        placed.setdefault(course, []).append((day, start.hour - 8, entry["room"]))
    if sum(len(v) for v in placed.values()) != sum(c["lectures"] for c in instance.courses):
        return None
    cost = 0
    for course, lectures in placed.items():
        c = courses[course]
        cost += sum(max(0, c["students"] - capacity[room]) for _, _, room in lectures)
        cost += 5 * max(0, c["min_days"] - len({day for day, _, _ in lectures}))
        cost += len({room for _, _, room in lectures}) - 1
    for q in instance.curricula:
        busy = {(day, period) for course in q["courses"] for day, period, _ in placed.get(identifier("", course), [])}
        cost += 2 * sum(1 for day, period in busy if (day, period - 1) not in busy and (day, period + 1) not in busy)
    return cost


def data_folder(given):
    if given:
        return given
    candidates = [os.path.join(ROOT, "..", "shared", "benchmarks", "itc2007")]
    common = subprocess.run(["git", "rev-parse", "--path-format=absolute", "--git-common-dir"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    if common:
        candidates.append(os.path.join(os.path.dirname(common), "..", "shared", "benchmarks", "itc2007"))
    for candidate in candidates:
        if os.path.isdir(candidate):
            return os.path.normpath(candidate)
    sys.exit("ITC-2007 data not found next to the repository; give it with --data DIR")


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "convert":
        with open(sys.argv[2], encoding="utf-8") as source:
            convert(Instance(source.read()), sys.argv[3])
        return
    if len(sys.argv) == 4 and sys.argv[1] == "itc-cost":
        with open(sys.argv[2], encoding="utf-8") as source, open(sys.argv[3], encoding="utf-8") as schedule:
            cost = itc_cost(Instance(source.read()), json.load(schedule))
        print("incomplete" if cost is None else cost)
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", help="the folder of compNN.ctt files")
    parser.add_argument("--instances", help="comma-separated names (default: every .ctt file in the data folder)")
    parser.add_argument("--time-limit", type=float, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--iterations", type=int)
    parser.add_argument("--convene", help="a convene binary to use instead of building the release one")
    args = parser.parse_args()
    data = data_folder(args.data)
    binary = args.convene or invite_benchmark.release_binary()
    scratch = tempfile.mkdtemp(prefix="convene-itc2007-")
    names = args.instances.split(",") if args.instances else \
        sorted(f[:-4] for f in os.listdir(data) if f.endswith(".ctt"))
    load_before = os.getloadavg()[0]
    rows = []
    for name in names:
        with open(os.path.join(data, f"{name}.ctt"), encoding="utf-8") as source:
            instance = Instance(source.read())
        folder = os.path.join(scratch, name)
        convert(instance, folder)
        command = [binary, "schedule", "--workspace", folder, "--time-limit", str(args.time_limit), "--seed",
                   str(args.seed), "--workers", str(args.workers), "--json"]
        if args.iterations is not None:
            command += ["--iterations", str(args.iterations)]
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode not in (0, 1):
            sys.exit(f"convene schedule failed on {name}: {run.stderr}")
        report = json.loads(run.stdout)
        with open(os.path.join(folder, "schedule.json"), encoding="utf-8") as source:
            schedule = json.load(source)
        score = report["score"]
        left = len(report["unscheduled"])
        cost = str(-score["soft"]) if score["hard"] == 0 and score["medium"] == 0 else \
            f"{-score['soft']} (hard {-score['hard']}, {left} left out)"
        itc = itc_cost(instance, schedule)
        rows.append((name, cost, str(CP_SAT.get(name, "")), "" if itc is None else str(itc), str(WINNER_ITC.get(name, "")),
                     report["stop_reason"]))
    limit = f"{args.iterations} iterations" if args.iterations is not None else f"{args.time_limit:g} s"
    print(f"ITC-2007 track 3, convene schedule --seed {args.seed} --workers {args.workers}, {limit}, release build, "
          f"{os.cpu_count()} cores, load average {load_before:.1f} before and {os.getloadavg()[0]:.1f} after")
    print()
    header = ("instance", "convene", "CP-SAT 30 s", "convene, ITC rules", "ITC winner, ITC rules", "stopped")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
