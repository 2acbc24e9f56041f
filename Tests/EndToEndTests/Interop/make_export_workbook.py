"""Copies a form tool's CSV export into an .xlsx workbook with openpyxl, as the tool's own
.xlsx download holds it.

    make_export_workbook.py SOURCE.csv TARGET.xlsx [--date-column NAME FORMAT]

Cells that are whole numbers become numbers, as a spreadsheet stores them; the others stay
text. With --date-column, the column's values are parsed with FORMAT (Python's strptime) and
stored as date-time cells, as Google Sheets and Microsoft Forms store a timestamp.
"""

import csv
import datetime
import sys

import openpyxl


def main():
    source, target = sys.argv[1], sys.argv[2]
    date_column, date_format = None, None
    if len(sys.argv) > 3 and sys.argv[3] == "--date-column":
        date_column, date_format = sys.argv[4], sys.argv[5]
    with open(source, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Form responses 1"
    sheet.append(header)
    for row in rows[1:]:
        cells = []
        for name, value in zip(header, row):
            if name == date_column and value:
                cell = datetime.datetime.strptime(value, date_format)
            elif value.isdigit() and not value.startswith("0"):
                cell = int(value)
            else:
                cell = value
            cells.append(cell)
        sheet.append(cells)
        if date_column in header:
            sheet.cell(row=sheet.max_row, column=header.index(date_column) + 1).number_format = "dd/mm/yyyy hh:mm:ss"
    workbook.save(target)


main()
