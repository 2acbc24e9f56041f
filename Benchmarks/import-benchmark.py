#!/usr/bin/env python3
"""Registration import at scale, side by side with Python's csv.DictReader on the same file.

Generates two 100,000-row registration exports (fixed seed; French Google Forms headers,
UTF-8 with BOM, semicolons, quoted cells, accents, Arabic and Cyrillic names): one where
names are drawn from 1,600 combinations spread over 500 cities ("distinct names"), and one
where 20 names share 5 cities ("repeating names": groups of about 1,000 probable duplicates).
Then, with the release build of `convene`, for each export:

- Python reads the file with csv.DictReader into a list of dicts (the reference);
- the first import into a new workspace (100,000 people added);
- a second import of the same file (100,000 matched by e-mail, nothing written);
- `convene check` on the resulting workspace.

Each step runs in a process of its own, three times; the table gives the fastest and slowest
wall-clock time and the largest peak resident memory (the kernel's rusage of that process).
The machine's load average is printed before and after: figures taken on a busy machine are
slower, for Python and convene alike.

    python3 Benchmarks/import-benchmark.py [--rows N] [--runs N] [--convene PATH]

`--convene` times that binary instead of building this checkout's release build (to compare
two builds on the same files).
"""
import argparse, os, random, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FIRST = ["Aïcha", "Mamadou", "Élodie", "ليلى", "Олена", "Kwame", "Nusrat", "João", "Søren", "Yasmine",
         "Awa", "Cheikh", "Hélène", "يوسف", "Андрій", "Ama", "Imran", "Graça", "Mette", "Karim",
         "Fatoumata", "Ousmane", "Noémie", "مريم", "Айгерім", "Kofi", "Sadia", "Tomás", "Freja", "Rania",
         "Halima", "Baraka", "Jérôme", "خالد", "Нурлан", "Efua", "Tharindu", "Luíza", "Ida", "Mehdi"]
LAST = ["Koné", "Diallo", "Lefèvre", "حداد", "Коваленко", "Mensah", "Rahman", "da Silva", "Møller", "Ben Ali",
        "Traoré", "Ndiaye", "Moreau", "النجار", "Шевченко", "Owusu", "Perera", "Araújo", "Holm", "Trabelsi",
        "Ouédraogo", "Sawadogo", "Girard", "منصور", "Бондаренко", "Boateng", "Qureshi", "Sitoe", "Nørgaard", "Alaoui",
        "Odhiambo", "Kamau", "Côté", "قاسم", "Сейткали", "Adeyemi", "Shrestha", "Brandão", "Sørensen", "Gharbi"]
REPEATING = ["Mohamed Ahmed", "Fatima Ali", "محمد أحمد", "Amadou Diallo", "Aminata Traoré", "Олена Коваленко",
             "Ahmed Hassan", "Mariam Koné", "فاطمة علي", "Ibrahim Musa", "Awa Ndiaye", "Moussa Diop", "Nour Haddad",
             "Cheikh Ba", "Halima Said", "Yusuf Omar", "Aïcha Sow", "Omar Khalil", "Hawa Camara", "Ali Hussein"]


def build():
    subprocess.run(["swift", "build", "-c", "release", "--product", "convene"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()
    return os.path.join(path, "convene")


def generate(path, rows, repeating=False):
    rnd = random.Random(100_000)
    countries = ["Sénégal", "Côte d'Ivoire", "Kenya", "Liban", "Ukraine", "Ghana", "Bangladesh", "Mozambique", "Danemark", "Tunisie"]
    categories = ["Maire", "Élu local", "Jeunesse", "Société civile", "Ministère", "Nations Unies"]
    cities = 5 if repeating else 500
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        out.write("Horodateur;Adresse e-mail;Nom complet;Fonction;Organisation;Ville;Pays;Catégorie;Sexe;Âge;Langues\r\n")
        for n in range(rows):
            name = rnd.choice(REPEATING) if repeating else f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
            out.write(";".join([
                f"2027/01/{1 + n * 28 // rows:02d} {n % 12 + 1}:{n % 60:02d}:{n % 59:02d} AM",
                f"person{n}@city{n % 500}.example.org", name, '"Conseiller; ""prévention"""',
                f"Ville numéro {n % cities}", f"Ville {n % cities}", rnd.choice(countries), rnd.choice(categories),
                rnd.choice(["Femme", "Homme", ""]), str(rnd.randint(18, 75)), "Français, Anglais",
            ]) + "\r\n")


# Each measurement runs in a fresh Python child so that ru_maxrss is that command's own.
MEASURE = ("import resource,subprocess,sys,time;s=time.perf_counter();"
           "r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL);e=time.perf_counter()-s;"
           "print(e,resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,r.returncode)")
DICTREADER = ("import csv,sys\n"
              "with open(sys.argv[1],encoding='utf-8-sig',newline='') as f: rows=list(csv.DictReader(f,delimiter=';'))\n"
              "print(len(rows))")


def measure(command):
    out = subprocess.run([sys.executable, "-c", MEASURE] + command, capture_output=True, text=True, check=True).stdout.split()
    elapsed, peak, status = float(out[0]), int(out[1]), int(out[2])
    if status != 0:
        sys.exit(f"{' '.join(command)} exited with {status}")
    return elapsed, peak / 1024


def workspace(convene, folder):
    subprocess.run([convene, "init", folder, "--kind", "global-summit", "--start", "2027-11-15"], check=True, stdout=subprocess.DEVNULL)
    # Lift the capacity so that every row is a registration, not a waitlist entry.
    event = os.path.join(folder, "event.json")
    text = open(event, encoding="utf-8").read().replace('"capacity": 500', '"capacity": 1000000')
    open(event, "w", encoding="utf-8").write(text)


def bench(convene, scratch, export, runs):
    steps = {"Python csv.DictReader": [], "convene import (first)": [], "convene re-import": [], "convene check": []}
    for run in range(runs):
        ws = os.path.join(scratch, f"ws{run}")
        workspace(convene, ws)
        for step, command in [("Python csv.DictReader", [sys.executable, "-c", DICTREADER, export]),
                              ("convene import (first)", [convene, "participants", "import", export, "--workspace", ws]),
                              ("convene re-import", [convene, "participants", "import", export, "--workspace", ws]),
                              ("convene check", [convene, "check", "--workspace", ws])]:
            steps[step].append(measure(command))
        shutil.rmtree(ws)
    return steps


def load():
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--convene", help="a convene binary to time instead of this checkout's release build")
    args = parser.parse_args()
    convene = os.path.abspath(args.convene) if args.convene else build()
    scratch = tempfile.mkdtemp(prefix="convene-bench-")
    before = load()
    results = {}
    for label, repeating in [("distinct names", False), ("repeating names", True)]:
        export = os.path.join(scratch, f"{label.split()[0]}.csv")
        generate(export, args.rows, repeating)
        results[label] = (bench(convene, scratch, export, args.runs), os.path.getsize(export) / 1e6)
    shutil.rmtree(scratch)
    sizes = ", ".join(f"{label} {size:.1f} MB" for label, (_, size) in results.items())
    print(f"convene participants import: {args.rows:,}-row exports ({sizes}), {args.runs} runs each, "
          f"{os.cpu_count()} cores; load average {before} before, {load()} after")
    print()
    labels = list(results)
    print(f"{'':<25}" + "".join(f"{label:^31}" for label in labels))
    print(f"{'step':<25}" + f"{'time (s)':>17}{'memory (MB)':>14}" * len(labels))
    for step in results[labels[0]][0]:
        cells = []
        for label in labels:
            runs = results[label][0][step]
            times = sorted(t for t, _ in runs)
            cells.append(f"{times[0]:>9.2f}-{times[-1]:<7.2f}{max(m for _, m in runs):>14.0f}")
        print(f"{step:<25}" + "".join(cells))
    print()
    print("time: fastest-slowest of the runs; memory: the largest peak resident set size.")
    print("goal: the first import no slower than Python's parse alone, and below its peak memory.")


if __name__ == "__main__":
    main()
