"""Writes a small registration export with openpyxl, then makes it what a tester met:

    make_hostile_workbook.py plain|encrypted|doctype|zip64-local|kobo|kobo-needs|msforms-account|us-swapped PATH

plain: the workbook as openpyxl writes it. encrypted: the same, encrypted with a password by
msoffcrypto-tool, as Excel does (an OLE2 container holding EncryptedPackage). doctype: the
sheet's XML given a DOCTYPE declaring an entity that a cell refers to (an XXE attempt).
zip64-local: re-zipped by Python's zipfile with ZIP64 records forced on every entry.
kobo: KoboToolbox's default export of a form with a select-multiple question (its column of
space-separated choice names, then one 0/1 column per choice).
kobo-needs: the same form exported without per-choice columns: its needs question's column
alone, the choices' names separated by spaces (`wheelchair interpretation_fr`).
msforms-account: Microsoft Forms' export of a form answered from a shared account (a town
hall's secretariat registering two people, two people registering themselves): the account's
`Email` and `Name` after `ID`, `Start time`, `Completion time`, the questions after them, the
times as serial numbers.
us-swapped: a day-first form export opened in Excel set to US dates and saved as .xlsx: the
submission times it could read month first (5/3/2027 and 6/3/2027, meant 5 and 6 March) became
date cells for 3 and 4 May; 13/03/2027 and 20/03/2027 stayed text.
"""

import io
import sys
import zipfile

HEADER = ["Full name", "Email", "Category", "City"]
ROWS = [["Awa Ndiaye", "awa@example.sn", "Mayor", "Dakar"],
        ["Omar Sy", "omar@example.sn", "Mayor", "Thiès"]]
KOBO_HEADER = ["start", "group_identity/full_name", "group_identity/email", "group_work/category",
               "group_work/languages", "group_work/languages/english", "group_work/languages/french",
               "group_work/languages/arabic", "group_work/needs", "group_work/needs/vegetarian",
               "group_work/needs/wheelchair", "group_work/needs/gluten_free", "_id", "_uuid"]
KOBO_ROWS = [
    ["2027-01-20T09:00:00.000+00:00", "Awa Ndiaye", "awa@example.sn", "mayor", "french english",
     1, 1, 0, "vegetarian gluten_free", 1, 0, 1, 1000, "6f1c2a00-0000-4000-8000-000000000000"],
    ["2027-01-20T09:02:00.000+00:00", "Karim Haddad", "karim@example.lb", "mayor", "arabic",
     0, 0, 1, "", 0, 0, 0, 1001, "6f1c2a01-0000-4000-8000-000000000001"],
]

KOBO_NEEDS_HEADER = ["start", "group_identity/full_name", "group_identity/email", "group_work/category",
                     "group_work/needs", "_id", "_uuid"]
KOBO_NEEDS_ROWS = [
    ["2027-01-20T09:00:00.000+00:00", "Awa Ndiaye", "awa@example.sn", "mayor", "wheelchair interpretation_fr",
     1000, "6f1c2a00-0000-4000-8000-000000000000"],
    ["2027-01-20T09:02:00.000+00:00", "Karim Haddad", "karim@example.lb", "mayor", "gluten_free",
     1001, "6f1c2a01-0000-4000-8000-000000000001"],
    ["2027-01-20T09:04:00.000+00:00", "Salma Idrissi", "salma@example.ma", "mayor", "",
     1002, "6f1c2a02-0000-4000-8000-000000000002"],
]
MSFORMS_HEADER = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time", "Full name",
                  "Email address", "Participant category"]
MSFORMS_ROWS = [
    [1, 46390.5, 46390.6, "sec@dakar.example.sn", "Secrétariat Mairie", None, "Awa Ndiaye", "awa@example.sn", "Mayor"],
    [2, 46390.7, 46390.8, "sec@dakar.example.sn", "Secrétariat Mairie", None, "Omar Haddad", "omar@example.sn", "Mayor"],
    [3, 46391.5, 46391.6, "lina@example.lb", "Lina Saad", None, "Lina Saad", "lina@example.lb", "Mayor"],
]

SWAPPED_HEADER = ["Timestamp", "Full name", "Email Address", "City", "Country", "Category"]


def swapped_rows():
    import datetime

    return [
        [datetime.datetime(2027, 5, 3, 10, 0), "Early Bird", "early@x.example.org", "Lyon", "France", "Mayor"],
        [datetime.datetime(2027, 5, 4, 10, 0), "Second Bird", "second@x.example.org", "Lyon", "France", "Mayor"],
        ["13/03/2027 10:00", "Third Bird", "third@x.example.org", "Lyon", "France", "Mayor"],
        ["20/03/2027 10:00", "Late Bird", "late@x.example.org", "Lyon", "France", "Mayor"],
    ]


def workbook(header, rows):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def rezip(data, change=lambda name, content: content, force_zip64=False):
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = change(info.filename, source.read(info.filename))
            with target.open(info.filename, "w", force_zip64=force_zip64) as entry:
                entry.write(content)
    return out.getvalue()


def doctype(name, content):
    if name != "xl/worksheets/sheet1.xml":
        return content
    text = content.decode("utf-8")
    start = text.index("<worksheet")
    text = text[:start] + '<!DOCTYPE worksheet [<!ENTITY who "Evil Person">]>' + text[start:]
    return text.replace("<t>Omar Sy</t>", "<t>&who;</t>").encode("utf-8")


def encrypted(data):
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt("secret", out)
    return out.getvalue()


if __name__ == "__main__":
    kind, path = sys.argv[1], sys.argv[2]
    if kind == "kobo":
        plain = workbook(KOBO_HEADER, KOBO_ROWS)
    elif kind == "kobo-needs":
        plain = workbook(KOBO_NEEDS_HEADER, KOBO_NEEDS_ROWS)
    elif kind == "msforms-account":
        plain = workbook(MSFORMS_HEADER, MSFORMS_ROWS)
    elif kind == "us-swapped":
        plain = workbook(SWAPPED_HEADER, swapped_rows())
    else:
        plain = workbook(HEADER, ROWS)
    made = {
        "plain": lambda: plain,
        "kobo": lambda: plain,
        "kobo-needs": lambda: plain,
        "msforms-account": lambda: plain,
        "us-swapped": lambda: plain,
        "encrypted": lambda: encrypted(plain),
        "doctype": lambda: rezip(plain, doctype),
        "zip64-local": lambda: rezip(plain, force_zip64=True),
    }[kind]()
    with open(path, "wb") as file:
        file.write(made)
