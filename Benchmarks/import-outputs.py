#!/usr/bin/env python3
"""What `convene participants import` gives, written to a folder, for comparing two builds.

For each export (the examples in Examples/registrations, the example workspaces' own lists,
the benchmark's two 100,000-row exports, and a 100,000-row export with faults spread over the
whole file: bad addresses, unknown countries, double-encoded and placeholder names, repeated
addresses far apart, a date only a late row settles), the form tools' shapes of the tester's
cases (KoboToolbox's per-choice columns and spaced choices, Zoom's denied and cancelled
registrations, Teams' roles, Arabic compound names and timestamps, impossible ages, a
semicolon file with commas in its headers), and a 100,000-row export holding all of these
spread over the whole file, imports it with a few sets of options
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
        # Cells a per-row check must still find: control and bidirectional characters, a
        # spreadsheet's error value, a line break; and the same bytes quoted and unquoted.
        if n % 2203 == 0: cells[2] = "Awa\x1b[31m Ndiaye"
        if n % 2207 == 0: cells[5] = "Ville \u202enoitseg"
        if n % 2213 == 0: cells[6] = "Dakar\u0085"
        if n % 2221 == 0: cells[2] = "#VALUE!"
        if n % 2237 == 0: cells[6] = '"Saint-\r\nLouis"'
        if n % 2243 == 0: cells[5] = 'Ville ""Ndar""'
        if n % 2251 == 0: cells[5] = '"Ville ""Ndar"""'
        if n % 2267 == 0: cells[6] = "Saint\u2028Louis"
        if n == rows - 3: cells[0] = "2027/01/28 11:05:09 PM"
        lines[n] = ";".join(cells)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines))


TESTER_CASES = {
    # KoboToolbox's default export: the question's column and one 0/1 column per choice.
    "kobo-choices.csv": ("start,end,group_identity/full_name,group_identity/email,group_work/category,"
                         "group_work/languages,group_work/languages/english,group_work/languages/french,"
                         "group_work/languages/arabic,group_work/needs,group_work/needs/vegetarian,"
                         "group_work/needs/gluten_free,_id\r\n"
                         "2027-01-20T09:00:00.000+00:00,2027-01-20T09:05:00.000+00:00,Awa Ndiaye,awa@example.sn,mayor,"
                         "english french,1,1,0,vegetarian gluten_free,1,1,1001\r\n"
                         "2027-01-20T09:10:00.000+00:00,2027-01-20T09:12:00.000+00:00,Karim Haddad,karim@example.lb,mayor,"
                         "arabic,0,0,1,,0,0,1002\r\n"
                         "2027-01-20T09:20:00.000+00:00,2027-01-20T09:22:00.000+00:00,Lina Saad,lina@example.lb,mayor,"
                         "english french,0,0,0,,0,0,1003\r\n", "utf-8"),
    # The CSV export with the question's column alone: choice names separated by spaces.
    "kobo-spaced.csv": ("start;end;group_identity/full_name;group_identity/email;group_work/category;group_work/languages;_id\r\n"
                        "2027-01-20T09:00:00.000+00:00;2027-01-20T09:05:00.000+00:00;Salma Idrissi;salma@example.ma;mayor;"
                        "arabic french english;1002\r\n"
                        "2027-01-20T09:10:00.000+00:00;2027-01-20T09:15:00.000+00:00;Omar Sy;omar@example.sn;mayor;"
                        "french klingon;1003\r\n", "utf-8"),
    "teams.csv": ("Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole\r\n"
                  "Awa Ndiaye\t3/9/27, 9:00:12 AM\t3/9/27, 10:31:40 AM\t1h 31m\tawa@example.sn\tawa@example.sn\tOrganizer\r\n"
                  "Omar Sy\t3/9/27, 9:02:03 AM\t3/9/27, 10:30:00 AM\t1h 27m\tomar@example.sn\tomar@example.sn\tPresenter\r\n"
                  "Karim Haddad\t3/9/27, 9:05:44 AM\t3/9/27, 10:29:00 AM\t1h 23m\tkarim@example.lb\tkarim@example.lb\tAttendee\r\n",
                  "utf-16"),
    "role-question.csv": ("Full name,Email,Role,Category\r\nLina Saad,lina@example.lb,Urban planner,Mayor\r\n", "utf-8"),
    "arabic-compound-names.csv": ("الاسم الكامل,البريد الإلكتروني,المدينة,الفئة\r\n"
                                  "عبد الله الخطيب,a1@example.jo,عمان,Mayor\r\nعبدالله الخطيب,a2@example.jo,عمان,Mayor\r\n"
                                  "أبو بكر سالم,b1@example.jo,إربد,Mayor\r\nابوبكر سالم,b2@example.jo,إربد,Mayor\r\n"
                                  "نور الدين حداد,n1@example.jo,عمان,Mayor\r\nنورالدين حداد,n2@example.jo,عمان,Mayor\r\n"
                                  "عبد الله سالم,c1@example.jo,عمان,Mayor\r\nAbdul Rahman Diallo,d1@example.sn,Dakar,Mayor\r\n"
                                  "Abdulrahman Diallo,d2@example.sn,Dakar,Mayor\r\n", "utf-8"),
    "arabic-dates.csv": ("الطابع الزمني,الاسم الكامل,عنوان البريد الإلكتروني,الفئة,تاريخ الوصول\r\n"
                         "15\u200f/1\u200f/2027، 10:05:31 ص,ليلى حداد,leila@example.lb,Mayor,14\u200f/3\u200f/2027، 2:30:00 م\r\n"
                         "١٦\u200f/١\u200f/٢٠٢٧، ٩:٠٠:٠٠ م,سامي نصر,sami@example.lb,Mayor,١٥\u200f/٣\u200f/٢٠٢٧، ٨:١٥:٠٠ ص\r\n",
                         "utf-8"),
    "ages.csv": ("Full name,Email,Category,Age\r\nAwa Ndiaye,awa@example.sn,Mayor,34\r\nOmar Sy,omar@example.sn,Mayor,-5\r\n"
                 "Lina Saad,lina@example.lb,Mayor,٢٠٠\r\nKarim Haddad,karim@example.lb,Mayor,17\r\n"
                 "Fatou Diallo,fatou@example.sn,Mayor,120\r\nMoussa Diop,moussa@example.sn,Mayor,121\r\n"
                 "Halima Said,halima@example.sn,Mayor,−3\r\nNour Haddad,nour@example.lb,Mayor,99999999999999999999\r\n", "utf-8"),
    "semicolons-commas.csv": ("Nom complet, tel que sur le passeport;Adresse e-mail;Ville, pays;Catégorie\r\n"
                              "Awa Ndiaye;awa@example.sn;Dakar;Maire\r\nOmar Sy;omar@example.sn;Thiès;Maire\r\n", "cp1252"),
}


def zoom_denied(path):
    """Zoom's registration report with registrations denied, cancelled and pending."""
    with open(os.path.join(ROOT, "Examples", "registrations", "zoom-registration-report.csv"), encoding="utf-8") as f:
        report = f.read()
    report += ("Amina,Wanjiru,amina.wanjiru@nairobi.example.org,Nairobi,Kenya,City of Nairobi,Planner,"
               "\"May 17, 2027 08:00:30\",denied,Civil society\n"
               "Peter,Otieno,peter.otieno@kisumu.example.org,Kisumu,Kenya,City of Kisumu,Officer,"
               "\"May 18, 2027 08:00:30\",pending,Civil society\n"
               "Grace,Achieng,grace.achieng@kisumu.example.org,Kisumu,Kenya,City of Kisumu,Officer,"
               "\"May 19, 2027 08:00:30\",Cancelled,Civil society\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(report)


def form_tools(path, rows):
    """`rows` rows holding the tester's cases all over the file: per-choice language and needs
    columns, denied and cancelled approvals, Arabic compound names written both ways in
    repeating groups, Arabic timestamps, impossible ages, and addresses repeated far apart."""
    rnd = random.Random(13)
    names = ["عبد الله الخطيب", "عبدالله الخطيب", "أبو بكر سالم", "ابوبكر سالم", "نور الدين حداد", "نورالدين حداد",
             "Awa Ndiaye", "NDIAYE Awa", "Mohamed Ahmed", "محمد أحمد"]
    cities = ["عمان", "إربد", "Dakar", "Tunis"]
    header = ("Timestamp,Full name,Email,City,Category,Age,Approval Status,languages,languages/english,"
              "languages/french,languages/arabic,needs/vegetarian,needs/gluten_free\r\n")
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(header)
        for n in range(rows):
            email = f"p{n}@example.org" if n % 3001 else f"p{n - rows // 2}@example.org"
            day, minute = 1 + n * 27 // rows, n % 60
            stamp = (f"{day}\u200f/1\u200f/2027، {n % 12 + 1}:{minute:02d}:00 {'ص' if n % 2 else 'م'}"
                     if n % 5 == 0 else f"{day}/1/2027 {n % 24:02d}:{minute:02d}:00")
            age = str(rnd.randint(18, 75)) if n % 997 else rnd.choice(["-5", "150", "٢٠٠"])
            approval = "approved" if n % 211 else rnd.choice(["denied", "cancelled", "pending"])
            ticks = [rnd.choice("01") for _ in range(5)]
            out.write(",".join([stamp, rnd.choice(names), email, rnd.choice(cities), "Mayor", age, approval,
                                "english french", *ticks]) + "\r\n")


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
    for name, (text, encoding) in TESTER_CASES.items():
        path = os.path.join(scratch, name)
        with open(path, "w", encoding=encoding, newline="") as f:
            f.write(text)
        exports.append(path)
    exports.append(os.path.join(scratch, "zoom-denied.csv"))
    zoom_denied(exports[-1])
    large = []
    for name, make in [("distinct", lambda p: benchmark.generate(p, args.rows)),
                       ("repeating", lambda p: benchmark.generate(p, args.rows, repeating=True)),
                       ("faulty", lambda p: faulty(p, args.rows)),
                       ("form-tools", lambda p: form_tools(p, args.rows))]:
        path = os.path.join(scratch, f"{name}.csv")
        make(path)
        large.append(path)
    cases = []
    for export in exports:
        label = (os.path.basename(export) if export.startswith(scratch) else os.path.relpath(export, ROOT)).replace(os.sep, "_")
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
    print(f"{len(cases)} cases", file=sys.stderr)
    shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
