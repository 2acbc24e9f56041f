"""Writes a registration export as an .xlsx workbook with a real spreadsheet library.

    make_workbook.py openpyxl|xlsxwriter PATH [--1904] [--general-dates]

openpyxl writes every text as an inline string (rich text as inline runs); XlsxWriter
writes shared strings (rich text as runs of a shared string), as Excel does. Both write the
same two sheets: "Form responses" (a submission time, Arabic, French and Spanish names, an
age as a number, consent as a boolean, arrival as a date-time serial, departure as a date
stored as text, a phone number) and "Late registrations". With --1904 the workbook counts
dates from 1904, as old Mac Excel did. With --general-dates the arrival is its serial number in
a General cell (a date column whose format was cleared), counted in the workbook's date system.
"""

import datetime
import sys

MAC_EPOCH = datetime.datetime(1904, 1, 1)
WINDOWS_EPOCH = datetime.datetime(1899, 12, 30)


def serial(moment, mac_dates):
    """The serial number Excel stores for `moment` in the workbook's date system."""
    days = (moment - (MAC_EPOCH if mac_dates else WINDOWS_EPOCH)) / datetime.timedelta(days=1)
    return round(days, 6)

HEADER = ["Timestamp", "Full name", "Email", "Job title", "Organisation", "City", "Country",
          "Category", "Age", "Consent", "Arrival", "Departure", "Phone"]
FIRST = [
    [datetime.datetime(2027, 1, 20, 9, 5, 31), "ليلى حداد", "leila.haddad@beirut.example.org",
     "منسقة المشاريع", ("بلدية ", "بيروت"), "بيروت", "LB", "practitioner", 47, True,
     datetime.datetime(2027, 3, 8, 14, 30), "2027-03-10 18:00", 96170123456],
    [datetime.datetime(2027, 1, 21, 16, 45, 0), "Noémie Côté", "noemie.cote@lyon.example.org",
     "Chargée de mission", ("Métropole de ", "Lyon"), "Lyon", "FR", "practitioner", 31, False,
     datetime.datetime(2027, 3, 8, 20, 0), "2027-03-10", 33612345678],
]
LATE = [
    [datetime.datetime(2027, 2, 2, 8, 0, 0), "José Núñez", "jose.nunez@bogota.example.org",
     "Asesor", ("Alcaldía de ", "Bogotá"), "Bogotá", "CO", "practitioner", 38, True,
     datetime.datetime(2027, 3, 9, 7, 15), "2027-03-10 12:00", 5712345678],
]


def with_openpyxl(path, mac_dates, general_dates):
    import openpyxl
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    book = openpyxl.Workbook()
    if mac_dates:
        book.epoch = CALENDAR_MAC_1904
    for index, (title, rows) in enumerate([("Form responses", FIRST), ("Late registrations", LATE)]):
        sheet = book.active if index == 0 else book.create_sheet()
        sheet.title = title
        sheet.append(HEADER)
        for row in rows:
            cells = list(row)
            plain, bold = cells[4]
            cells[4] = CellRichText([plain, TextBlock(InlineFont(b=True), bold)])
            if general_dates:
                cells[10] = serial(cells[10], mac_dates)
            sheet.append(cells)
            sheet.cell(row=sheet.max_row, column=1).number_format = "yyyy-mm-dd hh:mm:ss"
            if not general_dates:
                sheet.cell(row=sheet.max_row, column=11).number_format = "dd/mm/yyyy hh:mm"
    book.save(path)


def with_xlsxwriter(path, mac_dates, general_dates):
    import xlsxwriter

    book = xlsxwriter.Workbook(path, {"date_1904": mac_dates})
    stamp = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    arrival = book.add_format({"num_format": "dd/mm/yyyy hh:mm"})
    bold = book.add_format({"bold": True})
    for title, rows in [("Form responses", FIRST), ("Late registrations", LATE)]:
        sheet = book.add_worksheet(title)
        sheet.write_row(0, 0, HEADER)
        for number, row in enumerate(rows, start=1):
            sheet.write_datetime(number, 0, row[0], stamp)
            sheet.write_row(number, 1, row[1:4])
            plain, strong = row[4]
            sheet.write_rich_string(number, 4, plain, bold, strong)
            sheet.write_row(number, 5, row[5:9])
            sheet.write_boolean(number, 9, row[9])
            if general_dates:
                sheet.write_number(number, 10, serial(row[10], mac_dates))
            else:
                sheet.write_datetime(number, 10, row[10], arrival)
            sheet.write_string(number, 11, row[11])
            sheet.write_number(number, 12, row[12])
    book.close()


if __name__ == "__main__":
    library, target = sys.argv[1], sys.argv[2]
    mac, general = "--1904" in sys.argv[3:], "--general-dates" in sys.argv[3:]
    {"openpyxl": with_openpyxl, "xlsxwriter": with_xlsxwriter}[library](target, mac, general)
