#!/usr/bin/env python3
"""Scheduling at three sizes: prints a table of time to the first valid schedule, the score
after 10 s and after 60 s, and peak memory. Then the Dakar example with five seeds at 10 s
each, and how far apart their scores are.

Instances are generated with a fixed seed:
- workshop: 30 sessions, 4 rooms, 2 days, 80 participants;
- summit: 200 sessions, 20 rooms, 3 days, 1,500 participants, 6,000 sign-ups, cohorts,
  interpretation, pins;
- stress: 1,000 sessions, 60 rooms, 5 days, 10,000 participants, 40,000 sign-ups;
- large and huge (not run by default): 2,000 and 10,000 sessions, for the time to the first
  schedule (`--sizes large,huge --limits 10`).

    python3 Benchmarks/schedule-benchmark.py [--sizes workshop,summit,stress] [--limits 10,60]
        [--seeds 1,2,3,4,5] [--seed-limit 10] [--convene BINARY]
"""
import argparse, json, os, random, resource, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SIZES = {
    "workshop": dict(sessions=30, rooms=4, days=2, people=80, signups=320, cohorts=2, pins=2, interpretation=0.1),
    "summit": dict(sessions=200, rooms=20, days=3, people=1500, signups=6000, cohorts=12, pins=8, interpretation=0.15),
    "stress": dict(sessions=1000, rooms=60, days=5, people=10000, signups=40000, cohorts=40, pins=20, interpretation=0.1),
    "large": dict(sessions=2000, rooms=100, days=5, people=10000, signups=40000, cohorts=40, pins=20, interpretation=0.1),
    "huge": dict(sessions=10000, rooms=300, days=10, people=25000, signups=100000, cohorts=80, pins=40, interpretation=0.1),
}
PCOLS = ("id,name,email,category,title,organisation,city,country,region,gender,age_group,languages,needs,"
         "timezone,arrival,departure,unavailable,cohorts,publish_name,status").split(",")
SCOLS = ("id,title,kind,duration,speakers,moderators,audience,track,language,interpretation,requires,expected,"
         "after,series,part,min_days,exclusive,unavailable,preferred,avoided,day,start,room").split(",")


def write_csv(path, columns, rows):
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(",".join(columns) + "\r\n")
        for row in rows:
            out.write(",".join(str(row.get(c, "")) for c in columns) + "\r\n")


def generate(folder, size):
    rnd = random.Random(2027)
    os.makedirs(folder)
    days = [f"2027-03-{8 + d:02d}" for d in range(size["days"])]
    event = {
        "id": "bench", "title": "Benchmark", "kind": "global-summit", "mode": "hybrid", "timezone": "Africa/Nairobi",
        "organiser": {"name": "Unit", "email": "events@example.org"}, "languages": ["en", "fr", "ar"], "grid_minutes": 15,
        "days": [{"date": d, "start": "08:30", "end": "18:30", "breaks": [
            {"start": "10:00", "end": "10:30", "label": "Coffee"}, {"start": "12:30", "end": "13:30", "label": "Lunch"},
            {"start": "15:30", "end": "16:00", "label": "Coffee"}]} for d in days],
        "scheduling": {"interpretation_teams": {"en>fr": max(1, size["rooms"] // 8), "en>ar": max(1, size["rooms"] // 10)}},
    }
    json.dump(event, open(os.path.join(folder, "event.json"), "w"), indent=2)
    rooms = []
    for r in range(size["rooms"]):
        features = ["av"] + (["interpretation"] if r < max(2, size["rooms"] // 4) else []) + (["step-free"] if r % 2 == 0 else [])
        rooms.append({"id": f"r{r}", "name": f"Room {r}", "capacity": rnd.choice([30, 40, 60, 80, 120, 200, 400]) if r else 600,
                      "features": ";".join(features)})
    write_csv(os.path.join(folder, "rooms.csv"), "id,name,venue,capacity,features,unavailable".split(","), rooms)
    people = []
    zones = ["", "", "", "Asia/Dhaka", "America/Bogota", "Europe/Paris"]
    for p in range(size["people"]):
        row = {"id": f"p{p + 1:05d}", "name": f"Person {p}", "email": f"p{p}@example.org", "category": "local-official",
               "status": "confirmed", "publish_name": "yes", "timezone": rnd.choice(zones)}
        if rnd.random() < 0.1:
            row["cohorts"] = f"c{rnd.randrange(size['cohorts'])}"
        if rnd.random() < 0.02:
            row["unavailable"] = f"day{rnd.randrange(size['days']) + 1} afternoon"
        people.append(row)
    speakers = [p["id"] for p in people[: size["sessions"] * 2]]
    sessions = []
    for s in range(size["sessions"]):
        kind = rnd.choices(["panel", "workshop", "breakout", "training", "plenary"], [40, 25, 25, 8, 2])[0]
        row = {"id": f"s{s}", "title": f"Session {s}", "kind": kind, "duration": rnd.choice([45, 60, 90, 90, 120]),
               "speakers": ";".join(rnd.sample(speakers, rnd.randint(1, 3))), "track": f"t{rnd.randrange(max(2, size['sessions'] // 12))}"}
        if kind == "plenary":
            row["duration"] = 60
        if rnd.random() < size["interpretation"]:
            row["interpretation"] = rnd.choice(["en>fr", "en>ar", "en>fr;en>ar"])
        if rnd.random() < 0.05:
            row["audience"] = f"c{rnd.randrange(size['cohorts'])}"
        if s > 0 and rnd.random() < 0.03:
            row["after"] = f"s{rnd.randrange(s)}"
        if rnd.random() < 0.05:
            row["preferred"] = rnd.choice(["morning", "afternoon"])
        sessions.append(row)
    plenaries = [s for s in sessions if s["kind"] == "plenary"]
    for n, row in enumerate(rnd.sample([s for s in sessions if s["kind"] != "plenary"], size["pins"])):
        row["day"] = f"day{n % size['days'] + 1}"
    write_csv(os.path.join(folder, "participants.csv"), PCOLS, people)
    write_csv(os.path.join(folder, "sessions.csv"), SCOLS, sessions)
    signups = set()
    while len(signups) < size["signups"]:
        signups.add((rnd.choice(people)["id"], f"s{rnd.randrange(size['sessions'])}"))
    write_csv(os.path.join(folder, "signups.csv"), ["participant", "session"],
              [{"participant": p, "session": s} for p, s in sorted(signups)])
    return len(plenaries)


def run(convene, folder, limit):
    code = ("import resource,subprocess,sys;r=subprocess.run(sys.argv[1:],capture_output=True,text=True);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss);print(r.returncode);print(r.stdout);sys.stderr.write(r.stderr)")
    began = time.monotonic()
    out = subprocess.run([sys.executable, "-c", code, convene, "schedule", "--workspace", folder, "--time-limit", str(limit),
                          "--json", "--force"], capture_output=True, text=True)
    wall = time.monotonic() - began
    lines = out.stdout.split("\n", 2)
    if int(lines[1]) not in (0, 1):
        sys.exit(f"convene schedule failed: {out.stderr}")
    report = json.loads(lines[2])
    report["wall_seconds"] = wall
    return report, int(lines[0]) / 1024


def seeds_table(binary, scratch, seeds, limit):
    """The Dakar example scheduled with each seed: the scores and their spread."""
    scores = []
    load_before = os.getloadavg()[0]
    for seed in seeds:
        folder = os.path.join(scratch, f"dakar-{seed}")
        shutil.copytree(os.path.join(ROOT, "Examples", "dakar-regional-workshop"), folder)
        out = subprocess.run([binary, "schedule", "--workspace", folder, "--time-limit", str(limit), "--seed", str(seed),
                              "--json"], capture_output=True, text=True)
        report = json.loads(out.stdout)
        scores.append((seed, report["score"]))
    softs = [-score["soft"] for _, score in scores]
    print()
    print(f"Examples/dakar-regional-workshop, --time-limit {limit:g}, one run per seed, load average "
          f"{load_before:.1f} before and {os.getloadavg()[0]:.1f} after")
    print()
    print("| seed | score |")
    print("|---|---|")
    for seed, score in scores:
        print(f"| {seed} | {score['hard']}/{score['medium']}/{score['soft']} |")
    print()
    print(f"soft penalties from {min(softs)} to {max(softs)}: the worst is {100 * (max(softs) - min(softs)) / max(1, min(softs)):.1f} % above the best")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="workshop,summit,stress")
    parser.add_argument("--limits", default="10,60")
    parser.add_argument("--seeds", default="1,2,3,4,5")
    parser.add_argument("--seed-limit", type=float, default=10)
    parser.add_argument("--convene", help="a convene binary to use instead of building the release one")
    args = parser.parse_args()
    binary = args.convene
    if not binary:
        subprocess.run(["swift", "build", "-c", "release", "--product", "convene"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        binary = os.path.join(subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                                             capture_output=True, text=True).stdout.strip(), "convene")
    limits = [int(x) for x in args.limits.split(",")]
    scratch = tempfile.mkdtemp(prefix="convene-schedule-bench-")
    rows = []
    for name in [size for size in args.sizes.split(",") if size]:
        results = []
        for limit in limits:
            folder = os.path.join(scratch, f"{name}-{limit}")
            generate(folder, SIZES[name])
            results.append(run(binary, folder, limit))
        first = results[0][0]
        scores = [f"{r['score']['hard']}/{r['score']['medium']}/{r['score']['soft']}" for r, _ in results]
        left = [str(len(r["unscheduled"])) for r, _ in results]
        walls = "/".join(f"{r['wall_seconds']:.1f}" for r, _ in results)
        rows.append((name, f"{first['construction_seconds']:.2f}", *scores, "/".join(left), walls,
                     f"{max(m for _, m in results):.0f}"))
    print(f"convene schedule, fixed seed, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end "
          "(score = hard/medium/soft penalties, shown negative)")
    print()
    header = ("instance", "first valid (s)", *[f"score after {l} s" for l in limits], "left out", "wall (s)",
              "peak memory (MB)")
    widths = [max(len(str(row[i])) for row in [header] + rows) for i in range(len(header))]
    for row in [header] + rows:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)))
    if args.seeds:
        seeds_table(binary, scratch, [int(seed) for seed in args.seeds.split(",")], args.seed_limit)


if __name__ == "__main__":
    main()
