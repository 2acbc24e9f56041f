"""Writes a registration sheet with a status box, as an organiser adds one beside a form's answers.

    make_status_box_workbook.py openpyxl|xlsxwriter PATH HEADER [YES NO] [--other-sheet TITLE]

The sheet "Form responses" holds three people and a last column headed HEADER (`Cancelled`,
`Annulé ?`, `Waitlist`): Awa and Zara ticked, Paul not. Without YES and NO the box is a
boolean cell (TRUE, FALSE), as a Google Sheets checkbox exports it; with them, those texts.
With --other-sheet, a second sheet of that title holds Awa and two other people (a sheet of
cancellations kept beside the registrations).
"""

import sys

PEOPLE = [
    ("Awa", "Mbarga", "awa.mbarga@yaounde.example.cm", "Cameroon", "mayor", True),
    ("Paul", "Eto", "paul.eto@douala.example.cm", "Cameroon", "mayor", False),
    ("Zara", "Haddad", "zara.haddad@beirut.example.org", "Lebanon", "mayor", True),
]
OTHERS = [
    ("Awa", "Mbarga", "awa.mbarga@yaounde.example.cm", "Cameroon", "mayor"),
    ("Inès", "Kabila", "ines.kabila@kinshasa.example.cd", "DR Congo", "mayor"),
    ("Omar", "Saleh", "omar.saleh@baghdad.example.iq", "Iraq", "mayor"),
]
HEADER = ["First Name", "Last Name", "Email", "Country", "Category"]


def cells(person, answers):
    *fields, ticked = person
    if answers is None:
        return fields + [ticked]
    return fields + [answers[0] if ticked else answers[1]]


def with_openpyxl(path, header, answers, other):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Form responses"
    sheet.append(HEADER + [header])
    for person in PEOPLE:
        sheet.append(cells(person, answers))
    if other:
        extra = book.create_sheet(other)
        extra.append(HEADER)
        for person in OTHERS:
            extra.append(list(person))
    book.save(path)


def with_xlsxwriter(path, header, answers, other):
    import xlsxwriter

    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("Form responses")
    sheet.write_row(0, 0, HEADER + [header])
    for number, person in enumerate(PEOPLE, start=1):
        row = cells(person, answers)
        sheet.write_row(number, 0, row[:-1])
        if answers is None:
            sheet.write_boolean(number, len(row) - 1, row[-1])
        else:
            sheet.write_string(number, len(row) - 1, row[-1])
    if other:
        extra = book.add_worksheet(other)
        extra.write_row(0, 0, HEADER)
        for number, person in enumerate(OTHERS, start=1):
            extra.write_row(number, 0, list(person))
    book.close()


if __name__ == "__main__":
    arguments = sys.argv[1:]
    other = None
    if "--other-sheet" in arguments:
        at = arguments.index("--other-sheet")
        other = arguments[at + 1]
        del arguments[at : at + 2]
    library, target, header = arguments[:3]
    answers = (arguments[3], arguments[4]) if len(arguments) >= 5 else None
    {"openpyxl": with_openpyxl, "xlsxwriter": with_xlsxwriter}[library](target, header, answers, other)
