#!/usr/bin/env python3
"""Peak memory and time of `convene participants import` on .xlsx workbooks, for one or more
builds side by side.

Three workbooks:

- "sheet padded to 500 MB": a workbook of one person whose sheet part is padded with 500 MB
  of spaces between its rows (under the 512 MB limit on a part); the file is about 0.5 MB;
- "100,000 rows": the import benchmark's 100,000-row export (Benchmarks/import-benchmark.py,
  distinct names) written as a workbook by XlsxWriter, which stores text as shared strings as
  Excel does;
- "examples' workbook": Examples/registrations/kobotoolbox.xlsx.

Each is imported into a new workspace (the first import, which writes participants.csv), in a
process of its own, `--runs` times; the table gives the fastest and slowest wall-clock time
and the largest peak resident set size, as `/usr/bin/time -v` reports them. Run it with the
Python of the test environment, where `make test` installs XlsxWriter:

    .build/venv/bin/python Benchmarks/xlsx-memory-benchmark.py [--convene LABEL=BINARY ...] [--runs N]

Without --convene, the release build of this checkout is built and measured.
"""
import argparse, importlib.util, os, shutil, subprocess, sys, tempfile, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("benchmark", os.path.join(ROOT, "Benchmarks", "import-benchmark.py"))
benchmark = importlib.util.module_from_spec(spec)
spec.loader.exec_module(benchmark)


def padded(path, megabytes):
    """One person, then `megabytes` of spaces inside sheetData, written in a streamed ZIP64 entry."""
    import xlsxwriter
    small = path + ".small.xlsx"
    book = xlsxwriter.Workbook(small)
    sheet = book.add_worksheet("Sheet1")
    for row, values in enumerate([["Full name", "Email Address", "City", "Country", "Category"],
                                  ["Alice Alpha", "alice@lyon.example.org", "Lyon", "France", "Mayor"]]):
        sheet.write_row(row, 0, values)
    book.close()
    with zipfile.ZipFile(small) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            data = source.read(name)
            if name != "xl/worksheets/sheet1.xml":
                target.writestr(name, data)
                continue
            head, tail = data.split(b"</sheetData>")
            with target.open(name, "w", force_zip64=True) as part:
                part.write(head)
                spaces = b" " * (1 << 20)
                for _ in range(megabytes):
                    part.write(spaces)
                part.write(b"</sheetData>" + tail)
    os.remove(small)


def rows_workbook(path, rows):
    """The import benchmark's export (distinct names) as an XlsxWriter workbook."""
    import csv, xlsxwriter
    export = path + ".csv"
    benchmark.generate(export, rows)
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("Réponses")
    with open(export, encoding="utf-8-sig", newline="") as source:
        for row, values in enumerate(csv.reader(source, delimiter=";")):
            sheet.write_row(row, 0, values)
    book.close()
    os.remove(export)


def measure(command):
    """Wall-clock seconds and peak resident MB of `command`, from /usr/bin/time -v."""
    result = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} exited with {result.returncode}:\n{result.stderr[-2000:]}")
    fields = dict(line.strip().rsplit(": ", 1) for line in result.stderr.splitlines() if ": " in line)
    clock = fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":")
    seconds = sum(float(part) * 60 ** index for index, part in enumerate(reversed(clock)))
    return seconds, int(fields["Maximum resident set size (kbytes)"]) / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--convene", action="append", default=[], help="LABEL=BINARY, repeatable")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--megabytes", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    builds = [tuple(item.split("=", 1)) for item in args.convene] or [("this checkout", benchmark.build())]
    scratch = tempfile.mkdtemp(prefix="convene-xlsx-bench-")
    workbooks = [(f"sheet padded to {args.megabytes} MB", os.path.join(scratch, "padded.xlsx")),
                 (f"{args.rows:,} rows", os.path.join(scratch, "rows.xlsx")),
                 ("examples' workbook", os.path.join(ROOT, "Examples", "registrations", "kobotoolbox.xlsx"))]
    padded(workbooks[0][1], args.megabytes)
    rows_workbook(workbooks[1][1], args.rows)
    before = benchmark.load()
    results = {}
    for label, binary in builds:
        for name, path in workbooks:
            runs = []
            for run in range(args.runs):
                ws = os.path.join(scratch, "ws")
                benchmark.workspace(binary, ws)
                runs.append(measure([binary, "participants", "import", path, "--workspace", ws, "--accept-warnings"]))
                shutil.rmtree(ws)
            results[(label, name)] = runs
    print(f"convene participants import of .xlsx workbooks, {args.runs} runs each, {os.cpu_count()} cores; "
          f"load average {before} before, {benchmark.load()} after")
    print()
    print(f"{'workbook':<28}{'file (MB)':>10}{'part (MB)':>11}  " + "".join(f"{label:^30}" for label, _ in builds))
    print(f"{'':<28}{'':>10}{'':>11}  " + f"{'time (s)':>16}{'memory (MB)':>14}" * len(builds))
    for name, path in workbooks:
        with zipfile.ZipFile(path) as book:
            largest = max(info.file_size for info in book.infolist()) / 1e6
        cells = []
        for label, _ in builds:
            runs = results[(label, name)]
            times = sorted(t for t, _ in runs)
            cells.append(f"{times[0]:>8.2f}-{times[-1]:<7.2f}{max(m for _, m in runs):>14.0f}")
        print(f"{name:<28}{os.path.getsize(path) / 1e6:>10.2f}{largest:>11.1f}  " + "".join(cells))
    shutil.rmtree(scratch)
    print()
    print("part: the largest part, inflated; time: fastest-slowest of the runs; memory: the largest peak resident set size.")


if __name__ == "__main__":
    main()
