#!/usr/bin/env python3
"""Reading registration exports in every form: prints a table of time and peak memory.

Generates one 100,000-row registration export (fixed seed; English headers, French and
Arabic names, semicolons) and writes it as UTF-8, as Windows-1256 (made by the `iconv`
program) and as an .xlsx workbook (made by XlsxWriter, shared strings, a date column), then
times `convene participants import --dry-run` (release build) on each: the encoding found
from the words, the encoding given with --encoding, and the workbook. Beside each, the
reference: Python reading the same file in the same run (`csv.DictReader` over the decoded
text; openpyxl in read-only mode for the workbook).

Each is run three times; the table gives the fastest and slowest wall-clock time and the
largest peak resident memory of the child process.

    python3 Benchmarks/encoding-benchmark.py [--rows N] [--runs N]
"""
import argparse, datetime, os, random, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV_PYTHON = os.path.join(ROOT, ".build", "venv", "bin", "python")
HEADER = ["Timestamp", "Full name", "Email", "Job title", "Organisation", "City", "Country", "Category", "Gender", "Age"]


def build():
    subprocess.run(["swift", "build", "-c", "release", "--product", "convene"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()
    return os.path.join(path, "convene")


def rows(count):
    rnd = random.Random(1256)
    first = ["محمد", "فاطمة", "يوسف", "ليلى", "خديجة", "عمر", "رانيا", "كريم", "Aïcha", "Hélène", "Jérôme", "Noémie",
             "François", "Anaïs", "Gaëlle", "Benoît"]
    last = ["الشواربة", "حداد", "القاسمي", "بن علي", "المنصوري", "قباني", "الخطيب", "غانم", "Koné", "Lefèvre", "Côté",
            "Ouédraogo", "Traoré", "Moreau", "Girard", "Ndiaye"]
    # Many cities, so that few people share a name and a city (probable duplicates are another
    # benchmark's matter).
    cities = [f"{city} {n}" for city in ["عمّان", "تونس", "الرباط", "بيروت", "إربد", "Thiès", "Lomé"] for n in range(700)]
    countries = ["JO", "TN", "MA", "LB", "SN", "TG", "FR"]
    start = datetime.datetime(2027, 1, 1)
    for n in range(count):
        yield [start + datetime.timedelta(seconds=n * 17), f"{rnd.choice(first)} {rnd.choice(last)}",
               f"person{n}@city{n % 500}.example.org", rnd.choice(["منسق", "Conseillère", "Chargé de mission"]),
               f"بلدية {n % 500}", rnd.choice(cities), rnd.choice(countries), "practitioner",
               rnd.choice(["female", "male", ""]), str(rnd.randint(18, 75))]


def write_text(path, count):
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(";".join(HEADER) + "\r\n")
        for row in rows(count):
            row[0] = row[0].strftime("%Y-%m-%d %H:%M:%S")
            out.write(";".join(row) + "\r\n")


def write_workbook(path, count):
    """Runs in the test environment's Python, where XlsxWriter is installed."""
    import xlsxwriter
    book = xlsxwriter.Workbook(path)
    stamp = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    sheet = book.add_worksheet("Responses")
    sheet.write_row(0, 0, HEADER)
    for number, row in enumerate(rows(count), start=1):
        sheet.write_datetime(number, 0, row[0], stamp)
        sheet.write_row(number, 1, row[1:9])
        sheet.write_number(number, 9, int(row[9]))
    book.close()


def measure(command):
    # Each measurement runs in a fresh Python child so that ru_maxrss is that command's own.
    code = ("import resource,subprocess,sys,time;s=time.perf_counter();"
            "r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL);e=time.perf_counter()-s;"
            "print(e,resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,r.returncode)")
    out = subprocess.run([sys.executable, "-c", code] + command, capture_output=True, text=True, check=True).stdout.split()
    if int(out[2]) != 0:
        sys.exit(f"{' '.join(command)} exited with {out[2]}")
    return float(out[0]), int(out[1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--write-workbook", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write_workbook:
        write_workbook(args.write_workbook, args.rows)
        return
    convene = build()
    scratch = tempfile.mkdtemp(prefix="convene-encoding-bench-")
    utf8 = os.path.join(scratch, "export-utf8.csv")
    cp1256 = os.path.join(scratch, "export-cp1256.csv")
    workbook = os.path.join(scratch, "export.xlsx")
    write_text(utf8, args.rows)
    with open(cp1256, "wb") as out:
        subprocess.run(["iconv", "-f", "UTF-8", "-t", "CP1256", utf8], check=True, stdout=out)
    subprocess.run([VENV_PYTHON, os.path.abspath(__file__), "--write-workbook", workbook, "--rows", str(args.rows)],
                   check=True)
    ws = os.path.join(scratch, "ws")
    subprocess.run([convene, "init", ws, "--kind", "global-summit", "--start", "2027-11-15"], check=True,
                   stdout=subprocess.DEVNULL)
    reader = "import csv,io,sys;t=open(sys.argv[1],'rb').read().decode(sys.argv[2]);sum(1 for _ in csv.DictReader(io.StringIO(t),delimiter=';'))"
    xlsx_reader = "import openpyxl,sys;b=openpyxl.load_workbook(sys.argv[1],read_only=True);sum(1 for _ in b.worksheets[0].iter_rows(values_only=True))"
    steps = [
        ("UTF-8", utf8, [convene, "participants", "import", utf8, "--workspace", ws, "--dry-run"],
         [sys.executable, "-c", reader, utf8, "utf-8"]),
        ("Windows-1256, found", cp1256, [convene, "participants", "import", cp1256, "--workspace", ws, "--dry-run"],
         [sys.executable, "-c", reader, cp1256, "cp1256"]),
        ("Windows-1256, given", cp1256,
         [convene, "participants", "import", cp1256, "--workspace", ws, "--dry-run", "--encoding", "cp1256"], None),
        (".xlsx (shared strings)", workbook, [convene, "participants", "import", workbook, "--workspace", ws, "--dry-run"],
         [VENV_PYTHON, "-c", xlsx_reader, workbook]),
    ]
    print(f"Reading a {args.rows:,}-row export, {args.runs} runs, {os.cpu_count()} cores "
          "(convene: the whole import, dry run; Python: the parse alone)")
    print()
    print(f"{'file':<24}{'MB':>6}{'convene (s)':>14}{'MB peak':>9}{'Python (s)':>13}{'MB peak':>9}")
    for name, path, command, reference in steps:
        times, peak = [], 0
        for _ in range(args.runs):
            elapsed, memory = measure(command)
            times.append(elapsed)
            peak = max(peak, memory)
        line = f"{name:<24}{os.path.getsize(path) / 1e6:>6.1f}{min(times):>8.2f}-{max(times):<5.2f}{peak / 1024:>9.0f}"
        if reference:
            ref_times, ref_peak = [], 0
            for _ in range(args.runs):
                elapsed, memory = measure(reference)
                ref_times.append(elapsed)
                ref_peak = max(ref_peak, memory)
            line += f"{min(ref_times):>7.2f}-{max(ref_times):<5.2f}{ref_peak / 1024:>9.0f}"
        print(line)
    shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
