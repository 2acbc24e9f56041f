"""Writes a registration export whose cells hold formulas, as scripts write them.

    make_formula_workbook.py openpyxl|xlsxwriter|xlsxwriter-default PATH

openpyxl stores a formula without its result (a spreadsheet program computes it when the
workbook is opened); XlsxWriter is given each result, and stores it, as Excel does on saving;
with xlsxwriter-default it is not, and stores 0 for each, as scripts that call write_formula
without a value do.
Sheet "Form1": a full name made of the first and last names, an age computed from a year.
"""

import sys

HEADER = ["Email Address", "First Name", "Last Name", "Full name", "Country", "Category", "Age"]
ROWS = [
    ["r.islam@dhaka.example.bd", "Rafiqul", "Islam", ('=B2&" "&C2', "Rafiqul Islam"), "BD", "mayor",
     ("=2027-1980", 47)],
    ["n.fernando@colombo.example.lk", "Nimali", "Fernando", ('=B3&" "&C3', "Nimali Fernando"), "LK", "youth", 24],
]


def main():
    library, path = sys.argv[1], sys.argv[2]
    if library == "openpyxl":
        import openpyxl
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.title = "Form1"
        sheet.append(HEADER)
        for row in ROWS:
            sheet.append([cell[0] if isinstance(cell, tuple) else cell for cell in row])
        workbook.save(path)
    else:
        import xlsxwriter
        workbook = xlsxwriter.Workbook(path)
        sheet = workbook.add_worksheet("Form1")
        sheet.write_row(0, 0, HEADER)
        for number, row in enumerate(ROWS, start=1):
            for column, cell in enumerate(row):
                if isinstance(cell, tuple):
                    if library == "xlsxwriter-default":
                        sheet.write_formula(number, column, cell[0])
                    else:
                        sheet.write_formula(number, column, cell[0], None, cell[1])
                else:
                    sheet.write(number, column, cell)
        workbook.close()


main()
