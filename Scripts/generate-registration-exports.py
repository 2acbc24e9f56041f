#!/usr/bin/env python3
"""Writes the registration exports of Examples/registrations/ that need outside tools:

- excel-windows-1256-ar.csv: an Arabic-speaking hub's registrations saved by Excel on an
  Arabic Windows machine (Windows-1256, made by the `iconv` program from UTF-8 text);
- kobotoolbox.xlsx: a KoboToolbox-style .xlsx export (group prefixes, metadata columns,
  submission times as dates), written by XlsxWriter, which stores text as shared strings as
  Excel does.

Every person is invented. The output is the same on every run (XlsxWriter's zip entries carry
a fixed date and the workbook's creation date is set here). Run it with the Python of the
test environment, where `make test` installs XlsxWriter:

    .build/venv/bin/python Scripts/generate-registration-exports.py
"""
import datetime
import pathlib
import subprocess

FOLDER = pathlib.Path(__file__).resolve().parent.parent / "Examples" / "registrations"

ARABIC = [
    ("محمد الشواربة", "m.shawarbeh@amman.example.org", "رئيس قسم التخطيط", "بلدية عمّان الكبرى", "عمّان", "Jordan", "City official", "Male", "47"),
    ("فاطمة الزهراء بن علي", "fatima.benali@tunis.example.org", "مستشارة بلدية", "بلدية تونس", "تونس", "Tunisia", "Mayor", "Female", "52"),
    ("يوسف القاسمي", "youssef.qasimi@rabat.example.org", "منسق برامج الشباب", "مجلس مدينة الرباط", "الرباط", "Morocco", "Youth", "Male", "24"),
    ("ليلى حداد", "leila.haddad@beirut.example.org", "مديرة المشاريع", "بلدية بيروت", "بيروت", "Lebanon", "City official", "Female", "38"),
    ("خديجة المنصوري", "khadija.mansouri@fes.example.org", "رئيسة جمعية", "جمعية الأحياء", "فاس", "Morocco", "Civil society", "Female", "44"),
    ("عمر الفاروق", "omar.farouk@irbid.example.org", "نائب رئيس البلدية", "بلدية إربد الكبرى", "إربد", "Jordan", "Mayor", "Male", "58"),
    ("رانيا قباني", "rania.qabbani@saida.example.org", "باحثة", "مرصد المدينة", "صيدا", "Lebanon", "Civil society", "Female", "31"),
    ("كريم بوزيد", "karim.bouzid@sfax.example.org", "مهندس", "بلدية صفاقس", "صفاقس", "Tunisia", "City official", "Male", "35"),
]

KOBO_HEADER = [
    "start", "end", "group_identity/full_name", "group_identity/email", "group_identity/gender",
    "group_work/organisation", "group_work/job_title", "group_work/city", "group_work/country", "group_work/category",
    "_id", "_uuid", "_submission_time", "_index",
]
KOBO = [
    ("Aïssatou Diallo", "aissatou.diallo@conakry.example.org", "female", "Ville de Conakry", "Conseillère municipale", "Conakry", "GN", "local_official"),
    ("ليلى بن يوسف", "leila.benyoussef@nouakchott.example.org", "female", "بلدية نواكشوط", "منسقة", "Nouakchott", "MR", "civil_society"),
    ("Jérôme Kaboré", "jerome.kabore@bobo.example.org", "male", "Commune de Bobo-Dioulasso", "Adjoint au maire", "Bobo-Dioulasso", "BF", "mayor"),
    ("Ngozi Okonkwo", "ngozi.okonkwo@enugu.example.org", "female", "Enugu Youth Assembly", "Coordinator", "Enugu", "NG", "youth"),
]


def windows_1256():
    header = "Full name;Email;Job title;Organization;City;Country;Category;Gender;Age"
    text = "\r\n".join([header] + [";".join(person) for person in ARABIC]) + "\r\n"
    encoded = subprocess.run(["iconv", "-f", "UTF-8", "-t", "CP1256"], input=text.encode("utf-8"),
                             capture_output=True, check=True).stdout
    (FOLDER / "excel-windows-1256-ar.csv").write_bytes(encoded)


def kobotoolbox():
    import xlsxwriter

    book = xlsxwriter.Workbook(str(FOLDER / "kobotoolbox.xlsx"))
    book.set_properties({"created": datetime.datetime(2027, 1, 21, 8, 0, 0), "author": "KoboToolbox"})
    stamp = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    sheet = book.add_worksheet("Registration form")
    sheet.write_row(0, 0, KOBO_HEADER)
    for number, person in enumerate(KOBO, start=1):
        name, email, gender, organisation, title, city, country, category = person
        opened = datetime.datetime(2027, 1, 20, 9, 2 * number)
        sheet.write_row(number, 0, [opened.isoformat() + ".000+00:00", (opened + datetime.timedelta(minutes=4)).isoformat() + ".000+00:00",
                                    name, email, gender, organisation, title, city, country, category])
        sheet.write_number(number, 10, 2000 + number)
        sheet.write_string(number, 11, f"7a1c2b{number:02d}-0000-4000-8000-0000000000{number:02d}")
        sheet.write_datetime(number, 12, opened + datetime.timedelta(minutes=6), stamp)
        sheet.write_number(number, 13, number)
    choices = book.add_worksheet("choices")
    choices.write_row(0, 0, ["list_name", "name", "label"])
    for row, (name, label) in enumerate([("mayor", "Mayor"), ("local_official", "Local official"), ("youth", "Youth"),
                                         ("civil_society", "Civil society")], start=1):
        choices.write_row(row, 0, ["category", name, label])
    book.close()


windows_1256()
kobotoolbox()
