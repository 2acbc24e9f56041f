#!/usr/bin/env python3
"""Registration import at scale: prints a table of time and peak memory.

Generates a 100,000-row registration export (fixed seed; French Google Forms headers,
UTF-8 with BOM, semicolons, quoted cells, accents and Arabic names), then times, with the
release build of `convene`:

- the first import into a new workspace (100,000 people added),
- a second import of the same file (100,000 matched by e-mail, nothing written),
- `convene check` on the resulting workspace.

Each is run three times; the table gives the fastest and the slowest wall-clock time and the
largest peak resident memory (from the kernel's rusage of the child process).

    python3 Benchmarks/import-benchmark.py [--rows N]
"""
import argparse, os, random, resource, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def build():
    subprocess.run(["swift", "build", "-c", "release", "--product", "convene"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()
    return os.path.join(path, "convene")


def generate(path, rows):
    rnd = random.Random(100_000)
    first = ["Aïcha", "Mamadou", "Élodie", "ليلى", "Олена", "Kwame", "Nusrat", "João", "Søren", "Yasmine",
             "Awa", "Cheikh", "Hélène", "يوسف", "Андрій", "Ama", "Imran", "Graça", "Mette", "Karim",
             "Fatoumata", "Ousmane", "Noémie", "مريم", "Айгерім", "Kofi", "Sadia", "Tomás", "Freja", "Rania",
             "Halima", "Baraka", "Jérôme", "خالد", "Нурлан", "Efua", "Tharindu", "Luíza", "Ida", "Mehdi"]
    last = ["Koné", "Diallo", "Lefèvre", "حداد", "Коваленко", "Mensah", "Rahman", "da Silva", "Møller", "Ben Ali",
            "Traoré", "Ndiaye", "Moreau", "النجار", "Шевченко", "Owusu", "Perera", "Araújo", "Holm", "Trabelsi",
            "Ouédraogo", "Sawadogo", "Girard", "منصور", "Бондаренко", "Boateng", "Qureshi", "Sitoe", "Nørgaard", "Alaoui",
            "Odhiambo", "Kamau", "Côté", "قاسم", "Сейткали", "Adeyemi", "Shrestha", "Brandão", "Sørensen", "Gharbi"]
    countries = ["Sénégal", "Côte d'Ivoire", "Kenya", "Liban", "Ukraine", "Ghana", "Bangladesh", "Mozambique", "Danemark", "Tunisie"]
    categories = ["Maire", "Élu local", "Jeunesse", "Société civile", "Ministère", "Nations Unies"]
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        out.write("Horodateur;Adresse e-mail;Nom complet;Fonction;Organisation;Ville;Pays;Catégorie;Sexe;Âge;Langues\r\n")
        for n in range(rows):
            name = f"{rnd.choice(first)} {rnd.choice(last)}"
            out.write(";".join([
                f"2027/01/{1 + n * 28 // rows:02d} {n % 12 + 1}:{n % 60:02d}:{n % 59:02d} AM",
                f"person{n}@city{n % 500}.example.org", name, '"Conseiller; ""prévention"""',
                f"Ville numéro {n % 500}", f"Ville {n % 500}", rnd.choice(countries), rnd.choice(categories),
                rnd.choice(["Femme", "Homme", ""]), str(rnd.randint(18, 75)), "Français, Anglais",
            ]) + "\r\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    convene = build()
    scratch = tempfile.mkdtemp(prefix="convene-bench-")
    export = os.path.join(scratch, "registrations.csv")
    generate(export, args.rows)
    size = os.path.getsize(export) / 1e6
    results = {"first import": [], "re-import (all matched)": [], "check": []}
    peaks = {key: 0 for key in results}
    for run in range(args.runs):
        ws = os.path.join(scratch, f"ws{run}")
        subprocess.run([convene, "init", ws, "--kind", "global-summit", "--start", "2027-11-15"], check=True, stdout=subprocess.DEVNULL)
        # Lift the capacity so that every row is a registration, not a waitlist entry.
        event = os.path.join(ws, "event.json")
        text = open(event, encoding="utf-8").read().replace('"capacity": 500', '"capacity": 1000000')
        open(event, "w", encoding="utf-8").write(text)
        for key, command in [("first import", [convene, "participants", "import", export, "--workspace", ws]),
                             ("re-import (all matched)", [convene, "participants", "import", export, "--workspace", ws]),
                             ("check", [convene, "check", "--workspace", ws])]:
            # Each measurement runs in a fresh Python child so that ru_maxrss is that command's own.
            code = ("import resource,subprocess,sys,time;s=time.perf_counter();"
                    "r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL);e=time.perf_counter()-s;"
                    "print(e,resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,r.returncode)")
            out = subprocess.run([sys.executable, "-c", code] + command, capture_output=True, text=True, check=True).stdout.split()
            elapsed, peak, status = float(out[0]), int(out[1]), int(out[2])
            if status != 0:
                sys.exit(f"{' '.join(command)} exited with {status}")
            results[key].append(elapsed)
            peaks[key] = max(peaks[key], peak)
    shutil.rmtree(scratch)
    print(f"convene participants import: {args.rows:,} rows, {size:.1f} MB export, {args.runs} runs, {os.cpu_count()} cores")
    print()
    print(f"{'step':<26}{'fastest (s)':>12}{'slowest (s)':>13}{'peak memory (MB)':>18}")
    for key, times in results.items():
        print(f"{key:<26}{min(times):>12.2f}{max(times):>13.2f}{peaks[key] / 1024:>18.0f}")
    print()
    print("goal: first import under 2 s and under 300 MB")


if __name__ == "__main__":
    main()
