"""Writes a registration sheet with rows and a column hidden, with openpyxl, as an organiser
leaves it after filtering out the cancellations and hiding an old column:

    make_hidden_workbook.py PATH

Four people under the header; the fourth (a cancellation) is on a hidden row. Column A is the
hidden `Full name` as first typed (`Awa Ndiay`); column E the visible `Name (corrected)`.
"""

import sys

import openpyxl

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Data"
sheet.append(["Full name", "Email", "Country", "Category", "Name (corrected)"])
sheet.append(["Awa Ndiay", "awa@x.example.org", "SN", "Mayor", "Awa Ndiaye"])
sheet.append(["Omar Sy", "omar@x.example.org", "SN", "Mayor", "Omar Sy"])
sheet.append(["Binta Fall", "binta@x.example.org", "SN", "Youth", "Binta Fall"])
sheet.append(["Cheikh Sy", "cheikh@x.example.org", "SN", "Youth", "Cheikh Sy"])
sheet.row_dimensions[5].hidden = True
sheet.column_dimensions["A"].hidden = True
book.save(sys.argv[1])
