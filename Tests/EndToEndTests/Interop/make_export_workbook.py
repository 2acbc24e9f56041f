"""Copies a form tool's CSV export into an .xlsx workbook with openpyxl, as the tool's own
.xlsx download holds it.

    make_export_workbook.py SOURCE.csv TARGET.xlsx [--date-column NAME FORMAT] [--formula-column NAME]
        [--empty-first-sheet] [--hide-row N ...] [--hide-column NAME ...] [--second-sheet NAME]

Cells that are whole numbers become numbers, as a spreadsheet stores them; the others stay
text. With --date-column, the column's values are parsed with FORMAT (Python's strptime) and
stored as date-time cells, as Google Sheets and Microsoft Forms store a timestamp. With
--formula-column, the column's text is written as a formula giving it (="..."), which openpyxl
stores without its result, as a script that fills in a sheet does. With --empty-first-sheet,
an empty sheet "Intro" comes before the answers. --hide-row hides the sheet's row N (1 is the
header), as a filter does; --hide-column hides the column headed NAME, as by hand.
--second-sheet NAME adds a sheet NAME after the first holding its header and first row, as
Google Sheets' `Form responses 2` or a sign-in workbook's next day.
"""

import csv
import datetime
import sys

import openpyxl


def main():
    source, target = sys.argv[1], sys.argv[2]
    date_column, date_format, formula_column, empty_first = None, None, None, False
    hidden_rows, hidden_columns, second_sheet = [], [], None
    options = sys.argv[3:]
    while options:
        if options[0] == "--date-column":
            date_column, date_format, options = options[1], options[2], options[3:]
        elif options[0] == "--formula-column":
            formula_column, options = options[1], options[2:]
        elif options[0] == "--empty-first-sheet":
            empty_first, options = True, options[1:]
        elif options[0] == "--hide-row":
            hidden_rows.append(int(options[1]))
            options = options[2:]
        elif options[0] == "--second-sheet":
            second_sheet, options = options[1], options[2:]
        elif options[0] == "--hide-column":
            hidden_columns.append(options[1])
            options = options[2:]
        else:
            sys.exit("unknown option " + options[0])
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
            elif name == formula_column and value:
                cell = '="' + value.replace('"', '""') + '"'
            elif value.isdigit() and not value.startswith("0"):
                cell = int(value)
            else:
                cell = value
            cells.append(cell)
        sheet.append(cells)
        if date_column in header:
            sheet.cell(row=sheet.max_row, column=header.index(date_column) + 1).number_format = "dd/mm/yyyy hh:mm:ss"
    for number in hidden_rows:
        sheet.row_dimensions[number].hidden = True
    for name in hidden_columns:
        letter = openpyxl.utils.get_column_letter(header.index(name) + 1)
        sheet.column_dimensions[letter].hidden = True
    if second_sheet:
        second = workbook.create_sheet(second_sheet)
        second.append(header)
        second.append(rows[1])
    if empty_first:
        workbook.create_sheet("Intro", 0)
    workbook.save(target)


main()
