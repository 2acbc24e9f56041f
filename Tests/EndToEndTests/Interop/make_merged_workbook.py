"""Writes a registration sheet laid out by hand in a spreadsheet, with openpyxl:

    make_merged_workbook.py PATH

A title over the columns (A1:G1 merged), then the header, then three people of one city whose
City, Country and Category cells are merged down over their three rows (E3:E5, F3:F5, G3:G5),
as organisers group rows. openpyxl, like Excel, keeps the value in the first cell of a range.
"""

import sys

import openpyxl

HEADER = ["Timestamp", "Email Address", "Full name", "Organisation", "City", "Country", "Category"]

book = openpyxl.Workbook()
sheet = book.active
sheet.append(["Registrations — Dakar workshop"])
sheet.merge_cells("A1:G1")
sheet.append(HEADER)
sheet.append(["2027-01-10 10:00", "a@x.example.org", "Awa Ndiaye", "Mairie", "Dakar", "Senegal", "Mayor"])
sheet.append(["2027-01-10 11:00", "b@x.example.org", "Binta Fall", "Mairie", None, None, None])
sheet.append(["2027-01-10 12:00", "c@x.example.org", "Cheikh Sy", "Mairie de Thiès", None, None, None])
for column in "EFG":
    sheet.merge_cells(f"{column}3:{column}5")
book.save(sys.argv[1])
