#!/usr/bin/env python3
"""Feedback at scale: prints a table of the time and peak memory of `convene feedback collect`
over 20,000 returned form files and of `convene report` on the result (release build), for a
generated event of 20,000 participants, 40 sessions and 3 days with attendance recorded.

    python3 Benchmarks/feedback-benchmark.py
"""
import csv, importlib.util, json, os, random, shutil, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The build, the measurement of a run and the table come from the invitation benchmark.
spec = importlib.util.spec_from_file_location("invite_benchmark", os.path.join(ROOT, "Benchmarks/invite-benchmark.py"))
invite_benchmark = importlib.util.module_from_spec(spec)
spec.loader.exec_module(invite_benchmark)
measure = invite_benchmark.measure
PEOPLE = 20_000
FILES = 20_000
SESSIONS = 40
DAYS = ["2027-06-07", "2027-06-08", "2027-06-09"]
CATEGORIES = ["mayor", "local-official", "youth", "civil-society", "national-government", "multilateral", "private-sector", "practitioner"]
COUNTRIES = ["KE", "SN", "JO", "FR", "BR", "IN", "ID", "NG", "ZA", "CO", "MA", "TN", "PK", "PH", "DE", "GB", "TR", "LB", "UG", "GH"]


def generate(folder, returned):
    rnd = random.Random(20)
    os.makedirs(folder)
    evaluation = json.load(open(os.path.join(ROOT, "Templates/workspaces/common/evaluation.json"), encoding="utf-8"))
    event = {
        "id": "bench-2027", "title": "Benchmark Forum", "kind": "global-summit", "mode": "hybrid", "timezone": "UTC",
        "organiser": {"name": "Unit", "email": "events@example.org"}, "languages": ["en", "fr", "ar"],
        "days": [{"date": d, "start": "09:00", "end": "18:00"} for d in DAYS], "evaluation": evaluation,
    }
    json.dump(event, open(os.path.join(folder, "event.json"), "w"), indent=2)
    with open(os.path.join(folder, "rooms.csv"), "w") as f:
        f.write("id,name,venue,capacity,features,unavailable\r\nhall,Hall,,5000,,\r\n")
    with open(os.path.join(folder, "sessions.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["id", "title", "kind", "duration"])
        for s in range(SESSIONS):
            w.writerow([f"s{s:02d}", f"Session {s}", "panel", 60])
    with open(os.path.join(folder, "participants.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow("id,name,email,category,organisation,city,country,region,gender,age_group,status".split(","))
        for i in range(1, PEOPLE + 1):
            country = rnd.choice(COUNTRIES)
            w.writerow([f"p{i:05d}", f"Person {i}", f"person{i}@example.org", rnd.choice(CATEGORIES), f"Org {i % 700}",
                        f"City {i % 900}", country, f"Region {COUNTRIES.index(country) % 6}", rnd.choice(["woman", "man", "woman", "man", "non-binary", ""]),
                        rnd.choice(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]), "confirmed"])
    with open(os.path.join(folder, "signups.csv"), "w") as f:
        f.write("participant,session\r\n")
    with open(os.path.join(folder, "attendance.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["participant", "session", "status", "checked_in_at"])
        for i in range(1, PEOPLE + 1):
            if rnd.random() < 0.9:
                for day in DAYS:
                    w.writerow([f"p{i:05d}", day, "present", f"{day} 08:30"])
                for s in rnd.sample(range(SESSIONS), 3):
                    w.writerow([f"p{i:05d}", f"s{s:02d}", "present", ""])
    os.makedirs(returned)
    for n in range(FILES):
        person = rnd.randint(1, PEOPLE)  # some people send two files: the later one is kept
        answers = {"satisfaction": rnd.randint(1, 5), "recommend": rnd.randint(0, 10), "intend_to_act": rnd.choice(["yes", "no", "unsure"]),
                   "knowledge_before": rnd.randint(1, 4), "knowledge_after": rnd.randint(2, 5),
                   "usefulness": {f"s{s:02d}": rnd.randint(1, 5) for s in rnd.sample(range(SESSIONS), 3)}}
        if rnd.random() < 0.6:
            answers["commitments"] = f"Commitment number {n}"
        record = {"format": "convene-feedback/1", "event": "bench-2027", "response": f"r-{n:08d}", "participant": f"p{person:05d}",
                  "email": "", "submitted_at": f"{DAYS[-1]}T{10 + n % 8:02d}:{n % 60:02d}:{n % 59:02d}.000Z", "language": "en", "answers": answers}
        with open(os.path.join(returned, f"feedback-{n:05d}.json"), "w") as f:
            json.dump(record, f)


def main():
    convene = invite_benchmark.release_binary()
    scratch = tempfile.mkdtemp(prefix="convene-feedback-bench-")
    folder, returned = os.path.join(scratch, "ws"), os.path.join(scratch, "returned")
    generate(folder, returned)
    rows = []
    collect = measure([convene, "feedback", "collect", returned, "--workspace", folder])
    rows.append(("feedback collect (20,000 files)", f"{collect[0]:.2f}", f"{collect[1]:.0f}", collect[2].splitlines()[0][:70]))
    report = measure([convene, "report", "--workspace", folder])
    rows.append(("report (html, md, csv, json)", f"{report[0]:.2f}", f"{report[1]:.0f}", report[2].splitlines()[0][:70]))
    again = measure([convene, "feedback", "collect", returned, "--workspace", folder])
    rows.append(("feedback collect again (nothing new)", f"{again[0]:.2f}", f"{again[1]:.0f}", again[2].splitlines()[0][:70]))
    shutil.rmtree(scratch)
    print(f"convene feedback collect and report, release build, {os.cpu_count()} cores, {PEOPLE:,} participants")
    print()
    invite_benchmark.print_table(("step", "time (s)", "peak memory (MB)", "summary"), rows)
    print()
    print(f"collect + report: {collect[0] + report[0]:.2f} s (goal: under 10 s)")


if __name__ == "__main__":
    main()
