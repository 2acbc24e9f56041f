#!/usr/bin/env python3
"""What `convene participants import` gives, written to a folder, for comparing two builds.

For each export (the examples in Examples/registrations, the example workspaces' own lists,
the benchmark's two 100,000-row exports, and a 100,000-row export with faults spread over the
whole file: bad addresses, unknown countries, double-encoded and placeholder names, repeated
addresses far apart, a date only a late row settles), imports it with a few sets of options
into a workspace (new, or a copy of an example), twice, and keeps what each import printed
(text and --json), its exit status, and the workspace's files afterwards.

    python3 Benchmarks/import-outputs.py CONVENE OUTDIR [--rows N]
    diff -r BEFORE AFTER        # two builds: the same outputs, byte for byte
"""
import argparse, importlib.util, os, random, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("benchmark", os.path.join(ROOT, "Benchmarks", "import-benchmark.py"))
benchmark = importlib.util.module_from_spec(spec)
spec.loader.exec_module(benchmark)

VARIANTS = [[], ["--accept-warnings", "--skip-invalid"], ["--json", "--accept-warnings", "--skip-invalid"],
            ["--date-order", "mdy", "--accept-warnings", "--skip-invalid"], ["--dry-run", "--json"]]


def faulty(path, rows):
    """The benchmark's export with faults spread over every part of the file."""
    benchmark.generate(path, rows)
    with open(path, encoding="utf-8-sig", newline="") as f:
        lines = f.read().split("\r\n")
    rnd = random.Random(9)
    for n in range(1, len(lines) - 1):
        # The quoted cell of the function holds the delimiter: it is cells 3 and 4 here.
        cells = lines[n].split(";")
        if n % 997 == 0: cells[1] = "not-an-address"
        if n % 1013 == 0: cells[7] = "Atlantis"
        if n % 1201 == 0: cells[2] = "HÃ©lÃ¨ne Moreau"
        if n % 1499 == 0: cells[2] = "anonymous"
        if n % 1709 == 0: cells[9] = "Astronaut"
        if n % 1801 == 0: cells[8] = "Astronaute"
        if n % 1901 == 0: cells[10] = "cent ans"
        if n % 2003 == 0: cells[11] = "Français, Klingon"
        if n % 2311 == 0: cells[2] = ""
        if n % 2503 == 0: cells[6] = '"Saint-Louis ""Ndar"""'
        if n % 2707 == 0: cells[8] = ""
        if n % 3001 == 0: cells[1] = f"person{rnd.randrange(rows)}@city{rnd.randrange(500)}.example.org"
        if n % 4001 == 0: cells[1] = f"person{n - rows // 2}@city{(n - rows // 2 - 1) % 500}.example.org"
        if n == rows - 3: cells[0] = "2027/01/28 11:05:09 PM"
        lines[n] = ";".join(cells)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines))


def new_workspace(convene, folder, capacity):
    subprocess.run([convene, "init", folder, "--kind", "global-summit", "--start", "2027-11-15"], check=True,
                   stdout=subprocess.DEVNULL)
    if capacity:
        event = os.path.join(folder, "event.json")
        text = open(event, encoding="utf-8").read().replace('"capacity": 500', f'"capacity": {capacity}')
        open(event, "w", encoding="utf-8").write(text)


def keep(folder, out):
    """The workspace's files (not the lock) copied to `out`."""
    for base, _, files in os.walk(folder):
        for name in files:
            if name.endswith(".lock"):
                continue
            source = os.path.join(base, name)
            target = os.path.join(out, os.path.relpath(source, folder))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(source, target)


def run(convene, export, workspace, variant, out):
    os.makedirs(out, exist_ok=True)
    for attempt in ("first", "again"):
        result = subprocess.run([convene, "participants", "import", export, "--workspace", workspace] + variant,
                                capture_output=True)
        with open(os.path.join(out, f"{attempt}.out"), "wb") as f:
            f.write(result.stdout)
        with open(os.path.join(out, f"{attempt}.err"), "wb") as f:
            f.write(result.stderr)
        with open(os.path.join(out, f"{attempt}.status"), "w") as f:
            f.write(f"{result.returncode}\n")
        keep(workspace, os.path.join(out, f"{attempt}.workspace"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("convene")
    parser.add_argument("out")
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    convene = os.path.abspath(args.convene)
    # One fixed place, so that paths printed by the import read the same in both runs.
    scratch = os.path.join(tempfile.gettempdir(), "convene-import-outputs")
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    exports = [os.path.join(ROOT, "Examples", "registrations", name)
               for name in sorted(os.listdir(os.path.join(ROOT, "Examples", "registrations")))]
    exports += [os.path.join(ROOT, "Examples", name, "participants.csv") for name in ("amman-global-summit", "dakar-regional-workshop")]
    large = []
    for name, make in [("distinct", lambda p: benchmark.generate(p, args.rows)),
                       ("repeating", lambda p: benchmark.generate(p, args.rows, repeating=True)),
                       ("faulty", lambda p: faulty(p, args.rows))]:
        path = os.path.join(scratch, f"{name}.csv")
        make(path)
        large.append(path)
    cases = []
    for export in exports:
        label = os.path.relpath(export, ROOT).replace(os.sep, "_")
        for number, variant in enumerate(VARIANTS):
            cases.append((f"{label}/new-{number}", export, variant, None, None))
            cases.append((f"{label}/dakar-{number}", export, variant, "dakar-regional-workshop", None))
    for export in large:
        label = os.path.basename(export)
        for number, variant in enumerate(VARIANTS[:3]):
            cases.append((f"{label}/new-{number}", export, variant, None, 1_000_000))
        cases.append((f"{label}/capacity-500", export, VARIANTS[1], None, None))
    for label, export, variant, example, capacity in cases:
        workspace = os.path.join(scratch, "ws")
        shutil.rmtree(workspace, ignore_errors=True)
        if example:
            shutil.copytree(os.path.join(ROOT, "Examples", example), workspace)
        else:
            new_workspace(convene, workspace, capacity)
        run(convene, export, workspace, variant, os.path.join(args.out, label))
        print(label, file=sys.stderr)
    shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
