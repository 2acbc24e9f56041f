#!/usr/bin/env python3
"""Invitations at scale: prints a table of the time and peak memory of `convene invite`
(calendars and e-mails for every participant) for the 400-participant summit example and for
10,000 generated participants (the stress event of schedule-benchmark.py with 10,000 people
and 40,000 sign-ups), release build.

    python3 Benchmarks/invite-benchmark.py
"""
import importlib.util, os, resource, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("schedule_benchmark", os.path.join(ROOT, "Benchmarks/schedule-benchmark.py"))
schedule_benchmark = importlib.util.module_from_spec(spec)
spec.loader.exec_module(schedule_benchmark)


def measure(command):
    code = ("import resource,subprocess,sys,time;s=time.perf_counter();r=subprocess.run(sys.argv[1:],capture_output=True,text=True);"
            "e=time.perf_counter()-s;print(e);print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss);print(r.returncode);print(r.stdout+r.stderr)")
    out = subprocess.run([sys.executable, "-c", code] + command, capture_output=True, text=True).stdout.split("\n", 3)
    if out[2] != "0":
        sys.exit(f"{' '.join(command)} failed: {out[3]}")
    return float(out[0]), int(out[1]) / 1024, out[3].strip()


def release_binary():
    """Builds convene in release mode and returns the binary's path."""
    subprocess.run(["swift", "build", "-c", "release", "--product", "convene"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return os.path.join(subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                                       capture_output=True, text=True).stdout.strip(), "convene")


def print_table(header, rows):
    widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
    for row in [header] + rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)))


def main():
    convene = release_binary()
    scratch = tempfile.mkdtemp(prefix="convene-invite-bench-")
    summit = os.path.join(scratch, "summit")
    shutil.copytree(os.path.join(ROOT, "Examples/amman-global-summit"), summit)
    stress = os.path.join(scratch, "stress")
    schedule_benchmark.generate(stress, schedule_benchmark.SIZES["stress"])
    rows = []
    for name, folder in [("summit example (400 participants)", summit), ("generated (10,000 participants)", stress)]:
        subprocess.run([convene, "schedule", "--workspace", folder, "--iterations", "2000", "--force"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([convene, "publish", "--workspace", folder], check=True, stdout=subprocess.DEVNULL)
        seconds, memory, summary = measure([convene, "invite", "--workspace", folder])
        files = len(os.listdir(os.path.join(folder, "outbox", "v1")))
        rows.append((name, f"{seconds:.2f}", f"{memory:.0f}", str(files)))
    shutil.rmtree(scratch)
    print(f"convene invite, release build, {os.cpu_count()} cores")
    print()
    print_table(("event", "time (s)", "peak memory (MB)", "files written (.ics + .eml)"), rows)
    print()
    print("goal: 10,000 participants in under 10 s")


if __name__ == "__main__":
    main()
