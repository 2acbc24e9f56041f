#!/usr/bin/env python3
"""Regenerates the example workspaces in Examples/ (fictional people, fixed seed).

    python3 Scripts/generate-examples.py

Writes Examples/dakar-regional-workshop/, Examples/amman-global-summit/ and the sample
registration exports in Examples/registrations/. Every person is invented: names are drawn
from lists of common given names and family names, never copied from real participants.
"""
import csv, json, pathlib, random, subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent / "Examples"
PCOLS = ("id,name,email,category,title,organisation,city,country,region,gender,age_group,languages,"
         "needs,timezone,arrival,departure,unavailable,cohorts,publish_name,status").split(",")
SCOLS = ("id,title,kind,duration,speakers,moderators,audience,track,language,interpretation,requires,"
         "expected,after,series,part,min_days,exclusive,unavailable,preferred,avoided,day,start,room").split(",")

# city, country, region, time zone, name pool, languages
CITIES = [
    ("Nairobi", "KE", "East and Southern Africa", "Africa/Nairobi", "eastafrica", "en;sw"),
    ("Mombasa", "KE", "East and Southern Africa", "Africa/Nairobi", "eastafrica", "en;sw"),
    ("Kampala", "UG", "East and Southern Africa", "Africa/Kampala", "eastafrica", "en"),
    ("Arua", "UG", "East and Southern Africa", "Africa/Kampala", "eastafrica", "en"),
    ("Dar es Salaam", "TZ", "East and Southern Africa", "Africa/Dar_es_Salaam", "eastafrica", "en;sw"),
    ("Addis Ababa", "ET", "East and Southern Africa", "Africa/Addis_Ababa", "eastafrica", "en;am"),
    ("Cape Town", "ZA", "East and Southern Africa", "Africa/Johannesburg", "southafrica", "en"),
    ("Durban", "ZA", "East and Southern Africa", "Africa/Johannesburg", "southafrica", "en"),
    ("Maputo", "MZ", "East and Southern Africa", "Africa/Maputo", "lusophone", "pt;en"),
    ("Kigali", "RW", "East and Southern Africa", "Africa/Kigali", "eastafrica", "en;fr"),
    ("Dakar", "SN", "West and Central Africa", "Africa/Dakar", "westafrica", "fr"),
    ("Saint-Louis", "SN", "West and Central Africa", "Africa/Dakar", "westafrica", "fr"),
    ("Abidjan", "CI", "West and Central Africa", "Africa/Abidjan", "westafrica", "fr"),
    ("Bouaké", "CI", "West and Central Africa", "Africa/Abidjan", "westafrica", "fr"),
    ("Bamako", "ML", "West and Central Africa", "Africa/Bamako", "westafrica", "fr"),
    ("Ouagadougou", "BF", "West and Central Africa", "Africa/Ouagadougou", "westafrica", "fr"),
    ("Niamey", "NE", "West and Central Africa", "Africa/Niamey", "westafrica", "fr"),
    ("Kousseri", "CM", "West and Central Africa", "Africa/Douala", "westafrica", "fr;en"),
    ("Maroua", "CM", "West and Central Africa", "Africa/Douala", "westafrica", "fr"),
    ("N'Djamena", "TD", "West and Central Africa", "Africa/Ndjamena", "westafrica", "fr;ar"),
    ("Accra", "GH", "West and Central Africa", "Africa/Accra", "anglowest", "en"),
    ("Kano", "NG", "West and Central Africa", "Africa/Lagos", "anglowest", "en;ha"),
    ("Lomé", "TG", "West and Central Africa", "Africa/Lome", "westafrica", "fr"),
    ("Cotonou", "BJ", "West and Central Africa", "Africa/Porto-Novo", "westafrica", "fr"),
    ("Amman", "JO", "Middle East and North Africa", "Asia/Amman", "arabic", "ar;en"),
    ("Irbid", "JO", "Middle East and North Africa", "Asia/Amman", "arabic", "ar"),
    ("Saida", "LB", "Middle East and North Africa", "Asia/Beirut", "arabic", "ar;fr"),
    ("Tripoli", "LB", "Middle East and North Africa", "Asia/Beirut", "arabic", "ar;fr"),
    ("Tunis", "TN", "Middle East and North Africa", "Africa/Tunis", "maghreb", "ar;fr"),
    ("Sousse", "TN", "Middle East and North Africa", "Africa/Tunis", "maghreb", "ar;fr"),
    ("Rabat", "MA", "Middle East and North Africa", "Africa/Casablanca", "maghreb", "ar;fr"),
    ("Erbil", "IQ", "Middle East and North Africa", "Asia/Baghdad", "arabic", "ar;en"),
    ("Mosul", "IQ", "Middle East and North Africa", "Asia/Baghdad", "arabic", "ar"),
    ("Alexandria", "EG", "Middle East and North Africa", "Africa/Cairo", "arabic", "ar;en"),
    ("Kumanovo", "MK", "Europe", "Europe/Skopje", "balkan", "mk;en"),
    ("Skopje", "MK", "Europe", "Europe/Skopje", "balkan", "mk;en"),
    ("Sarajevo", "BA", "Europe", "Europe/Sarajevo", "balkan", "bs;en"),
    ("Pristina", "XK", "Europe", "Europe/Belgrade", "balkan", "sq;en"),
    ("Kharkiv", "UA", "Europe", "Europe/Kyiv", "slavic", "uk;en"),
    ("Lyon", "FR", "Europe", "Europe/Paris", "french", "fr;en"),
    ("Marseille", "FR", "Europe", "Europe/Paris", "french", "fr"),
    ("Mechelen", "BE", "Europe", "Europe/Brussels", "dutch", "nl;fr;en"),
    ("Aarhus", "DK", "Europe", "Europe/Copenhagen", "nordic", "da;en"),
    ("Manchester", "GB", "Europe", "Europe/London", "english", "en"),
    ("Almaty", "KZ", "Central Asia and Caucasus", "Asia/Almaty", "slavic", "kk;ru;en"),
    ("Bishkek", "KG", "Central Asia and Caucasus", "Asia/Bishkek", "slavic", "ky;ru"),
    ("Dhaka", "BD", "South Asia", "Asia/Dhaka", "southasia", "bn;en"),
    ("Colombo", "LK", "South Asia", "Asia/Colombo", "southasia", "si;en"),
    ("Addu City", "MV", "South Asia", "Indian/Maldives", "maldives", "dv;en"),
    ("Malé", "MV", "South Asia", "Indian/Maldives", "maldives", "dv;en"),
    ("Karachi", "PK", "South Asia", "Asia/Karachi", "southasia", "ur;en"),
    ("Kathmandu", "NP", "South Asia", "Asia/Kathmandu", "southasia", "ne;en"),
    ("Highland Park", "US", "North America", "America/Chicago", "english", "en"),
    ("Montréal", "CA", "North America", "America/Toronto", "french", "fr;en"),
    ("Medellín", "CO", "Latin America and the Caribbean", "America/Bogota", "spanish", "es;en"),
    ("Quito", "EC", "Latin America and the Caribbean", "America/Guayaquil", "spanish", "es"),
    ("São Paulo", "BR", "Latin America and the Caribbean", "America/Sao_Paulo", "lusophone", "pt;en"),
    ("Port of Spain", "TT", "Latin America and the Caribbean", "America/Port_of_Spain", "english", "en"),
]

NAMES = {
    "eastafrica": (["Achieng", "Wanjiru", "Nyokabi", "Amani", "Baraka", "Otieno", "Zawadi", "Kiprono", "Nafula", "Mwangi", "Halima", "Jabari", "Auma", "Kato", "Nakato", "Tesfaye", "Selam"],
                   ["Odhiambo", "Kamau", "Wekesa", "Mutua", "Njoroge", "Okello", "Nansubuga", "Mugisha", "Abebe", "Tadesse", "Uwase", "Hakizimana", "Chebet", "Barasa"]),
    "southafrica": (["Thandiwe", "Sipho", "Lerato", "Pieter", "Nomvula", "Themba", "Anele", "Zanele", "Johan", "Refilwe"],
                    ["Dlamini", "Nkosi", "van der Merwe", "Mokoena", "Botha", "Khumalo", "Ndlovu", "Pillay", "Naidoo"]),
    "lusophone": (["João", "Ana", "Conceição", "Tomás", "Graça", "Inês", "Sebastião", "Luíza", "Antônio", "Fernanda"],
                  ["Macuácua", "da Silva", "Conceição", "Nhantumbo", "Guimarães", "Araújo", "Sitoe", "Brandão"]),
    "westafrica": (["Aïssatou", "Mamadou", "Fatoumata", "Ousmane", "Awa", "Cheikh", "Mariam", "Adama", "Kadiatou", "Souleymane", "Aminata", "Ibrahima", "Djénéba", "Koffi", "Abla", "Yao", "Hadiza", "Moussa"],
                   ["Diallo", "Ndiaye", "Traoré", "Coulibaly", "Koné", "Ouédraogo", "Sawadogo", "Diop", "Faye", "Kaboré", "Mahamadou", "Agbéko", "Hounkpè", "Ngoué", "Abakar", "Sène"]),
    "anglowest": (["Kwame", "Ama", "Efua", "Kofi", "Abena", "Chinedu", "Ngozi", "Aisha", "Musa", "Zainab"],
                  ["Mensah", "Owusu", "Boateng", "Adeyemi", "Okafor", "Bello", "Abdullahi", "Asante"]),
    "arabic": (["ليلى", "أحمد", "فاطمة", "يوسف", "مريم", "خالد", "نور", "عمر", "سلمى", "رامي", "هدى", "كريم"],
               ["الخطيب", "حداد", "النجار", "العلي", "منصور", "الزعبي", "سليمان", "عيسى", "الحسن", "قاسم"]),
    "maghreb": (["Yasmine", "Mehdi", "Salma", "Anis", "Khadija", "Karim", "Rania", "Hamza", "Ines", "Sofiane"],
                ["Ben Ali", "Trabelsi", "El Idrissi", "Benjelloun", "Chaabane", "Mansouri", "Alaoui", "Gharbi"]),
    "balkan": (["Марија", "Александар", "Елена", "Никола", "Ана", "Dragan", "Amra", "Emir", "Besa", "Arben", "Vjosa", "Selma"],
               ["Стојановски", "Петровска", "Трајковски", "Nikolovski", "Hodžić", "Begović", "Krasniqi", "Berisha", "Kovačević"]),
    "slavic": (["Олена", "Андрій", "Наталія", "Айгерім", "Нурлан", "Асель", "Тимур", "Dmytro", "Iryna", "Gulnara"],
               ["Коваленко", "Шевченко", "Бондаренко", "Сейткали", "Абдыкадыров", "Нұрланқызы", "Melnyk", "Kassymova"]),
    "french": (["Élodie", "François", "Hélène", "Mathieu", "Noémie", "Jérôme", "Camille", "Loïc", "Amélie", "Benoît", "Geneviève", "Étienne"],
               ["Lefèvre", "Moreau", "Dubois", "Girard", "Roussel", "Bérubé", "Côté", "Gagnon", "Lemaître", "Fournier"]),
    "dutch": (["Sanne", "Pieter", "Liesbeth", "Joris", "Fien", "Wouter"], ["Janssens", "Peeters", "De Smet", "Van Damme", "Maes"]),
    "nordic": (["Søren", "Mette", "Rasmus", "Freja", "Jørgen", "Ida"], ["Sørensen", "Møller", "Kjærgaard", "Nørgaard", "Holm"]),
    "english": (["Nancy", "Robert", "Priya", "Liam", "Grace", "Marcus", "Olivia", "Daniel", "Keisha", "Ethan"],
                ["Whitfield", "Okonkwo-Hart", "Brennan", "Campbell", "Ramsaroop", "Fletcher", "O'Neill", "Baptiste"]),
    "southasia": (["Farhana", "Rahim", "Nusrat", "Tharindu", "Dilani", "Ayesha", "Imran", "Sunita", "Bikash", "Sadia"],
                  ["Chowdhury", "Rahman", "Perera", "Jayasuriya", "Qureshi", "Siddiqui", "Shrestha", "Gurung", "Haque"]),
    "maldives": (["Aishath", "Mohamed", "Mariyam", "Ibrahim", "Fathimath", "Hassan"], ["Rasheed", "Naseem", "Waheed", "Shareef", "Didi"]),
    "spanish": (["Lucía", "Andrés", "María José", "Sebastián", "Valentina", "Julián", "Camila", "Tomás"],
                ["Restrepo", "Gutiérrez", "Muñoz", "Zapata", "Cevallos", "Jaramillo", "Peña"]),
}
FEMALE = set("Achieng Wanjiru Nyokabi Amani Zawadi Nafula Halima Auma Nakato Selam Thandiwe Lerato Nomvula Anele Zanele Refilwe Ana Conceição Graça Inês Luíza Fernanda Aïssatou Fatoumata Awa Mariam Kadiatou Aminata Djénéba Abla Hadiza Ama Efua Abena Ngozi Aisha Zainab ليلى فاطمة مريم نور سلمى هدى Yasmine Salma Khadija Rania Ines Марија Елена Ана Amra Besa Vjosa Selma Олена Наталія Айгерім Асель Iryna Gulnara Élodie Hélène Noémie Camille Amélie Geneviève Sanne Liesbeth Fien Mette Freja Ida Nancy Priya Grace Olivia Keisha Farhana Nusrat Dilani Ayesha Sunita Sadia Aishath Mariyam Fathimath Lucía María José Valentina Camila".split())

TITLES = {
    "mayor": ["Mayor", "Deputy Mayor", "Mayor", "Lord Mayor"],
    "local-official": ["Head of Community Safety", "Social Cohesion Officer", "City Councillor", "Director of Youth Services", "Prevention Coordinator", "Focal Point"],
    "youth": ["Youth Council Member", "Youth Ambassador", "Student Leader", "Youth Worker"],
    "civil-society": ["Programme Director", "Community Organiser", "Founder", "Women's Network Coordinator", "Peace Ambassador"],
    "national-government": ["Senior Adviser, Ministry of Interior", "Director, National Counter-Extremism Centre", "Policy Officer, Ministry of Local Government"],
    "multilateral": ["Programme Specialist", "Regional Adviser", "Governance Officer"],
    "private-sector": ["Trust and Safety Lead", "Public Policy Manager", "Corporate Responsibility Lead"],
    "practitioner": ["Researcher", "Psychologist", "Social Worker", "Trainer", "Senior Fellow"],
    "media": ["Journalist", "Editor"],
    "network-staff": ["Programme Manager", "Regional Hub Coordinator", "Events Officer", "M&E Officer"],
}
ORG = {
    "mayor": "Municipality of {c}", "local-official": "City of {c}", "youth": "{c} Youth Council",
    "civil-society": "{c} Community Peace Network", "national-government": "Ministry of Interior",
    "multilateral": "United Nations Development Programme", "private-sector": "Tech Platform Ltd",
    "practitioner": "Centre for Resilience Studies", "media": "Regional Broadcast Service",
    "network-staff": "Network Management Unit",
}
NEEDS = ["step-free access", "vegetarian meals", "halal meals", "sign language interpretation", "large-print materials", "quiet room"]
AGES = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]


def ascii_local(text, rnd):
    table = str.maketrans("àâäáãåçéèêëíìîïñóòôöõúùûüýÿčćšžđ", "aaaaaaceeeeiiiinooooouuuuyyccszd")
    cleaned = "".join(ch for ch in text.lower().translate(table) if ch.isascii() and (ch.isalnum() or ch in " -'"))
    cleaned = cleaned.replace(" ", ".").replace("'", "").replace("-", ".")
    return cleaned or "participant%d" % rnd.randint(100, 999)


class People:
    def __init__(self, seed):
        self.rnd = random.Random(seed)
        self.used = set()
        self.rows = []

    def person(self, city, category, status="confirmed", **extra):
        rnd = self.rnd
        name_city, country, region, tz, pool, langs = city
        for _ in range(100):
            first = rnd.choice(NAMES[pool][0])
            last = rnd.choice(NAMES[pool][1])
            name = f"{first} {last}"
            if name not in self.used:
                break
        self.used.add(name)
        pid = "p%03d" % (len(self.rows) + 1)
        latin = pool not in ("arabic", "slavic") and not any(ord(ch) > 0x3FF for ch in name)
        local = ascii_local(name, rnd) if latin else "%s.%s" % (pool[:3], pid)
        email = f"{local}@{ascii_local(name_city, rnd).replace('.', '')}.example.org"
        if email in {r["email"] for r in self.rows}:
            email = email.replace("@", f".{pid}@")
        title = rnd.choice(TITLES[category])
        gender = "woman" if first in FEMALE else "man"
        if rnd.random() < 0.03:
            gender = rnd.choice(["non-binary", "prefer-not-to-say"])
        age = rnd.choice(AGES[:2]) if category == "youth" else rnd.choice(AGES[1:])
        row = dict(id=pid, name=name, email=email, category=category, title=title,
                   organisation=ORG[category].format(c=name_city), city=name_city, country=country,
                   region=region, gender=gender, age_group=age, languages=langs,
                   needs=rnd.choice(NEEDS) if rnd.random() < 0.08 else "", timezone="",
                   arrival="", departure="", unavailable="", cohorts="",
                   publish_name="yes" if rnd.random() < 0.75 else "no", status=status)
        row["_tz"] = tz
        row.update(extra)
        self.rows.append(row)
        return row


def write_csv(path, columns, rows):
    def cell(value):
        value = str(value)
        if value[:1] in ("=", "+", "-", "@"):
            value = "'" + value
        if any(ch in value for ch in ',"\r\n') or value[:1] == " " or value[-1:] == " ":
            value = '"' + value.replace('"', '""') + '"'
        return value
    with open(path, "w", newline="", encoding="utf-8") as handle:
        handle.write(",".join(columns) + "\r\n")
        for row in rows:
            handle.write(",".join(cell(row.get(c, "")) for c in columns) + "\r\n")


def to_json(value, indent=0):
    """JSON in the layout convene itself writes: short lists and flat objects on one line."""
    pad = " " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        if all(not isinstance(v, (dict, list)) for v in value.values()):
            inline = "{ " + ", ".join(json.dumps(k, ensure_ascii=False) + ": " + to_json(v) for k, v in value.items()) + " }"
            if len(inline) + indent <= 90:
                return inline
        items = [pad + "  " + json.dumps(k, ensure_ascii=False) + ": " + to_json(v, indent + 2) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        if all(not isinstance(v, (dict, list)) for v in value):
            inline = "[" + ", ".join(to_json(v) for v in value) + "]"
            if len(inline) + indent <= 80:
                return inline
        return "[\n" + ",\n".join(pad + "  " + to_json(v, indent + 2) for v in value) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False)


def write_event(path, event):
    path.write_text(to_json(event) + "\n", encoding="utf-8")


def session(**fields):
    return fields


BREAKS = [{"start": "10:30", "end": "11:00", "label": "Coffee"},
          {"start": "12:30", "end": "13:30", "label": "Lunch"},
          {"start": "15:30", "end": "16:00", "label": "Coffee"}]
CATEGORIES = [("mayor", "Mayor or deputy mayor"), ("local-official", "Local government official"),
              ("youth", "Youth representative"), ("civil-society", "Civil society"),
              ("national-government", "National government"), ("multilateral", "Multilateral organisation"),
              ("private-sector", "Private sector"), ("practitioner", "Practitioner or expert"),
              ("media", "Media"), ("network-staff", "Network staff")]


def workshop():
    folder = ROOT / "dakar-regional-workshop"
    folder.mkdir(parents=True, exist_ok=True)
    people = People(2027_03)
    region_cities = [c for c in CITIES if c[2] == "West and Central Africa"] + [c for c in CITIES if c[0] in ("Lyon", "Rabat", "Tunis")]
    plan = [("mayor", 12), ("local-official", 14), ("youth", 9), ("civil-society", 10), ("national-government", 5),
            ("multilateral", 3), ("practitioner", 3), ("network-staff", 3)]
    for category, count in plan:
        for _ in range(count):
            city = people.rnd.choice(region_cities)
            if category == "network-staff":
                city = next(c for c in CITIES if c[0] == "Lyon")
            people.person(city, category)
    rows = people.rows
    for row in [r for r in rows if r["category"] == "local-official"][-3:]:
        row["status"] = "waitlisted"
    rows[20]["status"] = "declined"
    rows[33]["status"] = "registered"
    for row in rows:
        if row["category"] == "youth" and row["status"] == "confirmed":
            row["cohorts"] = "youth-cohort"
    rows[5]["arrival"] = "2027-03-09 12:00"
    rows[7]["unavailable"] = "day2 14:00-17:00"
    speakers = [r["id"] for r in rows if r["status"] == "confirmed" and r["category"] in ("mayor", "local-official", "civil-society", "practitioner", "national-government", "multilateral")]
    staff = [r["id"] for r in rows if r["category"] == "network-staff"]
    youth = [r["id"] for r in rows if "youth-cohort" in r["cohorts"]]
    rnd = people.rnd
    sp = iter(rnd.sample(speakers, len(speakers)))
    interp = "fr>en;en>fr"
    sessions = [
        session(id="opening", title="Ouverture / Opening", kind="ceremony", duration=45, speakers=f"{next(sp)};{next(sp)}", moderators=staff[0], language="fr", interpretation=interp, day="day1", start="09:00", room="salle-pleniere"),
        session(id="keynote", title="Keynote: cities at the front line of prevention", kind="plenary", duration=45, speakers=next(sp), moderators=staff[1], language="en", interpretation="en>fr", after="opening"),
        session(id="panel-mayors", title="Panel des maires : ce qui marche localement", kind="panel", duration=90, speakers=f"{next(sp)};{next(sp)};{next(sp)}", moderators=staff[0], language="fr", interpretation="fr>en", track="plenary-track", after="keynote"),
        session(id="youth-voices", title="Youth voices: the view from our neighbourhoods", kind="panel", duration=60, speakers=";".join(youth[:3]), moderators=staff[2], language="fr", audience="youth-cohort", track="youth"),
        session(id="b1-referral", title="Atelier : orientation et prise en charge", kind="breakout", duration=90, speakers=next(sp), language="fr", track="breakouts-a", requires="step-free"),
        session(id="b2-online", title="Breakout: online hate and local responses", kind="breakout", duration=90, speakers=next(sp), language="en", track="breakouts-a"),
        session(id="b3-cohesion", title="Atelier : cohésion sociale dans les quartiers", kind="breakout", duration=90, speakers=next(sp), language="fr", track="breakouts-a"),
        session(id="b4-women", title="Breakout: women peacebuilders", kind="breakout", duration=90, speakers=next(sp), language="en", track="breakouts-b"),
        session(id="b5-schools", title="Atelier : écoles et prévention", kind="breakout", duration=90, speakers=next(sp), language="fr", track="breakouts-b"),
        session(id="b6-national", title="Breakout: working with national partners", kind="breakout", duration=90, speakers=next(sp), language="en", track="breakouts-b"),
        session(id="report-back-1", title="Restitution des ateliers / Report-back", kind="plenary", duration=45, moderators=staff[1], language="fr", interpretation=interp, after="b1-referral;b2-online;b3-cohesion"),
        session(id="youth-lab-1", title="Youth lab, part 1: mapping risks", kind="workshop", duration=90, moderators=staff[2], audience="youth-cohort", series="youth-lab", part=1, min_days=2, language="fr"),
        session(id="youth-lab-2", title="Youth lab, part 2: designing a campaign", kind="workshop", duration=90, moderators=staff[2], audience="youth-cohort", series="youth-lab", part=2, min_days=2, language="fr"),
        session(id="training-plans", title="Formation : plans d'action locaux", kind="training", duration=120, speakers=next(sp), language="fr", requires="av"),
        session(id="bilateral-1", title="Bilateral: Kousseri and Maroua mayors", kind="bilateral", duration=45, speakers=f"{next(sp)}", language="fr"),
        session(id="networking", title="Réseautage régional / Regional networking", kind="networking", duration=60, language="fr", preferred="afternoon"),
        session(id="donor-roundtable", title="Partners' roundtable", kind="panel", duration=60, speakers=next(sp), moderators=staff[1], language="en", interpretation="en>fr", avoided="day1 morning"),
        session(id="action-planning", title="City action planning", kind="workshop", duration=90, moderators=staff[0], language="fr", after="report-back-1"),
        session(id="commitments", title="Engagements des villes / City commitments", kind="plenary", duration=45, moderators=staff[0], language="fr", interpretation=interp, after="action-planning"),
        session(id="closing", title="Clôture / Closing", kind="ceremony", duration=30, speakers=next(sp), moderators=staff[0], language="fr", interpretation=interp, after="commitments", day="day2"),
    ]
    signups = []
    optional = [s["id"] for s in sessions if s["kind"] in ("breakout", "workshop", "training", "panel", "networking") and not s.get("audience")]
    for row in rows:
        if row["status"] not in ("confirmed", "registered"):
            continue
        for sid in rnd.sample(optional, 4):
            signups.append({"participant": row["id"], "session": sid})
    event = {
        "id": "dakar-2027", "title": "Atelier régional Afrique de l'Ouest et du Centre / West and Central Africa Regional Workshop",
        "kind": "regional-workshop", "mode": "in-person", "timezone": "Africa/Dakar",
        "organiser": {"name": "Network Management Unit", "email": "events@example.org"},
        "languages": ["fr", "en"], "grid_minutes": 15,
        "days": [{"date": "2027-03-09", "start": "09:00", "end": "17:30", "breaks": BREAKS},
                 {"date": "2027-03-10", "start": "09:00", "end": "17:00", "breaks": BREAKS}],
        "venues": [{"id": "cicad", "name": "Centre de conférences de Dakar (fictional)", "address": "1 avenue de l'Exemple, Dakar, Sénégal"}],
        "capacity": 60,
        "registration_closes": "2027-01-15",
        # Who signs the visa support letters (`convene letters visa`).
        "letterhead": {"organisation": "Network Management Unit", "address": "12 rue de l'Exemple\n69002 Lyon, France",
                       "signatory": "Claire Dubois", "signatory_title": "Head of the Network Management Unit",
                       "email": "events@example.org", "phone": "+33 4 00 00 00 00"},
        # The local officials' quota is full: p024-p026 wait for one of their places.
        "categories": [dict(id=i, label=l, **({"quota": 12} if i == "mayor" else {"quota": 10} if i == "local-official" else {})) for i, l in CATEGORIES],
        "scheduling": {"weights": {"attendee-conflict": 10}, "min_pause_minutes": 15,
                       "interpretation_teams": {"fr>en": 1, "en>fr": 1}},
        # The standard questions and indicators, as `convene init` copies them.
        "evaluation": json.load(open(ROOT.parent / "Templates/workspaces/common/evaluation.json", encoding="utf-8")),
    }
    rooms = [
        dict(id="salle-pleniere", name="Salle plénière", venue="cicad", capacity=90, features="interpretation;av;streaming;step-free"),
        dict(id="salle-a", name="Salle A", venue="cicad", capacity=30, features="av;step-free"),
        dict(id="salle-b", name="Salle B", venue="cicad", capacity=25, features="av"),
        dict(id="salle-c", name="Salle C", venue="cicad", capacity=16, features="step-free", unavailable="day2 09:00-10:30"),
    ]
    write_event(folder / "event.json", event)
    write_csv(folder / "rooms.csv", "id,name,venue,capacity,features,unavailable".split(","), rooms)
    write_csv(folder / "participants.csv", PCOLS, rows)
    write_csv(folder / "sessions.csv", SCOLS, sessions)
    write_csv(folder / "signups.csv", ["participant", "session"], signups)
    return rows


def summit():
    folder = ROOT / "amman-global-summit"
    folder.mkdir(parents=True, exist_ok=True)
    people = People(2027_11)
    rnd = people.rnd
    plan = [("mayor", 90), ("local-official", 100), ("youth", 55), ("civil-society", 60), ("national-government", 30),
            ("multilateral", 20), ("private-sector", 12), ("practitioner", 18), ("media", 5), ("network-staff", 10)]
    # every city gets at least a mayor or an official, then the rest at random
    for city in CITIES:
        people.person(city, rnd.choice(["mayor", "local-official"]))
    counts = {c: n for c, n in plan}
    for row in people.rows:
        counts[row["category"]] -= 1
    for category, count in counts.items():
        for _ in range(count):
            city = rnd.choice(CITIES)
            if category == "network-staff":
                city = rnd.choice([c for c in CITIES if c[0] in ("Amman", "Manchester", "Nairobi")])
            people.person(city, category)
    rows = people.rows
    statuses = ["confirmed"] * 86 + ["registered"] * 8 + ["declined"] * 2 + ["cancelled"] * 2 + ["waitlisted"] * 2
    for row in rows:
        if row["category"] != "network-staff":
            row["status"] = rnd.choice(statuses)
    # delegations travel together; youth fellows follow a programme
    for row in rows:
        if row["status"] not in ("confirmed", "registered"):
            continue
        if row["country"] in ("KE", "LB", "MK", "MV") and row["category"] in ("mayor", "local-official", "national-government"):
            row["cohorts"] = "delegation-" + row["country"].lower()
        if row["category"] == "youth" and rnd.random() < 0.6:
            row["cohorts"] = ";".join(filter(None, [row["cohorts"], "youth-fellows"]))
    remote = [r for r in rows if r["status"] == "confirmed" and r["category"] in ("practitioner", "multilateral", "civil-society")]
    for row in rnd.sample(remote, 15):
        row["timezone"] = row["_tz"]
        row["needs"] = ";".join(filter(None, [row["needs"], "joins online"]))
    confirmed = [r for r in rows if r["status"] == "confirmed" and r["category"] != "network-staff"]
    speakers = rnd.sample([r for r in confirmed if r["category"] != "media"], 130)
    for row in speakers[:12]:
        row["arrival"] = "2027-11-16 12:00" if rnd.random() < 0.5 else ""
        row["departure"] = "2027-11-17 18:00" if not row["arrival"] else ""
    for row in speakers[12:20]:
        row["unavailable"] = rnd.choice(["day1 morning", "day2 14:00-16:00", "day3", "2027-11-17 09:00-10:30"])
    for row in speakers[:40]:
        if rnd.random() < 0.3:
            row["publish_name"] = "no"
    staff = [r["id"] for r in rows if r["category"] == "network-staff"]
    fellows = [r["id"] for r in rows if "youth-fellows" in r["cohorts"]]
    pool = [r["id"] for r in speakers if r["id"] not in fellows]
    used = {}

    def pick(n):
        chosen = []
        for pid in sorted(pool, key=lambda p: (used.get(p, 0), rnd.random())):
            if len(chosen) == n:
                break
            chosen.append(pid)
            used[pid] = used.get(pid, 0) + 1
        return ";".join(chosen)

    tracks = [("prevention", "Local prevention networks", "Réseaux locaux de prévention"),
              ("youth", "Youth and the online space", "Les jeunes et l'espace numérique"),
              ("cohesion", "Social cohesion and inclusion", "Cohésion sociale et inclusion"),
              ("response", "Responding to attacks and hate incidents", "Répondre aux attaques et incidents haineux"),
              ("partnerships", "National-local partnerships", "Partenariats national-local")]
    sessions = []
    full = "en>fr;en>ar;fr>en;ar>en"
    sessions.append(session(id="opening", title="Opening ceremony / Cérémonie d'ouverture / حفل الافتتاح", kind="ceremony", duration=60, speakers=pick(3), moderators=staff[0], language="en", interpretation=full, day="day1", start="08:30", room="plenary-hall"))
    for n, (topic, expected) in enumerate([("High-level plenary: the prevention agenda of cities", 450), ("Plenary: mayors in conversation with ministers", 420),
                                           ("Plenary: youth at the table", 380)], start=1):
        sessions.append(session(id=f"plenary-{n}", title=topic, kind="plenary", duration=60, speakers=pick(3), moderators=rnd.choice(staff), language="en", interpretation=full, expected=expected, after="opening", day=f"day{n}"))
    for n, topic in enumerate(["High-level panel: what we learned from a decade of city-led action", "High-level panel: the online-offline continuum"], start=1):
        sessions.append(session(id=f"high-level-{n}", title=topic, kind="panel", duration=90, speakers=pick(4), moderators=rnd.choice(staff), language="en", interpretation="en>fr;en>ar", expected=170, exclusive="no"))
    for t, (track, en, fr) in enumerate(tracks):
        for part in range(1, 6):
            kind = "panel" if part % 2 else "workshop"
            lang = "fr" if (t + part) % 4 == 0 else ("ar" if (t + part) % 5 == 0 else "en")
            interpretation = {"en": "en>fr", "fr": "fr>en", "ar": "ar>en"}[lang] if part % 2 else ""
            title = f"{en if lang != 'fr' else fr} ({'panel' if kind == 'panel' else 'workshop'} {part})"
            if lang == "ar":
                title = f"{en} — جلسة {part}"
            sessions.append(session(id=f"{track}-{part}", title=title, kind=kind, duration=90, speakers=pick(3 if kind == "panel" else 2), moderators=rnd.choice(staff), track=track, language=lang, interpretation=interpretation, requires="av" if kind == "workshop" else ""))
    for n in range(1, 5):
        sessions.append(session(id=f"fellows-{n}", title=f"Youth fellows lab {n}", kind="workshop", duration=90, moderators=staff[n % len(staff)], audience="youth-fellows", series="fellows-lab", part=n, min_days=3, language="en"))
    for n, name in enumerate(["Toolkit training: prevention plans", "Toolkit training: referral mechanisms", "Toolkit training: monitoring and evaluation"], start=1):
        sessions.append(session(id=f"toolkit-{n}", title=name, kind="training", duration=120, speakers=pick(1), series="toolkit", part=n, min_days=2, language="en", requires="av", expected=35))
    hubs = ["East and Southern Africa", "West and Central Africa", "MENA", "Europe and Central Asia", "South Asia", "Americas"]
    for n, hub in enumerate(hubs, start=1):
        sessions.append(session(id=f"hub-{n}", title=f"Regional hub meeting: {hub}", kind="networking", duration=60, moderators=rnd.choice(staff), track="hubs", language="fr" if "West" in hub else ("ar" if hub == "MENA" else "en"), expected=50))
    for n, pair in enumerate(["KE-LB", "MK-MV", "KE-MK", "LB-MV"], start=1):
        a, b = pair.split("-")
        sessions.append(session(id=f"bilateral-{n}", title=f"Delegation exchange: {a} and {b}", kind="bilateral", duration=45, audience=f"delegation-{a.lower()};delegation-{b.lower()}", language="en", requires="step-free", expected=12))
    for n, place in enumerate(["Community centre, Jabal Al-Weibdeh", "Youth hub, Irbid road"], start=1):
        sessions.append(session(id=f"site-visit-{n}", title=f"Site visit: {place}", kind="site-visit", duration=120, speakers=pick(1), requires="outdoor", expected=30, preferred="afternoon"))
    for n, name in enumerate(["Hybrid briefing for online participants", "Hybrid clinic: ask the help desk"], start=1):
        sessions.append(session(id=f"hybrid-{n}", title=name, kind="webinar", duration=60, speakers=pick(2), language="en", requires="streaming", expected=80))
    for n, city in enumerate(["Kumanovo", "Mombasa", "Saida", "Highland Park", "Addu City"], start=1):
        sessions.append(session(id=f"spotlight-{n}", title=f"City spotlight: {city}", kind="panel", duration=45, speakers=pick(2), track="spotlights", language="en", expected=60))
    sessions.append(session(id="media-briefing", title="Media briefing", kind="panel", duration=45, speakers=pick(2), moderators=staff[1], language="ar", interpretation="ar>en", requires="av", day="day2"))
    sessions.append(session(id="statement-drafting", title="Drafting the summit statement", kind="workshop", duration=90, moderators=staff[0], language="en", after="plenary-1;plenary-2"))
    sessions.append(session(id="statement", title="Plenary: adopting the summit statement", kind="plenary", duration=60, moderators=staff[0], language="en", interpretation=full, after="statement-drafting"))
    sessions.append(session(id="closing", title="Closing ceremony / Clôture / حفل الختام", kind="ceremony", duration=60, speakers=pick(2), moderators=staff[0], language="en", interpretation=full, after="statement", day="day3", start="15:00", room="plenary-hall"))
    signups = []
    optional = [s for s in sessions if s["kind"] in ("panel", "workshop", "training", "networking", "site-visit", "webinar") and not s.get("audience")]
    for row in rows:
        if row["status"] not in ("confirmed", "registered"):
            continue
        for s in rnd.sample(optional, rnd.randint(4, 7)):
            signups.append({"participant": row["id"], "session": s["id"]})
    summit_breaks = [{"start": "10:00", "end": "10:30", "label": "Coffee"},
                     {"start": "12:30", "end": "13:30", "label": "Lunch"},
                     {"start": "15:30", "end": "16:00", "label": "Coffee"}]
    event = {
        "id": "amman-2027", "title": "Global Summit of Cities for Cohesion and Prevention",
        "kind": "global-summit", "mode": "hybrid", "timezone": "Asia/Amman",
        "organiser": {"name": "Network Management Unit", "email": "summit@example.org"},
        "languages": ["en", "fr", "ar"], "grid_minutes": 15,
        "days": [{"date": "2027-11-16", "start": "08:30", "end": "18:30", "breaks": summit_breaks},
                 {"date": "2027-11-17", "start": "08:30", "end": "18:30", "breaks": summit_breaks},
                 {"date": "2027-11-18", "start": "08:30", "end": "16:00", "breaks": summit_breaks[:2]}],
        "venues": [{"id": "kcc", "name": "King's Conference Centre (fictional)", "address": "12 Example Street, Amman, Jordan"},
                   {"id": "field", "name": "Site visits", "address": "Departures from the main entrance"}],
        # Full: the waitlisted wait for a place.
        "capacity": 375,
        "categories": [dict(id=i, label=l, **({"quota": 100} if i == "mayor" else {"quota": 60} if i == "youth" else {})) for i, l in CATEGORIES],
        "scheduling": {"weights": {"attendee-conflict": 10, "capacity": 2}, "min_pause_minutes": 15,
                       "interpretation_teams": {"en>fr": 2, "en>ar": 2, "fr>en": 2, "ar>en": 2}},
    }
    rooms = [dict(id="plenary-hall", name="Plenary Hall", venue="kcc", capacity=500, features="interpretation;av;streaming;step-free"),
             dict(id="hall-b", name="Hall B", venue="kcc", capacity=180, features="interpretation;av;streaming;step-free"),
             dict(id="hall-c", name="Hall C", venue="kcc", capacity=150, features="interpretation;av;step-free"),
             dict(id="petra", name="Petra Room", venue="kcc", capacity=90, features="av;step-free"),
             dict(id="jerash", name="Jerash Room", venue="kcc", capacity=90, features="av;streaming;step-free"),
             dict(id="wadi-rum", name="Wadi Rum Room", venue="kcc", capacity=60, features="av;step-free"),
             dict(id="aqaba", name="Aqaba Room", venue="kcc", capacity=60, features="av"),
             dict(id="madaba", name="Madaba Room", venue="kcc", capacity=40, features="av;step-free"),
             dict(id="ajloun", name="Ajloun Room", venue="kcc", capacity=40, features="av", unavailable="day1 09:00-12:30"),
             dict(id="salt", name="Salt Room", venue="kcc", capacity=25, features="step-free"),
             dict(id="bilateral-room", name="Bilateral Room", venue="kcc", capacity=14, features="step-free"),
             dict(id="coach", name="Coach (site visits)", venue="field", capacity=45, features="outdoor")]
    for row in rows:
        row.pop("_tz", None)
    write_event(folder / "event.json", event)
    write_csv(folder / "rooms.csv", "id,name,venue,capacity,features,unavailable".split(","), rooms)
    write_csv(folder / "participants.csv", PCOLS, rows)
    write_csv(folder / "sessions.csv", SCOLS, sessions)
    write_csv(folder / "signups.csv", ["participant", "session"], signups)


def registrations():
    """Sample exports as organisers receive them, for the demo and the tests."""
    folder = ROOT / "registrations"
    folder.mkdir(parents=True, exist_ok=True)
    people = People(42)
    west = [c for c in CITIES if c[2] == "West and Central Africa"]
    rows = [people.person(people.rnd.choice(west), people.rnd.choice(["mayor", "local-official", "youth", "civil-society"])) for _ in range(8)]
    labels = {"mayor": "Maire", "local-official": "Élu local", "youth": "Jeunesse", "civil-society": "Société civile"}
    sexe = {"woman": "Femme", "man": "Homme", "non-binary": "Non binaire", "prefer-not-to-say": "Je préfère ne pas répondre"}
    pays = {"SN": "Sénégal", "CI": "Côte d'Ivoire", "ML": "Mali", "BF": "Burkina Faso", "NE": "Niger", "CM": "Cameroun", "TD": "Tchad", "GH": "Ghana", "NG": "Nigeria", "TG": "Togo", "BJ": "Bénin"}
    # Google Forms, French, UTF-8 with BOM, commas
    lines = ["Horodateur,Adresse e-mail,Nom complet,Fonction,Organisation,Ville,Pays,Catégorie de participant,Sexe,Âge,Langues de travail,Acceptez-vous que votre nom soit publié ?"]
    for n, r in enumerate(rows):
        lines.append(",".join(['"2027/01/%02d 10:%02d:00 AM UTC"' % (10 + n, n * 3), r["email"].upper() if n == 2 else r["email"], '"%s"' % r["name"],
                               '"%s"' % r["title"], '"%s"' % r["organisation"], r["city"], pays[r["country"]], labels[r["category"]],
                               sexe[r["gender"]], str(20 + 5 * n), '"Français, Anglais"', "Oui" if n % 3 else "Non"]))
    (folder / "google-forms-fr.csv").write_bytes(b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode("utf-8"))
    # KoboToolbox, semicolons, group prefixes and metadata columns
    more = [people.person(people.rnd.choice(west), "civil-society") for _ in range(4)]
    lines = ["start;end;group_identity/full_name;group_identity/email;group_identity/gender;group_work/organisation;group_work/city;group_work/country;group_work/category;_id;_uuid;_submission_time;_index"]
    for n, r in enumerate(more):
        lines.append(";".join(["2027-01-20T09:00:00.000+00:00", "2027-01-20T09:05:00.000+00:00", r["name"], r["email"], "female" if r["gender"] == "woman" else "male",
                               r["organisation"], r["city"], r["country"], "civil_society", str(1000 + n), "6f1c2a%02d-0000-4000-8000-0000000000%02d" % (n, n),
                               "2027-01-20T09:%02d:00" % (10 + n), str(n + 1)]))
    (folder / "kobotoolbox.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # Excel "Unicode text": UTF-16 LE with BOM, tabs
    arab = [people.person(next(c for c in CITIES if c[0] == name), "local-official") for name in ("Saida", "Irbid", "Erbil")]
    lines = ["Name\tEmail\tJob title\tOrganization\tCity\tCountry\tCategory\tGender\tAge group\tLanguages"]
    for r in arab:
        lines.append("\t".join([r["name"], r["email"], r["title"], r["organisation"], r["city"], r["country"], "City official", "Female" if r["gender"] == "woman" else "Male", r["age_group"], "Arabic; English"]))
    (folder / "excel-unicode-text.txt").write_bytes(b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))
    # Excel CSV on a French Windows machine: Windows-1252, semicolons
    fr = [people.person(next(c for c in CITIES if c[0] == name), cat) for name, cat in (("Lyon", "practitioner"), ("Marseille", "local-official"))]
    lines = ["Nom;Prénom;Courriel;Ville;Pays;Catégorie;Titre"]
    for r in fr:
        first, last = r["name"].split(" ", 1)
        lines.append(";".join([last, first, r["email"], r["city"], "France", "Expert" if r["category"] == "practitioner" else "Conseillère municipale", r["title"]]))
    (folder / "excel-windows-1252.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))



# The Dakar workshop's travel and planning files: passports, visas, flights, hotels, shared
# rooms, needs and funding (every flight and hotel fictional too), and its task list.
DAKAR = ROOT / "dakar-regional-workshop"
# Flights into Dakar by city: (flight number, landing time on 8 March 2027).
FLIGHTS = {
    "Accra": [("KP041", "13:25"), ("AW212", "16:40")], "Ouagadougou": [("HF511", "11:05")],
    "Tunis": [("TU861", "21:50")], "Abidjan": [("HF302", "09:15"), ("KP041", "13:25")],
    "Maroua": [("QC150", "14:10")], "Kousseri": [("QC150", "14:10")], "Cotonou": [("KP041", "13:25")],
    "Lyon": [("AF718", "19:35")], "Kano": [("P4410", "15:55")], "Lomé": [("KP041", "13:25")],
    "Bouaké": [("HF302", "09:15")], "Rabat": [("AT511", "21:05")], "Bamako": [("HF511", "11:05")],
    "Niamey": [("HF511", "11:05")],
}
BY_ROAD = {"Saint-Louis"}          # travel by road: no flight
VISA = {"TN", "MA"}                # nationalities whose participants need a visa here (example data)
HOTELS = ["Hôtel de la Corniche (fictional)", "Résidence des Almadies (fictional)"]
TRAVEL_NEEDS = {
    "quiet room": ("access", "quiet-room"), "sign language interpretation": ("access", "sign-language"),
    "step-free access": ("access", "step-free"), "large-print materials": ("access", "large-print"),
    "vegetarian meals": ("dietary", "vegetarian"), "halal meals": ("dietary", "halal"),
}
TRAVEL_COLUMNS = ["participant", "nationality", "passport_number", "passport_expiry", "needs_visa",
           "arrival_flight", "arrival_at", "departure_flight", "departure_at", "hotel", "room_sharing",
           "dietary", "access", "funded"]



def travel():
    """The Dakar workshop's travel.csv, from the participants just written (its own seed)."""
    rnd = random.Random(2027_0308)
    people = list(csv.DictReader(open(DAKAR / "participants.csv", encoding="utf-8", newline="")))
    rows = []
    for person in people:
        if person["status"] not in ("confirmed", "registered", "waitlisted") or person["city"] == "Dakar":
            continue
        row = {"participant": person["id"], "nationality": person["country"]}
        row["passport_number"] = "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + "%07d" % rnd.randint(0, 9_999_999)
        row["passport_expiry"] = "20%d-%02d-%02d" % (rnd.randint(28, 35), rnd.randint(1, 12), rnd.randint(1, 28))
        row["needs_visa"] = "yes" if person["country"] in VISA else "no"
        if person["city"] not in BY_ROAD:
            flight, time = rnd.choice(FLIGHTS[person["city"]])
            row["arrival_flight"], row["arrival_at"] = flight, "2027-03-08 " + time
            row["departure_flight"] = flight[:2] + "%03d" % (int("".join(ch for ch in flight[2:] if ch.isdigit())) + 1)
            row["departure_at"] = rnd.choice(["2027-03-11 10:30", "2027-03-11 14:15", "2027-03-10 23:40"])
        else:
            row["arrival_at"], row["departure_at"] = "2027-03-08 18:00", "2027-03-10 18:30"
        row["hotel"] = HOTELS[0] if person["category"] in ("mayor", "national-government", "multilateral", "network-staff") else HOTELS[1]
        kind, need = TRAVEL_NEEDS.get(person["needs"], ("", ""))
        diet = [need] if kind == "dietary" else []
        if not diet and rnd.random() < 0.25:
            diet = [rnd.choice(["vegetarian", "halal", "halal", "vegetarian", "gluten-free"])]
        row["dietary"] = ";".join(diet)
        row["access"] = need if kind == "access" else ""
        row["funded"] = "yes" if person["category"] in ("youth", "civil-society", "local-official") else "no"
        row["_city"], row["_category"] = person["city"], person["category"]
        rows.append(row)
    # Young people from the same city share a twin room.
    youth = [r for r in rows if r["_category"] == "youth"]
    paired = set()
    for first in youth:
        for second in youth:
            if first is not second and first["_city"] == second["_city"] and not {id(first), id(second)} & paired:
                first["room_sharing"], second["room_sharing"] = second["participant"], first["participant"]
                second["hotel"] = first["hotel"]
                paired |= {id(first), id(second)}
    write_csv(DAKAR / "travel.csv", TRAVEL_COLUMNS, rows)
    return rows


def tasks():
    """The Dakar workshop's tasks.csv: the regional workshop's list, two tasks done, one of the
    organisers' own."""
    template = list(csv.reader(open(ROOT.parent / "Templates/workspaces/regional-workshop/tasks.csv", encoding="utf-8", newline="")))
    header, rows = template[0], [dict(zip(template[0], r)) for r in template[1:]]
    done = {"venue-booked": "2026-11-05", "travel-booked": "2026-11-20"}
    for row in rows:
        row["done"] = done.get(row["id"], "")
    position = next(i for i, r in enumerate(rows) if r["id"] == "rooming-list")
    rows.insert(position, {"id": "caterer-booked", "task": "Confirmer le traiteur et les menus", "offset": "-4w",
                           "owner": "logistics", "done": "", "auto": ""})
    write_csv(DAKAR / "tasks.csv", header, rows)


# --- Shapes of form tools and reports (participants import) ---------------------------------

def registration_shapes():
    """A Microsoft Forms export, a Zoom registration report with its preamble, a US Google Forms
    file (month first) and a double-encoded file, for the demo and the tests of the import."""
    folder = ROOT / "registrations"
    people = People(2027)
    labels = {"mayor": "Mayor or deputy mayor", "local-official": "Local government official", "youth": "Youth representative",
              "civil-society": "Civil society", "practitioner": "Practitioner or expert"}
    names = {"GH": "Ghana", "NG": "Nigeria", "US": "United States", "GB": "United Kingdom", "TT": "Trinidad and Tobago",
             "CA": "Canada", "JO": "Jordan", "LB": "Lebanon", "TN": "Tunisia", "MA": "Morocco", "FR": "France", "KE": "Kenya",
             "UG": "Uganda", "ZA": "South Africa", "RW": "Rwanda"}

    def city(name):
        return next(c for c in CITIES if c[0] == name)

    def quoted(cells):
        return ",".join('"%s"' % c.replace('"', '""') if any(ch in c for ch in ',"') else c for c in cells)

    # Microsoft Forms (its .xlsx saved by Excel as "CSV UTF-8"): the respondent's account columns
    # say "anonymous"; the person's name and address are questions. US dates, 12-hour clock.
    forms = [people.person(city(n), k) for n, k in (("Accra", "mayor"), ("Highland Park", "local-official"), ("Manchester", "youth"),
                                                   ("Kano", "civil-society"), ("Port of Spain", "practitioner"), ("Montréal", "local-official"))]
    lines = [quoted(["ID", "Start time", "Completion time", "Email", "Name", "Last modified time", "Full name", "Email address",
                     "Organization", "Job title", "City", "Country", "Participant category", "Gender", "Age group", "Working languages"])]
    for n, r in enumerate(forms):
        day, minute = 3 + 3 * n, 2 + 7 * n
        hour = 9 + n
        clock = lambda h, m, s: "%d:%02d:%02d %s" % ((h - 1) % 12 + 1, m, s, "PM" if h >= 12 else "AM")
        lines.append(quoted([str(n + 1), "5/%d/2027 %s" % (day, clock(hour, minute - 2, 40)), "5/%d/2027 %s" % (day, clock(hour, minute, 11)),
                             "anonymous", "anonymous", "", r["name"], r["email"], r["organisation"], r["title"], r["city"], names[r["country"]],
                             labels[r["category"]], "Female" if r["gender"] == "woman" else "Male", r["age_group"], "English; French"]))
    (folder / "microsoft-forms.csv").write_bytes(b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode("utf-8"))

    # A Zoom webinar registration report: a preamble (title, generation time, the webinar's
    # topic and id, a blank line, the section title) before the header; every row padded to the
    # widest one; a custom question (the category) at the end.
    zoom = [people.person(city(n), k) for n, k in (("Nairobi", "local-official"), ("Kampala", "youth"), ("Cape Town", "civil-society"),
                                                  ("Kigali", "mayor"), ("Mombasa", "practitioner"))]
    header = ["First Name", "Last Name", "Email", "City", "Country/Region", "Organization", "Job Title", "Registration Time",
              "Approval Status", "Participant category"]
    width = len(header)
    pad = lambda cells: quoted(cells + [""] * (width - len(cells)))
    lines = [pad(["Registration Report"]), pad(["Report Generated:", "May 20, 2027 9:14 AM"]),
             pad(["Topic", "Webinar ID", "Scheduled Time", "# Registered"]),
             pad(["City hub webinar: prevention in secondary cities", "812 3456 7890", "May 27, 2027 3:00 PM", str(len(zoom))]),
             pad([]), pad(["Attendee Details"]), pad(header)]
    for n, r in enumerate(zoom):
        first, last = r["name"].split(" ", 1)
        lines.append(pad([first, last, r["email"], r["city"], names[r["country"]], r["organisation"], r["title"],
                          "May %d, 2027 %02d:%02d:%02d" % (12 + n, 8 + n, 5 * n, 30 + n), "approved", labels[r["category"]]]))
    (folder / "zoom-registration-report.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    # Google Forms in a US locale: month first ("5/23/2027 14:02:11"), arrival date-times too
    # (around the Dakar workshop of 9-10 March; 2/28/2027 shows the arrival column's order).
    us = [people.person(city(n), k) for n, k in (("Highland Park", "mayor"), ("Montréal", "civil-society"), ("Port of Spain", "youth"),
                                                ("Highland Park", "practitioner"))]
    lines = ["Timestamp,Email Address,Full name,Title,Organization,City,Country,Category,Arrival (date and time)"]
    for n, r in enumerate(us):
        lines.append(quoted(["5/%d/2027 %d:%02d:11" % ((3, 13, 23, 28)[n], 14 - n, 2 + n), r["email"], r["name"], r["title"], r["organisation"],
                             r["city"], names[r["country"]], labels[r["category"]], "%s/2027 %d:30:00" % (("3/8", "3/8", "2/28", "3/7")[n], 8 + n)]))
    (folder / "us-month-first.csv").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")

    # UTF-8 text read as Windows-1252 and saved again as UTF-8: made the way it happens, by iconv.
    # (Names whose UTF-8 holds a byte Windows-1252 leaves undefined would stop iconv.)
    plain = lambda r: all(b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) for b in r["name"].encode("utf-8"))
    mixed = []
    for n, k in (("Amman", "mayor"), ("Tunis", "civil-society"), ("Lyon", "local-official"), ("Saida", "youth"), ("Marseille", "practitioner")):
        while True:
            r = people.person(city(n), k)
            if plain(r):
                break
            people.rows.pop()
        mixed.append(r)
    lines = ["Timestamp,Email Address,Full name,Job title,Organisation,City,Country,Category"]
    for n, r in enumerate(mixed):
        lines.append(quoted(["2027-05-%02d 10:%02d:00" % (10 + n, 4 * n), r["email"], r["name"], r["title"], r["organisation"],
                             r["city"], r["country"], labels[r["category"]].split(" or ")[0]]))
    utf8 = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    double = subprocess.run(["iconv", "-f", "windows-1252", "-t", "utf-8"], input=utf8, capture_output=True, check=True).stdout
    (folder / "double-encoded.csv").write_bytes(double)


workshop()
summit()
registrations()
travel()
tasks()
registration_shapes()
