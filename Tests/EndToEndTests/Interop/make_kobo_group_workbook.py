"""Writes a KoboToolbox export as openpyxl writes it, the name questions inside a group.

    make_kobo_group_workbook.py PATH

Kobo's default "XML values and headers" put a group's name before each question's:
`identite/Nom`, `identite/Prénom`, `contact/Courriel`, then its metadata columns.
"""

import datetime
import sys

import openpyxl

HEADER = ["start", "end", "identite/Nom", "identite/Prénom", "contact/Courriel", "identite/Tranche d'âge", "Pays",
          "Catégorie", "_id", "_uuid", "_submission_time"]
ROWS = [
    [datetime.datetime(2027, 1, 10, 9, 0), datetime.datetime(2027, 1, 10, 9, 10), "Diallo", "Mamadou Saliou",
     "msd@example.gn", "Jusqu'à 24 ans", "Guinée Conakry", "Jeune", 101, "u-1", "2027-01-10T09:10:03"],
    [datetime.datetime(2027, 1, 11, 9, 0), datetime.datetime(2027, 1, 11, 9, 10), "Sawadogo", "Aïssata",
     "as@example.bf", "60+ ans", "Burkina", "Élu local", 102, "u-2", "2027-01-11T09:10:03"],
]


def main():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Inscription atelier"
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    workbook.save(sys.argv[1])


main()
