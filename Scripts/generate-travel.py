#!/usr/bin/env python3
"""Writes the Dakar example's travel and planning files from its participants.csv, with a
fixed seed: travel.csv (passports, visas, flights, hotels, shared rooms, dietary and access
needs, funding) and tasks.csv (the regional workshop's task list, two tasks already done and
one task of the organisers' own). Every person is fictional; flight numbers and hotels too.

    python3 Scripts/generate-travel.py

Run it after Scripts/generate-examples.py (which calls it) whenever participants.csv changes.
"""
import csv, random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "Examples" / "dakar-regional-workshop"

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
NEEDS = {
    "quiet room": ("access", "quiet-room"), "sign language interpretation": ("access", "sign-language"),
    "step-free access": ("access", "step-free"), "large-print materials": ("access", "large-print"),
    "vegetarian meals": ("dietary", "vegetarian"), "halal meals": ("dietary", "halal"),
}
COLUMNS = ["participant", "nationality", "passport_number", "passport_expiry", "needs_visa",
           "arrival_flight", "arrival_at", "departure_flight", "departure_at", "hotel", "room_sharing",
           "dietary", "access", "funded"]


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


def travel():
    rnd = random.Random(2027_0308)
    people = list(csv.DictReader(open(FOLDER / "participants.csv", encoding="utf-8", newline="")))
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
        kind, need = NEEDS.get(person["needs"], ("", ""))
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
    write_csv(FOLDER / "travel.csv", COLUMNS, rows)
    return rows


def tasks():
    template = list(csv.reader(open(ROOT / "Templates/workspaces/regional-workshop/tasks.csv", encoding="utf-8", newline="")))
    header, rows = template[0], [dict(zip(template[0], r)) for r in template[1:]]
    done = {"venue-booked": "2026-11-05", "travel-booked": "2027-01-20"}
    for row in rows:
        row["done"] = done.get(row["id"], "")
    position = next(i for i, r in enumerate(rows) if r["id"] == "rooming-list")
    rows.insert(position, {"id": "caterer-booked", "task": "Confirmer le traiteur et les menus", "offset": "-4w",
                           "owner": "logistics", "done": "", "auto": ""})
    write_csv(FOLDER / "tasks.csv", header, rows)


if __name__ == "__main__":
    travel()
    tasks()
