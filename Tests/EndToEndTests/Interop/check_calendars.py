#!/usr/bin/env python3
"""Reads calendars and e-mails written by convene with independent parsers and prints what
they found as JSON, for the end-to-end tests to compare with the schedule.

    check_calendars.py FILE.ics|FILE.eml ...

For each .ics: PyPI's icalendar parses it and must give the same text after a round trip
(to_ical and parse again); vobject parses it with validate=True. Each event's UID, SEQUENCE,
STATUS, DTSTART and DTEND as UTC instants, SUMMARY, LOCATION, DESCRIPTION, ORGANIZER and
ATTENDEE addresses are reported, and each to-do's UID, SUMMARY, STATUS, DUE (a date) and
COMPLETED. For each .eml: the MIME structure, headers (decoded), the text, and the calendar
part's method when there is one.
"""
import email, email.policy, json, sys
from datetime import timezone

import icalendar
import vobject


def events(text):
    calendar = icalendar.Calendar.from_ical(text)
    again = icalendar.Calendar.from_ical(calendar.to_ical())
    assert again.to_ical() == calendar.to_ical(), "icalendar round trip changed the calendar"
    for component in vobject.readComponents(text, validate=True):
        component.validate()
    result = []
    for event in calendar.walk("VEVENT"):
        attendees = event.get("ATTENDEE")
        if attendees is not None and not isinstance(attendees, list):
            attendees = [attendees]
        result.append({
            "uid": str(event.get("UID")),
            "sequence": int(event.get("SEQUENCE", 0)),
            "status": str(event.get("STATUS", "")),
            "start": event.decoded("DTSTART").astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": event.decoded("DTEND").astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "summary": str(event.get("SUMMARY", "")),
            "location": str(event.get("LOCATION", "")),
            "description": str(event.get("DESCRIPTION", "")),
            "organizer": str(event.get("ORGANIZER", "")),
            "attendees": [str(a) for a in (attendees or [])],
            "roles": [str(a.params.get("ROLE", "")) for a in (attendees or [])],
        })
    todos = []
    for todo in calendar.walk("VTODO"):
        due = todo.decoded("DUE") if todo.get("DUE") is not None else None
        completed = todo.decoded("COMPLETED") if todo.get("COMPLETED") is not None else None
        todos.append({
            "uid": str(todo.get("UID")),
            "summary": str(todo.get("SUMMARY", "")),
            "status": str(todo.get("STATUS", "")),
            "due": due.isoformat() if due is not None else None,
            "completed": completed.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") if completed is not None else None,
            "description": str(todo.get("DESCRIPTION", "")),
        })
    return {"method": str(calendar.get("METHOD", "")), "tzids": [str(z.get("TZID")) for z in calendar.walk("VTIMEZONE")], "events": result, "todos": todos}


def message(data):
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    parts = [(part.get_content_type(), part.get_param("method"), part.get_filename()) for part in parsed.walk()]
    calendar = next((part for part in parsed.walk() if part.get_content_type() == "text/calendar"), None)
    text = next(part for part in parsed.walk() if part.get_content_type() == "text/plain")
    return {
        "from": str(parsed["From"]), "to": str(parsed["To"]), "subject": str(parsed["Subject"]),
        "date": str(parsed["Date"]), "message_id": str(parsed["Message-ID"]),
        "headers": list(parsed.keys()),
        "structure": [list(p) for p in parts], "text": text.get_content(),
        "calendar": events(calendar.get_content()) if calendar is not None else None,
    }


def main():
    report = {}
    for path in sys.argv[1:]:
        data = open(path, "rb").read()
        report[path] = message(data) if path.endswith(".eml") else events(data.decode("utf-8"))
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
