"""Writes a registration export whose date and age cells carry locale-tagged number formats,
as Excel writes them, with a real spreadsheet library:

    make_locale_format_workbook.py openpyxl|xlsxwriter PATH

Each person has the departure date 10 March 2027 (a date without a time) and the age 47 (a
number); each row gives the two cells another format code, the ones Excel applies for its Long
Date (`[$-x-sysdate]`) or for a format chosen under another locale (`[$-es-ES]`, `[$-sw-KE]`,
...), and the format is written beside them in the column `Format`.
"""

import datetime
import sys

HEADER = ["Full name", "Email", "Country", "Category", "Age", "Departure", "Format"]
# (departure's format, age's format)
FORMATS = [
    ("[$-x-sysdate]dddd, mmmm dd, yyyy", "[$-en-US]0"),
    ('[$-es-ES]d "de" mmmm "de" yyyy', "[$-es-MX]General"),
    ("[$-es-MX]dd/mm/yyyy", "[$-ar-SA]0"),
    ("[$-ar-SA]dd/mm/yyyy", "[$-sw-KE]0"),
    ("[$-sw-KE]dd/mm/yyyy", "[$-sw-KE]General"),
    ("[$-en-US]m/d/yyyy", "[$-fr-FR]0"),
    ("[$-F800]dddd, mmmm dd, yyyy", "[$-416]0"),
    ("dd/mm/yyyy", "0"),
]
DEPARTURE = datetime.datetime(2027, 3, 10)
AGE = 47


def person(number):
    return f"Person {chr(65 + number)}", f"p{number}@kigali.example.org"


def with_openpyxl(path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for number, (departure, age) in enumerate(FORMATS):
        name, email = person(number)
        sheet.append([name, email, "RW", "practitioner", AGE, DEPARTURE, f"{departure} / {age}"])
        sheet.cell(row=sheet.max_row, column=5).number_format = age
        sheet.cell(row=sheet.max_row, column=6).number_format = departure
    book.save(path)


def with_xlsxwriter(path):
    import xlsxwriter

    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, HEADER)
    for number, (departure, age) in enumerate(FORMATS, start=1):
        name, email = person(number - 1)
        sheet.write_row(number, 0, [name, email, "RW", "practitioner"])
        sheet.write_number(number, 4, AGE, book.add_format({"num_format": age}))
        sheet.write_datetime(number, 5, DEPARTURE, book.add_format({"num_format": departure}))
        sheet.write_string(number, 6, f"{departure} / {age}")
    book.close()


if __name__ == "__main__":
    {"openpyxl": with_openpyxl, "xlsxwriter": with_xlsxwriter}[sys.argv[1]](sys.argv[2])
